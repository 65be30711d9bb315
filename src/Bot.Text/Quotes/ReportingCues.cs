namespace Bot.Text;

/// <summary>How a reporting cue relates to its speaker.</summary>
internal enum CueKind
{
    /// <summary>A verb: the speaker may follow (قال بوتين) or precede it (كيم يؤكد).</summary>
    Verb,
    /// <summary>A participle or verbal noun (قائلا، مضيفا، قوله): the speaker is the clause's subject or the previous speaker.</summary>
    Participle,
    /// <summary>A source preposition (بحسب، وفق): the speaker follows.</summary>
    Source,
}

/// <summary>
/// The reporting-cue lexicon (Resources/reporting-cues.txt). Rules:
/// <list type="number">
/// <item>A token matches when its normalised form is in the list, or is a listed form behind one و or ف
/// (وقال، فأضاف، وبحسب).</item>
/// <item>«قائلا» and friends are participles; «بحسب/حسب/وفق» are sources; everything else is a verb
/// (past masculine and feminine, present ي/ت forms).</item>
/// </list>
/// </summary>
internal static class ReportingCues
{
    private static readonly Dictionary<string, CueKind>.AlternateLookup<ReadOnlySpan<char>> Lexicon = Load();

    /// <summary>The cue kind of a normalised token, or null; <paramref name="prefixed"/> tells whether و/ف was stripped.</summary>
    public static CueKind? Match(ReadOnlySpan<char> normalized, out bool prefixed)
    {
        prefixed = false;
        if (Lexicon.TryGetValue(normalized, out var kind)) return kind;
        // وروى، فروى: «narrated» behind و or ف (bare, روى normalises like the given name روي, and is left out of the list)
        if (normalized is "وروي" or "فروي")
        {
            prefixed = true;
            return CueKind.Verb;
        }
        // (…also before the cues of two letters: وحث بن عزيز القوات، ورد الزياني — وَرَد, «appeared», is told apart in
        // QuoteExtractor.NoCueHere)
        if (normalized.Length >= 3 && normalized[0] is 'و' or 'ف' && Lexicon.TryGetValue(normalized[1..], out kind))
        {
            prefixed = true;
            return kind;
        }
        return null;
    }

    private static Dictionary<string, CueKind>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        var lexicon = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        foreach (var line in Resources.Lines("reporting-cues.txt"))
        {
            var parts = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2) continue;
            lexicon[ArabicText.Normalize(parts[0])] = parts[1] switch
            {
                "participle" => CueKind.Participle,
                "source" => CueKind.Source,
                _ => CueKind.Verb,
            };
        }
        return lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}

/// <summary>A normalised word list loaded from an embedded resource, for span lookups.</summary>
internal sealed class WordList
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set;

    public WordList(string resource)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Resources.Lines(resource)) words.Add(ArabicText.Normalize(line));
        set = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> normalized) => set.Contains(normalized);

    /// <summary>Also true for the word behind ال (الرئيس for رئيس).</summary>
    public bool ContainsWithArticle(ReadOnlySpan<char> normalized) =>
        set.Contains(normalized) || (normalized.StartsWith("ال") && normalized.Length > 3 && set.Contains(normalized[2..]));
}
