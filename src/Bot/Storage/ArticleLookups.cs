namespace Bot.Storage;

/// <summary>Look-ups the ingestion needs to store an article once per URL and GUID.</summary>
public static class ArticleStoreIngestionQueries
{
    public static Article? FindByUrl(this BotDatabase database, string url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var key = Article.IndexKey(url);
        return database.Articles.FindOne(a => a.UrlKey == key);
    }

    public static Article? FindByGuid(this BotDatabase database, string? guid)
    {
        if (string.IsNullOrEmpty(guid)) return null;
        var key = Article.IndexKey(guid);
        return database.Articles.FindOne(a => a.GuidKey == key);
    }

    public static int CountFromSourceSince(this BotDatabase database, string source, DateTime sinceUtc) =>
        database.Articles.Count(a => a.Source == source && a.IngestedUtc >= sinceUtc);

    public static IReadOnlyList<Article> PublishedSince(this BotDatabase database, DateTime sinceUtc) =>
        database.Articles.Find(a => a.PublishedUtc >= sinceUtc).ToList();
}
