namespace Bot.Ingestion.Sources;

/// <summary>
/// When a source is polled next. After success: the interval, or longer when the feed's ttl or the
/// server's Retry-After ask for it, plus jitter. After failure: the interval doubled per consecutive
/// failure up to the maximum back-off, or the Retry-After when longer.
/// </summary>
public static class PollSchedule
{
    public static DateTime AfterSuccess(DateTime nowUtc, TimeSpan interval, TimeSpan? ttl, TimeSpan? retryAfter, double jitter, double random)
    {
        var wait = Max(interval, ttl, retryAfter);
        return nowUtc + wait + wait * (jitter * random);
    }

    public static DateTime AfterFailure(DateTime nowUtc, TimeSpan interval, int consecutiveFailures, TimeSpan maxBackoff, TimeSpan? retryAfter, double jitter, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(consecutiveFailures, 1);
        var factor = Math.Pow(2, Math.Min(consecutiveFailures - 1, 30));
        var backoff = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * factor, maxBackoff.Ticks));
        var wait = Max(backoff, retryAfter, null);
        return nowUtc + wait + wait * (jitter * random);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan? b, TimeSpan? c)
    {
        if (b > a) a = b.Value;
        if (c > a) a = c.Value;
        return a;
    }
}
