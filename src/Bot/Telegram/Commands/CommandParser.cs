namespace Bot.Telegram.Commands;

/// <summary>
/// Recognises bot commands in message text: «/cmd args», «/cmd@OurBot args» (groups), and the tappable
/// «/article_12» form used in lists. A command addressed to another bot is not ours.
/// </summary>
public static class CommandParser
{
    private const int MaxCommandLength = 32;

    public static ParsedCommand? Parse(string? text, string? botUsername)
    {
        if (string.IsNullOrEmpty(text) || text[0] != '/') return null;
        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var head = text[1..end];
        var args = text[end..].Trim();
        var at = head.IndexOf('@');
        if (at >= 0)
        {
            var target = head[(at + 1)..];
            if (botUsername is null || !string.Equals(target, botUsername, StringComparison.OrdinalIgnoreCase)) return null;
            head = head[..at];
        }
        if (head.Length == 0 || head.Length > MaxCommandLength) return null;
        var underscore = head.IndexOf('_');
        if (underscore > 0 && args.Length == 0 && head[(underscore + 1)..].All(char.IsAsciiDigit) && underscore + 1 < head.Length)
        {
            // «/article_12» is «/article 12»: Telegram makes the joined form tappable.
            args = head[(underscore + 1)..];
            head = head[..underscore];
        }
        return new ParsedCommand(head.ToLowerInvariant(), args);
    }
}
