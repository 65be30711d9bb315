using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Requests.Abstractions;

namespace Bot.Telegram.Sending;

/// <summary>
/// Layer: keeps message-posting calls within Telegram's limits. A request first waits for its chat's
/// bucket (1/s for a private chat, 20/min for a group or channel), then for the global bucket — in
/// that order, so a request held back by its own chat does not use up a global slot meanwhile. A chat's
/// interval is counted from when Telegram answered its previous message, so network delays cannot
/// squeeze two messages to one chat closer together than the limit.
/// </summary>
public sealed class ThrottlingBotClient : DelegatingBotClient
{
    private const int PruneAbove = 10_000;
    private readonly SendingOptions _options;
    private readonly TimeProvider _time;
    private readonly TokenBucket _global;
    private readonly ConcurrentDictionary<string, TokenBucket> _chats = new();

    public ThrottlingBotClient(ITelegramBotClient inner, IOptions<SendingOptions> options, TimeProvider time) : base(inner)
    {
        _options = options.Value;
        _time = time;
        _global = new TokenBucket(_options.GlobalPerSecond, _options.Burst, time);
    }

    public override async Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        if (!_options.ThrottlingEnabled || !RequestTarget.IsMessagePosting(request))
        {
            return await Inner.SendRequest(request, cancellationToken);
        }
        var bucket = RequestTarget.ChatKey(request) is { } chat ? ChatBucket(chat) : null;
        if (bucket is not null) await bucket.ReserveAsync(cancellationToken);
        await _global.ReserveAsync(cancellationToken);
        try
        {
            return await Inner.SendRequest(request, cancellationToken);
        }
        finally
        {
            bucket?.Settle();
        }
    }

    private TokenBucket ChatBucket(string chat)
    {
        if (_chats.Count > PruneAbove) Prune();
        return _chats.GetOrAdd(chat, key => RequestTarget.IsPrivateChat(key)
            ? new TokenBucket(_options.PrivateChatPerSecond, _options.Burst, _time)
            : new TokenBucket(_options.GroupPerMinute / 60.0, _options.Burst, _time));
    }

    /// <summary>A full bucket holds no history, so dropping it changes nothing.</summary>
    private void Prune()
    {
        foreach (var (key, bucket) in _chats)
        {
            if (bucket.IsIdle) _chats.TryRemove(key, out _);
        }
    }
}
