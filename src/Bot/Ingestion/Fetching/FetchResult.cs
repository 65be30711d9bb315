using System.Net;

namespace Bot.Ingestion.Fetching;

/// <summary>What a successful fetch brought back: the body (already decompressed), or "not modified".</summary>
public sealed record FetchResult(
    Uri FinalUrl,
    HttpStatusCode Status,
    byte[] Body,
    string? MediaType,
    string? Charset,
    string? ETag,
    DateTimeOffset? LastModified,
    TimeSpan? RetryAfter)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;
}

/// <summary>Validators from the previous fetch, for a conditional GET.</summary>
public sealed record ConditionalGet(string? ETag, DateTimeOffset? LastModified);
