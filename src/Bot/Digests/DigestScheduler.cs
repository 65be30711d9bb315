using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Digests;

/// <summary>
/// The daily digest clock, on <see cref="TimeProvider"/>. Each round:
/// <list type="number">
/// <item>every subscription whose digest is due gets its digest composed and written to the outbox
///   (once per chat and local date), then its next due time is set; a digest missed by more than
///   <see cref="DigestOptions.MissedDigestMaxAge"/> (the bot was down) is skipped instead;</item>
/// <item>every pending outbox entry — new ones, and those left by a crash or a failed try — is queued
///   for the delivery workers.</item>
/// </list>
/// Then it sleeps until the next due time or retry to come, at most <see cref="DigestOptions.PollInterval"/>,
/// or until <see cref="DigestSignal"/> is raised (so a retry set by a delivery failing meanwhile starts
/// at most one poll interval late).
/// </summary>
public sealed class DigestScheduler(
    BotDatabase database,
    SubscriptionStore subscriptions,
    DigestOutbox outbox,
    DigestComposer composer,
    DigestDelivery delivery,
    DigestSignal signal,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    /// <summary>Due subscriptions written per LiteDB transaction: a commit per write cost ~0.3 ms, 6 s for 10,000 chats (two writes each).</summary>
    public const int SubscriptionsPerTransaction = 500;

    private readonly DigestOptions _options = options.Value;
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<string, byte> _queued = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, _options.MaxConcurrentDeliveries).Select(_ => WorkAsync(stoppingToken)).ToList();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Every step that touches storage is in here: only stopping ends the loop. After a failure the
                // next try waits a full poll interval, so a due subscription cannot make the errors spin.
                TimeSpan wait;
                try
                {
                    RunRound();
                    wait = UntilNextWork();
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Digest round failed; trying again in {Cooldown}", _options.PollInterval);
                    wait = _options.PollInterval;
                }
                await SleepAsync(wait, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        _queue.Writer.TryComplete();
        await Task.WhenAll(workers);
    }

    /// <summary>One round: enqueue what is due, queue what is pending. Returns the digests written.</summary>
    public int RunRound()
    {
        var now = time.GetUtcNow();
        var started = time.GetTimestamp();
        var written = 0;
        try
        {
            written = EnqueueDue(now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Entries already pending (retries, those left by a crash) do not wait for the due ones.
            logger.LogError(e, "Writing due digests failed; pending ones are queued all the same");
        }
        var queued = 0;
        foreach (var id in outbox.PendingIds(now.UtcDateTime))
        {
            if (_queued.TryAdd(id, 0) && _queue.Writer.TryWrite(id)) queued++;
        }
        if (written > 0 || queued > 0)
        {
            logger.LogInformation("Digest round: {Written} digests written, {Queued} queued for delivery, in {Elapsed:F0} ms",
                written, queued, time.GetElapsedTime(started).TotalMilliseconds);
        }
        return written;
    }

    private int EnqueueDue(DateTimeOffset now)
    {
        var written = 0;
        var digests = new SharedDigests(composer);
        foreach (var chunk in subscriptions.DueIds(now.UtcDateTime).Chunk(SubscriptionsPerTransaction))
        {
            // Each chunk's outbox entries and subscription updates are one transaction: all of them or none.
            var own = database.Db.BeginTrans();
            try
            {
                foreach (var id in chunk) written += Enqueue(id, now, digests);
                if (own) database.Db.Commit();
            }
            catch
            {
                if (own) database.Db.Rollback();
                throw;
            }
        }
        return written;
    }

    /// <summary>
    /// One subscription's due digests. Reading and composing come first and write nothing, so one that fails
    /// there (a date it cannot read, a composer or renderer bug) is logged and moved to its next day while
    /// the rest of the chunk goes on; an error writing the chunk still rolls it back whole.
    /// </summary>
    private int Enqueue(long id, DateTimeOffset now, SharedDigests digests)
    {
        Subscription? subscription = null;
        DateTime? coveredUntil = null;
        List<OutboxEntry> entries;
        try
        {
            // Read again here, not at the start of the round: an /unsubscribe, a deactivation, a group's
            // move or a settings change made since then stands, and Update never brings a deleted one back.
            subscription = subscriptions.Find(id);
            if (subscription is not { Active: true } || subscription.NextDueUtc > now.UtcDateTime) return 0;
            coveredUntil = subscription.CoveredUntilUtc;
            entries = Prepare(subscription, now, digests);
        }
        catch (Exception e)
        {
            // Only reads happened, so the chunk's transaction is as it was: skipping this one is safe.
            logger.LogError(e, "Digest for chat {ChatId} could not be prepared; that day is skipped", id);
            if (subscription is null) return 0;
            // Nothing was written for the days prepared, so the window stays where it was.
            subscription.CoveredUntilUtc = coveredUntil;
            SkipToNextDay(subscription, now);
            entries = [];
        }
        var written = 0;
        // The inserts come first: should the two ever be written apart, the key is found taken next time.
        foreach (var entry in entries)
        {
            if (outbox.TryAdd(entry)) written++;
        }
        subscriptions.Update(subscription);
        return written;
    }

    /// <summary>The outbox entries due for a subscription, with its window and next due time moved on (in memory only).</summary>
    private List<OutboxEntry> Prepare(Subscription subscription, DateTimeOffset now, SharedDigests digests)
    {
        var entries = new List<OutboxEntry>();
        var zone = DigestSchedule.FindZone(subscription.TimeZoneId);
        if (zone is null)
        {
            logger.LogError("Subscription {ChatId} has an unknown time zone {Zone}; deactivated", subscription.Id, subscription.TimeZoneId);
            subscription.Active = false;
            subscription.DeactivatedReason = "unknown time zone";
            return entries;
        }
        // After a long downtime several days may be due: each is sent or skipped, in order.
        while (subscription.NextDueUtc <= now.UtcDateTime)
        {
            var due = new DateTimeOffset(DateTime.SpecifyKind(subscription.NextDueUtc, DateTimeKind.Utc));
            var date = DateOnly.ParseExact(subscription.NextLocalDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var key = OutboxEntry.Key(subscription.Id, date);
            if (now - due > _options.MissedDigestMaxAge)
            {
                logger.LogInformation("Digest for chat {ChatId} of {Date} missed by {Late}: skipped", subscription.Id, subscription.NextLocalDate, now - due);
            }
            else if (outbox.Contains(key))
            {
                // The date has its digest already (the time was moved later that day): the window stays where
                // that digest left it, so the articles since then go into the next day's.
            }
            else
            {
                var digest = digests.Compose(subscription, date, now.UtcDateTime);
                entries.Add(new OutboxEntry
                {
                    Id = key,
                    ChatId = subscription.Id,
                    LocalDate = subscription.NextLocalDate,
                    DueUtc = due.UtcDateTime,
                    CreatedUtc = now.UtcDateTime,
                    NextAttemptUtc = now.UtcDateTime,
                    Parts = digest.Parts.Select(p => new OutboxPart { Html = p }).ToList(),
                    State = digest.Parts.Count == 0 ? OutboxState.Delivered : OutboxState.Pending,
                });
                subscription.CoveredUntilUtc = digest.CoveredUntilUtc;
            }
            var next = DigestSchedule.NextAfter(subscription.LocalTime, zone, due);
            subscription.NextDueUtc = next.DueUtc.UtcDateTime;
            subscription.NextLocalDate = next.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return entries;
    }

    /// <summary>
    /// After a failed <see cref="Prepare"/>: the next due time after now. A subscription that cannot even be
    /// rescheduled is deactivated, rather than failing again every round.
    /// </summary>
    private void SkipToNextDay(Subscription subscription, DateTimeOffset now)
    {
        try
        {
            var zone = DigestSchedule.FindZone(subscription.TimeZoneId) ?? throw new InvalidOperationException($"Unknown time zone {subscription.TimeZoneId}");
            var next = DigestSchedule.NextAfter(subscription.LocalTime, zone, now);
            subscription.NextDueUtc = next.DueUtc.UtcDateTime;
            subscription.NextLocalDate = next.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Subscription {ChatId} cannot be rescheduled; deactivated", subscription.Id);
            subscription.Active = false;
            subscription.DeactivatedReason = "digest could not be prepared";
        }
    }

    /// <summary>Until the next due time or retry to come, at most the poll interval.</summary>
    private TimeSpan UntilNextWork()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var wait = _options.PollInterval;
        foreach (var next in new[] { subscriptions.EarliestDue(), outbox.EarliestRetry(now) })
        {
            if (next is { } at && at - now < wait) wait = at - now;
        }
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>Sleeps <paramref name="wait"/>, or less if <see cref="DigestSignal"/> is raised.</summary>
    private async Task SleepAsync(TimeSpan wait, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(wait, time, cts.Token);
        var woken = signal.WaitAsync(cts.Token);
        await Task.WhenAny(delay, woken);
        await cts.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }

    private async Task WorkAsync(CancellationToken ct)
    {
        await foreach (var id in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (ct.IsCancellationRequested) continue;
            try
            {
                if (outbox.Find(id) is { State: OutboxState.Pending } entry) await delivery.DeliverAsync(entry, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Stopping: the entry stays pending and resumes at its first unconfirmed part next start.
            }
            catch (Exception e)
            {
                logger.LogError(e, "Delivering digest {Key} failed", id);
            }
            finally
            {
                _queued.TryRemove(id, out _);
            }
        }
    }
}
