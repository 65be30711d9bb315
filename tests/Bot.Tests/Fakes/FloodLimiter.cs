namespace Bot.Tests.Fakes;

/// <summary>
/// Sliding-window counters for <see cref="FakeFloodLimits"/>. A send over a limit is refused with 429
/// and recorded as a <see cref="LimitViolation"/>; a refused send does not count.
/// </summary>
internal sealed class FloodLimiter(FakeFloodLimits limits, TimeProvider time)
{
    private readonly object gate = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> perChat = [];
    private readonly Queue<DateTimeOffset> global = new();

    public bool CountsEdits => limits.CountEdits;

    /// <summary>Counts the send, or returns the violation that refuses it.</summary>
    public LimitViolation? TryAcquire(string method, FakeChat chat)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (!perChat.TryGetValue(chat.Id, out var chatSends))
                perChat[chat.Id] = chatSends = new Queue<DateTimeOffset>();

            var (chatLimit, chatWindow, scope) = chat.IsPrivate
                ? (limits.PrivateChatMessages, limits.PrivateChatWindow, "private chat")
                : (limits.GroupMessages, limits.GroupWindow, "group");
            var violation = Check(chatSends, chatLimit, chatWindow, now, method, chat.Id, scope)
                ?? Check(global, limits.GlobalMessages, limits.GlobalWindow, now, method, chat.Id, "global");
            if (violation is not null)
                return violation;

            chatSends.Enqueue(now);
            global.Enqueue(now);
            return null;
        }
    }

    private static LimitViolation? Check(Queue<DateTimeOffset> sends, int limit, TimeSpan window, DateTimeOffset now,
        string method, long chatId, string scope)
    {
        while (sends.Count > 0 && sends.Peek() <= now - window)
            sends.Dequeue();
        if (sends.Count < limit)
            return null;
        var wait = sends.Peek() + window - now;
        var retryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return new LimitViolation(method, chatId, scope, retryAfter, now);
    }
}
