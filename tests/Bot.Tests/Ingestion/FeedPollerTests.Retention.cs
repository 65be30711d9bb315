using Bot.Tests.Ingestion.Support;

namespace Bot.Tests.Ingestion;

public sealed partial class FeedPollerTests
{
    [Fact]
    public async Task PollDue_ItemOlderThanKeptArticles_IsNotStored()
    {
        // Retention would delete it, and the feed, which still lists it, would bring it back at the next poll as new.
        await using var server = await FixtureServer.StartAsync();
        var (old, fresh) = (Corpus.Articles[30], Corpus.Articles[31]);
        server.MapText("/feed", "application/rss+xml", FeedXml.Rss([
            new TestItem(old.Title, server.Url("/old"), "old", Now.AddDays(-200), FeedXml.Content(old), null),
            new TestItem(fresh.Title, server.Url("/fresh"), "fresh", Now.AddHours(-1), FeedXml.Content(fresh), null),
        ]));
        await using var host = await IngestionHost.StartAsync([("archive", server.Url("/feed"))]);

        Assert.Equal(1, await host.PollAsync());
        Assert.Equal(server.Url("/fresh"), Assert.Single(host.Articles()).Url);
    }
}
