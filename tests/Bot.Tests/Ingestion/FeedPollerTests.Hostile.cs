using System.IO.Compression;
using Bot.Tests.Ingestion.Support;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Ingestion;

public sealed partial class FeedPollerTests
{
    [Fact]
    public async Task PollDue_HostileSources_StoreNothingRecordHealthAndKeepTheBotAnswering()
    {
        await using var server = await FixtureServer.StartAsync();
        var good = Corpus.Articles.Skip(20).Take(2).ToList();
        server.MapText("/good", "application/rss+xml", FeedXml.Rss(good.Select(x => FullItem(server, x, "g"))));
        server.Map("/error", c =>
        {
            c.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        server.Map("/slow", async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted);
            await c.Response.WriteAsync("<rss/>");
        });
        server.Map("/loop", c =>
        {
            c.Response.Redirect("/loop");
            return Task.CompletedTask;
        });
        server.Map("/huge", async c =>
        {
            // 6 MB, streamed without a Content-Length: the cap must be counted while reading.
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync("<rss version=\"2.0\"><channel><title>t</title><description>");
            var chunk = new string('ا', 64 * 1024);
            for (var i = 0; i < 50; i++) await c.Response.WriteAsync(chunk);
            await c.Response.WriteAsync("</description></channel></rss>");
        });
        var bomb = GzipOfZeros(50 * 1024 * 1024);
        server.Map("/bomb", async c =>
        {
            c.Response.ContentType = "application/rss+xml";
            c.Response.Headers.ContentEncoding = "gzip";
            await c.Response.Body.WriteAsync(bomb);
        });
        server.MapBytes("/malformed", "application/rss+xml", Corpus.Fixture("malformed.xml"));
        server.MapBytes("/laughs", "application/rss+xml", Corpus.Fixture("billion-laughs.xml"));
        server.MapBytes("/xxe", "application/rss+xml", Corpus.Fixture("external-entity.xml"));
        server.MapText("/html", "text/html", "<html><body><p>لا خلاصة هنا</p></body></html>");
        string[] hostile = ["error", "slow", "loop", "huge", "bomb", "malformed", "laughs", "xxe", "html"];
        await using var host = await IngestionHost.StartAsync([("good", server.Url("/good")), .. hostile.Select(h => (h, server.Url("/" + h)))]);

        var started = DateTime.UtcNow;
        await host.PollAsync();
        var elapsed = DateTime.UtcNow - started;

        Assert.Equal(good.Select(g => g.Title).Order(), host.Articles().Select(a => a.Title).Order());
        Assert.True(elapsed < TimeSpan.FromSeconds(8), $"one round took {elapsed}");
        foreach (var name in hostile)
        {
            var source = host.Source(name);
            Assert.True(source.ConsecutiveFailures == 1, $"{name}: {source.ConsecutiveFailures} failures");
            Assert.NotNull(source.LastError);
            Assert.Null(source.LastSuccessUtc);
        }
        Assert.Contains("time", host.Source("slow").LastError!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("redirects", host.Source("loop").LastError!);
        Assert.Contains("limit", host.Source("huge").LastError!);
        Assert.Contains("limit", host.Source("bomb").LastError!);
        Assert.Contains("DTD", host.Source("laughs").LastError!);
        Assert.Contains("DTD", host.Source("xxe").LastError!);
        Assert.DoesNotContain(host.Articles(), a => a.Body.Contains("root:", StringComparison.Ordinal) || a.Title.Contains("lol", StringComparison.Ordinal));
        Assert.Equal(0, host.Source("good").ConsecutiveFailures);
        Assert.Equal(Now.UtcDateTime, host.Source("good").LastSuccessUtc);

        var list = await host.CommandAsync(IngestionHost.Admin, "/sources");
        Assert.Contains("✅ <b>good</b>", list);
        Assert.Contains("⚠️ <b>slow</b>", list);
        Assert.Contains("أخبار اليوم: 2", list);
        Assert.Contains("إخفاقات متتالية: 1", list);
        var latest = await host.CommandAsync(IngestionHost.Admin, "/latest");
        Assert.Contains(TelegramHtmlEscape(good[0].Title), latest);
    }

    [Fact]
    public async Task PollDue_MarkupInTitlesAndBodies_IsStoredAsPlainTextAndEscapedInReplies()
    {
        await using var server = await FixtureServer.StartAsync();
        var a = Corpus.Articles[23];
        var item = new TestItem(
            "<script>alert('x')</script>عاجل: <b>خبر</b> & \"تفاصيل\" <img src=x onerror=alert(1)>",
            server.Url("/inj/1"), "inj-1", Now.AddMinutes(-5),
            "<p onclick=\"steal()\">" + System.Net.WebUtility.HtmlEncode(a.Document) + "</p><script>document.cookie</script><iframe src=\"http://evil\"></iframe>",
            null);
        server.MapText("/inj", "application/rss+xml", FeedXml.Rss([item]));
        await using var host = await IngestionHost.StartAsync([("inj", server.Url("/inj"))]);

        await host.PollAsync();

        var stored = Assert.Single(host.Articles());
        Assert.Equal("عاجل: خبر & \"تفاصيل\"", stored.Title);
        Assert.Equal(a.Document, stored.Body);
        var card = await host.CommandAsync(IngestionHost.Admin, $"/article {stored.Id}");
        Assert.Contains("<b>عاجل: خبر &amp; &quot;تفاصيل&quot;</b>", card);
        Assert.DoesNotContain("<script", card);
        Assert.DoesNotContain("<img", card);
    }

    private static string TelegramHtmlEscape(string s) => Bot.Telegram.Rendering.TelegramHtml.Escape(s);

    private static byte[] GzipOfZeros(int size)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < size / zeros.Length; i++) gzip.Write(zeros);
        }
        return output.ToArray();
    }
}
