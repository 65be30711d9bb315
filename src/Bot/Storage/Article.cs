namespace Bot.Storage;

/// <summary>One stored article with everything the text engine extracted from it at ingestion.</summary>
public sealed class Article
{
    /// <summary>Short numeric id users type in /article; assigned by LiteDB on insert.</summary>
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Source { get; set; } = "";
    /// <summary>Link to the original; empty for seeds.</summary>
    public string Url { get; set; } = "";
    public string? Guid { get; set; }
    public DateTime PublishedUtc { get; set; }
    public DateTime IngestedUtc { get; set; }
    /// <summary>Paragraphs separated by blank lines, exactly as ingested.</summary>
    public string Body { get; set; } = "";
    public List<string> Summary { get; set; } = [];
    public List<ArticleQuote> Quotes { get; set; } = [];
    public List<string> Keywords { get; set; } = [];
    /// <summary>SHA-256 of the normalised title and body: the idempotency key for imports.</summary>
    public string ContentHash { get; set; } = "";
    /// <summary>Articles reporting the same event share a story id (the id of the first one).</summary>
    public int StoryId { get; set; }
    public string? ImageUrl { get; set; }
    public string? Author { get; set; }
    /// <summary>
    /// Stored because a user sent its link, not brought by a feed: shown to that user, but kept out of
    /// shared lists, search, stories and digests until a feed brings the same article.
    /// </summary>
    public bool SubmittedByUser { get; set; }
}

public sealed class ArticleQuote
{
    public string Speaker { get; set; } = "";
    public string Text { get; set; } = "";
}
