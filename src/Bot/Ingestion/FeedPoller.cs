using System.Collections.Concurrent;
using Bot.Ingestion.Feeds;
using Bot.Ingestion.Fetching;
using Bot.Ingestion.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Ingestion;

/// <summary>
/// Polls every due source: conditional GET, parse, ingest new items, record health, schedule the next
/// poll (<see cref="PollSchedule"/>). Fetches, pages included, are limited overall and per host by
/// <see cref="SafeFetcher"/>. A failing source backs
/// off and is disabled after a long failure streak. Runs as a hosted service when
/// <see cref="IngestionOptions.PollFeeds"/> is on; tests call <see cref="PollDueAsync"/> themselves.
/// </summary>
public sealed class FeedPoller(
    SourceStore sources,
    SafeFetcher fetcher,
    ArticleIngestor ingestor,
    TimeProvider time,
    IOptions<IngestionOptions> options,
    ILogger<FeedPoller> logger) : BackgroundService
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";
    private static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MinSleep = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ErrorCooldown = TimeSpan.FromSeconds(30);
    private const int MaxParallelItems = 4;

    private readonly IngestionOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.PollFeeds)
        {
            logger.LogInformation("Feed polling is off (Ingestion:PollFeeds)");
            return;
        }
        await Task.Yield();
        try
        {
            ingestor.EnsureStoriesLoaded();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Loading the story window failed; it is tried again with the first article");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan sleep;
            try
            {
                await PollDueAsync(stoppingToken);
                var now = time.GetUtcNow().UtcDateTime;
                sleep = (sources.NextDue() ?? now + MaxSleep) - now;
                // Capped so a source added with /addsource is picked up within MaxSleep.
                sleep = sleep < MinSleep ? MinSleep : sleep > MaxSleep ? MaxSleep : sleep;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Caught here, not left to the host: an escaping exception would stop the whole bot.
                logger.LogError(e, "A polling round failed; trying again in {Cooldown}", ErrorCooldown);
                sleep = ErrorCooldown;
            }
            try
            {
                await Task.Delay(sleep, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Polls every due source once; returns how many articles were added.</summary>
    public async Task<int> PollDueAsync(CancellationToken ct)
    {
        var due = sources.Due(time.GetUtcNow().UtcDateTime).Where(s => _inFlight.TryAdd(s.Id, 0)).ToList();
        var added = await Task.WhenAll(due.Select(async s =>
        {
            try
            {
                return await PollAsync(s, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Unexpected (a database error, a bug): recorded like any failure, so the source backs off
                // instead of staying due and being polled again every second.
                logger.LogError(e, "Polling {Source} failed unexpectedly", s.Name);
                RecordFailure(s, e.GetType().Name, retryAfter: null);
                return 0;
            }
            finally
            {
                _inFlight.TryRemove(s.Id, out _);
            }
        }));
        return added.Sum();
    }

    private async Task<int> PollAsync(FeedSource source, CancellationToken ct)
    {
        var url = new Uri(source.FeedUrl);
        FetchResult result;
        try
        {
            var conditional = new ConditionalGet(source.ETag, source.LastModifiedUtc is { } lm ? new DateTimeOffset(lm, TimeSpan.Zero) : null);
            result = await fetcher.GetAsync(url, _options.MaxFeedBytes, FeedAccept, conditional, ct);
        }
        catch (FetchException e)
        {
            RecordFailure(source, e.Message, e.RetryAfter);
            return 0;
        }

        if (result.NotModified)
        {
            RecordSuccess(source, result, ttl: null, added: 0);
            return 0;
        }
        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(result.Body, result.Charset, _options.MaxItemsPerFeed);
        }
        catch (FeedFormatException e)
        {
            RecordFailure(source, e.Message, result.RetryAfter);
            return 0;
        }
        var added = 0;
        await Parallel.ForEachAsync(feed.Items, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelItems, CancellationToken = ct }, async (item, token) =>
        {
            try
            {
                if (await ingestor.IngestItemAsync(source.Name, item, token) == IngestOutcome.Added) Interlocked.Increment(ref added);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad item must not cost the feed's other items.
                logger.LogWarning(e, "Item {Link} of {Source} could not be ingested", item.Link, source.Name);
            }
        });
        RecordSuccess(source, result, feed.TimeToLive, added);
        if (added > 0) logger.LogInformation("{Source}: {Added} new articles", source.Name, added);
        return added;
    }

    private void RecordSuccess(FeedSource polled, FetchResult result, TimeSpan? ttl, int added)
    {
        var now = time.GetUtcNow().UtcDateTime;
        sources.RecordPoll(polled, source =>
        {
            source.LastPollUtc = now;
            source.LastSuccessUtc = now;
            source.ConsecutiveFailures = 0;
            source.LastNewArticles = added;
            source.ETag = result.ETag;
            source.LastModifiedUtc = result.LastModified?.UtcDateTime;
            source.NextPollUtc = PollSchedule.AfterSuccess(now, _options.DefaultInterval, ttl, result.RetryAfter, _options.Jitter, Random.Shared.NextDouble());
        });
    }

    private void RecordFailure(FeedSource polled, string error, TimeSpan? retryAfter)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var source = sources.RecordPoll(polled, source =>
        {
            source.LastPollUtc = now;
            source.LastErrorUtc = now;
            source.LastError = error.Length > 300 ? error[..300] : error;
            source.ConsecutiveFailures++;
            source.NextPollUtc = PollSchedule.AfterFailure(now, _options.DefaultInterval, source.ConsecutiveFailures, _options.MaxBackoff, retryAfter, _options.Jitter, Random.Shared.NextDouble());
            if (source.ConsecutiveFailures < _options.DisableAfterFailures) return;
            source.Enabled = false;
            source.DisabledReason = $"{source.ConsecutiveFailures} failures in a row";
        });
        if (source is null) return;
        if (!source.Enabled)
        {
            logger.LogWarning("Source {Source} disabled after {Failures} failures in a row: {Error}", source.Name, source.ConsecutiveFailures, error);
        }
        else
        {
            logger.LogWarning("Source {Source} failed ({Failures} in a row): {Error}", source.Name, source.ConsecutiveFailures, error);
        }
    }
}
