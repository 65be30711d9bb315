using System.Collections.Concurrent;

namespace Bot.Digests;

/// <summary>
/// Group commit: callers hand in an item and wait until it is written; whoever finds no write going on
/// writes everything queued so far in one batch, then any that arrived meanwhile. Each caller still
/// returns only once its own item is stored, but a hundred delivery workers confirming at once cost a
/// few LiteDB transactions instead of a hundred, and only one thread at a time blocks on the database
/// (LiteDB's collection lock is a monitor: waiting workers would each hold a pool thread).
/// </summary>
public sealed class GroupCommit<T>(Action<IReadOnlyList<T>> write)
{
    private readonly ConcurrentQueue<(T Item, TaskCompletionSource Done)> _queue = new();
    private int _writing;

    public Task WriteAsync(T item)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Enqueue((item, done));
        // The first caller to find no writer becomes it; it drains on a pool thread so its own caller is not held up by others' items.
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0) ThreadPool.UnsafeQueueUserWorkItem(_ => Drain(), null);
        return done.Task;
    }

    private void Drain()
    {
        while (true)
        {
            var batch = new List<(T Item, TaskCompletionSource Done)>();
            while (_queue.TryDequeue(out var queued)) batch.Add(queued);
            if (batch.Count > 0)
            {
                Write(batch);
                continue;
            }
            Volatile.Write(ref _writing, 0);
            // An item queued after the last look but before the flag was cleared found a writer and started none.
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _writing, 1, 0) != 0) return;
        }
    }

    private void Write(List<(T Item, TaskCompletionSource Done)> batch)
    {
        try
        {
            write(batch.ConvertAll(b => b.Item));
        }
        catch (Exception e)
        {
            foreach (var (_, done) in batch) done.TrySetException(e);
            return;
        }
        foreach (var (_, done) in batch) done.TrySetResult();
    }
}
