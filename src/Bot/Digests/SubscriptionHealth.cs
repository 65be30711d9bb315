using System.Collections.Concurrent;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Digests;

/// <summary>
/// What sends reveal about subscribed chats. "Blocked / kicked / chat deleted" answers are counted,
/// and only <see cref="DigestOptions.DeactivateAfterFailures"/> in a row deactivate a subscription;
/// any delivered message resets the count. A migration moves the subscription and its pending digests.
/// </summary>
public sealed class SubscriptionHealth : IChatStatusSink
{
    private readonly SubscriptionStore _subscriptions;
    private readonly DigestOutbox _outbox;
    private readonly DigestOptions _options;
    private readonly ILogger<SubscriptionHealth> _logger;
    private readonly object _gate = new();
    // Chats with a non-zero count, so that the common case (a message delivered) touches no database.
    private readonly ConcurrentDictionary<long, byte> _failing = new();

    public SubscriptionHealth(SubscriptionStore subscriptions, DigestOutbox outbox, IOptions<DigestOptions> options, ILogger<SubscriptionHealth> logger)
    {
        _subscriptions = subscriptions;
        _outbox = outbox;
        _options = options.Value;
        _logger = logger;
        foreach (var s in subscriptions.WithFailures()) _failing[s.Id] = 0;
    }

    public void Reachable(long chatId)
    {
        if (!_failing.TryRemove(chatId, out _)) return;
        lock (_gate)
        {
            if (_subscriptions.Find(chatId) is { Failures: > 0 } s)
            {
                s.Failures = 0;
                _subscriptions.Save(s);
            }
        }
    }

    public void Unreachable(long chatId, string reason)
    {
        lock (_gate)
        {
            if (_subscriptions.Find(chatId) is not { Active: true } s) return;
            s.Failures++;
            _failing[chatId] = 0;
            if (s.Failures >= _options.DeactivateAfterFailures)
            {
                s.Active = false;
                s.DeactivatedReason = reason;
                _logger.LogWarning("Chat {ChatId} unreachable {Count} times in a row ({Reason}): subscription deactivated",
                    chatId, s.Failures, reason);
            }
            else
            {
                _logger.LogInformation("Chat {ChatId} unreachable ({Reason}), {Count} of {Limit}", chatId, reason, s.Failures, _options.DeactivateAfterFailures);
            }
            _subscriptions.Save(s);
        }
    }

    /// <summary>A definite answer (my_chat_member: the bot left, was kicked or blocked) deactivates at once.</summary>
    public void Removed(long chatId, string reason)
    {
        lock (_gate)
        {
            if (_subscriptions.Find(chatId) is not { Active: true } s) return;
            s.Active = false;
            s.DeactivatedReason = reason;
            _subscriptions.Save(s);
            _logger.LogInformation("Chat {ChatId}: {Reason}; subscription deactivated", chatId, reason);
        }
    }

    public void Migrated(long fromChatId, long toChatId)
    {
        lock (_gate)
        {
            if (_subscriptions.Move(fromChatId, toChatId))
            {
                _logger.LogInformation("Group {From} became supergroup {To}: subscription moved", fromChatId, toChatId);
            }
            _outbox.MoveChat(fromChatId, toChatId);
        }
    }
}
