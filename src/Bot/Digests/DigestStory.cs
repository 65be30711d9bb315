using Bot.Storage;

namespace Bot.Digests;

/// <summary>One event in a digest: the articles (from one or more sources) that share a story id.</summary>
public sealed record DigestStory(int StoryId, IReadOnlyList<Article> Articles, double Score)
{
    /// <summary>The article the story is told from: the one with a summary and quotes, else the newest.</summary>
    public Article Lead => Articles.OrderByDescending(a => a.Quotes.Count > 0).ThenByDescending(a => a.Summary.Count > 0)
        .ThenByDescending(a => a.PublishedUtc).First();

    public int SourceCount => Articles.Select(a => a.Source).Distinct(StringComparer.Ordinal).Count();

    public DateTime Latest => Articles.Max(a => a.IngestedUtc);
}
