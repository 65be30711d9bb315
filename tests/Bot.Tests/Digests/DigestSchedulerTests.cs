using Bot.Digests;
using Bot.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests;

/// <summary>The scheduler's rounds on a <see cref="FakeTimeProvider"/>, with LiteDB on a temporary file and no sending.</summary>
public sealed class DigestSchedulerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bot-scheduler-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 5, 5, 3, 0, 0, TimeSpan.Zero));
    private readonly BotDatabase _db;
    private readonly SubscriptionStore _subscriptions;
    private readonly DigestOutbox _outbox;
    private readonly DigestScheduler _scheduler;

    public DigestSchedulerTests()
    {
        _db = new BotDatabase(Path.Combine(_folder, "bot.db"));
        _subscriptions = new SubscriptionStore(_db);
        _outbox = new DigestOutbox(_db);
        var options = Options.Create(new DigestOptions());
        var composer = new DigestComposer(_db, options);
        // Rounds only write the outbox; delivery is never reached here.
        var delivery = new DigestDelivery(null!, _outbox, _subscriptions, options, _time, NullLogger<DigestDelivery>.Instance);
        _scheduler = new DigestScheduler(_db, _subscriptions, _outbox, composer, delivery, new DigestSignal(), options, _time, NullLogger<DigestScheduler>.Instance);
        // 08:00 in Riyadh is 05:00 UTC.
        var s = new Subscription { Id = 42, TimeZoneId = "Asia/Riyadh", LocalTime = new TimeOnly(8, 0), NextDueUtc = new DateTime(2025, 5, 5, 5, 0, 0, DateTimeKind.Utc), NextLocalDate = "2025-05-05" };
        _subscriptions.Save(s);
    }

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void RunRound_BeforeDue_WritesNothing()
    {
        Assert.Equal(0, _scheduler.RunRound());
        Assert.Empty(_outbox.All());
    }

    [Fact]
    public void RunRound_AtDue_OneDigestThenNextDay()
    {
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, _scheduler.RunRound());
        Assert.Equal(0, _scheduler.RunRound());
        Assert.Equal("42:2025-05-05", Assert.Single(_outbox.All()).Id);
        Assert.Equal(new DateTime(2025, 5, 6, 5, 0, 0, DateTimeKind.Utc), _subscriptions.Find(42)!.NextDueUtc);
    }

    [Fact]
    public void RunRound_AfterThreeDaysDown_OnlyTheRecentDigestSent()
    {
        // Down from before the 5th's digest until 2 hours after the 8th's.
        _time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(4));
        Assert.Equal(1, _scheduler.RunRound());
        Assert.Equal("42:2025-05-08", Assert.Single(_outbox.All()).Id);
        Assert.Equal("2025-05-09", _subscriptions.Find(42)!.NextLocalDate);
    }

    [Fact]
    public void RunRound_MissedByMoreThanMaxAge_SkippedAndNextScheduled()
    {
        _time.Advance(TimeSpan.FromHours(2 + 7));
        Assert.Equal(0, _scheduler.RunRound());
        Assert.Empty(_outbox.All());
        Assert.Equal("2025-05-06", _subscriptions.Find(42)!.NextLocalDate);
    }

    [Fact]
    public void RunRound_SameDateAgainAfterRescheduling_NoSecondDigest()
    {
        _time.Advance(TimeSpan.FromHours(2));
        _scheduler.RunRound();
        // The user moves the time later the same day: the day already has its digest.
        var s = _subscriptions.Find(42)!;
        s.NextDueUtc = _time.GetUtcNow().UtcDateTime.AddMinutes(30);
        s.NextLocalDate = "2025-05-05";
        _subscriptions.Save(s);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, _scheduler.RunRound());
        Assert.Single(_outbox.All());
    }

    [Fact]
    public void RunRound_MoreDueThanOneTransaction_EveryDigestOnceAndAllRescheduled()
    {
        var due = _subscriptions.Find(42)!;
        var count = DigestScheduler.SubscriptionsPerTransaction * 2 + 7;
        for (var id = 1000; id < 1000 + count; id++)
        {
            _subscriptions.Save(new Subscription { Id = id, TimeZoneId = due.TimeZoneId, LocalTime = due.LocalTime, NextDueUtc = due.NextDueUtc, NextLocalDate = due.NextLocalDate });
        }
        _time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(count + 1, _scheduler.RunRound());
        Assert.Equal(0, _scheduler.RunRound());
        Assert.Equal(count + 1, _outbox.All().Select(e => e.Id).Distinct().Count());
        Assert.Empty(_subscriptions.DueIds(_time.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void EarliestRetry_EntriesAlreadyDue_OnlyARetryStillToCome()
    {
        _time.Advance(TimeSpan.FromHours(2));
        _scheduler.RunRound();
        var now = _time.GetUtcNow().UtcDateTime;
        // The round queued the due entry; waking for it again would only spin.
        Assert.Null(_outbox.EarliestRetry(now));
        var entry = Assert.Single(_outbox.All());
        entry.NextAttemptUtc = now.AddMinutes(5);
        _outbox.Update(entry);
        Assert.Equal(now.AddMinutes(5), _outbox.EarliestRetry(now));
    }

    [Fact]
    public void Compose_SameSettings_SharedAndOtherTopicsComposedApart()
    {
        var composer = new DigestComposer(_db, Options.Create(new DigestOptions()));
        var digests = new SharedDigests(composer);
        var until = _time.GetUtcNow().UtcDateTime;
        var date = new DateOnly(2025, 5, 5);
        var a = digests.Compose(new Subscription { Id = 1 }, date, until);
        var b = digests.Compose(new Subscription { Id = 2 }, date, until);
        var c = digests.Compose(new Subscription { Id = 3, Topics = ["النفط"] }, date, until);
        var d = digests.Compose(new Subscription { Id = 4, Stories = 3 }, date, until);
        Assert.Same(a, b);
        Assert.NotSame(a, c);
        Assert.NotSame(a, d);
    }

    [Fact]
    public void Compose_ArticleArrivedTodayButPublishedLongBefore_IsLeftOut()
    {
        // A feed added today brings its backlog: ingested in the window, published ten days ago.
        var until = _time.GetUtcNow().UtcDateTime;
        void Add(string title, DateTime published) => _db.Articles.Insert(new Article
        {
            Title = title, Source = "مصدر", Url = "https://example.com/" + _db.Articles.Count(), Body = "نص",
            Summary = ["ملخص الخبر."], ContentHash = title, PublishedUtc = published, IngestedUtc = until.AddHours(-1),
        });
        Add("خبر اليوم", until.AddHours(-2));
        Add("خبر الأمس قبل النافذة بساعات", until.AddDays(-1).AddHours(-20));
        Add("خبر قديم من أرشيف المصدر", until.AddDays(-10));
        var composer = new DigestComposer(_db, Options.Create(new DigestOptions()));
        var digest = composer.Compose(new Subscription { Id = 1 }, new DateOnly(2025, 5, 5), until);
        var text = string.Join('\n', digest.Parts);
        Assert.Equal(2, digest.StoryCount);
        Assert.Contains("خبر اليوم", text);
        Assert.Contains("خبر الأمس قبل النافذة بساعات", text);
        Assert.DoesNotContain("خبر قديم", text);
    }

    [Fact]
    public void RunRound_DateAlreadyHasDigest_WindowNotAdvanced()
    {
        _time.Advance(TimeSpan.FromHours(2));
        _scheduler.RunRound();
        var firstDigestAt = _time.GetUtcNow().UtcDateTime;
        // The user moves 08:00 to a later time the same day, after the 08:00 digest went out.
        var s = _subscriptions.Find(42)!;
        s.NextDueUtc = firstDigestAt.AddMinutes(30);
        s.NextLocalDate = "2025-05-05";
        _subscriptions.Save(s);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, _scheduler.RunRound());
        // The articles since the first digest wait for tomorrow's.
        Assert.Equal(firstDigestAt, _subscriptions.Find(42)!.CoveredUntilUtc!.Value.ToUniversalTime());
    }

    [Fact]
    public void RunRound_SubscriptionDeletedDuringRound_NotSavedBack()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        // 7 is handled first (missed, so it is logged); 8 is deleted meanwhile, as /unsubscribe would.
        _subscriptions.Save(new Subscription { Id = 7, TimeZoneId = "Etc/UTC", LocalTime = new TimeOnly(19, 0), NextDueUtc = now.AddHours(-8), NextLocalDate = "2025-05-04" });
        _subscriptions.Save(new Subscription { Id = 8, TimeZoneId = "Etc/UTC", LocalTime = new TimeOnly(2, 0), NextDueUtc = now.AddHours(-1), NextLocalDate = "2025-05-05" });
        var scheduler = NewScheduler(new CallbackLogger(message =>
        {
            if (message.Contains("missed", StringComparison.Ordinal)) _subscriptions.Delete(8);
        }));

        scheduler.RunRound();

        Assert.Null(_subscriptions.Find(8));
        Assert.Empty(_outbox.ForChat(8));
        Assert.Equal("2025-05-05", _subscriptions.Find(7)!.NextLocalDate);
    }

    private DigestScheduler NewScheduler(ILogger<DigestScheduler> logger)
    {
        var options = Options.Create(new DigestOptions());
        var delivery = new DigestDelivery(null!, _outbox, _subscriptions, options, _time, NullLogger<DigestDelivery>.Instance);
        return new DigestScheduler(_db, _subscriptions, _outbox, new DigestComposer(_db, options), delivery, new DigestSignal(), options, _time, logger);
    }

    /// <summary>Runs an action on each message logged, in the middle of the round that logs it.</summary>
    private sealed class CallbackLogger(Action<string> onMessage) : ILogger<DigestScheduler>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            onMessage(formatter(state, exception));
    }

    [Fact]
    public void RunRound_OneSubscriptionUnreadable_OthersWrittenAndItSkipsADay()
    {
        var due = _subscriptions.Find(42)!;
        _subscriptions.Save(new Subscription { Id = 43, TimeZoneId = due.TimeZoneId, LocalTime = due.LocalTime, NextDueUtc = due.NextDueUtc, NextLocalDate = "05/05/2025" });
        _time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(1, _scheduler.RunRound());
        Assert.NotNull(_outbox.Find("42:2025-05-05"));
        Assert.Equal("2025-05-06", _subscriptions.Find(43)!.NextLocalDate);
    }

    [Fact]
    public async Task ExecuteAsync_StoreFailsBetweenRounds_LoopKeepsRunning()
    {
        // A document the mapper cannot read: every query that loads it throws, the earliest-due one too.
        _db.Db.GetCollection("subscriptions").Insert(new BsonDocument { ["_id"] = 7L, ["NextDueUtc"] = "not a date", ["Active"] = true });
        using var stop = new CancellationTokenSource();
        await _scheduler.StartAsync(stop.Token);
        try
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (_outbox.Find("42:2025-05-05") is null && DateTime.UtcNow < deadline)
            {
                _time.Advance(TimeSpan.FromMinutes(10));
                await Task.Delay(20);
            }
            Assert.NotNull(_outbox.Find("42:2025-05-05"));
            Assert.False(_scheduler.ExecuteTask!.IsCompleted);
        }
        finally
        {
            await stop.CancelAsync();
            await _scheduler.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void PendingIds_DueAndLaterRetry_OnlyTheDueOnes()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        foreach (var (chat, retryIn) in new[] { (1L, TimeSpan.Zero), (2L, TimeSpan.FromMinutes(5)) })
        {
            _outbox.TryAdd(new OutboxEntry
            {
                Id = OutboxEntry.Key(chat, new DateOnly(2025, 5, 5)), ChatId = chat, LocalDate = "2025-05-05", DueUtc = now,
                NextAttemptUtc = now + retryIn, Parts = [new OutboxPart { Html = "x" }],
            });
        }
        Assert.Equal(["1:2025-05-05"], _outbox.PendingIds(now));
    }
}
