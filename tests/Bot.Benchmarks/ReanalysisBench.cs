using System.Diagnostics;
using System.Globalization;
using Bot.Ingestion;
using Bot.Storage;
using Bot.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks;

/// <summary>
/// The pass after an upgrade of the text engine (<see cref="ArticleReanalysis"/>): ARGEn articles stored with stale
/// answers in a LiteDB file, every one analysed again and rewritten. Prints articles per second, allocations per
/// article and the process's peak memory, then the cost of a start with nothing to do.
/// </summary>
public static class ReanalysisBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args is ["--articles", var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 20_000;
        var folder = Directory.CreateTempSubdirectory("bot-reanalysis-bench-").FullName;
        try
        {
            var path = Path.Combine(folder, "bot.db");
            Store(path, count);
            using var db = new BotDatabase(path);
            using var index = new SearchIndex(Path.Combine(folder, "bot.index"), NullLogger<SearchIndex>.Instance);
            var articles = new ArticleStore(db, index);
            index.EnsureConsistentWith(articles);
            var pass = new ArticleReanalysis(new ArticleProcessor(new ArabicTextEngine(), articles, TimeProvider.System, NullLogger<ArticleProcessor>.Instance), articles,
                new BotStateStore(db), TimeProvider.System, NullLogger<ArticleReanalysis>.Instance);

            // The process's peak would be the bulk insert's: sample the working set while the pass runs instead.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var before = Environment.WorkingSet;
            long highest = before;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    highest = Math.Max(highest, Environment.WorkingSet);
                    await Task.Delay(20);
                }
            });
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var rewritten = pass.Run(CancellationToken.None);
            var seconds = clock.Elapsed.TotalSeconds;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            await sampling.CancelAsync();
            await sampler;
            clock.Restart();
            var again = pass.Run(CancellationToken.None);
            Console.WriteLine($"reanalysis: {count:N0} stored articles, {rewritten:N0} rewritten in {seconds:F1} s = {count / seconds:N0} articles/s, " +
                $"{allocated / count / 1024.0:F1} KiB allocated per article, working set {before / 1048576} MB before the pass and {highest / 1048576} MB at most during it; " +
                $"next start: {again} rewritten in {clock.Elapsed.TotalMilliseconds:F1} ms");
            return rewritten == count && again == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The ARGEn articles again and again, each with a summary, quotes and keywords no engine would give.</summary>
    private static void Store(string path, int count)
    {
        var templates = Corpus.ArgenArticles().ToList();
        using var db = new BotDatabase(path);
        BenchArticles.Insert(db, count, i => new Article
        {
            Title = templates[i % templates.Count].Title,
            Source = "مصدر",
            Body = templates[i % templates.Count].Document,
            Summary = ["ملخص من محرك سابق."],
            Keywords = ["قديمة"],
        });
        new BotStateStore(db).SetString(ArticleReanalysis.StateKey, "engine of an earlier build");
    }
}
