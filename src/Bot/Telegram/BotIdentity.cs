namespace Bot.Telegram;

/// <summary>The bot's own username, learned from getMe at start; needed to accept «/cmd@OurBot» in groups.</summary>
public sealed class BotIdentity
{
    public string? Username { get; set; }
    public long Id { get; set; }
}
