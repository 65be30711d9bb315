using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bot.Storage;
using Bot.Tests.Ingestion.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>
/// End-to-end ingestion on loopback: the argen-news corpus served as RSS feeds whose items carry only
/// an excerpt, so every article is fetched as a page, extracted, summarised, deduplicated, grouped,
/// stored and indexed. Then one poll round over sources that all answer 304.
/// Arguments: [articles=1000] [feeds=20] [unchanged=200] [--full-content]  (full content: no page fetches).
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

        var corpus = LoadCorpus().Take(articleCount).ToList();
        Console.WriteLine($"ingest: {corpus.Count} articles in {feedCount} feeds, {(fullContent ? "full content in the feed" : "excerpt in the feed, page fetched")}");

        await using var server = await FixtureServer.StartAsync();
        var now = IngestionHost.Start;
        var perFeed = (corpus.Count + feedCount - 1) / feedCount;
        var sources = new List<(string, string)>();
        for (var i = 0; i < feedCount; i++)
        {
            var items = corpus.Skip(i * perFeed).Take(perFeed).Select((a, k) => new TestItem(
                a.Title, server.Url($"/p/{a.Id}") + "?utm_source=rss", a.Id, now.AddMinutes(-k),
                fullContent ? FeedXml.Content(a) : null, a.Lead(20))).ToList();
            server.MapText($"/feed/{i}", "application/rss+xml; charset=utf-8", FeedXml.Rss(items));
            sources.Add(($"feed-{i}", server.Url($"/feed/{i}")));
        }
        foreach (var a in corpus)
        {
            server.MapText($"/p/{a.Id}", "text/html; charset=utf-8", FeedXml.Page(a, canonical: $"/news/{a.Id}", image: $"/img/{a.Id}.jpg", author: "مراسل"));
        }
        server.Map("/same", async c =>
        {
            if (c.Request.Headers.IfNoneMatch == "\"same\"")
            {
                c.Response.StatusCode = 304;
                return;
            }
            c.Response.Headers.ETag = "\"same\"";
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync(FeedXml.Rss([]));
        });

        var settings = new Dictionary<string, string?>
        {
            ["Ingestion:MaxConcurrentFetches"] = "16",
            ["Ingestion:MaxConcurrentFetchesPerHost"] = "16",
            ["Ingestion:FetchTimeout"] = "00:00:30",
            ["Ingestion:MinFullTextWords"] = "30",
        };
        // Corpus articles shorter than the excerpt threshold are all the feed has; they count as ingested too.
        await using (var host = await IngestionHost.StartAsync(sources, settings: settings))
        {
            // Cold: the round includes JIT of the whole pipeline.
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var added = await host.PollAsync();
            clock.Stop();
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var stored = host.Articles();
            var stories = stored.Select(a => a.StoryId).Distinct().Count();
            Console.WriteLine($"  added {added} articles in {clock.Elapsed.TotalSeconds:0.00} s = {added / clock.Elapsed.TotalSeconds:0} articles/s " +
                $"(CPU {cpuUsed.TotalSeconds:0.0} s on {Environment.ProcessorCount} cores; server in the same process)");
            Console.WriteLine($"  stored {stored.Count}, stories {stories}, indexed {host.Services.GetRequiredService<SearchIndex>().Count}, " +
                $"page requests {server.Requests.Count(r => r.PathAndQuery.StartsWith("/p/", StringComparison.Ordinal))}");
            Console.WriteLine($"  allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:0} MB, GCs gen0/1/2 " +
                $"{GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}");
            Console.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB, managed heap now {GC.GetTotalMemory(false) / 1e6:0} MB");
        }

        var unchanged = Enumerable.Range(0, unchangedCount).Select(i => ($"same-{i}", server.Url("/same") + "?s=" + i)).ToList();
        await using (var host = await IngestionHost.StartAsync(unchanged, settings: settings))
        {
            await host.PollAsync();
            host.Time.Advance(TimeSpan.FromMinutes(11));
            var before = server.Requests.Count;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            await host.PollAsync();
            clock.Stop();
            Console.WriteLine($"unchanged: one poll round over {unchangedCount} sources answering 304: {clock.Elapsed.TotalMilliseconds:0} ms, " +
                $"{server.Requests.Count - before} requests, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:0.0} MB");
        }
        return 0;
    }

    private static DirectoryInfo? FindRepository(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) dir = dir.Parent;
        return dir;
    }

    private static IEnumerable<CorpusArticle> LoadCorpus()
    {
        var dir = FindRepository(AppContext.BaseDirectory) ?? FindRepository(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory + " or the working folder");
        var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpora", "argen-news", "articles.jsonl"));
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            var e = JsonSerializer.Deserialize<JsonElement>(line);
            yield return new CorpusArticle(e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!, e.GetProperty("document").GetString()!);
        }
    }
}
