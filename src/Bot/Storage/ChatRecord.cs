namespace Bot.Storage;

/// <summary>A chat the bot has seen: a private chat, a group, a supergroup or a channel.</summary>
public sealed class ChatRecord
{
    public long Id { get; set; }
    public string Type { get; set; } = "private";
    public string? Title { get; set; }
    public string? Username { get; set; }
    public string Language { get; set; } = "ar";
    public DateTime FirstSeenUtc { get; set; }
    public DateTime LastSeenUtc { get; set; }
}
