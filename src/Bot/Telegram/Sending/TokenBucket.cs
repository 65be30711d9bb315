namespace Bot.Telegram.Sending;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>. <see cref="ReserveAsync"/> takes a token now or books
/// the next free one and waits for it, so waiters are served in the order they arrived and never all
/// wake at once.
/// </summary>
public sealed class TokenBucket
{
    private readonly TimeProvider _time;
    private readonly double _capacity;
    private readonly double _ratePerTick;
    private readonly object _gate = new();
    private double _tokens;
    private long _lastTimestamp;

    public TokenBucket(double ratePerSecond, int capacity, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _time = time;
        _capacity = capacity;
        _ratePerTick = ratePerSecond / time.TimestampFrequency;
        _tokens = capacity;
        _lastTimestamp = time.GetTimestamp();
    }

    /// <summary>Books one token; returns how long the caller must wait before using it.</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + (now - _lastTimestamp) * _ratePerTick);
            _lastTimestamp = now;
            _tokens -= 1;
            if (_tokens >= 0) return TimeSpan.Zero;
            var ticks = -_tokens / _ratePerTick;
            return TimeSpan.FromSeconds(ticks / _time.TimestampFrequency);
        }
    }

    /// <summary>
    /// Counts the last token as spent now rather than when it was booked: called when a request has been
    /// answered, so the next one to the same chat reaches Telegram a full interval after this one did,
    /// however long this one spent on the way.
    /// </summary>
    public void Settle()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(Math.Min(_capacity, _tokens + (now - _lastTimestamp) * _ratePerTick), _capacity - 1);
            _lastTimestamp = now;
        }
    }

    public Task ReserveAsync(CancellationToken ct)
    {
        var wait = Reserve();
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _time, ct);
    }

    /// <summary>True when the bucket has refilled completely: it can be dropped and made anew.</summary>
    public bool IsIdle
    {
        get
        {
            lock (_gate)
            {
                return _tokens + (_time.GetTimestamp() - _lastTimestamp) * _ratePerTick >= _capacity;
            }
        }
    }
}
