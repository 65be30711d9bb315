using System.Diagnostics;
using System.Globalization;
using Bot.Tests.Ingestion.Support;
using Microsoft.AspNetCore.Http;

namespace Bot.Benchmarks;

/// <summary>What the fixture server has done so far: requests, article-page requests, its CPU time (when known).</summary>
public sealed record SiteStats(long Requests, long PageRequests, TimeSpan? Cpu);

/// <summary>
/// The news sites the ingest benchmark reads: the corpus as RSS feeds whose items link to article pages,
/// feed i and its pages served from endpoint i mod endpoints (each endpoint its own port, so its own host
/// to the fetcher), and feeds that always answer 304 for the poll-cycle measurement. Runs in a child
/// process by default so that the bot's CPU, allocation and memory figures are the bot's alone.
/// </summary>
public abstract class IngestionSite : IAsyncDisposable
{
    public abstract IReadOnlyList<Uri> BaseUrls { get; }

    public abstract Task<SiteStats> StatsAsync();

    public abstract ValueTask DisposeAsync();

    public string FeedUrl(int feed) => Url(feed, $"/feed/{feed}");

    public string UnchangedUrl(int source) => Url(source, "/same") + "?s=" + source.ToString(CultureInfo.InvariantCulture);

    private string Url(int index, string path) => new Uri(BaseUrls[index % BaseUrls.Count], path.TrimStart('/')).AbsoluteUri;

    public static async Task<IngestionSite> StartAsync(SiteShape shape, bool inProcess) =>
        inProcess ? await InProcessSite.StartAsync(shape) : await ChildProcessSite.StartAsync(shape);

    /// <summary>The child process's verb: serves the site until its standard input closes.</summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        var shape = SiteShape.Parse(args);
        await using var server = await FixtureServer.StartAsync(shape.Endpoints);
        Map(server, shape);
        server.Map("/_stats", async c =>
        {
            var (requests, pages) = Count(server);
            await c.Response.WriteAsync(string.Join(' ', requests, pages,
                Process.GetCurrentProcess().TotalProcessorTime.Ticks.ToString(CultureInfo.InvariantCulture)));
        });
        Console.WriteLine("ready " + string.Join(' ', server.BaseUrls));
        await Console.In.ReadToEndAsync();
        return 0;
    }

    protected static void Map(FixtureServer server, SiteShape shape)
    {
        var corpus = Corpus(shape.Articles);
        var now = IngestionHost.Start;
        var perFeed = (corpus.Count + shape.Feeds - 1) / shape.Feeds;
        for (var i = 0; i < shape.Feeds; i++)
        {
            var endpoint = i % shape.Endpoints;
            var feedArticles = corpus.Skip(i * perFeed).Take(perFeed).ToList();
            var items = feedArticles.Select((a, k) => new TestItem(
                a.Title, server.Url(endpoint, $"/p/{a.Id}") + "?utm_source=rss", a.Id, now.AddMinutes(-k),
                shape.FullContent ? FeedXml.Content(a) : null, a.Lead(20))).ToList();
            server.MapText($"/feed/{i}", "application/rss+xml; charset=utf-8", FeedXml.Rss(items));
            foreach (var a in feedArticles)
            {
                // Paths are shared by all endpoints; each page is linked from its feed's endpoint only.
                server.MapText($"/p/{a.Id}", "text/html; charset=utf-8", FeedXml.Page(a, canonical: $"/news/{a.Id}", image: $"/img/{a.Id}.jpg", author: "مراسل"));
            }
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
    }

    protected static (long Requests, long Pages) Count(FixtureServer server) =>
        (server.Requests.Count(r => r.PathAndQuery != "/_stats"), server.Requests.Count(r => r.PathAndQuery.StartsWith("/p/", StringComparison.Ordinal)));

    public static List<CorpusArticle> Corpus(int count) => IngestionBench.LoadCorpus().Take(count).ToList();

    private sealed class InProcessSite(FixtureServer server) : IngestionSite
    {
        public override IReadOnlyList<Uri> BaseUrls => server.BaseUrls;

        public static async Task<IngestionSite> StartAsync(SiteShape shape)
        {
            var server = await FixtureServer.StartAsync(shape.Endpoints);
            Map(server, shape);
            return new InProcessSite(server);
        }

        public override Task<SiteStats> StatsAsync()
        {
            var (requests, pages) = Count(server);
            return Task.FromResult(new SiteStats(requests, pages, null));
        }

        public override ValueTask DisposeAsync() => server.DisposeAsync();
    }

    private sealed class ChildProcessSite(Process process, IReadOnlyList<Uri> baseUrls) : IngestionSite
    {
        private readonly HttpClient _http = new();

        public override IReadOnlyList<Uri> BaseUrls => baseUrls;

        public static async Task<IngestionSite> StartAsync(SiteShape shape)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            // Started as "dotnet Bot.Benchmarks.dll": the child needs the same dll; as an apphost, it is the process.
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(IngestionSite).Assembly.Location);
            start.ArgumentList.Add("ingest-serve");
            foreach (var a in shape.ToArgs()) start.ArgumentList.Add(a);
            var process = Process.Start(start) ?? throw new InvalidOperationException("The fixture server process did not start");
            var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The fixture server process ended at start");
            var urls = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(u => new Uri(u)).ToList();
            return new ChildProcessSite(process, urls);
        }

        public override async Task<SiteStats> StatsAsync()
        {
            var parts = (await _http.GetStringAsync(new Uri(baseUrls[0], "_stats"))).Split(' ');
            return new SiteStats(long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture),
                TimeSpan.FromTicks(long.Parse(parts[2], CultureInfo.InvariantCulture)));
        }

        public override async ValueTask DisposeAsync()
        {
            _http.Dispose();
            process.StandardInput.Close();
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }
}

/// <summary>How many articles, feeds and server endpoints (hosts) the site has.</summary>
public sealed record SiteShape(int Articles, int Feeds, int Endpoints, bool FullContent)
{
    public IEnumerable<string> ToArgs() =>
        [Articles.ToString(CultureInfo.InvariantCulture), Feeds.ToString(CultureInfo.InvariantCulture), Endpoints.ToString(CultureInfo.InvariantCulture), .. FullContent ? ["--full-content"] : Array.Empty<string>()];

    public static SiteShape Parse(string[] args)
    {
        var n = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        return new SiteShape(n[0], n[1], n[2], args.Contains("--full-content"));
    }
}
