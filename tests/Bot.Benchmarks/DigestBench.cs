using System.Diagnostics;
using System.Globalization;
using Bot.Digests;
using Bot.Ingestion;
using Bot.Telegram;
using Bot.Storage;
using Bot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Benchmarks;

/// <summary>
/// Issue #5's speed targets: a fan-out of N digests (default 10,000 private chats) due at the same
/// minute, through the real host (scheduler, outbox, sending pipeline, Telegram.Bot client) against the
/// fake Bot API server on loopback, in this process.
/// <list type="number">
/// <item>limits off: the raw delivery rate (target ≥ 2,000 messages/s);</item>
/// <item>limits on: the fake enforces a global limit (scaled to --allowed messages/s, default 300) and
///   the bot is configured 3 % under it (timer lateness on a busy machine eats the rest); target ≥ 95 % of the allowed rate, zero 429s.</item>
/// </list>
/// Both count duplicates (must be zero) and report the process's peak memory (bot and fake together).
/// </summary>
public static class DigestBench
{
    private const double Headroom = 0.97;

    public static async Task<int> RunAsync(string[] args)
    {
        var digests = Option(args, "--digests", 10_000);
        var allowed = Option(args, "--allowed", 300);
        var ok = await RunOnceAsync("limits off", digests, limits: null);
        ok &= await RunOnceAsync($"limits on ({allowed}/s allowed)", digests, allowed);
        Console.WriteLine($"process peak memory (bot + fake): {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
        return ok ? 0 : 1;
    }

    private static async Task<bool> RunOnceAsync(string name, int digests, int? limits)
    {
        var folder = Directory.CreateTempSubdirectory("bot-digestbench-").FullName;
        try
        {
            var fakeLimits = limits is { } perSecond
                ? new FakeFloodLimits { GlobalMessages = perSecond, GlobalWindow = TimeSpan.FromSeconds(1) }
                : null;
            await using var fake = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Limits = fakeLimits });
            for (var c = 1; c <= digests; c++) fake.AddPrivateChat(c, $"user{c}");
            var dbPath = Path.Combine(folder, "bot.db");
            Prepare(dbPath, digests);

            // The registrations of Program.CreateBuilder in its order (its Program type is shadowed by the bench's own).
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder });
            builder.AddStorage();
            builder.AddIngestion();
            builder.AddCommands();
            builder.AddDigests();
            builder.AddTelegram();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Telegram:Token"] = fake.Token,
                ["Telegram:BaseUrl"] = fake.BaseUrl.ToString(),
                ["Telegram:PollTimeout"] = "00:00:01",
                ["Storage:DatabasePath"] = dbPath,
                ["Storage:SeedsPath"] = Path.Combine(folder, "no-seeds"),
                ["Telegram:Sending:ThrottlingEnabled"] = limits is null ? "false" : "true",
                ["Telegram:Sending:GlobalPerSecond"] = ((limits ?? 1) * Headroom).ToString(CultureInfo.InvariantCulture),
                ["Digests:MaxConcurrentDeliveries"] = "64",
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            var started = Stopwatch.StartNew();
            await host.StartAsync();
            await WaitAsync(() => fake.Messages.Count >= digests, TimeSpan.FromMinutes(5));
            var total = started.Elapsed;
            var sent = fake.Messages.Where(m => !m.IsEdit).ToList();
            var first = sent.Min(m => m.Timestamp);
            var last = sent.Max(m => m.Timestamp);
            var seconds = (last - first).TotalSeconds;
            var rate = (sent.Count - 1) / seconds;
            var duplicates = sent.Count - sent.Select(m => m.ChatId).Distinct().Count();
            var tooMany = fake.Requests.Count(r => r.StatusCode == 429);
            await host.StopAsync();
            var delivered = host.Services.GetRequiredService<DigestOutbox>().All().Count(e => e.State == OutboxState.Delivered);

            Console.WriteLine($"{name}: {sent.Count:N0} messages to {digests:N0} chats in {seconds:F2} s = {rate:N0} messages/s " +
                $"(start to last {total.TotalSeconds:F2} s); delivered {delivered:N0}; duplicates {duplicates}; 429s {tooMany}; " +
                $"limit violations {fake.LimitViolations.Count}");
            var pass = duplicates == 0 && delivered == digests && tooMany == 0;
            if (limits is { } l)
            {
                Console.WriteLine($"  achieved {rate / l:P1} of the allowed {l}/s (target ≥ 95 %)");
                pass &= rate >= 0.95 * l;
            }
            else
            {
                pass &= rate >= 2000;
            }
            return pass;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One story and N subscriptions (private chats 1..N) all due a minute ago.</summary>
    private static void Prepare(string dbPath, int digests)
    {
        using var db = new BotDatabase(dbPath);
        var now = DateTime.UtcNow;
        var article = new Article
        {
            Title = "خبر اليوم", Source = "المصدر", Url = "https://example.com/1", PublishedUtc = now.AddMinutes(-30),
            IngestedUtc = now.AddMinutes(-20), Body = "نص", Summary = ["جملة أولى.", "جملة ثانية."],
            Quotes = [new ArticleQuote { Speaker = "الوزير", Text = "سننجح" }], ContentHash = "bench",
        };
        db.Articles.Insert(article);
        var store = new SubscriptionStore(db);
        var due = now.AddMinutes(-1);
        var date = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        db.Db.BeginTrans();
        for (var c = 1; c <= digests; c++)
        {
            store.Save(new Subscription
            {
                Id = c, TimeZoneId = "Etc/UTC", LocalTime = TimeOnly.FromDateTime(due), NextDueUtc = due, NextLocalDate = date,
                CreatedUtc = due.AddDays(-1),
            });
        }
        db.Db.Commit();
    }

    private static async Task WaitAsync(Func<bool> done, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!done() && deadline.Elapsed < timeout) await Task.Delay(200);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
