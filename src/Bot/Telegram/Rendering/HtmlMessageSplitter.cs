using System.Text;

namespace Bot.Telegram.Rendering;

/// <summary>
/// Splits Telegram HTML into messages of at most <see cref="TelegramHtml.MaxMessageLength"/> characters.
/// Cuts only between characters — never inside a tag, an entity or a surrogate pair — preferring a
/// paragraph break, then a line break, then a sentence end, then a space. Tags open at a cut are closed
/// at the end of one part and reopened at the start of the next, so every part is valid on its own.
/// The limit applies to the raw HTML, which is never shorter than the text Telegram counts.
/// </summary>
public static class HtmlMessageSplitter
{
    private enum Kind { Text, Open, Close }

    private readonly record struct Token(int Start, int Length, Kind Kind, string? Name);

    public static IReadOnlyList<string> Split(string html, int limit = TelegramHtml.MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 64);
        if (html.Length <= limit) return IsBlank(html) ? [] : [html];

        var tokens = Tokenize(html);
        var parts = new List<string>();
        var stack = new List<Token>();  // open tags at the current position
        var i = 0;
        while (i < tokens.Count)
        {
            var prefix = new StringBuilder();
            foreach (var open in stack) prefix.Append(html, open.Start, open.Length);
            var length = prefix.Length;
            var bestCut = -1;
            var bestPriority = -1;
            List<Token>? bestStack = null;
            var j = i;
            for (; j < tokens.Count; j++)
            {
                if (j > i)
                {
                    var priority = BoundaryPriority(html, tokens, j);
                    // Prefer a good boundary in the second half of the part; past that, take the latest.
                    if (priority >= bestPriority || length < limit / 2)
                    {
                        bestCut = j;
                        bestPriority = priority;
                        bestStack = [.. stack];
                    }
                }
                var t = tokens[j];
                var after = Apply(stack, t, dryRun: true);
                if (length + t.Length + ClosersLength(after) > limit) break;
                Apply(stack, t, dryRun: false);
                length += t.Length;
            }
            int end;
            if (j == tokens.Count)
            {
                end = j;
            }
            else if (bestCut > i)
            {
                end = bestCut;
                stack = bestStack!;
            }
            else
            {
                throw new InvalidOperationException("A single tag does not fit into one message.");
            }
            // The part should not end with the whitespace we cut at (text tokens only: the stack is unchanged).
            var last = end;
            while (last > i + 1 && tokens[last - 1].Kind == Kind.Text && char.IsWhiteSpace(html[tokens[last - 1].Start])) last--;
            var sb = new StringBuilder(prefix.ToString());
            var from = tokens[i].Start;
            var to = last < tokens.Count ? tokens[last].Start : html.Length;
            sb.Append(html, from, to - from);
            for (var k = stack.Count - 1; k >= 0; k--) sb.Append("</").Append(stack[k].Name).Append('>');
            var part = sb.ToString();
            if (!IsBlank(part)) parts.Add(part);
            i = end;
            // The next part should not start with the whitespace we cut at.
            while (i < tokens.Count && tokens[i].Kind == Kind.Text && char.IsWhiteSpace(html[tokens[i].Start])) i++;
        }
        return parts;
    }

    private static List<Token> Apply(List<Token> stack, Token t, bool dryRun)
    {
        var target = dryRun ? [.. stack] : stack;
        if (t.Kind == Kind.Open) target.Add(t);
        else if (t.Kind == Kind.Close)
        {
            var at = target.FindLastIndex(o => o.Name == t.Name);
            if (at >= 0) target.RemoveAt(at);
        }
        return target;
    }

    private static int ClosersLength(List<Token> stack)
    {
        var n = 0;
        foreach (var t in stack) n += t.Name!.Length + 3;
        return n;
    }

    /// <summary>How good a place it is to cut before token <paramref name="j"/>.</summary>
    private static int BoundaryPriority(string html, List<Token> tokens, int j)
    {
        var prev = tokens[j - 1];
        if (prev.Kind != Kind.Text) return 0;
        var c = html[prev.Start];
        if (c == '\n')
        {
            return j >= 2 && tokens[j - 2].Kind == Kind.Text && html[tokens[j - 2].Start] == '\n' ? 4 : 3;
        }
        if (c == ' ' && j >= 2 && tokens[j - 2].Kind == Kind.Text && html[tokens[j - 2].Start] is '.' or '!' or '?' or '؟' or '…') return 2;
        return c == ' ' ? 1 : 0;
    }

    private static List<Token> Tokenize(string html)
    {
        var tokens = new List<Token>(html.Length);
        for (var i = 0; i < html.Length;)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0) throw new ArgumentException("Unterminated tag in message HTML.", nameof(html));
                var closing = i + 1 < html.Length && html[i + 1] == '/';
                var nameStart = closing ? i + 2 : i + 1;
                var nameEnd = nameStart;
                while (nameEnd < end && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
                tokens.Add(new Token(i, end - i + 1, closing ? Kind.Close : Kind.Open, html[nameStart..nameEnd]));
                i = end + 1;
            }
            else if (c == '&' && html.IndexOf(';', i) is var semi && semi > i && semi - i <= 10)
            {
                tokens.Add(new Token(i, semi - i + 1, Kind.Text, null));
                i = semi + 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]))
            {
                tokens.Add(new Token(i, 2, Kind.Text, null));
                i += 2;
            }
            else
            {
                tokens.Add(new Token(i, 1, Kind.Text, null));
                i++;
            }
        }
        return tokens;
    }

    private static bool IsBlank(string html) => string.IsNullOrWhiteSpace(TelegramHtml.ToPlainText(html));
}
