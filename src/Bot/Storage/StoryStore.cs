using LiteDB;

namespace Bot.Storage;

/// <summary>
/// Stories: articles of several outlets about the same event share <see cref="Article.StoryId"/>, the
/// id of the story's first article. For lists and digests that show a story once with all its sources.
/// </summary>
public sealed class StoryStore(BotDatabase database)
{
    private readonly ILiteCollection<Article> _articles = database.Articles;

    /// <summary>The story's articles, earliest published first.</summary>
    public IReadOnlyList<Article> Members(int storyId) =>
        _articles.Find(a => a.StoryId == storyId).OrderBy(a => a.PublishedUtc).ThenBy(a => a.Id).ToList();

    /// <summary>Source counts of many stories at once (for ranking a digest), one query.</summary>
    public IReadOnlyDictionary<int, int> SourceCounts(IEnumerable<int> storyIds)
    {
        var ids = storyIds.Distinct().Select(id => new BsonValue(id)).ToArray();
        if (ids.Length == 0) return new Dictionary<int, int>();
        return _articles.Find(Query.In(nameof(Article.StoryId), ids))
            .GroupBy(a => a.StoryId)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Source).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>Articles published since a time, one per story (its earliest), newest story first.</summary>
    public IReadOnlyList<Article> Since(DateTime sinceUtc) =>
        _articles.Find(a => a.PublishedUtc >= sinceUtc)
            .GroupBy(a => a.StoryId)
            .Select(g => g.OrderBy(a => a.PublishedUtc).ThenBy(a => a.Id).First())
            .OrderByDescending(a => a.PublishedUtc)
            .ToList();
}
