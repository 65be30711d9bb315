namespace Bot.Telegram.Sending;

/// <summary>
/// At most <c>limit</c> messages in any <c>window</c>, counted the way a server's sliding window can see
/// them at worst. Telegram counts a message at some moment between our sending it and our reading its
/// answer; so a message counts from its send until a full window after its answer, and one still in
/// flight counts for certain. A new message may go when the one <c>limit</c> sends earlier has been
/// answered for a window: however late a stall delivers a bunch of requests, no window on the
/// server's clock can hold more than <c>limit</c>. Waiters are served in arrival order.
/// </summary>
public sealed class SlidingWindowLimiter
{
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _turn = new(1, 1);
    // The last `limit` messages in send order, each completing with the timestamp of its answer.
    private readonly Task<long>?[] _recent;
    private int _next;

    public SlidingWindowLimiter(int limit, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        _window = window;
        _time = time;
        _recent = new Task<long>?[limit];
    }

    /// <summary>Waits for a free place in the window; the caller must <see cref="Lease.Answered"/> it once the request is over, whatever its outcome.</summary>
    public async Task<Lease> AcquireAsync(CancellationToken ct)
    {
        await _turn.WaitAsync(ct);
        try
        {
            if (_recent[_next] is { } oldest)
            {
                var answeredAt = await oldest.WaitAsync(ct);
                // Checked again on the precise clock: timers run on a coarse one and may fire a few ms early,
                // and a bunch held back together would go out together early, just inside the server's window.
                for (var left = _window - _time.GetElapsedTime(answeredAt); left > TimeSpan.Zero; left = _window - _time.GetElapsedTime(answeredAt))
                {
                    await Task.Delay(left, _time, ct);
                }
            }
            var lease = new Lease(_time);
            _recent[_next] = lease.Task;
            _next = (_next + 1) % _recent.Length;
            return lease;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>One message's place in the window.</summary>
    public sealed class Lease(TimeProvider time)
    {
        private readonly TaskCompletionSource<long> _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Task<long> Task => _answered.Task;

        /// <summary>The request is over (answered, failed or abandoned): the window counts it from now.</summary>
        public void Answered() => _answered.TrySetResult(time.GetTimestamp());
    }
}
