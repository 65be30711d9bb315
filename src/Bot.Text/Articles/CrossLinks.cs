namespace Bot.Text;

/// <summary>
/// A link to another story that a site puts between paragraphs: «اقرأ أيضا: القضاء يبرئ مواطنا اتهم بارتكاب "أمر موحش"»,
/// «شاهد أيضاً: …», «مواضيع ذات صلة». Its words are another story's headline: no sentence of this one, and nobody in it
/// speaks in this article (the blind web page w138_56 gave a prosecutor's words to «موحش» from such a line).
/// </summary>
internal static class CrossLinks
{
    // Folded (see Fold) first words: a verb of reading or watching and «also / more», or a heading.
    // (not تابع: «وتابع كذلك أن …» is «he went on»)
    private static readonly string[] Verbs = ["اقرا", "شاهد", "طالع"];
    private static readonly string[] Also = ["ايضا", "كذلك", "المزيد"];
    private static readonly string[] Headings = ["مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "ذات صله", "قد يهمك", "قد يعجبك"];

    /// <summary>Characters of the opening read: the longest heading and what may follow it.</summary>
    private const int Opening = 24;

    /// <summary>
    /// True when the sentence opens with «اقرأ أيضا» and its kin, or is a «related stories» heading alone or before a colon
    /// (not «قد يهمك أن تعرف …», a sentence). Called once for every sentence (<see cref="ArticleModel.CrossLinkLines"/>), so it
    /// allocates nothing.
    /// </summary>
    public static bool IsCrossLink(string sentence)
    {
        var text = sentence.AsSpan().TrimStart(" \t-–—•*|>«\"“");
        // (most sentences open with a letter none of these starts with)
        if (text.IsEmpty || text[0] is not ('ا' or 'أ' or 'إ' or 'ش' or 'ط' or 'م' or 'ذ' or 'ق')) return false;
        Span<char> folded = stackalloc char[Opening];
        var opening = folded[..Fold(text, folded)];
        foreach (var heading in Headings)
            if (opening.StartsWith(heading) && opening[heading.Length..].Trim() is var rest
                && (rest.IsEmpty || rest[0] is ':' or '|' or '-' or '–'))
                return true;
        var space = opening.IndexOf(' ');
        if (space < 0) return false;
        var first = opening[..space].TrimEnd(":،,.-–");
        var second = opening[(space + 1)..].TrimStart();
        var end = second.IndexOfAny(" :،,.-–");
        if (end >= 0) second = second[..end];
        else if (opening.Length == Opening) return false;
        return Contains(Verbs, first) && Contains(Also, second);
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
            if (word.SequenceEqual(w)) return true;
        return false;
    }

    /// <summary>
    /// The text's first characters as <see cref="ArabicText.Normalize"/> would spell them for these words — diacritics and
    /// tatweel dropped, أ إ آ → ا, ة → ه, ى → ي, runs of white space as one space — into <paramref name="into"/>; returns the length.
    /// </summary>
    private static int Fold(ReadOnlySpan<char> text, Span<char> into)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (n == into.Length) break;
            if (c is >= '\u064B' and <= '\u0652' or '\u0640') continue;
            var f = c switch
            {
                'أ' or 'إ' or 'آ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (f == ' ' && n > 0 && into[n - 1] == ' ') continue;
            into[n++] = f;
        }
        return n;
    }
}
