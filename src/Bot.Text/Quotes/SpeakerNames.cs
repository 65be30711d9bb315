namespace Bot.Text;

/// <summary>
/// Turns a speaker's noun phrase into its best short mention. Rules:
/// <list type="number">
/// <item>Words up to the first role word (Resources/speaker-roles.txt, with or without ال) are skipped.</item>
/// <item>Of the remaining name-like words (no ال, not a role), the one mentioned most often in the article is
/// the short mention (كيم for الزعيم الكوري الشمالي كيم جونغ أون, بوتين for الرئيس فلاديمير بوتين, زغدار for
/// عضو لجنة المالية … أحمد زغدار); ties go to the last word.</item>
/// <item>A phrase with no name (متحدث باسم الشركة، البيان) is kept whole, up to four words.</item>
/// </list>
/// </summary>
internal sealed class SpeakerNames(ArticleModel article)
{
    private static readonly WordList Roles = new("speaker-roles.txt");
    private Dictionary<string, int>? words;
    private int maxMentions = 1;

    public static bool IsRole(string norm) => Roles.ContainsWithArticle(norm);

    /// <summary>A word that can be part of a person's name: no ال (also behind و ب ل ك ف), not a role word, a letter first.</summary>
    public bool IsNameLike(string norm) =>
        norm.Length > 1 && char.IsLetter(norm[0]) && !IsRole(norm)
        && !norm.StartsWith("ال", StringComparison.Ordinal)
        && !(norm.Length > 4 && norm[0] is 'و' or 'ب' or 'ل' or 'ك' or 'ف' && norm.AsSpan(1).StartsWith("ال"))
        && !norm.StartsWith("لل", StringComparison.Ordinal);

    /// <summary>True when the word appears on its own in the article.</summary>
    public bool IsMentioned(ReadOnlySpan<char> norm) => Count(norm.ToString()) > 0;

    public string ShortMention(string text, List<(int Start, int End, string Norm)> phrase)
    {
        var from = 0;
        for (var i = 0; i < phrase.Count; i++) if (IsRole(phrase[i].Norm)) { from = i + 1; break; }
        var best = -1;
        var bestCount = -1;
        for (var k = from; k < phrase.Count; k++)
        {
            if (!IsNameLike(phrase[k].Norm)) continue;
            var c = Count(phrase[k].Norm);
            if (c >= bestCount) { best = k; bestCount = c; }
        }
        if (best >= 0) return text[phrase[best].Start..phrase[best].End];
        var last = Math.Min(phrase.Count, 4) - 1;
        return text[phrase[0].Start..phrase[last].End];
    }

    /// <summary>How often the speaker is mentioned, relative to the most mentioned speaker so far (0..1).</summary>
    public double Prominence(string speaker)
    {
        var c = Count(ArabicText.Normalize(speaker));
        maxMentions = Math.Max(maxMentions, c);
        return Math.Min(1.0, c / (double)maxMentions);
    }

    /// <summary>Occurrences of a normalised word in the article, alone or behind one of و ل ب ف.</summary>
    private int Count(string norm)
    {
        if (norm.Length == 0) return 0;
        words ??= CountWords();
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var n = lookup.TryGetValue(norm, out var bare) ? bare : 0;
        Span<char> prefixed = stackalloc char[norm.Length + 1];
        norm.AsSpan().CopyTo(prefixed[1..]);
        foreach (var p in "ولبف")
        {
            prefixed[0] = p;
            if (lookup.TryGetValue(prefixed, out var c)) n += c;
        }
        return n;
    }

    /// <summary>Counts every normalised word of the article once, on first use.</summary>
    private Dictionary<string, int> CountWords()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = article.Tokens;
        foreach (var s in article.Sentences)
        {
            var text = s.Text;
            var i = 0;
            while (i < text.Length)
            {
                if (!ArabicLetters.IsWordChar(text[i])) { i++; continue; }
                var start = i;
                while (i < text.Length && ArabicLetters.IsWordChar(text[i])) i++;
                var length = tokens.Normalized(text.AsSpan(start, i - start));
                var w = tokens.Buffer.AsSpan(0, length);
                lookup[w] = lookup.TryGetValue(w, out var c) ? c + 1 : 1;
            }
        }
        return counts;
    }
}
