namespace Bot.Telegram.Rendering;

/// <summary>An inline button: either a callback (≤ 64 bytes of data) or a link.</summary>
public sealed record Button(string Text, string? CallbackData = null, string? Url = null);

/// <summary>One message to send, already in Telegram HTML and within Telegram's limits.</summary>
/// <param name="Html">Telegram HTML, at most <see cref="TelegramHtml.MaxMessageLength"/> characters.</param>
/// <param name="Buttons">Rows of inline buttons, or empty.</param>
/// <param name="PreviewUrl">The one link Telegram may preview; null turns previews off.</param>
public sealed record OutgoingMessage(string Html, IReadOnlyList<IReadOnlyList<Button>> Buttons, string? PreviewUrl = null)
{
    public static OutgoingMessage Plain(string html) => new(html, []);
}

/// <summary>What a command answers.</summary>
/// <param name="Messages">Messages in order.</param>
/// <param name="EditOriginal">For a button press: replace the pressed message with the first message (paging).</param>
/// <param name="Toast">Short text for answerCallbackQuery.</param>
public sealed record Reply(IReadOnlyList<OutgoingMessage> Messages, bool EditOriginal = false, string? Toast = null)
{
    public static Reply None { get; } = new([]);
    public static Reply Html(string html) => new([OutgoingMessage.Plain(html)]);
}
