using Bot.Digests;
using Bot.Tests.Fakes;
using Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Digests;

/// <summary>Digests through the whole host and the real Telegram.Bot client against the strict fake, with its flood limits on.</summary>
public sealed class DigestDeliveryTests : IAsyncLifetime
{
    private DigestWorld _world = null!;

    public async Task InitializeAsync() => _world = await DigestWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Delivery_ScriptedFailures_EveryDigestOnceAndInOrder()
    {
        var fake = _world.Fake;
        long[] chats = [7001, 7002, 7003, 7004, 7005];
        foreach (var id in chats) fake.AddPrivateChat(id, $"قارئ {id}");
        fake.AddGroup(-4001, "مجموعة");
        fake.AddGroup(-1004001, "مجموعة خارقة", supergroup: true);
        _world.AddArticles(stories: 6);
        _world.Subscribe([.. chats.Select(id => DigestWorld.DueSubscription(id, TimeSpan.FromMinutes(1))),
            DigestWorld.DueSubscription(-4001, TimeSpan.FromMinutes(1), type: "group")]);
        fake.FailNext("sendMessage", FakeFailure.TooManyRequests(1), chatId: 7001);
        fake.FailNext("sendMessage", FakeFailure.ServerError(500), chatId: 7002, times: 2);
        fake.FailNext("sendMessage", FakeFailure.ServerError(502), chatId: 7002);
        fake.FailNext("sendMessage", FakeFailure.DropConnection(), chatId: 7003, times: 2);
        fake.FailNext("sendMessage", FakeFailure.Forbidden(), chatId: 7004);
        fake.FailNext("sendMessage", FakeFailure.MigrateToChat(-1004001), chatId: -4001);

        await using var bot = await _world.StartBotAsync();
        await DigestWorld.WaitUntilAsync(() => Digests(bot) is { Count: 6 } all && all.All(e => e.State == OutboxState.Delivered),
            "six delivered digests");

        var entries = Digests(bot);
        Assert.All(entries, e => Assert.True(e.Parts.Count >= 2, "a digest of six long stories takes several messages"));
        _world.AssertDeliveredExactlyOnce(entries);
        Assert.Equal(-1004001, entries.Single(e => e.Id.StartsWith("-4001:", StringComparison.Ordinal)).ChatId);
        // The supergroup has the group's date marked as done, with nothing of its own to send.
        var marker = DigestWorld.Outbox(bot).Single(e => e.Id.StartsWith("-1004001:", StringComparison.Ordinal));
        Assert.Empty(marker.Parts);
        Assert.Equal(OutboxState.Delivered, marker.State);
        var subscriptions = bot.Services.GetRequiredService<SubscriptionStore>();
        Assert.NotNull(subscriptions.Find(-1004001));
        Assert.Null(subscriptions.Find(-4001));
        // One 403 is not enough to give up on a reader.
        Assert.True(subscriptions.Find(7004)!.Active);
        Assert.Equal(0, subscriptions.Find(7004)!.Failures);
    }

    /// <summary>The digests with messages, without the markers a group's migration leaves under its new id.</summary>
    private static List<OutboxEntry> Digests(BotHostRunner bot) => DigestWorld.Outbox(bot).Where(e => e.Parts.Count > 0).ToList();

    [Fact]
    public async Task Migration_TimeMovedLaterTheSameDay_DoesNotSendThatDaysDigestAgain()
    {
        var fake = _world.Fake;
        fake.AddGroup(-4301, "مجموعة");
        fake.AddGroup(-1004301, "مجموعة خارقة", supergroup: true);
        _world.AddArticles(stories: 2);
        _world.Subscribe(DigestWorld.DueSubscription(-4301, TimeSpan.FromMinutes(1), type: "group"));
        fake.FailNext("sendMessage", FakeFailure.MigrateToChat(-1004301), chatId: -4301);

        await using var bot = await _world.StartBotAsync();
        await DigestWorld.WaitUntilAsync(() => Digests(bot) is [{ State: OutboxState.Delivered }], "the day's digest");
        var day = Digests(bot).Single().LocalDate;
        var sent = fake.Messages.Count(m => m.ChatId == -1004301 && !m.IsEdit);

        // An administrator moves the digest time to later that same day (what /settings does: due again today).
        var subscriptions = bot.Services.GetRequiredService<SubscriptionStore>();
        var s = subscriptions.Find(-1004301)!;
        s.LocalTime = TimeOnly.FromDateTime(DateTime.UtcNow);
        s.NextDueUtc = DateTime.UtcNow;
        s.NextLocalDate = day;
        subscriptions.Save(s);
        bot.Services.GetRequiredService<DigestSignal>().Wake();
        await DigestWorld.WaitUntilAsync(() => subscriptions.Find(-1004301)!.NextLocalDate != day, "the scheduler to pass that day");
        await Task.Delay(500);

        Assert.Equal(sent, fake.Messages.Count(m => m.ChatId == -1004301 && !m.IsEdit));
        Assert.Single(Digests(bot));
    }

    [Fact]
    public async Task Unsubscribe_DuringALongDigest_StopsItAfterTheMessageInFlight()
    {
        var fake = _world.Fake;
        fake.AddPrivateChat(7301, "قارئ");
        _world.AddArticles(stories: 6);
        _world.Subscribe(DigestWorld.DueSubscription(7301, TimeSpan.FromMinutes(1)));
        // The first message is held long enough for the reader to unsubscribe while it is on its way.
        fake.FailNext("sendMessage", FakeFailure.Delay(TimeSpan.FromSeconds(2)), chatId: 7301);

        await using var bot = await _world.StartBotAsync();
        await DigestWorld.WaitUntilAsync(() => fake.ScriptedFailuresLeft == 0, "the digest's first message to be on its way");
        // What /unsubscribe does.
        bot.Services.GetRequiredService<SubscriptionStore>().Delete(7301);
        bot.Services.GetRequiredService<DigestOutbox>().AbandonPending(7301, "unsubscribed");
        // Given up by the delivery itself, after confirming the message in flight (the command's own mark has no confirmation).
        await DigestWorld.WaitUntilAsync(() => Digests(bot) is [{ State: OutboxState.Abandoned, Parts: [{ MessageId: not null }, ..] }],
            "the delivery to give the digest up");

        Assert.Single(fake.Messages, m => m.ChatId == 7301);
        var entry = Assert.Single(Digests(bot));
        Assert.True(entry.Parts.Count >= 2, "a digest of six long stories takes several messages");
        Assert.All(entry.Parts.Skip(1), p => Assert.Null(p.MessageId));
    }

    [Fact]
    public async Task Delivery_BlockedThreeTimes_SubscriptionDeactivated()
    {
        _world.Fake.AddPrivateChat(7101, "قارئ");
        _world.Fake.BlockBot(7101);
        _world.AddArticles(stories: 1);
        _world.Subscribe(DigestWorld.DueSubscription(7101, TimeSpan.FromMinutes(1)));

        await using var bot = await _world.StartBotAsync();
        var subscriptions = bot.Services.GetRequiredService<SubscriptionStore>();
        await DigestWorld.WaitUntilAsync(() => subscriptions.Find(7101) is { Active: false }, "deactivation");

        Assert.Equal(3, subscriptions.Find(7101)!.Failures);
        Assert.Equal(3, _world.Fake.Requests.Count(r => r.Method == "sendMessage" && r.StatusCode == 403));
        Assert.Equal(OutboxState.Abandoned, Assert.Single(DigestWorld.Outbox(bot)).State);
    }

    [Fact]
    public async Task Restart_StoppedMidFanOut_DeliversTheRestWithoutDuplicates()
    {
        var ids = Enumerable.Range(7201, 30).Select(i => (long)i).ToArray();
        foreach (var id in ids) _world.Fake.AddPrivateChat(id, "قارئ");
        _world.AddArticles(stories: 6);
        _world.Subscribe([.. ids.Select(id => DigestWorld.DueSubscription(id, TimeSpan.FromMinutes(1)))]);
        _world.Settings["Telegram:Sending:GlobalPerSecond"] = "40";

        var bot = await _world.StartBotAsync();
        await _world.Fake.WaitForMessageCountAsync(25, DigestWorld.Wait);
        await bot.DisposeAsync();
        var sentBeforeRestart = _world.Fake.Messages.Count;
        // A real restart takes longer than a private chat's window; the new process's buckets start empty.
        await Task.Delay(DigestWorld.FakeLimits.PrivateChatWindow * 2);
        Assert.True(sentBeforeRestart < ids.Length * 2, "the host stopped in the middle of the fan-out");

        await using var restarted = await _world.StartBotAsync();
        await DigestWorld.WaitUntilAsync(() => DigestWorld.Outbox(restarted) is { Count: 30 } all && all.All(e => e.State == OutboxState.Delivered),
            "all digests delivered after the restart",
            describe: () => string.Join("; ", DigestWorld.Outbox(restarted).Where(e => e.State != OutboxState.Delivered)
                .Select(e => $"{e.Id} {e.State} attempts={e.FailedAttempts} next={e.NextAttemptUtc:HH:mm:ss.fff} error={e.LastError} parts={e.Parts.Count(p => p.MessageId is not null)}/{e.Parts.Count}"))
                + " First 400 answers: " + string.Join(" | ", _world.Fake.Requests.Where(r => r.StatusCode == 400).Take(2).Select(r => r.ToString()[..Math.Min(300, r.ToString().Length)])));

        var entries = DigestWorld.Outbox(restarted);
        var expected = entries.Sum(e => e.Parts.Count);
        var sent = _world.Fake.Messages.Where(m => !m.IsEdit).ToList();
        // A part in flight when the host stopped may arrive twice; nothing else may.
        var duplicates = sent.Count - sent.Select(m => (m.ChatId, m.RawText)).Distinct().Count();
        Assert.InRange(duplicates, 0, 64);
        Assert.Equal(expected, sent.Count - duplicates);
        foreach (var entry in entries)
        {
            var received = sent.Where(m => m.ChatId == entry.ChatId).Select(m => m.RawText).Distinct().ToList();
            Assert.Equal(entry.Parts.Select(p => p.Html), received);
        }
        Assert.Empty(_world.Fake.LimitViolations);
    }

    [Fact]
    public async Task Start_DigestMissedLongAgo_SkippedAndNextScheduled()
    {
        _world.Fake.AddPrivateChat(7301, "قارئ");
        _world.Fake.AddPrivateChat(7302, "قارئ");
        _world.AddArticles(stories: 1);
        _world.Subscribe(DigestWorld.DueSubscription(7301, TimeSpan.FromHours(2)), DigestWorld.DueSubscription(7302, TimeSpan.FromHours(7)));

        await using var bot = await _world.StartBotAsync();
        await DigestWorld.WaitUntilAsync(() => DigestWorld.Outbox(bot).Any(e => e.State == OutboxState.Delivered), "the recent digest");

        var entry = Assert.Single(DigestWorld.Outbox(bot));
        Assert.Equal(7301, entry.ChatId);
        var skipped = bot.Services.GetRequiredService<SubscriptionStore>().Find(7302)!;
        Assert.True(skipped.NextDueUtc > DateTime.UtcNow, "the skipped chat's next digest is in the future");
        Assert.DoesNotContain(_world.Fake.Messages, m => m.ChatId == 7302);
    }
}
