using System.Diagnostics;
using Bot.Ingestion;
using Bot.Storage;
using Bot.Tests.Fakes;
using Bot.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks;

/// <summary>
/// Issue #2's speed targets, end to end: the bot runs as its own process (so its memory is its own)
/// against the fake Bot API server in this process, over loopback, with the real Telegram.Bot client.
/// Measures /latest and /search reply latency at 100,000 articles, handled updates per second, and the
/// bot process's peak memory (VmHWM).
/// </summary>
public static class HostBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var articleCount = Option(args, "--articles", 100_000);
        var samples = Option(args, "--samples", 300);
        var burst = Option(args, "--burst", 5_000);
        // As after an upgrade of the text engine: the stored answers are another build's, and the bot analyses every article
        // again while it answers.
        var afterUpgrade = args.Contains("--after-upgrade");
        var folder = Directory.CreateTempSubdirectory("bot-hostbench-").FullName;
        try
        {
            var dbPath = Path.Combine(folder, "bot.db");
            var load = Stopwatch.StartNew();
            LoadArticles(dbPath, articleCount, markedCurrent: !afterUpgrade);
            Console.WriteLine($"loaded {articleCount:N0} articles into LiteDB and the index in {load.Elapsed.TotalSeconds:F1} s");

            await using var fake = await FakeBotApiServer.StartAsync();
            const int chats = 200;
            for (var c = 1; c <= chats; c++) fake.AddPrivateChat(c, $"user{c}");

            var passEnded = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var bot = StartBotProcess(fake, dbPath, folder, line =>
            {
                if (line.Contains("analysed again", StringComparison.Ordinal)) passEnded.TrySetResult(line);
            });
            try
            {
                // Warm-up: the bot has started when it answers.
                fake.EnqueueText(1, 1, "/start");
                await fake.WaitForMessageCountAsync(1, TimeSpan.FromMinutes(3));
                for (var i = 0; i < 50; i++) await RoundTripAsync(fake, "/latest");

                var latest = await LatencyAsync(fake, "/latest", samples);
                string[] queries = ["العلاقات", "الرئيس", "الحكومة المصرية", "كرة القدم", "النفط", "الانتخابات"];
                var search = await LatencyAsync(fake, i => "/search " + queries[i % queries.Length], samples);
                Report("/latest", latest);
                Report("/search", search);

                var before = fake.Messages.Count;
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < burst; i++) fake.EnqueueText(1 + (i % chats), 1 + (i % chats), i % 2 == 0 ? "/latest" : "/help");
                await fake.WaitForMessageCountAsync(before + burst, TimeSpan.FromMinutes(10));
                Console.WriteLine($"handled updates: {burst / sw.Elapsed.TotalSeconds:N0}/s ({burst:N0} updates in {sw.Elapsed.TotalSeconds:F2} s)");
                if (afterUpgrade)
                {
                    // The peak memory of the whole pass, not of its first seconds.
                    Console.WriteLine("pass after the upgrade: " + await passEnded.Task.WaitAsync(TimeSpan.FromMinutes(15)));
                }
                Console.WriteLine($"bot peak memory (VmHWM): {BotProcess.PeakMemoryMb(bot.Id):N0} MB");
            }
            finally
            {
                bot.Kill(entireProcessTree: true);
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The ARGEn articles analysed once, then stored again and again under new ids and hashes.</summary>
    private static void LoadArticles(string dbPath, int count, bool markedCurrent)
    {
        var engine = new ArabicTextEngine();
        var templates = Corpus.ArgenArticles().Select(a =>
        {
            var analysis = engine.Analyze(a.Title, a.Document, ArticleProcessor.SummaryBudget);
            return (a.Title, a.Document, analysis);
        }).ToList();
        using var db = new BotDatabase(dbPath);
        BenchArticles.Insert(db, count, i =>
        {
            var (title, body, analysis) = templates[i % templates.Count];
            // After an upgrade, answers another engine gave: every article is rewritten and indexed again.
            return markedCurrent
                ? new Article
                {
                    Title = title,
                    Source = $"مصدر {i % 37}",
                    Body = body,
                    Summary = [.. analysis.Summary],
                    Quotes = analysis.Quotes.Select(q => new ArticleQuote { Speaker = q.Speaker, Text = q.Text }).ToList(),
                    Keywords = [.. analysis.Keywords],
                }
                : new Article { Title = title, Source = $"مصدر {i % 37}", Body = body, Summary = ["ملخص من محرك سابق."] };
        });
        // Analysed by this build: the bot must not spend its first minute analysing them all again.
        if (markedCurrent) new BotStateStore(db).SetString(ArticleReanalysis.StateKey, ArticleProcessor.AnalysisVersion);
        using var index = new SearchIndex(Path.ChangeExtension(dbPath, ".index"), NullLogger<SearchIndex>.Instance);
        index.EnsureConsistentWith(new ArticleStore(db, index));
    }

    private static Process StartBotProcess(FakeBotApiServer fake, string dbPath, string folder, Action<string> onLine)
    {
        var botDll = BotProcess.BotDll();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { botDll, "telegram" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        info.Environment["Telegram__Token"] = fake.Token;
        info.Environment["Telegram__BaseUrl"] = fake.BaseUrl.ToString();
        info.Environment["Storage__DatabasePath"] = dbPath;
        info.Environment["Storage__SeedsPath"] = Path.Combine(folder, "no-seeds");
        // The bench's articles are dated from 2023 (BenchArticles): the default retention would delete them at start.
        info.Environment["Storage__KeepArticlesFor"] = "3650.00:00:00";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Bot.Ingestion.ArticleReanalysis"] = "Information";
        // Telegram's own limits (25 msg/s for the whole bot) would cap this at 25 replies a second: the
        // benchmark measures the bot's capacity, so its throttle is off; the fanout bench measures the throttle.
        info.Environment["Telegram__Sending__ThrottlingEnabled"] = "false";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            Console.Error.WriteLine("bot: " + e.Data);
            onLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("bot: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<double> RoundTripAsync(FakeBotApiServer fake, string text)
    {
        var before = fake.Messages.Count;
        var sw = Stopwatch.StartNew();
        fake.EnqueueText(1, 1, text);
        await fake.WaitForMessageCountAsync(before + 1, TimeSpan.FromSeconds(30));
        return sw.Elapsed.TotalMilliseconds;
    }

    private static Task<List<double>> LatencyAsync(FakeBotApiServer fake, string text, int n) => LatencyAsync(fake, _ => text, n);

    private static async Task<List<double>> LatencyAsync(FakeBotApiServer fake, Func<int, string> text, int n)
    {
        var list = new List<double>(n);
        for (var i = 0; i < n; i++) list.Add(await RoundTripAsync(fake, text(i)));
        list.Sort();
        return list;
    }

    private static void Report(string what, List<double> sorted) =>
        Console.WriteLine($"{what,-8} reply latency: p50 {Percentile(sorted, 0.50):F2} ms, p99 {Percentile(sorted, 0.99):F2} ms, max {sorted[^1]:F2} ms (n={sorted.Count})");

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
