using Bot.Telegram;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Digests;

/// <summary>
/// Sends one outbox entry, part by part, from the first part Telegram has not confirmed. Each
/// confirmation is written before the next part is sent, so a crash repeats at most the part in
/// flight. Rate limits and transient errors are the pipeline's business; what is left here is what
/// the pipeline could not fix.
/// </summary>
public sealed class DigestDelivery(
    ITelegramBotClient client,
    DigestOutbox outbox,
    SubscriptionStore subscriptions,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestDelivery> logger)
{
    private readonly DigestOptions _options = options.Value;

    public async Task DeliverAsync(OutboxEntry entry, CancellationToken ct)
    {
        var migrations = 0;
        var first = entry.Parts.FindIndex(p => p.MessageId is null);
        for (var i = first; i >= 0 && i < entry.Parts.Count; i++)
        {
            var part = entry.Parts[i];
            if (part.MessageId is not null) continue;
            if (i > first && !StillSubscribed(entry)) return;
            Message sent;
            try
            {
                sent = await client.SendMessage(entry.ChatId, part.Html, ParseMode.Html,
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct);
            }
            catch (ApiRequestException e) when (e.Parameters?.MigrateToChatId is { } newId && migrations++ < 2)
            {
                // The pipeline has moved the subscription; the rest of this digest goes to the new id.
                entry.ChatId = newId;
                outbox.Update(entry);
                i--;
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                Failed(entry, e);
                return;
            }
            part.MessageId = sent.MessageId;
            part.SentUtc = time.GetUtcNow().UtcDateTime;
            // The last confirmation and the delivered state are one write.
            if (i == entry.Parts.Count - 1) MarkDelivered(entry);
            // Awaited: the confirmation is stored before the next part goes out.
            await outbox.UpdateAsync(entry);
        }
        if (entry.State != OutboxState.Delivered)
        {
            MarkDelivered(entry);
            outbox.Update(entry);
        }
    }

    /// <summary>
    /// A long digest takes several messages, seconds apart in a private chat. A reader who unsubscribes (or blocks
    /// the bot) meanwhile gets none of the rest: the digest is given up where it stands.
    /// </summary>
    private bool StillSubscribed(OutboxEntry entry)
    {
        if (subscriptions.Find(entry.ChatId) is { Active: true }) return true;
        entry.State = OutboxState.Abandoned;
        entry.LastError = "unsubscribed during delivery";
        outbox.Update(entry);
        logger.LogInformation("Digest {Key} stopped after {Sent} of {Parts} messages: the chat is no longer subscribed",
            entry.Id, entry.Parts.Count(p => p.MessageId is not null), entry.Parts.Count);
        return false;
    }

    private void MarkDelivered(OutboxEntry entry)
    {
        entry.State = OutboxState.Delivered;
        entry.DeliveredUtc = time.GetUtcNow().UtcDateTime;
        entry.LastError = null;
    }

    private void Failed(OutboxEntry entry, Exception e)
    {
        var now = time.GetUtcNow().UtcDateTime;
        entry.FailedAttempts++;
        entry.LastError = UpdatePoller.Describe(e);
        var deactivated = subscriptions.Find(entry.ChatId) is not { Active: true };
        var permanent = e is ApiRequestException { ErrorCode: 400 } && ChatFailureClassifier.Classify(e) == ChatFailure.None;
        if (deactivated || permanent || now - entry.DueUtc > _options.GiveUpAfter)
        {
            entry.State = OutboxState.Abandoned;
            logger.LogWarning("Digest {Key} given up after {Attempts} attempts: {Error}", entry.Id, entry.FailedAttempts, entry.LastError);
        }
        else
        {
            entry.NextAttemptUtc = now + _options.RetryFailedDeliveryAfter;
            logger.LogInformation("Digest {Key} not delivered ({Error}); next try at {Next:O}", entry.Id, entry.LastError, entry.NextAttemptUtc);
        }
        outbox.Update(entry);
    }
}
