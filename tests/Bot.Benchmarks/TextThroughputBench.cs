using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bot.Text;

namespace Bot.Benchmarks;

/// <summary>
/// Single-thread throughput of <see cref="ArabicTextEngine.Analyze"/> (sentences, summary, quotes, keywords) on
/// the 1,000 argen-news articles, with allocations per article (GC.GetAllocatedBytesForCurrentThread). One warm-up
/// round, then <c>--rounds</c> measured rounds (default 5); the process is pinned to one core where allowed.
/// </summary>
internal static class TextThroughputBench
{
    public static int Run(string[] args)
    {
        var path = Path.Combine(TextBenches.CorpusDir(args), "argen-news", "articles.jsonl");
        if (!File.Exists(path)) { Console.Error.WriteLine($"no corpus at {path}"); return 1; }
        var rounds = int.TryParse(TextBenches.Option(args, "--rounds"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 5;
        var articles = File.ReadLines(path).Where(l => l.Length > 0).Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            return (Title: doc.RootElement.GetProperty("title").GetString(), Body: doc.RootElement.GetProperty("document").GetString());
        }).ToList();
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            try { Process.GetCurrentProcess().ProcessorAffinity = 1; }
            catch (System.ComponentModel.Win32Exception) { Console.Error.WriteLine("could not pin to one core; running on one thread anyway"); }
        }

        var engine = new ArabicTextEngine();
        var budget = SummaryBudget.Words(60);
        long checksum = 0;
        foreach (var a in articles) checksum += engine.Analyze(a.Title, a.Body, budget).Summary.Count;

        var best = double.MaxValue;
        long bytes = 0;
        for (var round = 0; round < rounds; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            foreach (var a in articles)
            {
                var result = engine.Analyze(a.Title, a.Body, budget);
                checksum += result.Summary.Count + result.Quotes.Count + result.Keywords.Count;
            }
            sw.Stop();
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        Console.WriteLine(FormattableString.Invariant(
            $"{articles.Count} articles, best of {rounds} rounds: {articles.Count / best:F0} articles/s on one thread, {best * 1000 / articles.Count:F3} ms/article, {bytes / articles.Count / 1024.0:F1} KiB allocated/article (checksum {checksum})"));
        return 0;
    }
}
