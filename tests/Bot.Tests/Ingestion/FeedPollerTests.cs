using System.Text;
using Bot.Storage;
using Bot.Tests.Ingestion.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Ingestion;

public sealed partial class FeedPollerTests
{
    private static readonly DateTimeOffset Now = IngestionHost.Start;

    private static TestItem FullItem(FixtureServer server, CorpusArticle a, string prefix, int minutesAgo = 30) =>
        new(a.Title, server.Url($"/{prefix}/{a.Id}"), $"{prefix}-{a.Id}", Now.AddMinutes(-minutesAgo), FeedXml.Content(a), a.Lead(20));

    [Fact]
    public async Task PollDue_RssAtomAndRdfFeeds_StoreEachArticleOnce()
    {
        await using var server = await FixtureServer.StartAsync();
        var a = Corpus.Articles;
        server.MapText("/rss", "application/rss+xml; charset=utf-8", FeedXml.Rss(a.Take(4).Select(x => FullItem(server, x, "rss"))));
        server.MapText("/atom", "application/atom+xml", FeedXml.Atom(a.Skip(4).Take(3).Select(x => FullItem(server, x, "atom"))));
        server.MapText("/rdf", "application/rdf+xml", FeedXml.Rdf(a.Skip(7).Take(3).Select(x => FullItem(server, x, "rdf"))));
        // The same RSS items again under another source name: stored once.
        server.MapText("/rss-copy", "application/rss+xml", FeedXml.Rss(a.Take(2).Select(x => FullItem(server, x, "rss"))));
        await using var host = await IngestionHost.StartAsync([("rss", server.Url("/rss")), ("atom", server.Url("/atom")), ("rdf", server.Url("/rdf")), ("copy", server.Url("/rss-copy"))]);

        await host.PollAsync();
        host.Time.Advance(TimeSpan.FromMinutes(11));
        await host.PollAsync();

        var stored = host.Articles();
        Assert.Equal(10, stored.Count);
        Assert.Equal(a.Take(10).Select(x => x.Title).Order(), stored.Select(s => s.Title).Order());
        // "rss" and "copy" race for the two shared items; each is stored once, under either name.
        Assert.Equal(4, stored.Count(s => s.Source is "rss" or "copy"));
        Assert.Equal(3, stored.Count(s => s.Source == "atom"));
        Assert.Equal(3, stored.Count(s => s.Source == "rdf"));
        Assert.All(stored, s => Assert.DoesNotContain('<', s.Body));
        Assert.All(stored, s => Assert.NotEmpty(s.Summary));
        var first = stored.Single(s => s.Guid == $"rss-{a[0].Id}");
        Assert.Equal(Now.AddMinutes(-30).UtcDateTime, first.PublishedUtc);
        Assert.Equal(Now.UtcDateTime, first.IngestedUtc);
        Assert.Equal(a[0].Paragraphs(), first.Body.Split("\n\n"));
        Assert.Equal(10, host.Services.GetRequiredService<SearchIndex>().Count);
        Assert.Equal(0, server.Hits($"/rss/{a[0].Id}"));
    }

    [Fact]
    public async Task PollDue_AddressAndGuidPastLiteDbsKeyLimit_AreStoredOnceAndFoundAgain()
    {
        // A headline slug percent-encoded runs past the 1,023 bytes a LiteDB index key may hold (3 of 24,327 Arabic news
        // addresses seen here; a feed may use the address as its guid). Indexed as they were, such an item failed to store,
        // and every poll tried it again.
        await using var server = await FixtureServer.StartAsync();
        var a = Corpus.Articles.Skip(30).Take(2).ToList();
        var slug = Uri.EscapeDataString(string.Concat(Enumerable.Repeat("تعميق-العلاقات-بين-البلدين-", 12)));
        var link = server.Url("/news/" + slug);
        Assert.True(Encoding.UTF8.GetByteCount(link) > 1100);
        TestItem[] items = [FullItem(server, a[0], "short"), new(a[1].Title, link, link, Now.AddMinutes(-20), FeedXml.Content(a[1]), a[1].Lead(20))];
        server.MapText("/rss", "application/rss+xml", FeedXml.Rss(items));
        await using var host = await IngestionHost.StartAsync([("rss", server.Url("/rss"))]);

        await host.PollAsync();
        host.Time.Advance(TimeSpan.FromMinutes(11));
        await host.PollAsync();

        var stored = host.Articles();
        Assert.Equal(2, stored.Count);
        var longOne = stored.Single(s => s.Title == a[1].Title);
        Assert.Equal(link, longOne.Url);
        Assert.Equal(link, longOne.Guid);
        var database = host.Services.GetRequiredService<BotDatabase>();
        Assert.Equal(longOne.Id, database.FindByUrl(link)?.Id);
        Assert.Equal(longOne.Id, database.FindByGuid(link)?.Id);
        Assert.Equal(0, host.Source("rss").ConsecutiveFailures);
    }

    [Fact]
    public async Task PollDue_ExcerptOnlyFeed_FetchesPageAndKeepsItsMetadata()
    {
        await using var server = await FixtureServer.StartAsync();
        var articles = Corpus.Articles.Skip(10).Take(3).ToList();
        var items = articles.Select(a => new TestItem(a.Title, server.Url($"/page/{a.Id}") + "?utm_source=rss&utm_medium=feed&id=7&fbclid=abc#top",
            "ex-" + a.Id, Now.AddHours(-1), null, a.Lead(25))).ToList();
        server.MapText("/excerpts", "application/rss+xml", FeedXml.Rss(items));
        foreach (var a in articles)
        {
            server.MapText($"/page/{a.Id}", "text/html; charset=utf-8",
                FeedXml.Page(a, canonical: $"/news/{a.Id}?utm_campaign=x", image: "/img/" + a.Id + ".jpg", author: "مراسل الاختبار"));
        }
        await using var host = await IngestionHost.StartAsync([("excerpts", server.Url("/excerpts"))]);

        await host.PollAsync();

        var stored = host.Articles();
        Assert.Equal(3, stored.Count);
        var first = stored.Single(s => s.Guid == "ex-" + articles[0].Id);
        Assert.Equal(server.Url($"/news/{articles[0].Id}"), first.Url);
        Assert.Equal(server.Url($"/img/{articles[0].Id}.jpg"), first.ImageUrl);
        Assert.Equal("مراسل الاختبار", first.Author);
        Assert.Equal(articles[0].Paragraphs(), first.Body.Split("\n\n"));
        Assert.DoesNotContain("حقن", first.Body);
        Assert.DoesNotContain("الرئيسية", first.Body);
        Assert.DoesNotContain("alert", first.Body);
        var pageRequest = server.Requests.First(r => r.PathAndQuery.StartsWith("/page/", StringComparison.Ordinal)).PathAndQuery;
        Assert.Contains("utm_source", pageRequest);

        host.Time.Advance(TimeSpan.FromMinutes(11));
        await host.PollAsync();
        Assert.Equal(3, host.Articles().Count);
        Assert.Equal(1, server.Hits($"/page/{articles[0].Id}"));
    }

    [Fact]
    public async Task PollDue_Windows1256Feed_DecodesArabicFromDeclarationAndHeader()
    {
        await using var server = await FixtureServer.StartAsync();
        var cp1256 = CodePagesEncoding();
        var a = Corpus.Articles[13];
        var b = Corpus.Articles[14];
        // One feed names its encoding in the XML declaration only, the other in the HTTP header only.
        server.MapBytes("/declared", "application/rss+xml", cp1256.GetBytes(FeedXml.Rss([FullItem(server, a, "w")], encoding: "windows-1256")));
        server.MapBytes("/header", "application/rss+xml; charset=windows-1256",
            cp1256.GetBytes(FeedXml.Rss([FullItem(server, b, "h")]).Replace("encoding=\"utf-8\"", "", StringComparison.Ordinal)));
        await using var host = await IngestionHost.StartAsync([("declared", server.Url("/declared")), ("header", server.Url("/header"))]);

        await host.PollAsync();

        Assert.Equal(new[] { a.Title, b.Title }.Order(), host.Articles().Select(s => s.Title).Order());
        Assert.Equal(a.Paragraphs(), host.Articles().Single(s => s.Title == a.Title).Body.Split("\n\n"));
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("windows-1256");
    }

    [Fact]
    public async Task PollDue_UnchangedFeed_SendsValidatorsAndStoresNothingOn304()
    {
        await using var server = await FixtureServer.StartAsync();
        var feed = FeedXml.Rss(Corpus.Articles.Skip(15).Take(2).Select(x => FullItem(server, x, "c")));
        var full = 0;
        server.Map("/conditional", async c =>
        {
            if (c.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                c.Response.StatusCode = 304;
                return;
            }
            full++;
            c.Response.Headers.ETag = "\"v1\"";
            c.Response.Headers.LastModified = "Sat, 01 Mar 2025 07:00:00 GMT";
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync(feed);
        });
        await using var host = await IngestionHost.StartAsync([("conditional", server.Url("/conditional"))]);

        await host.PollAsync();
        host.Time.Advance(TimeSpan.FromMinutes(11));
        await host.PollAsync();

        Assert.Equal(1, full);
        Assert.Equal(2, server.Hits("/conditional"));
        var second = server.Requests.Last(r => r.PathAndQuery == "/conditional").Headers;
        Assert.Equal("\"v1\"", second["If-None-Match"]);
        Assert.Equal("Sat, 01 Mar 2025 07:00:00 GMT", second["If-Modified-Since"]);
        Assert.Equal(2, host.Articles().Count);
        var source = host.Source("conditional");
        Assert.Equal(0, source.ConsecutiveFailures);
        Assert.Equal(Now.AddMinutes(11).UtcDateTime, source.LastSuccessUtc);
        Assert.Equal(Now.AddMinutes(21).UtcDateTime, source.NextPollUtc);
    }

    [Fact]
    public async Task PollDue_FeedTtlAndRetryAfter_DelayTheNextPoll()
    {
        await using var server = await FixtureServer.StartAsync();
        server.MapText("/ttl", "application/rss+xml", FeedXml.Rss([FullItem(server, Corpus.Articles[17], "t")], ttlMinutes: 60));
        server.Map("/busy", c =>
        {
            c.Response.StatusCode = 503;
            c.Response.Headers.RetryAfter = "7200";
            return Task.CompletedTask;
        });
        await using var host = await IngestionHost.StartAsync([("ttl", server.Url("/ttl")), ("busy", server.Url("/busy"))]);

        await host.PollAsync();

        Assert.Equal(Now.AddMinutes(60).UtcDateTime, host.Source("ttl").NextPollUtc);
        Assert.Equal(Now.AddHours(2).UtcDateTime, host.Source("busy").NextPollUtc);
        host.Time.Advance(TimeSpan.FromMinutes(30));
        await host.PollAsync();
        Assert.Equal(1, server.Hits("/ttl"));
        Assert.Equal(1, server.Hits("/busy"));
    }

    [Fact]
    public async Task PollDue_FailureStreak_BacksOffExponentiallyThenDisablesTheSource()
    {
        await using var server = await FixtureServer.StartAsync();
        server.Map("/down", c =>
        {
            c.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        await using var host = await IngestionHost.StartAsync([("down", server.Url("/down"))],
            settings: new Dictionary<string, string?> { ["Ingestion:DisableAfterFailures"] = "4", ["Ingestion:MaxBackoff"] = "00:30:00" });

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            await host.PollAsync();
            var s = host.Source("down");
            waits.Add(s.NextPollUtc - host.Time.GetUtcNow().UtcDateTime);
            host.Time.Advance(s.NextPollUtc - host.Time.GetUtcNow().UtcDateTime);
        }
        await host.PollAsync();

        Assert.Equal([TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30)], waits);
        Assert.Equal(4, server.Hits("/down"));
        var source = host.Source("down");
        Assert.False(source.Enabled);
        Assert.Equal(4, source.ConsecutiveFailures);
        var list = await host.CommandAsync(IngestionHost.Admin, "/sources");
        Assert.Contains("⛔", list);
        Assert.Contains("HTTP 500", list);
        Assert.Contains("معطّل", list);
    }
}
