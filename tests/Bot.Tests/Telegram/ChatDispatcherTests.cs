using Bot.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot.Types;

namespace Bot.Tests.Telegram;

public class ChatDispatcherTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static Update Text(int id, long chat) => new()
    {
        Id = id,
        Message = new Message { Chat = new Chat { Id = chat, Type = global::Telegram.Bot.Types.Enums.ChatType.Private }, Text = "/help" },
    };

    [Fact]
    public async Task Enqueue_UpdatesOfOneChat_RunInOrderOneAtATime()
    {
        var order = new List<int>();
        var running = 0;
        var overlapped = false;
        var dispatcher = new ChatDispatcher(async u =>
        {
            if (Interlocked.Increment(ref running) > 1) overlapped = true;
            await Task.Delay(20);
            lock (order) order.Add(u.Id);
            Interlocked.Decrement(ref running);
        }, maxAtOnce: 8, NullLogger.Instance, CancellationToken.None);
        foreach (var id in new[] { 10, 11, 12, 13 }) dispatcher.Enqueue(Text(id, 1));
        await dispatcher.DrainAsync().WaitAsync(Wait);
        Assert.Equal([10, 11, 12, 13], order);
        Assert.False(overlapped, "two updates of one chat ran at once");
    }

    [Fact]
    public async Task Enqueue_OtherChatArrivingLater_IsNotHeldUpBySlowChat()
    {
        var release = new TaskCompletionSource();
        var otherDone = new TaskCompletionSource();
        var slowDone = false;
        var dispatcher = new ChatDispatcher(async u =>
        {
            if (u.Id == 1)
            {
                await release.Task;
                slowDone = true;
            }
            else otherDone.SetResult();
        }, maxAtOnce: 8, NullLogger.Instance, CancellationToken.None);
        dispatcher.Enqueue(Text(1, chat: 100));   // slow: waits until released
        dispatcher.Enqueue(Text(2, chat: 200));   // arrives later, from another chat
        await otherDone.Task.WaitAsync(Wait);
        Assert.False(Volatile.Read(ref slowDone));
        release.SetResult();
        await dispatcher.DrainAsync().WaitAsync(Wait);
        Assert.Equal(0, dispatcher.Pending);
    }

    [Fact]
    public async Task Enqueue_ManyChats_RunsAtMostTheLimitAtOnce()
    {
        var running = 0;
        var peak = 0;
        var dispatcher = new ChatDispatcher(async _ =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await Task.Delay(30);
            Interlocked.Decrement(ref running);
        }, maxAtOnce: 3, NullLogger.Instance, CancellationToken.None);
        for (var i = 0; i < 12; i++) dispatcher.Enqueue(Text(i, chat: i));
        await dispatcher.DrainAsync().WaitAsync(Wait);
        Assert.InRange(peak, 2, 3);
    }

    [Fact]
    public async Task Enqueue_SameUpdateTwiceWhileInHand_RunsOnce()
    {
        var runs = 0;
        var release = new TaskCompletionSource();
        var dispatcher = new ChatDispatcher(async _ =>
        {
            Interlocked.Increment(ref runs);
            await release.Task;
        }, maxAtOnce: 8, NullLogger.Instance, CancellationToken.None);
        dispatcher.Enqueue(Text(7, chat: 1));
        dispatcher.Enqueue(Text(7, chat: 1));   // Telegram sent it again before it was confirmed
        release.SetResult();
        await dispatcher.DrainAsync().WaitAsync(Wait);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task Stopping_FinishesTheUpdateInHandAndStartsNoOther()
    {
        using var stop = new CancellationTokenSource();
        var started = new List<int>();
        var inHand = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var dispatcher = new ChatDispatcher(async u =>
        {
            lock (started) started.Add(u.Id);
            inHand.TrySetResult();
            await release.Task;
        }, maxAtOnce: 8, NullLogger.Instance, stop.Token);
        dispatcher.Enqueue(Text(1, chat: 1));
        dispatcher.Enqueue(Text(2, chat: 1));
        await inHand.Task.WaitAsync(Wait);
        stop.Cancel();
        release.SetResult();
        await dispatcher.DrainAsync().WaitAsync(Wait);
        Assert.Equal([1], started);
    }

    [Fact]
    public async Task HandlerThatThrows_DoesNotStopItsChat()
    {
        var done = new List<int>();
        var dispatcher = new ChatDispatcher(u =>
        {
            if (u.Id == 1) throw new InvalidOperationException("boom");
            lock (done) done.Add(u.Id);
            return Task.CompletedTask;
        }, maxAtOnce: 8, NullLogger.Instance, CancellationToken.None);
        dispatcher.Enqueue(Text(1, chat: 1));
        dispatcher.Enqueue(Text(2, chat: 1));
        await dispatcher.DrainAsync().WaitAsync(Wait);
        Assert.Equal([2], done);
        Assert.Equal(0, dispatcher.Pending);
    }

    [Fact]
    public void ChatOf_UpdateWithoutChat_IsItsOwnQueue() =>
        Assert.NotEqual(ChatDispatcher.ChatOf(new Update { Id = 1 }), ChatDispatcher.ChatOf(new Update { Id = 2 }));

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
