using Bot.Storage;

namespace Bot.Benchmarks;

/// <summary>Benchmark databases of many articles made from a few: the same texts stored again and again.</summary>
public static class BenchArticles
{
    private static readonly DateTime Start = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Stores <paramref name="count"/> articles, the i-th with the content <paramref name="content"/> gives for i and its own URL,
    /// hash, story and minute after 2023-01-01, so that none is a duplicate of another. In batches of 5,000: one bulk insert of
    /// 100,000 would hold them all in memory at once.
    /// </summary>
    public static void Insert(BotDatabase db, int count, Func<int, Article> content)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(5_000))
        {
            db.Articles.InsertBulk(chunk.Select(i =>
            {
                var article = content(i);
                article.Url = $"https://news.example/{i}";
                article.PublishedUtc = article.IngestedUtc = Start.AddMinutes(i);
                article.ContentHash = $"bench-{i}";
                article.StoryId = i + 1;
                return article;
            }));
        }
    }
}
