using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests.Abstractions;

namespace Bot.Telegram.Sending;

/// <summary>
/// Layer: retries what may succeed later. A 429 pauses only the chat it names for its retry_after
/// (capped at <see cref="SendingOptions.MaxRetryAfter"/>) — other chats go on; 5xx answers and network
/// errors back off exponentially. Gives up after <see cref="SendingOptions.MaxAttempts"/> tries or on
/// cancellation. getUpdates is left to the poller, which has its own back-off.
/// </summary>
public sealed class RetryingBotClient(
    ITelegramBotClient inner,
    IOptions<SendingOptions> options,
    TimeProvider time,
    ILogger<RetryingBotClient> logger) : DelegatingBotClient(inner)
{
    private const string GlobalKey = "";
    private readonly SendingOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new();

    public override async Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        if (request.MethodName == "getUpdates") return await Inner.SendRequest(request, cancellationToken);
        var chat = RequestTarget.ChatKey(request) ?? GlobalKey;
        var backoff = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            await WaitWhilePausedAsync(chat, cancellationToken);
            try
            {
                return await Inner.SendRequest(request, cancellationToken);
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429 && attempt < _options.MaxAttempts)
            {
                var asked = TimeSpan.FromSeconds(e.Parameters?.RetryAfter ?? 1);
                var wait = asked > _options.MaxRetryAfter ? _options.MaxRetryAfter : asked;
                if (asked > _options.MaxRetryAfter)
                {
                    logger.LogWarning("429 on {Method} to chat {Chat}: retry_after {Asked} capped to {Wait}", request.MethodName, chat, asked, wait);
                }
                else
                {
                    logger.LogInformation("429 on {Method} to chat {Chat}: pausing that chat for {Wait}", request.MethodName, chat, wait);
                }
                Pause(chat, time.GetUtcNow() + wait);
            }
            catch (Exception e) when (IsTransient(e, cancellationToken) && attempt < _options.MaxAttempts)
            {
                backoff = backoff == TimeSpan.Zero ? _options.FirstBackoff : backoff * 2;
                if (backoff > _options.MaxBackoff) backoff = _options.MaxBackoff;
                logger.LogInformation("{Method} to chat {Chat} failed ({Error}); try {Attempt} in {Delay}",
                    request.MethodName, chat, UpdatePoller.Describe(e), attempt + 1, backoff);
                await Task.Delay(backoff, time, cancellationToken);
            }
        }
    }

    private void Pause(string chat, DateTimeOffset until) =>
        _pausedUntil.AddOrUpdate(chat, until, (_, current) => current > until ? current : until);

    private async Task WaitWhilePausedAsync(string chat, CancellationToken ct)
    {
        while (_pausedUntil.TryGetValue(chat, out var until))
        {
            var left = until - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                _pausedUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(chat, until));
                return;
            }
            await Task.Delay(left, time, ct);
        }
    }

    /// <summary>5xx answers, connections dropped or refused, and HTTP timeouts (not our own cancellation).</summary>
    public static bool IsTransient(Exception e, CancellationToken ct) => e switch
    {
        ApiRequestException api => api.ErrorCode >= 500,
        RequestException { HttpStatusCode: >= HttpStatusCode.InternalServerError } => true,
        RequestException { InnerException: { } inner } => IsTransient(inner, ct),
        HttpRequestException or IOException => true,
        OperationCanceledException => !ct.IsCancellationRequested,
        _ => false,
    };
}
