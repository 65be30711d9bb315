namespace Bot.Text;

/// <summary>
/// The engine's stop words: Lucene's Arabic stop set (normalised) plus Resources/stopwords.txt — function words
/// Lucene lacks and news boilerplate (reporting verbs, days, «العام», «اليوم»…) that say nothing about the
/// topic. All entries are normalised.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set = Build();

    public static bool Contains(ReadOnlySpan<char> normalizedWord) => Set.Contains(normalizedWord);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in ArabicSearchAnalyzer.StopWords) set.Add(w);
        foreach (var w in Resources.Lines("stopwords.txt")) set.Add(ArabicText.Normalize(w));
        return set.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}

/// <summary>Reads the word lists embedded from Resources/*.txt: one entry a line, '#' starts a comment.</summary>
internal static class Resources
{
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(Resources).Assembly.GetManifestResourceStream("Bot.Text.Resources." + name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }
}
