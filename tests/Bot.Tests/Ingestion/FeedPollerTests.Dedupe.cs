using Bot.Tests.Ingestion.Support;

namespace Bot.Tests.Ingestion;

public sealed partial class FeedPollerTests
{
    [Fact]
    public async Task PollDue_PagesNamingOneCanonicalUrl_StoreOneArticle()
    {
        await using var server = await FixtureServer.StartAsync();
        var articles = Corpus.Articles.Skip(20).Take(3).ToList();
        // Three links, three different texts, one canonical URL: the site's one article under several addresses.
        var items = articles.Select((a, i) => new TestItem(a.Title, server.Url($"/amp/{i}"), "amp-" + i, Now.AddHours(-1), null, a.Lead(10))).ToList();
        server.MapText("/feed", "application/rss+xml", FeedXml.Rss(items));
        for (var i = 0; i < articles.Count; i++)
        {
            server.MapText($"/amp/{i}", "text/html; charset=utf-8", FeedXml.Page(articles[i], canonical: "/news/one"));
        }
        await using var host = await IngestionHost.StartAsync([("amp", server.Url("/feed"))]);

        var added = await host.PollAsync();

        Assert.Equal(1, added);
        Assert.Equal(server.Url("/news/one"), Assert.Single(host.Articles()).Url);
    }
}
