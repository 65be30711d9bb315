using System.Net;
using Bot.Ingestion;
using Bot.Ingestion.Fetching;
using Bot.Storage;
using Bot.Telegram.Commands;
using Bot.Tests.Ingestion.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Ingestion;

public sealed class LinkSummaryTests
{
    private const string RefusedMessage = "شبكة داخلية أو محجوزة";
    private static readonly CommandContext Private = new(5, ChatKind.Private, 501);
    private static readonly CommandContext Group = new(-100, ChatKind.Supergroup, 501);

    private static async Task<FixtureServer> ServerWithPageAsync(CorpusArticle a)
    {
        var server = await FixtureServer.StartAsync();
        server.MapText("/page", "text/html; charset=utf-8", FeedXml.Page(a, canonical: null));
        return server;
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/page")]          // loopback by address
    [InlineData("http://[::1]:{port}/page")]              // IPv6 loopback
    [InlineData("http://localhost:{port}/page")]          // a name that resolves to loopback
    [InlineData("http://[::ffff:127.0.0.1]:{port}/page")] // loopback hidden in an IPv4-mapped IPv6 address
    [InlineData("http://0.0.0.0:{port}/page")]            // "this host", reaches local services on Linux
    [InlineData("http://10.0.0.1/")]                      // private: refused before any connection attempt
    [InlineData("http://169.254.169.254/latest/meta-data/")] // cloud metadata
    public async Task SummarizeLink_InternalAddressWithLoopbackSwitchOff_IsRefusedWithoutFetching(string template)
    {
        await using var server = await ServerWithPageAsync(Corpus.Articles[30]);
        await using var host = await IngestionHost.StartAsync([], allowLoopback: false);
        var url = template.Replace("{port}", server.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var started = DateTime.UtcNow;
        var reply = await host.TextAsync(Private, "اقرأ هذا " + url);

        Assert.Contains(RefusedMessage, reply);
        Assert.Empty(server.Requests);
        Assert.Empty(host.Articles());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task GetAsync_RedirectToAnAddressThePolicyRefuses_IsRefusedAtTheSecondHop()
    {
        await using var server = await FixtureServer.StartAsync();
        server.Map("/hop", c =>
        {
            c.Response.Redirect($"http://[::1]:{server.BaseUrl.Port}/page");
            return Task.CompletedTask;
        });
        // Allows the first hop's address (127.0.0.1) but not the redirect's target (::1).
        var policy = new AddressPolicy(allowLoopback: false, [IPAddress.Loopback]);
        using var client = new HttpClient(GuardedConnector.CreateHandler(policy));
        var fetcher = new SafeFetcher(() => client, policy, Options.Create(new IngestionOptions { FetchTimeout = TimeSpan.FromSeconds(2) }), TimeProvider.System);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(new Uri(server.Url("/hop")), 1 << 20, "text/html", null, CancellationToken.None));

        Assert.Equal(FetchFailure.Refused, e.Failure);
        Assert.Equal(1, server.Hits("/hop"));
        Assert.Equal(0, server.Hits("/page"));
    }

    [Fact]
    public async Task ConnectAsync_NameResolvingToLoopback_IsRefusedAtConnectTime()
    {
        // The connect callback checks the address it connects to, whatever a pre-check saw (DNS rebinding).
        await using var server = await FixtureServer.StartAsync();

        await Assert.ThrowsAsync<AddressRefusedException>(async () =>
            await GuardedConnector.ConnectAsync(AddressPolicy.PublicOnly, new DnsEndPoint("localhost", server.BaseUrl.Port), CancellationToken.None));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task SummarizeLink_ArticlePageInPrivateChat_RepliesWithCardAndStoresIt()
    {
        var a = Corpus.Articles[31];
        await using var server = await ServerWithPageAsync(a);
        await using var host = await IngestionHost.StartAsync([]);

        var reply = await host.TextAsync(Private, "شاهد " + server.Url("/page") + "?utm_source=tw، شكرًا");
        var again = await host.TextAsync(Private, server.Url("/page"));

        var stored = Assert.Single(host.Articles());
        Assert.Equal(a.Title, stored.Title);
        Assert.Equal(server.Url("/page"), stored.Url);
        Assert.Contains("<b>" + Bot.Telegram.Rendering.TelegramHtml.Escape(a.Title) + "</b>", reply);
        Assert.Contains("الملخص", reply);
        Assert.Equal(reply, again);
        Assert.Equal(1, server.Hits("/page"));
    }

    [Fact]
    public async Task SummarizeLink_ArticlePageInPrivateChat_IsKeptOutOfLatestAndSearch()
    {
        var a = Corpus.Articles[31];
        await using var server = await ServerWithPageAsync(a);
        await using var host = await IngestionHost.StartAsync([]);
        var title = Bot.Telegram.Rendering.TelegramHtml.Escape(a.Title);

        var card = await host.TextAsync(Private, server.Url("/page"));
        var latest = await host.CommandAsync(IngestionHost.Stranger, "/latest");
        var search = await host.CommandAsync(IngestionHost.Stranger, "/search " + a.Title);

        Assert.Contains(title, card);
        Assert.True(Assert.Single(host.Articles()).SubmittedByUser);
        Assert.DoesNotContain(title, latest);
        Assert.StartsWith("لم أجد", search);
        Assert.Empty(host.Services.GetRequiredService<ArticleStore>().LatestStories(0, 10));
    }

    [Fact]
    public async Task PollDue_FeedBringsALinkAUserSent_PromotesTheStoredArticle()
    {
        var a = Corpus.Articles[32];
        await using var server = await ServerWithPageAsync(a);
        server.MapText("/feed", "application/rss+xml", FeedXml.Rss([
            new TestItem(a.Title, server.Url("/page"), "feed-1", IngestionHost.Start.AddHours(-1), FeedXml.Content(a), null)]));
        await using var host = await IngestionHost.StartAsync([("outlet", server.Url("/feed"))]);
        await host.TextAsync(Private, server.Url("/page"));

        var added = await host.PollAsync();

        var stored = Assert.Single(host.Articles());
        Assert.Equal(1, added);
        Assert.False(stored.SubmittedByUser);
        Assert.Equal("outlet", stored.Source);
        Assert.Equal("feed-1", stored.Guid);
        Assert.Equal(stored.Id, Assert.Single(host.Services.GetRequiredService<ArticleStore>().LatestStories(0, 10)).Id);
    }

    [Fact]
    public async Task SummarizeLink_InGroup_OnlyThroughTheCommand()
    {
        var a = Corpus.Articles[32];
        await using var server = await ServerWithPageAsync(a);
        await using var host = await IngestionHost.StartAsync([]);

        var plain = await host.TextAsync(Group, server.Url("/page"));
        var command = await host.CommandAsync(Group, "/summarize " + server.Url("/page"));

        Assert.Equal("", plain);
        Assert.Contains(Bot.Telegram.Rendering.TelegramHtml.Escape(a.Title), command);
    }

    [Fact]
    public async Task SummarizeLink_Windows1256PageWithMetaCharset_IsDecoded()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var a = Corpus.Articles[33];
        await using var server = await FixtureServer.StartAsync();
        server.MapBytes("/page", "text/html", System.Text.Encoding.GetEncoding("windows-1256").GetBytes(FeedXml.Page(a, null, charset: "windows-1256")));
        await using var host = await IngestionHost.StartAsync([]);

        await host.CommandAsync(Private, "/summarize " + server.Url("/page"));

        Assert.Equal(a.Title, Assert.Single(host.Articles()).Title);
    }

    [Fact]
    public async Task SummarizeLink_UserOverTheAllowance_IsToldWhenToComeBackWithoutFetching()
    {
        await using var server = await ServerWithPageAsync(Corpus.Articles[31]);
        await using var host = await IngestionHost.StartAsync([], settings: new Dictionary<string, string?>
        {
            ["Ingestion:UserLinksPerWindow"] = "2",
            ["Ingestion:UserLinkWindow"] = "00:10:00",
        });
        var other = new CommandContext(6, ChatKind.Private, 502);
        var n = 0;
        // A new address each time: a link already stored would be answered without a fetch.
        async Task<string> Ask(CommandContext who) => await host.TextAsync(who, server.Url("/page") + "?n=" + ++n);

        await Ask(Private);
        host.Time.Advance(TimeSpan.FromMinutes(3));
        await Ask(Private);
        var refused = await Ask(Private);

        Assert.Contains("أرسلت روابط كثيرة", refused);
        Assert.Contains("بعد 7 دقائق", refused);
        Assert.Equal(2, server.Hits("/page"));
        // Another user has an allowance of their own, and the first one's oldest link leaves the window after 10 minutes.
        Assert.DoesNotContain("أرسلت روابط كثيرة", await Ask(other));
        host.Time.Advance(TimeSpan.FromMinutes(7));
        Assert.DoesNotContain("أرسلت روابط كثيرة", await Ask(Private));
        Assert.Equal(4, server.Hits("/page"));
    }

    [Fact]
    public async Task SummarizeLink_EachFailure_GetsItsOwnArabicMessage()
    {
        await using var server = await FixtureServer.StartAsync();
        server.MapBytes("/pdf", "application/pdf", [0x25, 0x50, 0x44, 0x46]);
        server.MapText("/empty", "text/html", "<html><body><nav>الرئيسية</nav></body></html>");
        server.Map("/big", async c =>
        {
            c.Response.ContentType = "text/html";
            var chunk = new byte[512 * 1024];
            Array.Fill(chunk, (byte)'x');
            for (var i = 0; i < 8; i++) await c.Response.Body.WriteAsync(chunk);
        });
        server.Map("/slow", async c => await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted));
        server.Map("/loop", c =>
        {
            c.Response.Redirect("/loop");
            return Task.CompletedTask;
        });
        await using var host = await IngestionHost.StartAsync([], settings: new Dictionary<string, string?> { ["Ingestion:FetchTimeout"] = "00:00:02" });

        async Task<string> Ask(string path) => await host.CommandAsync(Private, "/summarize " + server.Url(path));

        Assert.Contains("ليس صفحة ويب", await Ask("/pdf"));
        Assert.Contains("لم أجد في هذه الصفحة نص خبر", await Ask("/empty"));
        Assert.Contains("أكبر من الحد المسموح (3 ميغابايت)", await Ask("/big"));
        Assert.Contains("انتهت مهلة", await Ask("/slow"));
        Assert.Contains("توقفت بعد 5 تحويلات", await Ask("/loop"));
        Assert.Contains("(404)", await Ask("/missing"));
        Assert.Contains("http و https", await host.CommandAsync(Private, "/summarize ftp://example.com/x"));
        Assert.Contains("/summarize", await host.CommandAsync(Private, "/summarize"));
        Assert.Empty(host.Articles());
        Assert.Equal(6, server.Hits("/loop"));
    }
}
