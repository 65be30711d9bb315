using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>
/// Telegram's update queue for getUpdates: ids increase monotonically, a call with offset N forgets
/// every update below N, a call with a timeout waits for the next update, and a second concurrent call
/// ends the first with 409 Conflict.
/// </summary>
internal sealed class UpdateQueue
{
    /// <summary>Telegram leaves these out unless asked for them in allowed_updates.</summary>
    private static readonly string[] OptInKinds = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly object gate = new();
    private readonly List<JsonObject> pending = [];
    private int lastUpdateId = 100_000;
    private TaskCompletionSource changed = NewSignal();
    private CancellationTokenSource? activePoll;
    private string[]? allowedUpdates;

    public int ConfirmedOffset { get; private set; }
    public int PollCount { get; private set; }

    public int PendingCount
    {
        get { lock (gate) return pending.Count; }
    }

    public int Enqueue(JsonObject update)
    {
        lock (gate)
        {
            var id = ++lastUpdateId;
            update["update_id"] = id;
            pending.Add(update);
            Signal();
            return id;
        }
    }

    /// <summary>Several updates at once, as one getUpdates answer would carry them: a waiting poll sees all or none.</summary>
    public int[] EnqueueAll(IReadOnlyList<JsonObject> updates)
    {
        lock (gate)
        {
            var ids = new int[updates.Count];
            for (var i = 0; i < updates.Count; i++)
            {
                ids[i] = ++lastUpdateId;
                updates[i]["update_id"] = ids[i];
                pending.Add(updates[i]);
            }
            Signal();
            return ids;
        }
    }

    public void Clear()
    {
        lock (gate)
            pending.Clear();
    }

    /// <summary>Completes when any poll starts or any update is enqueued or confirmed.</summary>
    public Task Changed
    {
        get { lock (gate) return changed.Task; }
    }

    public async Task<JsonArray> GetAsync(int offset, int limit, TimeSpan timeout, string[]? allowed, CancellationToken stopping)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var conflict = false;
        CancellationTokenSource? earlier;
        lock (gate)
        {
            earlier = activePoll;
            activePoll = poll;
            Confirm(offset);
            if (allowed is not null)
                allowedUpdates = allowed.Length == 0 ? null : allowed;
            PollCount++;
            Signal();
        }
        // The earlier poll is told it lost, as Telegram does when two bot instances poll.
        // Cancelled outside the lock because cancellation runs its continuations inline.
        try
        {
            earlier?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The earlier poll finished in the meantime; nothing to end.
        }

        var deadline = DateTime.UtcNow + timeout;
        try
        {
            while (true)
            {
                Task wait;
                lock (gate)
                {
                    if (poll.IsCancellationRequested && !stopping.IsCancellationRequested)
                        conflict = true;
                    var result = Deliverable().Take(Math.Clamp(limit, 1, 100)).Select(u => (JsonNode)u.DeepClone()).ToArray();
                    if (result.Length > 0 || conflict || poll.IsCancellationRequested)
                    {
                        if (conflict)
                            break;
                        return new JsonArray(result);
                    }
                    wait = changed.Task;
                }
                var remaining = deadline - DateTime.UtcNow;
                if (remaining <= TimeSpan.Zero)
                    return [];
                try
                {
                    await wait.WaitAsync(remaining, poll.Token);
                }
                catch (TimeoutException)
                {
                    return [];
                }
                catch (OperationCanceledException)
                {
                    // Re-checked at the top: a conflict, or the server stopping.
                }
            }
        }
        finally
        {
            lock (gate)
            {
                if (activePoll == poll)
                    activePoll = null;
            }
        }
        throw new BotApiException(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
    }

    private IEnumerable<JsonObject> Deliverable() => pending.Where(u =>
    {
        var kind = u.Select(p => p.Key).FirstOrDefault(k => k != "update_id") ?? "";
        return allowedUpdates?.Contains(kind) ?? !OptInKinds.Contains(kind);
    });

    private void Confirm(int offset)
    {
        if (offset > 0)
        {
            pending.RemoveAll(u => (int)u["update_id"]! < offset);
            ConfirmedOffset = Math.Max(ConfirmedOffset, offset);
        }
        else if (offset < 0 && pending.Count > -offset)
        {
            pending.RemoveRange(0, pending.Count + offset);
        }
    }

    private void Signal()
    {
        var old = changed;
        changed = NewSignal();
        old.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
