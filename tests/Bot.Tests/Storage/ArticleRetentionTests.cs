using Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage;

/// <summary>The retention sweep on a LiteDB file and a Lucene index on disk, with a fake clock.</summary>
public sealed class ArticleRetentionTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly string _folder = Directory.CreateTempSubdirectory("bot-retention-").FullName;
    private readonly BotDatabase _db;
    private readonly SearchIndex _index;
    private readonly ArticleStore _store;
    private readonly ArticleRetention _retention;

    public ArticleRetentionTests()
    {
        _db = new BotDatabase(Path.Combine(_folder, "bot.db"));
        _index = new SearchIndex(Path.Combine(_folder, "bot.index"), NullLogger<SearchIndex>.Instance);
        _store = new ArticleStore(_db, _index);
        var options = Options.Create(new StorageOptions { KeepArticlesFor = TimeSpan.FromDays(180) });
        _retention = new ArticleRetention(_store, options, new FakeTimeProvider(Now), NullLogger<ArticleRetention>.Instance);
    }

    public void Dispose()
    {
        _index.Dispose();
        _db.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private Article Add(string title, int publishedDaysAgo, int ingestedDaysAgo, string url = "https://example.com/") =>
        _store.AddIfNew(new Article
        {
            Title = title, Body = title, Source = "مصدر", Url = url == "" ? "" : url + title.GetHashCode(), ContentHash = title,
            PublishedUtc = Now.AddDays(-publishedDaysAgo), IngestedUtc = Now.AddDays(-ingestedDaysAgo),
        }).Article;

    [Fact]
    public void Sweep_DeletesWhatIsPastRetention_FromTheDatabaseAndTheIndex()
    {
        var expired = Add("زلزال قديم", 200, 200);
        var seed = Add("مقال تجريبي", 200, 200, url: "");
        var lateArrival = Add("أرشيف وصل حديثا", 200, 10);
        var fresh = Add("خبر اليوم", 0, 0);
        _index.Commit();
        Assert.Equal([expired.Id], _index.Search("زلزال", 10));

        Assert.Equal(1, _retention.Sweep());

        Assert.Equal([seed.Id, lateArrival.Id, fresh.Id], _db.Articles.FindAll().Select(a => a.Id).Order());
        Assert.Empty(_index.Search("زلزال", 10));
        Assert.Equal(3, _index.Count);
    }

    [Fact]
    public void Sweep_EverythingExpired_KeepsTheNewestSoIdsAreNotGivenAgain()
    {
        for (var i = 0; i < ArticleRetention.BatchSize * 2 + 10; i++) Add("خبر رقم " + i, 400 - i % 50, 400);
        var newest = _db.Articles.Max(a => a.Id);

        Assert.Equal(ArticleRetention.BatchSize * 2 + 9, _retention.Sweep());

        Assert.Equal(newest, Assert.Single(_db.Articles.FindAll()).Id);
        Assert.Equal(newest + 1, Add("خبر جديد", 0, 0).Id);
        // Now no longer the newest, it goes too.
        Assert.Equal(1, _retention.Sweep());
        Assert.Equal(newest + 1, Assert.Single(_db.Articles.FindAll()).Id);
    }
}
