using Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Storage;

public sealed class ArticleStoreTests : IDisposable
{
    private readonly BotDatabase _db = new(new MemoryStream());
    private readonly SearchIndex _index = new(null, NullLogger<SearchIndex>.Instance);

    [Fact]
    public void InsertIfNew_NewStory_StoryIdIsItsOwnId()
    {
        var store = new ArticleStore(_db, _index);
        store.AddIfNew(new Article { Title = "أ", ContentHash = "a" });

        var (article, added) = store.InsertIfNew(new Article { Title = "ب", ContentHash = "b" });

        Assert.True(added);
        Assert.Equal(2, article.Id);
        Assert.Equal(article.Id, _db.Articles.FindById(article.Id).StoryId);
    }

    [Fact]
    public void InsertIfNew_ArticleOfKnownStory_KeepsTheStoryId()
    {
        var store = new ArticleStore(_db, _index);
        var first = store.AddIfNew(new Article { Title = "أ", ContentHash = "a" }).Article;

        var (second, _) = store.InsertIfNew(new Article { Title = "ب", ContentHash = "b", StoryId = first.Id });

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.Id, _db.Articles.FindById(second.Id).StoryId);
    }

    [Fact]
    public void InsertIfNew_IdTakenByAnInsertOutsideTheStore_TakesTheNextFreeId()
    {
        var store = new ArticleStore(_db, _index);
        store.AddIfNew(new Article { Title = "أ", ContentHash = "a" });
        _db.Articles.Insert(new Article { Title = "من خارج المخزن", ContentHash = "outside" });

        var (article, added) = store.InsertIfNew(new Article { Title = "ب", ContentHash = "b" });

        Assert.True(added);
        Assert.Equal(3, article.Id);
        Assert.Equal(3, article.StoryId);
        Assert.Equal(3, _db.Articles.Count());
    }

    [Fact]
    public void InsertIfNew_SameContentHash_ReturnsStoredAndLeavesIdsUnset()
    {
        var store = new ArticleStore(_db, _index);
        var stored = store.AddIfNew(new Article { Title = "أ", ContentHash = "same" }).Article;
        var copy = new Article { Title = "ب", ContentHash = "same" };

        var (article, added) = store.InsertIfNew(copy);

        Assert.False(added);
        Assert.Equal(stored.Id, article.Id);
        Assert.Equal((0, 0), (copy.Id, copy.StoryId));
    }

    [Fact]
    public void AddIfNew_StoreOverStoredArticles_ContinuesAfterTheLastId()
    {
        new ArticleStore(_db, _index).AddIfNew(new Article { Title = "أ", ContentHash = "a" });

        var (article, _) = new ArticleStore(_db, _index).AddIfNew(new Article { Title = "ب", ContentHash = "b" });

        Assert.Equal(2, article.Id);
        Assert.Equal(2, _index.Count);
    }

    public void Dispose()
    {
        _index.Dispose();
        _db.Dispose();
    }
}
