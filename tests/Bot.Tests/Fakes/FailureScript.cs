namespace Bot.Tests.Fakes;

/// <summary>Failures queued by tests, taken in the order they were queued.</summary>
internal sealed class FailureScript
{
    private readonly object gate = new();
    private readonly List<Entry> entries = [];

    public void Add(string method, FakeFailure failure, long? chatId, int times)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        if (!BotApiSpec.Instance.Methods.ContainsKey(method))
            throw new ArgumentException($"{method} is not a Bot API method.", nameof(method));
        lock (gate)
            entries.Add(new Entry(method, failure, chatId) { Remaining = times });
    }

    /// <summary>Failures queued and not yet met by a call: 0 once every scripted call has arrived.</summary>
    public int Remaining
    {
        get
        {
            lock (gate)
                return entries.Sum(e => e.Remaining);
        }
    }

    public FakeFailure? Take(string method, long? chatId)
    {
        lock (gate)
        {
            var entry = entries.FirstOrDefault(e =>
                string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase)
                && (e.ChatId is null || e.ChatId == chatId));
            if (entry is null)
                return null;
            if (--entry.Remaining == 0)
                entries.Remove(entry);
            return entry.Failure;
        }
    }

    private sealed record Entry(string Method, FakeFailure Failure, long? ChatId)
    {
        public int Remaining { get; set; }
    }
}
