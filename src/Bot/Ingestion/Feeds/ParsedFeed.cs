namespace Bot.Ingestion.Feeds;

/// <summary>One entry of a feed, as the feed gives it (text fields may still hold HTML).</summary>
public sealed record FeedItem(
    string Title,
    Uri? Link,
    string? Guid,
    DateTimeOffset? Published,
    string? ContentHtml,
    string? SummaryHtml,
    string? Author,
    string? ImageUrl);

/// <summary>A parsed feed: its items and the poll interval it asks for (RSS &lt;ttl&gt;).</summary>
public sealed record ParsedFeed(string Format, IReadOnlyList<FeedItem> Items, TimeSpan? TimeToLive);

/// <summary>The body is not a feed we can read (malformed XML, a DTD, an unknown root element).</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);
