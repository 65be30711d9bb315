using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bot.Storage;
using Bot.Tests.Ingestion.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>
/// End-to-end ingestion on loopback: the argen-news corpus served as RSS feeds whose items carry only
/// an excerpt, so every article is fetched as a page, extracted, summarised, deduplicated, grouped,
/// stored and indexed. Then one poll round over sources that all answer 304.
/// Arguments: [articles=1000] [feeds=20] [unchanged=200] [--full-content] [--one-host] [--in-process]
/// --full-content: the feed carries the article, no page fetches.
/// By default each feed and its pages come from their own host (endpoint) and the fetcher runs with the
/// production limits (8 fetches, 2 per host), as in a deployment polling many sites.
/// --one-host: every feed and page from one host, with the limits raised to 16 and 16 per host (the
/// benchmark's earlier setting; with 2 per host, one host's 20 feeds would be polled two at a time).
/// --in-process: the fixture server runs in the benchmark's process, its CPU and allocations counted as the bot's.
/// </summary>
public static class IngestionBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var articleCount = numbers.ElementAtOrDefault(0) is > 0 and var n ? n : 1000;
        var feedCount = numbers.ElementAtOrDefault(1) is > 0 and var f ? f : 20;
        var unchangedCount = numbers.ElementAtOrDefault(2) is > 0 and var u ? u : 200;
        var fullContent = args.Contains("--full-content");
        var oneHost = args.Contains("--one-host");
        var inProcess = args.Contains("--in-process");

        var shape = new SiteShape(Math.Min(articleCount, IngestionSite.Corpus(articleCount).Count), feedCount, oneHost ? 1 : feedCount, fullContent);
        Console.WriteLine($"ingest: {shape.Articles} articles in {feedCount} feeds on {shape.Endpoints} host(s), " +
            $"{(fullContent ? "full content in the feed" : "excerpt in the feed, page fetched")}, fixture server {(inProcess ? "in this process" : "in a child process")}");

        await using var site = await IngestionSite.StartAsync(shape, inProcess);
        var sources = Enumerable.Range(0, feedCount).Select(i => ($"feed-{i}", site.FeedUrl(i))).ToList();
        var settings = new Dictionary<string, string?>
        {
            ["Ingestion:FetchTimeout"] = "00:00:30",
            ["Ingestion:MinFullTextWords"] = "30",
        };
        if (oneHost)
        {
            settings["Ingestion:MaxConcurrentFetches"] = "16";
            settings["Ingestion:MaxConcurrentFetchesPerHost"] = "16";
        }
        // Corpus articles shorter than the excerpt threshold are all the feed has; they count as ingested too.
        // Cold: the first round includes JIT of the whole pipeline. Warm: the same feeds into a fresh
        // database in the same process, as a bot that has been running for a while ingests.
        await IngestRoundAsync("cold", site, sources, settings);
        await IngestRoundAsync("warm", site, sources, settings);
        Console.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB (both rounds)");

        var unchanged = Enumerable.Range(0, unchangedCount).Select(i => ($"same-{i}", site.UnchangedUrl(i))).ToList();
        await using (var host = await IngestionHost.StartAsync(unchanged, settings: settings))
        {
            await host.PollAsync();
            host.Time.Advance(TimeSpan.FromMinutes(11));
            var before = await site.StatsAsync();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await host.PollAsync();
            clock.Stop();
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var after = await site.StatsAsync();
            Console.WriteLine($"unchanged: one poll round over {unchangedCount} sources answering 304: {clock.Elapsed.TotalMilliseconds:0} ms, " +
                $"{after.Requests - before.Requests} requests, bot CPU {cpuUsed.TotalMilliseconds:0} ms, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:0.0} MB");
        }
        return 0;
    }

    private static async Task IngestRoundAsync(string label, IngestionSite site, List<(string, string)> sources, Dictionary<string, string?> settings)
    {
        await using var host = await IngestionHost.StartAsync(sources, settings: settings);
        GC.Collect();
        var before = await site.StatsAsync();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var added = await host.PollAsync();
        clock.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var after = await site.StatsAsync();
        var stored = host.Articles();
        var stories = stored.Select(a => a.StoryId).Distinct().Count();
        var serverCpu = after.Cpu - before.Cpu is { } s ? $"{s.TotalSeconds:0.0} s" : "counted in the bot's";
        Console.WriteLine($"  {label}: added {added} articles in {clock.Elapsed.TotalSeconds:0.00} s = {added / clock.Elapsed.TotalSeconds:0} articles/s " +
            $"(bot CPU {cpuUsed.TotalSeconds:0.0} s = {cpuUsed.TotalMilliseconds / Math.Max(added, 1):0.00} ms/article; server CPU {serverCpu}; {Environment.ProcessorCount} cores)");
        Console.WriteLine($"    stored {stored.Count}, stories {stories}, indexed {host.Services.GetRequiredService<SearchIndex>().Count}, " +
            $"page requests {after.PageRequests - before.PageRequests}");
        Console.WriteLine($"    allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:0} MB, GCs gen0/1/2 " +
            $"{GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}, managed heap now {GC.GetTotalMemory(false) / 1e6:0} MB");
    }

    public static IEnumerable<CorpusArticle> LoadCorpus()
    {
        var path = Path.Combine(Corpus.Root(), "argen-news", "articles.jsonl");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            var e = JsonSerializer.Deserialize<JsonElement>(line);
            yield return new CorpusArticle(e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!, e.GetProperty("document").GetString()!);
        }
    }
}
