namespace Bot.Storage;

public sealed class ChatStore(BotDatabase database, TimeProvider time)
{
    /// <summary>Records that a chat was seen now; keeps the first-seen time of a known chat.</summary>
    public void Touch(long id, string type, string? title, string? username)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var chat = database.Chats.FindById(id) ?? new ChatRecord { Id = id, FirstSeenUtc = now };
        chat.Type = type;
        chat.Title = title ?? chat.Title;
        chat.Username = username ?? chat.Username;
        chat.LastSeenUtc = now;
        database.Chats.Upsert(chat);
    }
}
