namespace Bot.Text;

/// <summary>
/// A link to another story that a site puts between paragraphs: «اقرأ أيضا: القضاء يبرئ مواطنا اتهم بارتكاب "أمر موحش"»,
/// «شاهد أيضاً: …», «مواضيع ذات صلة». Its words are another story's headline: no sentence of this one, and nobody in it
/// speaks in this article (the blind web page w138_56 gave a prosecutor's words to «موحش» from such a line).
/// </summary>
internal static class CrossLinks
{
    // Normalised (ArabicText.Normalize) first words: a verb of reading or watching and «also / more», or a heading.
    // (not تابع: «وتابع كذلك أن …» is «he went on»)
    private static readonly HashSet<string> Verbs = new(["اقرا", "شاهد", "طالع"], StringComparer.Ordinal);
    private static readonly HashSet<string> Also = new(["ايضا", "كذلك", "المزيد"], StringComparer.Ordinal);
    private static readonly string[] Headings = ["مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "ذات صله", "قد يهمك", "قد يعجبك"];

    /// <summary>
    /// True when the sentence opens with «اقرأ أيضا» and its kin, or is a «related stories» heading alone or before a colon
    /// (not «قد يهمك أن تعرف …», a sentence).
    /// </summary>
    public static bool IsCrossLink(string sentence)
    {
        Span<Range> parts = stackalloc Range[4];
        var text = sentence.AsSpan().TrimStart(" \t-–—•*|>«\"“");
        // (most sentences open with no letter these start with: no words to normalise)
        if (text.IsEmpty || text[0] is not ('ا' or 'أ' or 'إ' or 'ش' or 'ط' or 'م' or 'ذ' or 'ق' or 'ﺍ')) return false;
        var count = text.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count < 2) return false;
        var first = ArabicText.Normalize(text[parts[0]].Trim(":،,.-–").ToString());
        var second = ArabicText.Normalize(text[parts[1]].Trim(":،,.-–").ToString());
        if (Verbs.Contains(first) && Also.Contains(second)) return true;
        var opening = ArabicText.Normalize(text[..Math.Min(text.Length, 20)].ToString());
        foreach (var heading in Headings)
            if (opening.StartsWith(heading, StringComparison.Ordinal) && opening.AsSpan(heading.Length).Trim() is var rest
                && (rest.IsEmpty || rest[0] is ':' or '|' or '-' or '–'))
                return true;
        return false;
    }
}
