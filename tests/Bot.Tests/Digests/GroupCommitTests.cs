using Bot.Digests;

namespace Bot.Tests.Digests;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task WriteAsync_ItemsArriveDuringAWrite_WrittenTogetherInTheNextBatch()
    {
        var batches = new List<int[]>();
        using var writing = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var commit = new GroupCommit<int>(batch =>
        {
            batches.Add([.. batch]);
            writing.Set();
            release.Wait(TimeSpan.FromSeconds(10));
        });
        var first = commit.WriteAsync(1);
        Assert.True(writing.Wait(TimeSpan.FromSeconds(10)));
        var rest = Enumerable.Range(2, 9).Select(commit.WriteAsync).ToList();
        Assert.False(first.IsCompleted);
        Assert.All(rest, t => Assert.False(t.IsCompleted));
        release.Set();

        await Task.WhenAll(rest.Append(first)).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([[1], [2, 3, 4, 5, 6, 7, 8, 9, 10]], batches);
    }

    [Fact]
    public async Task WriteAsync_WriteFails_CallerSeesTheErrorAndLaterWritesStillRun()
    {
        var calls = 0;
        var commit = new GroupCommit<int>(_ =>
        {
            if (Interlocked.Increment(ref calls) == 1) throw new IOException("disk full");
        });
        await Assert.ThrowsAsync<IOException>(() => commit.WriteAsync(1).WaitAsync(TimeSpan.FromSeconds(10)));
        await commit.WriteAsync(2).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, calls);
    }
}
