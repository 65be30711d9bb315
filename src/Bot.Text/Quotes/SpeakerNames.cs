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
    private readonly Dictionary<string, int> mentions = new(StringComparer.Ordinal);
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
        if (mentions.TryGetValue(norm, out var n)) return n;
        n = 0;
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
                var len = i - start;
                if (len < norm.Length || len > norm.Length + 1) continue;
                var word = text.AsSpan(start, len);
                var length = tokens.Normalized(word);
                var w = tokens.Buffer.AsSpan(0, length);
                if (w.SequenceEqual(norm) || (w.Length == norm.Length + 1 && w[0] is 'و' or 'ل' or 'ب' or 'ف' && w[1..].SequenceEqual(norm)))
                    n++;
            }
        }
        mentions[norm] = n;
        return n;
    }
}
