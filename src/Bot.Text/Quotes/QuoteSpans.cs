namespace Bot.Text;

/// <summary>A quotation inside a sentence: indexes of its opening and closing marks.</summary>
internal readonly record struct QuoteSpan(int Open, int Close);

/// <summary>
/// Finds quotations in a sentence. Rules:
/// <list type="number">
/// <item>«…» and “…” pair an opening mark with the next closing mark; "…" pairs straight quotes in order
/// (only when their number is even). A “ with no ” after it pairs with the next “ (a frequent typo).</item>
/// <item>Spans do not overlap: a mark inside an earlier span is ignored.</item>
/// </list>
/// </summary>
internal static class QuoteSpans
{
    public static void Find(string s, List<QuoteSpan> output)
    {
        var straightBalanced = s.AsSpan().Count('"') % 2 == 0;
        var i = 0;
        while (i < s.Length)
        {
            var close = s[i] switch
            {
                '«' => '»',
                '“' => '”',
                '"' when straightBalanced => '"',
                _ => '\0',
            };
            if (close == '\0') { i++; continue; }
            var end = s.IndexOf(close, i + 1);
            // “…“ : a second opening curly quote closes when no closing one follows (a common typo).
            if (end < 0 && close == '”') end = s.IndexOf('“', i + 1);
            if (end < 0) { i++; continue; }
            output.Add(new QuoteSpan(i, end));
            i = end + 1;
        }
    }

    public static bool IsMark(char c) => c is '«' or '»' or '“' or '”' or '"';
}
