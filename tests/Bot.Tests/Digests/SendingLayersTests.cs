using Bot.Telegram.Sending;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Bot.Tests.Digests;

public sealed class SendingLayersTests
{
    [Fact]
    public void ChatKey_SendMessage_IsTheChatId()
    {
        var request = new SendMessageRequest { ChatId = 42, Text = "x" };
        Assert.Equal("42", RequestTarget.ChatKey(request));
        Assert.True(RequestTarget.IsMessagePosting(request));
    }

    [Fact]
    public void ChatKey_EditMessageText_IsTheChatId()
    {
        var request = new EditMessageTextRequest { ChatId = -100123, MessageId = 1, Text = "x" };
        Assert.Equal("-100123", RequestTarget.ChatKey(request));
        Assert.True(RequestTarget.IsMessagePosting(request));
    }

    [Fact]
    public void IsMessagePosting_GetUpdatesAndAnswerCallback_False()
    {
        Assert.False(RequestTarget.IsMessagePosting(new GetUpdatesRequest()));
        Assert.False(RequestTarget.IsMessagePosting(new AnswerCallbackQueryRequest { CallbackQueryId = "1" }));
        Assert.False(RequestTarget.IsMessagePosting(new GetChatAdministratorsRequest { ChatId = -1 }));
    }

    [Theory]
    [InlineData("123", true)]     // users' private chats have positive ids
    [InlineData("-100123", false)] // supergroups and channels
    [InlineData("@channel", false)]
    public void IsPrivateChat_ByKey(string key, bool expected) => Assert.Equal(expected, RequestTarget.IsPrivateChat(key));

    [Fact]
    public void Reserve_BeyondBurst_SpacesTokensEvenly()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(ratePerSecond: 2, capacity: 1, time);
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        Assert.Equal(TimeSpan.FromMilliseconds(500), bucket.Reserve());
        Assert.Equal(TimeSpan.FromMilliseconds(1000), bucket.Reserve());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromMilliseconds(500), bucket.Reserve());
    }

    [Fact]
    public void Reserve_AfterIdle_RefillsOnlyToCapacity()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(ratePerSecond: 1, capacity: 2, time);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        Assert.Equal(TimeSpan.FromSeconds(1), bucket.Reserve());
        Assert.False(bucket.IsIdle);
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.True(bucket.IsIdle);
    }

    [Fact]
    public void Settle_SlowAnswer_NextTokenAnIntervalAfterTheAnswer()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(ratePerSecond: 1, capacity: 1, time);
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        time.Advance(TimeSpan.FromMilliseconds(700));  // the request took 700 ms to be answered
        bucket.Settle();
        Assert.Equal(TimeSpan.FromSeconds(1), bucket.Reserve());
    }

    [Fact]
    public async Task ReserveAsync_WaitsOnTheTimeProvider()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(ratePerSecond: 1, capacity: 1, time);
        await bucket.ReserveAsync(CancellationToken.None);
        var second = bucket.ReserveAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(403, "Forbidden: bot was blocked by the user", ChatFailure.Unreachable)]
    [InlineData(403, "Forbidden: bot was kicked from the supergroup chat", ChatFailure.Unreachable)]
    [InlineData(400, "Bad Request: chat not found", ChatFailure.Unreachable)]
    [InlineData(400, "Bad Request: can't parse entities", ChatFailure.None)] // our bug, not the chat's
    [InlineData(500, "Internal Server Error", ChatFailure.None)]
    public void Classify_ByCodeAndDescription(int code, string description, ChatFailure expected) =>
        Assert.Equal(expected, ChatFailureClassifier.Classify(new global::Telegram.Bot.Exceptions.ApiRequestException(description, code)));

    [Fact]
    public void Classify_MigrateParameter_Migrated() =>
        Assert.Equal(ChatFailure.Migrated, ChatFailureClassifier.Classify(new global::Telegram.Bot.Exceptions.ApiRequestException(
            "Bad Request: group chat was upgraded to a supergroup chat", 400, new ResponseParameters { MigrateToChatId = -100 })));
}

public sealed class SlidingWindowLimiterTests
{
    [Fact]
    public async Task AcquireAsync_LimitStillInFlight_WaitsAWindowAfterTheAnswer()
    {
        var time = new TimerWatchingTimeProvider();
        var limiter = new SlidingWindowLimiter(limit: 2, TimeSpan.FromSeconds(1), time);
        var first = await limiter.AcquireAsync(CancellationToken.None);
        await limiter.AcquireAsync(CancellationToken.None);
        var third = limiter.AcquireAsync(CancellationToken.None);
        // However long it has been since the first was sent: it has not been answered, so Telegram may count it any time now.
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(third.IsCompleted);
        first.Answered();
        await time.TimerSetAsync();
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AcquireAsync_AnsweredAWindowAgo_GoesAtOnce()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowLimiter(limit: 1, TimeSpan.FromSeconds(1), time);
        (await limiter.AcquireAsync(CancellationToken.None)).Answered();
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.AcquireAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task AcquireAsync_Waiters_ServedInArrivalOrder()
    {
        var time = new TimerWatchingTimeProvider();
        var limiter = new SlidingWindowLimiter(limit: 1, TimeSpan.FromSeconds(1), time);
        var lease = await limiter.AcquireAsync(CancellationToken.None);
        var second = limiter.AcquireAsync(CancellationToken.None);
        var third = limiter.AcquireAsync(CancellationToken.None);
        lease.Answered();
        await time.TimerSetAsync();
        time.Advance(TimeSpan.FromSeconds(1));
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Answered();
        await time.TimerSetAsync();
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    /// <summary>
    /// A waiter reads the clock on the thread pool after <see cref="SlidingWindowLimiter.Lease.Answered"/> and then
    /// starts its timer: fake time advanced between the two would leave the timer a whole window late and the test
    /// waiting for it. Tests advance only once the timer is set. (Task.Delay creates its timer unset and sets its due time
    /// with a second call, <see cref="ITimer.Change"/>: that call is what counts.)
    /// </summary>
    private sealed class TimerWatchingTimeProvider : FakeTimeProvider
    {
        private readonly SemaphoreSlim _set = new(0);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new WatchedTimer(base.CreateTimer(callback, state, dueTime, period), _set);
            if (dueTime != Timeout.InfiniteTimeSpan) _set.Release();
            return timer;
        }

        public async Task TimerSetAsync()
        {
            if (!await _set.WaitAsync(TimeSpan.FromSeconds(5)))
            {
                throw new TimeoutException("The limiter set no timer.");
            }
        }

        private sealed class WatchedTimer(ITimer inner, SemaphoreSlim set) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                var changed = inner.Change(dueTime, period);
                if (dueTime != Timeout.InfiniteTimeSpan) set.Release();
                return changed;
            }

            public void Dispose() => inner.Dispose();

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }

    [Fact]
    public async Task AcquireAsync_ManySendersOnRealTime_NoWindowCanHoldMoreThanTheLimit()
    {
        const int limit = 20;
        var window = TimeSpan.FromMilliseconds(50);
        var limiter = new SlidingWindowLimiter(limit, window, TimeProvider.System);
        var requests = new System.Collections.Concurrent.ConcurrentQueue<(long Sent, long Answered)>();
        async Task SendAsync(int sender)
        {
            var random = new Random(sender);
            for (var i = 0; i < 15; i++)
            {
                var lease = await limiter.AcquireAsync(CancellationToken.None);
                var sent = System.Diagnostics.Stopwatch.GetTimestamp();
                await Task.Delay(random.Next(0, 20));
                var answered = System.Diagnostics.Stopwatch.GetTimestamp();
                lease.Answered();
                requests.Enqueue((sent, answered));
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 40).Select(SendAsync));

        // The server may count a request anywhere between its sending and its answer: the worst window
        // starting at some request's send holds every request whose span reaches into it.
        var all = requests.ToArray();
        var length = (long)(window.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        var worst = all.Max(r => all.Count(o => o.Sent < r.Sent + length && o.Answered >= r.Sent));
        Assert.InRange(worst, 1, limit);
    }
}
