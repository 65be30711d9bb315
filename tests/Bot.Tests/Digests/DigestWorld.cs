using System.Globalization;
using Bot.Digests;
using Bot.Ingestion;
using Bot.Storage;
using Bot.Tests.Fakes;
using Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Digests;

/// <summary>
/// A strict fake Bot API with scaled flood limits, a LiteDB file in a temporary folder holding
/// articles and subscriptions written before the host starts, and the real host built by
/// <c>Program.CreateBuilder</c>. The bot's own limits sit a little under the fake's.
/// </summary>
internal sealed class DigestWorld : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    // The fake allows 1 message per 100 ms in a private chat, 20 per 600 ms in a group, 60 per second overall.
    public static readonly FakeFloodLimits FakeLimits = new()
    {
        PrivateChatMessages = 1,
        PrivateChatWindow = TimeSpan.FromMilliseconds(100),
        GroupMessages = 20,
        GroupWindow = TimeSpan.FromMilliseconds(600),
        GlobalMessages = 60,
        GlobalWindow = TimeSpan.FromSeconds(1),
    };

    public string Data { get; } = Directory.CreateTempSubdirectory("bot-digest-").FullName;
    public string DatabasePath => Path.Combine(Data, "bot.db");
    public FakeBotApiServer Fake { get; private set; } = null!;

    public static async Task<DigestWorld> CreateAsync()
    {
        var world = new DigestWorld();
        world.Fake = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Limits = FakeLimits });
        return world;
    }

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Digests:PollInterval"] = "00:00:00.050",
        ["Digests:RetryFailedDeliveryAfter"] = "00:00:00.100",
        ["Telegram:Sending:PrivateChatPerSecond"] = "7",
        ["Telegram:Sending:GroupPerMinute"] = "1500",
        ["Telegram:Sending:GlobalPerSecond"] = "50",
        ["Telegram:Sending:FirstBackoff"] = "00:00:00.020",
        ["Telegram:Sending:MaxBackoff"] = "00:00:00.200",
        ["Telegram:Sending:MaxRetryAfter"] = "00:00:01",
    };

    public Task<BotHostRunner> StartBotAsync() => BotHostRunner.StartAsync(Fake, Data, Settings);

    /// <summary>Writes to the database file while no host has it open.</summary>
    public void WithDatabase(Action<BotDatabase> action)
    {
        using var db = new BotDatabase(DatabasePath);
        action(db);
    }

    /// <summary>Stories with long text, so a digest takes several messages; three sources per story.</summary>
    public void AddArticles(int stories, int sentenceLength = 600)
    {
        var now = DateTime.UtcNow;
        WithDatabase(db =>
        {
            var n = 0;
            for (var s = 0; s < stories; s++)
            {
                var storyId = 0;
                foreach (var source in new[] { "الجزيرة", "العربية", "بي بي سي" })
                {
                    var a = new Article
                    {
                        Title = $"خبر رقم {s} عن الاقتصاد & <الطاقة>",
                        Source = source,
                        Url = $"https://example.com/{s}/{n}",
                        PublishedUtc = now.AddMinutes(-10 - s),
                        IngestedUtc = now.AddMinutes(-5 - s),
                        Body = "نص",
                        Summary = [new string('ا', sentenceLength) + " أولى.", new string('ب', sentenceLength) + " ثانية.", "ثالثة."],
                        Quotes = [new ArticleQuote { Speaker = "الوزير", Text = "سننجح" }],
                        ContentHash = $"h{n++}",
                        StoryId = storyId,
                    };
                    db.Articles.Insert(a);
                    if (storyId == 0)
                    {
                        a.StoryId = storyId = a.Id;
                        db.Articles.Update(a);
                    }
                }
            }
            // Their made-up summaries stand for this build's: the host must not analyse them again at start.
            new BotStateStore(db).SetString(ArticleReanalysis.StateKey, ArticleProcessor.AnalysisVersion);
        });
    }

    /// <summary>A subscription whose digest fell due <paramref name="ago"/>, with the given number of stories.</summary>
    public static Subscription DueSubscription(long chatId, TimeSpan ago, int stories = 5, string type = "private")
    {
        var due = DateTime.UtcNow - ago;
        return new Subscription
        {
            Id = chatId,
            ChatType = type,
            LocalTime = TimeOnly.FromDateTime(due),
            TimeZoneId = "Etc/UTC",
            Stories = stories,
            NextDueUtc = due,
            NextLocalDate = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CreatedUtc = due.AddDays(-1),
        };
    }

    public void Subscribe(params Subscription[] subscriptions) =>
        WithDatabase(db =>
        {
            var store = new SubscriptionStore(db);
            foreach (var s in subscriptions) store.Save(s);
        });

    public static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null, Func<string>? describe = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Wait);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}. {describe?.Invoke()}");
            await Task.Delay(20);
        }
    }

    public static IReadOnlyList<OutboxEntry> Outbox(BotHostRunner bot) => bot.Services.GetRequiredService<DigestOutbox>().All().ToList();

    /// <summary>Every digest's parts arrived in its chat exactly once each and in order.</summary>
    public void AssertDeliveredExactlyOnce(IReadOnlyList<OutboxEntry> entries)
    {
        var sent = Fake.Messages.Where(m => !m.IsEdit).ToList();
        foreach (var entry in entries)
        {
            Assert.Equal(OutboxState.Delivered, entry.State);
            var expected = entry.Parts.Select(p => p.Html).ToList();
            var received = sent.Where(m => m.ChatId == entry.ChatId).Select(m => m.RawText).ToList();
            Assert.Equal(expected, received);
        }
        Assert.Empty(Fake.LimitViolations);
    }

    public async ValueTask DisposeAsync()
    {
        await Fake.DisposeAsync();
        try
        {
            Directory.Delete(Data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
