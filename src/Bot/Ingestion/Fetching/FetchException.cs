namespace Bot.Ingestion.Fetching;

public enum FetchFailure
{
    /// <summary>Not an absolute http(s) URL.</summary>
    BadUrl,
    /// <summary>The host is or resolves to an address the <see cref="AddressPolicy"/> refuses.</summary>
    Refused,
    Timeout,
    TooLarge,
    TooManyRedirects,
    /// <summary>The server answered with an error status.</summary>
    HttpStatus,
    /// <summary>DNS failure, refused connection, reset, open circuit.</summary>
    Network,
    /// <summary>The body is not of the expected kind (a page that is not HTML, a feed that is not a feed).</summary>
    WrongContent,
}

/// <summary>A fetch that failed for a reason the user or the source health can be told.</summary>
public sealed class FetchException(FetchFailure failure, string message, Exception? inner = null, TimeSpan? retryAfter = null, int? status = null)
    : Exception(message, inner)
{
    public FetchFailure Failure { get; } = failure;
    /// <summary>The server's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
    public int? Status { get; } = status;
}

/// <summary>Raised inside the connect callback: the connection was refused before any packet was sent.</summary>
public sealed class AddressRefusedException(string host) : IOException($"The address of {host} is not a public one; connection refused.")
{
    public string Host { get; } = host;
}
