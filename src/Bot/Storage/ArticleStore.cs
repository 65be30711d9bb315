using LiteDB;

namespace Bot.Storage;

/// <summary>Articles in LiteDB. Every new article also goes into the search index.</summary>
public sealed class ArticleStore(BotDatabase database, SearchIndex index)
{
    private readonly ILiteCollection<Article> _articles = database.Articles;

    /// <summary>Stores the article unless one with the same content hash exists; returns the stored one.</summary>
    public (Article Article, bool Added) AddIfNew(Article article)
    {
        ArgumentException.ThrowIfNullOrEmpty(article.ContentHash);
        var existing = _articles.FindOne(a => a.ContentHash == article.ContentHash);
        if (existing is not null) return (existing, false);
        try
        {
            _articles.Insert(article);
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            // Another ingestion thread stored the same content between our check and our insert.
            return (_articles.FindOne(a => a.ContentHash == article.ContentHash), false);
        }
        if (article.StoryId == 0)
        {
            article.StoryId = article.Id;
            _articles.Update(article);
        }
        index.Add(article);
        return (article, true);
    }

    public Article? Find(int id) => _articles.FindById(id);

    public bool ExistsByHash(string hash) => _articles.Exists(a => a.ContentHash == hash);

    public Article? FindByHash(string hash) => _articles.FindOne(a => a.ContentHash == hash);

    public int Count() => _articles.Count();

    /// <summary>
    /// Newest first, one article per story (the newest of each), so an event five outlets reported is
    /// listed once. Streams the published-time index and stops as soon as the page is full.
    /// </summary>
    public IReadOnlyList<Article> LatestStories(int skip, int take)
    {
        var seen = new HashSet<int>();
        var page = new List<Article>(take);
        foreach (var article in _articles.Query().OrderByDescending(a => a.PublishedUtc).ToEnumerable())
        {
            if (!seen.Add(article.StoryId == 0 ? -article.Id : article.StoryId)) continue;
            if (seen.Count <= skip) continue;
            page.Add(article);
            if (page.Count == take) break;
        }
        return page;
    }

    public IReadOnlyList<Article> FindMany(IEnumerable<int> ids)
    {
        var list = new List<Article>();
        foreach (var id in ids)
        {
            if (_articles.FindById(id) is { } a) list.Add(a);
        }
        return list;
    }

    public IEnumerable<Article> All() => _articles.FindAll();
}
