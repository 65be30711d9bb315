using System.Security.Cryptography;
using System.Text;

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

    /// <summary>What the address index holds (<see cref="IndexKey"/>); computed, stored with every write.</summary>
    public string UrlKey => IndexKey(Url);

    /// <summary>What the guid index holds (<see cref="IndexKey"/>); computed, stored with every write.</summary>
    public string? GuidKey => Guid is null ? null : IndexKey(Guid);

    /// <summary>Bytes of UTF-8 an index key is kept to; LiteDB refuses a key of 1,023 bytes or more.</summary>
    public const int MaxIndexKeyBytes = 900;

    /// <summary>
    /// A value as an index holds it: itself, or past <see cref="MaxIndexKeyBytes"/> «sha256:» and its hash. A headline
    /// slug percent-encoded runs past LiteDB's key limit (3 of 24,327 Arabic news addresses seen), and such an article
    /// could not be stored at all while its address itself was indexed.
    /// </summary>
    public static string IndexKey(string value) =>
        Encoding.UTF8.GetByteCount(value) <= MaxIndexKeyBytes ? value : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
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
