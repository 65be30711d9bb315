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
/// squeeze two messages to one chat closer together than the limit. Last, a
/// <see cref="SlidingWindowLimiter"/> holds the global count to <see cref="SendingOptions.GlobalPerSecond"/>
/// in any second on Telegram's clock: the evenly spaced global bucket alone is not enough, because a
/// stall (GC, a busy machine) lets late requests reach Telegram together with the next ones on time.
/// </summary>
public sealed class ThrottlingBotClient : DelegatingBotClient
{
    private const int PruneAbove = 10_000;
    private readonly SendingOptions _options;
    private readonly TimeProvider _time;
    private readonly TokenBucket _global;
    private readonly SlidingWindowLimiter _globalWindow;
    private readonly ConcurrentDictionary<string, TokenBucket> _chats = new();

    public ThrottlingBotClient(ITelegramBotClient inner, IOptions<SendingOptions> options, TimeProvider time) : base(inner)
    {
        _options = options.Value;
        _time = time;
        _global = new TokenBucket(_options.GlobalPerSecond, _options.Burst, time);
        _globalWindow = new SlidingWindowLimiter(Math.Max(1, (int)_options.GlobalPerSecond), TimeSpan.FromSeconds(1), time);
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
        var place = await _globalWindow.AcquireAsync(cancellationToken);
        try
        {
            return await Inner.SendRequest(request, cancellationToken);
        }
        finally
        {
            place.Answered();
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
