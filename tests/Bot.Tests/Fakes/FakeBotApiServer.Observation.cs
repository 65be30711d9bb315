using System.Text;

namespace Bot.Tests.Fakes;

// Observation: what the bot sent and asked, and waits for it to happen.
public sealed partial class FakeBotApiServer
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    /// <summary>Every accepted send and edit, in order.</summary>
    public IReadOnlyList<SentMessage> Messages
    {
        get { lock (world.Gate) return world.Sent.ToArray(); }
    }

    /// <summary>Every request, accepted or not, in the order they finished.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (world.Gate) return requests.ToArray(); }
    }

    /// <summary>Sends refused for breaking <see cref="FakeBotApiOptions.Limits"/>; a well-behaved bot leaves this empty.</summary>
    public IReadOnlyList<LimitViolation> LimitViolations
    {
        get { lock (world.Gate) return world.Violations.ToArray(); }
    }

    public IReadOnlyList<CallbackAnswer> CallbackAnswers
    {
        get { lock (world.Gate) return world.CallbackAnswers.ToArray(); }
    }

    public IReadOnlyList<(long ChatId, int MessageId)> DeletedMessages
    {
        get { lock (world.Gate) return world.Deleted.ToArray(); }
    }

    /// <summary>The highest getUpdates offset the client has sent: every update below it is confirmed.</summary>
    public int ConfirmedOffset => updates.ConfirmedOffset;

    public int PendingUpdateCount => updates.PendingCount;

    /// <summary>The most messages sent (not edits) to the chat within any <paramref name="window"/>.</summary>
    public int MaxMessagesInWindow(long chatId, TimeSpan window)
    {
        var times = Messages.Where(m => m.ChatId == chatId && !m.IsEdit).Select(m => m.Timestamp).ToArray();
        var max = 0;
        for (int start = 0, end = 0; end < times.Length; end++)
        {
            while (times[end] - times[start] >= window)
                start++;
            max = Math.Max(max, end - start + 1);
        }
        return max;
    }

    /// <summary>The first sent or edited message matching; throws <see cref="TimeoutException"/> listing what arrived.</summary>
    public async Task<SentMessage> WaitForMessageAsync(Func<SentMessage, bool> match, TimeSpan? timeout = null)
    {
        SentMessage? found = null;
        await WaitUntilAsync(() => (found = Messages.FirstOrDefault(match)) is not null, timeout, "a matching message");
        return found!;
    }

    public Task WaitForMessageCountAsync(int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => Messages.Count(m => !m.IsEdit) >= count, timeout, $"{count} messages");

    /// <summary>
    /// Completes when <paramref name="count"/> getUpdates calls have arrived since the fake started. A count, not "the next
    /// call": a poll the test has just sent may arrive before the wait begins.
    /// </summary>
    public Task WaitForPollsAsync(int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => updates.PollCount >= count, timeout, $"{count} getUpdates calls");

    /// <summary>
    /// Completes when the client confirms the update, which a polling client does only after handling it
    /// (its next getUpdates carries offset = update id + 1).
    /// </summary>
    public Task WaitForUpdateConfirmedAsync(int updateId, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => updates.ConfirmedOffset > updateId, timeout, $"confirmation of update {updateId}");

    private async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout, string what)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (true)
        {
            Task next;
            lock (world.Gate)
                next = changed.Task;
            var queueChanged = updates.Changed;
            if (condition())
                return;
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
                throw new TimeoutException($"Timed out waiting for {what}.{Environment.NewLine}{Dump()}");
            await Task.WhenAny(next, queueChanged, Task.Delay(remaining));
        }
    }

    /// <summary>
    /// The client's own account of itself (its warnings and errors, say), added to failure messages: a timed-out wait
    /// says why the bot went quiet, not only that it did.
    /// </summary>
    public Func<string>? ClientLog { get; set; }

    /// <summary>What the fake has seen, for failure messages.</summary>
    public string Dump()
    {
        var text = new StringBuilder();
        var messages = Messages;
        text.AppendLine($"Messages ({messages.Count}):");
        foreach (var message in messages)
            text.AppendLine("  " + message);
        var recent = Requests.TakeLast(20).ToArray();
        text.AppendLine($"Last {recent.Length} requests:");
        foreach (var request in recent)
            text.AppendLine("  " + request);
        if (ClientLog?.Invoke() is { Length: > 0 } log)
            text.AppendLine("Client log:").AppendLine(log);
        return text.ToString();
    }
}
