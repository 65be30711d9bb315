using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bot.Ingestion.Fetching;

/// <summary>
/// GETs one URL for ingestion, whoever supplied it: http(s) only; every hop's host checked against the
/// <see cref="AddressPolicy"/> before a request is made (and again at connect time by
/// <see cref="GuardedConnector"/>); redirects followed by hand up to a limit; the body read with a cap
/// on decompressed bytes; the whole fetch bounded in time. Failures are <see cref="FetchException"/>s.
/// Every fetch (feeds, the pages of excerpt-only items, users' links) takes a slot of the overall limit
/// and one of its host's (<see cref="IngestionOptions.MaxConcurrentFetches"/>, <see cref="IngestionOptions.MaxConcurrentFetchesPerHost"/>).
/// </summary>
/// <param name="client">Gives the client to send with (IHttpClientFactory's named client, so handlers rotate).</param>
public sealed class SafeFetcher(Func<HttpClient> client, AddressPolicy policy, IOptions<IngestionOptions> options, TimeProvider time)
{
    public const string ClientName = "ingestion";
    private const int BufferSize = 64 * 1024;
    private readonly IngestionOptions _options = options.Value;
    private readonly SemaphoreSlim _global = new(options.Value.MaxConcurrentFetches);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _perHost = new(StringComparer.OrdinalIgnoreCase);

    public AddressPolicy Policy => policy;

    public async Task<FetchResult> GetAsync(Uri url, int maxBytes, string accept, ConditionalGet? conditional, CancellationToken ct)
    {
        // The wait for a slot is not part of the fetch's time limit: a busy bot is not a slow server.
        var host = _perHost.GetOrAdd(url.IsAbsoluteUri ? url.Authority : "", _ => new SemaphoreSlim(_options.MaxConcurrentFetchesPerHost));
        await host.WaitAsync(ct);
        try
        {
            await _global.WaitAsync(ct);
            try
            {
                return await GetLimitedAsync(url, maxBytes, accept, conditional, ct);
            }
            finally
            {
                _global.Release();
            }
        }
        finally
        {
            host.Release();
        }
    }

    private async Task<FetchResult> GetLimitedAsync(Uri url, int maxBytes, string accept, ConditionalGet? conditional, CancellationToken ct)
    {
        // Timeouts measure real I/O: TimeProvider.System, not the injected clock that schedules polls.
        using var timeout = new CancellationTokenSource(_options.FetchTimeout, TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            return await GetFollowingRedirectsAsync(url, maxBytes, accept, conditional, linked.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new FetchException(FetchFailure.Timeout, $"Timed out: no complete answer within {_options.FetchTimeout.TotalSeconds:0.#} s.", e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new FetchException(FetchFailure.Timeout, "Timed out: the server did not answer in time.", e);
        }
        catch (HttpRequestException e) when (e.InnerException is AddressRefusedException refused)
        {
            throw new FetchException(FetchFailure.Refused, refused.Message, e);
        }
        catch (HttpRequestException e) when (e.InnerException is FetchException inner)
        {
            throw new FetchException(inner.Failure, inner.Message, e);
        }
        catch (AddressRefusedException e)
        {
            throw new FetchException(FetchFailure.Refused, e.Message, e);
        }
        catch (Exception e) when (e is HttpRequestException or BrokenCircuitException or IOException)
        {
            throw new FetchException(FetchFailure.Network, "The server could not be reached: " + e.Message, e);
        }
    }

    private async Task<FetchResult> GetFollowingRedirectsAsync(Uri url, int maxBytes, string accept, ConditionalGet? conditional, CancellationToken ct)
    {
        for (var hop = 0; ; hop++)
        {
            await CheckTargetAsync(url, ct);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd(_options.UserAgent);
            request.Headers.Accept.ParseAdd(accept);
            if (hop == 0 && conditional is not null)
            {
                if (!string.IsNullOrEmpty(conditional.ETag) && EntityTagHeaderValue.TryParse(conditional.ETag, out var etag))
                {
                    request.Headers.IfNoneMatch.Add(etag);
                }
                if (conditional.LastModified is { } since) request.Headers.IfModifiedSince = since;
            }
            using var response = await client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
            {
                if (hop >= _options.MaxRedirects)
                {
                    throw new FetchException(FetchFailure.TooManyRedirects, $"More than {_options.MaxRedirects} redirects.");
                }
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }
            var retryAfter = RetryAfter(response);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(url, response.StatusCode, [], null, null, conditional?.ETag, conditional?.LastModified, retryAfter);
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException(FetchFailure.HttpStatus, $"HTTP {status} {response.ReasonPhrase}", retryAfter: retryAfter, status: status);
            }
            var body = await ReadCappedAsync(response.Content, maxBytes, ct);
            var contentType = response.Content.Headers.ContentType;
            return new FetchResult(url, response.StatusCode, body, contentType?.MediaType, contentType?.CharSet,
                response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, retryAfter);
        }
    }

    /// <summary>Refuses a URL before any request: scheme, then the host's addresses.</summary>
    private async Task CheckTargetAsync(Uri url, CancellationToken ct)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new FetchException(FetchFailure.BadUrl, "Only http and https URLs are fetched.");
        }
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            throw new FetchException(FetchFailure.BadUrl, "URLs with a user name or password are not fetched.");
        }
        await GuardedConnector.ResolveAllowedAsync(policy, url.Host, ct);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>Reads the (decompressed) body, failing as soon as it passes the cap: a gzip bomb stops at the cap.</summary>
    private static async Task<byte[]> ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken ct)
    {
        if (content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            throw new FetchException(FetchFailure.TooLarge, $"The body is {declared} bytes, over the limit of {maxBytes}.");
        }
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, BufferSize), ct)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new FetchException(FetchFailure.TooLarge, $"The body is over the limit of {maxBytes} bytes.");
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
