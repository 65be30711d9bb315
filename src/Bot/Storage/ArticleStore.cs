using LiteDB;

namespace Bot.Storage;

/// <summary>Articles in LiteDB. Every new article also goes into the search index.</summary>
public sealed class ArticleStore(BotDatabase database, SearchIndex index)
{
    private const int MaxIdAttempts = 3;
    private readonly ILiteCollection<Article> _articles = database.Articles;
    private readonly Lock _idLock = new();
    private readonly Lock _changeLock = new();
    private int? _lastId;

    /// <summary>Stores the article unless one with the same content hash exists; returns the stored one.</summary>
    public (Article Article, bool Added) AddIfNew(Article article)
    {
        var (stored, added) = InsertIfNew(article);
        if (added) Index(stored);
        return (stored, added);
    }

    /// <summary>
    /// The database half of <see cref="AddIfNew"/>: the caller must <see cref="Index"/> an added article.
    /// Lets a caller that serialises its stores keep indexing, slow and thread-safe, outside its lock.
    /// </summary>
    public (Article Article, bool Added) InsertIfNew(Article article)
    {
        ArgumentException.ThrowIfNullOrEmpty(article.ContentHash);
        // No look-up first: the unique content-hash index refuses a duplicate, which is rare and then looked up.
        for (var attempt = 1; ; attempt++)
        {
            // A new story's id is its first article's id. Choosing the id here stores both in one insert;
            // inserting and then updating the story id rewrote the whole article (+70 % time and allocations).
            // Every article gets its id here, not only a new story's, so the counter stays in step.
            var (presetId, presetStory) = (article.Id, article.StoryId);
            if (article.Id == 0) article.Id = NextId();
            if (article.StoryId == 0) article.StoryId = article.Id;
            try
            {
                _articles.Insert(article);
                return (article, true);
            }
            catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                (article.Id, article.StoryId) = (presetId, presetStory);
                if (FindByHash(article.ContentHash) is { } stored) return (stored, false);
                // The id was taken by an insert that did not come through here: read the last id again.
                ForgetLastId();
                if (attempt == MaxIdAttempts) throw;
            }
        }
    }

    public void Index(Article article) => index.Add(article);

    /// <summary>The id after the highest stored one, as LiteDB's auto-id would choose it (it follows explicit ids too).</summary>
    private int NextId()
    {
        lock (_idLock)
        {
            _lastId ??= HighestId();
            return (int)(_lastId = _lastId.Value + 1);
        }
    }

    private void ForgetLastId()
    {
        lock (_idLock) _lastId = null;
    }

    /// <summary>The highest stored id, 0 for none; read from the id index alone.</summary>
    private int HighestId() => _articles.Query().OrderByDescending(IdKey).Limit(1).ToDocuments().FirstOrDefault()?["_id"].AsInt32 ?? 0;

    private static readonly BsonExpression IdKey = BsonExpression.Create("_id");

    public Article? Find(int id) => _articles.FindById(id);

    public Article? FindByHash(string hash) => _articles.FindOne(a => a.ContentHash == hash);

    /// <summary>A stored seed article: one with no link (the URL index finds the few) and this title and source.</summary>
    public Article? FindSeed(string title, string source) => _articles.FindOne(a => a.UrlKey == "" && a.Title == title && a.Source == source);

    public int Count() => _articles.Count();

    /// <summary>
    /// Reads the article, lets <paramref name="change"/> change it and writes it back when it says it did.
    /// Every change goes through here under one lock, so two writers changing different fields of one article
    /// (a feed promoting it, a new engine re-analysing it) do not undo each other. Null when there is no such article.
    /// </summary>
    public Article? Change(int id, Func<Article, bool> change)
    {
        lock (_changeLock)
        {
            if (_articles.FindById(id) is not { } article) return null;
            if (change(article)) _articles.Update(article);
            return article;
        }
    }

    /// <summary>
    /// Every article's id, the last stored first. Read from the id index alone: ordered by the published time instead,
    /// LiteDB read every document and kept their pages cached (440 MB for 100,000 articles, against 72 MB).
    /// </summary>
    public IReadOnlyList<int> IdsNewestFirst() =>
        _articles.Query().OrderByDescending(a => a.Id).Select(a => a.Id).ToList();

    /// <summary>
    /// Newest first, one article per story (the newest of each), so an event five outlets reported is
    /// listed once; articles a user submitted are left out. Streams the published-time index and stops as soon as the page is full.
    /// </summary>
    public IReadOnlyList<Article> LatestStories(int skip, int take)
    {
        var seen = new HashSet<int>();
        var page = new List<Article>(take);
        foreach (var article in _articles.Query().OrderByDescending(a => a.PublishedUtc).ToEnumerable())
        {
            if (article.SubmittedByUser) continue;
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

    /// <summary>
    /// Ids of at most <paramref name="max"/> articles both published and ingested before <paramref name="cutoffUtc"/>,
    /// oldest published first. Seeds (no link) are never among them, nor the newest article: ids continue from the highest
    /// stored one, and an id given again would make old /article links and buttons open another article.
    /// </summary>
    public IReadOnlyList<int> ExpiredIds(DateTime cutoffUtc, int max)
    {
        var newest = HighestId();
        return _articles.Query()
            .Where(a => a.PublishedUtc < cutoffUtc && a.IngestedUtc < cutoffUtc && a.Url != "" && a.Id != newest)
            .OrderBy(a => a.PublishedUtc)
            .Select(a => a.Id)
            .Limit(max)
            .ToList();
    }

    /// <summary>
    /// Deletes the articles, from the search index first: a crash in between leaves the index short of the database,
    /// which the start-up check repairs by rebuilding it. Returns how many the database held.
    /// </summary>
    public int Delete(IReadOnlyCollection<int> ids)
    {
        if (ids.Count == 0) return 0;
        index.Delete(ids);
        lock (_changeLock)
            return _articles.DeleteMany(Query.In("_id", ids.Select(id => new BsonValue(id)).ToArray()));
    }
}
