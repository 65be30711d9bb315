namespace Bot.Digests;

/// <summary>Wakes the scheduler early when a subscription changes (so a new 08:00 is not missed by a long sleep).</summary>
public sealed class DigestSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    public Task WaitAsync(CancellationToken ct) => _signal.WaitAsync(ct);
}
