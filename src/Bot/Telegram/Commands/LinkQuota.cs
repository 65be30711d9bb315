using Bot.Ingestion;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Commands;

/// <summary>
/// How many links one user may have summarised in a sliding window (<see cref="IngestionOptions.UserLinksPerWindow"/> per
/// <see cref="IngestionOptions.UserLinkWindow"/>): each link costs a fetch from the open web, so one user cannot turn the
/// bot into a crawler. Counts live in memory; a restart forgets them.
/// </summary>
public sealed class LinkQuota(IOptions<IngestionOptions> options, TimeProvider time)
{
    /// <summary>Above this many users, the ones idle for a whole window are forgotten.</summary>
    private const int SweepAbove = 10_000;

    private readonly Dictionary<long, Queue<DateTimeOffset>> _recent = [];
    private readonly Lock _lock = new();

    /// <summary>Takes one link from <paramref name="user"/>'s allowance: null when allowed, else how long until the next one is.</summary>
    public TimeSpan? TryTake(long user)
    {
        var limit = options.Value.UserLinksPerWindow;
        var window = options.Value.UserLinkWindow;
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_recent.TryGetValue(user, out var sent))
            {
                if (_recent.Count >= SweepAbove) Sweep(now - window);
                _recent[user] = sent = new Queue<DateTimeOffset>();
            }
            while (sent.Count > 0 && sent.Peek() <= now - window) sent.Dequeue();
            if (sent.Count >= limit) return sent.Peek() + window - now;
            sent.Enqueue(now);
            return null;
        }
    }

    private void Sweep(DateTimeOffset before)
    {
        foreach (var (user, sent) in _recent)
            if (sent.Count == 0 || sent.Last() <= before) _recent.Remove(user);
    }
}
