using Bot.Ingestion;
using Bot.Ingestion.Feeds;
using Bot.Ingestion.Stories;
using Bot.Storage;
using Bot.Tests.Ingestion.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Ingestion;

public sealed class StoryTests
{
    // Another outlet's report of corpus article 0 (Lufthansa pilots' strike), in its own words.
    private const string VariantTitle = "انتهاء إضراب طياري لوفتهانزا في ميونيخ بعد إلغاء 140 رحلة";
    private const string VariantBody =
        "انتهى إضراب طياري شركة لوفتهانزا الألمانية في ميونيخ بعد ثماني ساعات كما كان مخططا له. " +
        "واضطرت الشركة إلى إلغاء 140 رحلة من ميونيخ وإليها، واستعانت بطيارين متطوعين لتنفيذ الرحلات الدولية.\n\n" +
        "وقال متحدث باسم اتحاد كوكبيت للطيارين إن الاتحاد راض عن مسار الإضراب، فيما قالت متحدثة باسم الشركة " +
        "إن جدول الرحلات سيظل متأثرا حتى صباح الخميس.";

    private static StoryMatcher Matcher() => new(Options.Create(new IngestionOptions()), new FakeTimeProvider(IngestionHost.Start));

    private static Article Stored(int id, CorpusArticle a, DateTime published) =>
        new() { Id = id, StoryId = id, Title = a.Title, Body = a.Document, PublishedUtc = published };

    [Fact]
    public void FindStory_SameEventInOtherWords_FindsTheStory()
    {
        var matcher = Matcher();
        var original = Corpus.Articles[0];
        var t = new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        matcher.Remember(Stored(1, original, t), StoryMatcher.Signature(original.Title, original.Document));
        foreach (var (other, i) in Corpus.Articles.Skip(1).Take(20).Select((a, i) => (a, i)))
        {
            matcher.Remember(Stored(i + 2, other, t), StoryMatcher.Signature(other.Title, other.Document));
        }

        Assert.Equal(1, matcher.FindStory(StoryMatcher.Signature(VariantTitle, VariantBody), t.AddHours(3)));
    }

    [Fact]
    public void FindStory_UnrelatedArticles_StartNewStories()
    {
        var matcher = Matcher();
        var t = new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        var articles = Corpus.Articles.Take(30).ToList();
        for (var i = 0; i < articles.Count; i++)
        {
            var signature = StoryMatcher.Signature(articles[i].Title, articles[i].Document);
            Assert.Null(matcher.FindStory(signature, t));
            matcher.Remember(Stored(i + 1, articles[i], t), signature);
        }
    }

    [Fact]
    public void FindStory_OutsideTheWindow_StartsANewStory()
    {
        var matcher = Matcher();
        var original = Corpus.Articles[0];
        var t = new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        matcher.Remember(Stored(1, original, t), StoryMatcher.Signature(original.Title, original.Document));

        Assert.Null(matcher.FindStory(StoryMatcher.Signature(VariantTitle, VariantBody), t.AddDays(3)));
    }

    [Fact]
    public void Remember_ArticleDatedFarAhead_KeepsTheRecentStories()
    {
        var matcher = Matcher();
        var original = Corpus.Articles[0];
        var other = Corpus.Articles[1];
        var t = IngestionHost.Start.UtcDateTime;
        matcher.Remember(Stored(1, original, t), StoryMatcher.Signature(original.Title, original.Document));

        matcher.Remember(Stored(2, other, new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc)), StoryMatcher.Signature(other.Title, other.Document));

        Assert.Equal(1, matcher.FindStory(StoryMatcher.Signature(VariantTitle, VariantBody), t.AddHours(3)));
    }

    [Fact]
    public void FindStory_EmptySignature_IsNoStory()
    {
        Assert.Null(Matcher().FindStory([], DateTime.UtcNow));
    }

    [Fact]
    public async Task PollDue_SameStoryFromTwoOutlets_SharesOneStoryWithBothSources()
    {
        await using var server = await FixtureServer.StartAsync();
        var original = Corpus.Articles[0];
        var other = Corpus.Articles[1];
        var now = IngestionHost.Start;
        server.MapText("/a", "application/rss+xml", FeedXml.Rss([
            new TestItem(original.Title, server.Url("/a/1"), "a1", now.AddHours(-2), FeedXml.Content(original), null),
            new TestItem(other.Title, server.Url("/a/2"), "a2", now.AddHours(-2), FeedXml.Content(other), null)]));
        await using var host = await IngestionHost.StartAsync([("outlet-a", server.Url("/a")), ("outlet-b", server.Url("/b"))]);
        await host.PollAsync();
        server.MapText("/b", "application/rss+xml", FeedXml.Rss([
            new TestItem(VariantTitle, server.Url("/b/1"), "b1", now.AddHours(-1), "<p>" + VariantBody.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p>", null)]));
        host.Time.Advance(TimeSpan.FromMinutes(11));
        await host.PollAsync();

        var stored = host.Articles();
        var first = stored.Single(a => a.Guid == "a1");
        var variant = stored.Single(a => a.Guid == "b1");
        Assert.Equal(3, stored.Count);
        Assert.Equal(first.Id, first.StoryId);
        Assert.Equal(first.Id, variant.StoryId);
        Assert.NotEqual(first.StoryId, stored.Single(a => a.Guid == "a2").StoryId);
        var stories = host.Services.GetRequiredService<StoryStore>();
        Assert.Equal([first.Id, variant.Id], stories.Members(first.Id).Select(a => a.Id));
        Assert.Equal(["outlet-a", "outlet-b"], stories.Members(first.Id).Select(a => a.Source));
        Assert.Equal(2, stories.SourceCounts([first.Id])[first.Id]);
        Assert.Equal(2, stories.Since(now.UtcDateTime.AddDays(-1)).Count);
    }

    private static FeedItem Item(CorpusArticle a, string link) =>
        new(a.Title, new Uri(link), link, IngestionHost.Start.AddHours(-1), FeedXml.Content(a), null, null, null);

    [Fact]
    public async Task IngestItem_StoryWindowFailedToLoadOnce_IsLoadedAgain()
    {
        await using var host = await IngestionHost.StartAsync([]);
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
        // A stored article whose body is not text: reading the story window throws.
        host.Database.Db.GetCollection(host.Database.Articles.Name).Insert(new LiteDB.BsonDocument
        {
            ["_id"] = 900, ["Title"] = "تالف", ["Body"] = new LiteDB.BsonDocument { ["x"] = 1 }, ["ContentHash"] = "broken",
            ["PublishedUtc"] = IngestionHost.Start.UtcDateTime,
        });

        await Assert.ThrowsAnyAsync<Exception>(() => ingestor.IngestItemAsync("outlet", Item(Corpus.Articles[0], "https://example.com/1"), CancellationToken.None));
        host.Database.Articles.Delete(900);

        Assert.Equal(IngestOutcome.Added, await ingestor.IngestItemAsync("outlet", Item(Corpus.Articles[1], "https://example.com/2"), CancellationToken.None));
    }

    [Fact]
    public async Task PollDue_ReportOfAnArticleAUserSent_StartsItsOwnStory()
    {
        await using var server = await FixtureServer.StartAsync();
        var original = Corpus.Articles[0];
        server.MapText("/page", "text/html; charset=utf-8", FeedXml.Page(original, canonical: null));
        server.MapText("/b", "application/rss+xml", FeedXml.Rss([
            new TestItem(VariantTitle, server.Url("/b/1"), "b1", IngestionHost.Start.AddHours(-1), "<p>" + VariantBody.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p>", null)]));
        await using var host = await IngestionHost.StartAsync([("outlet-b", server.Url("/b"))]);
        await host.Services.GetRequiredService<ArticleIngestor>().IngestLinkAsync(new Uri(server.Url("/page")), CancellationToken.None);

        await host.PollAsync();

        var variant = host.Articles().Single(a => a.Guid == "b1");
        Assert.Equal(variant.Id, variant.StoryId);
    }
}
