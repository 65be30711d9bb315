using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests.Abstractions;

namespace Bot.Telegram.Sending;

/// <summary>
/// Layer: after retries are exhausted, classifies what a message-posting call learned about its chat
/// (reachable, blocked/kicked/deleted, migrated) and tells the <see cref="IChatStatusSink"/>s. The
/// exception itself still reaches the caller, which decides what to do with its own message.
/// </summary>
public sealed class ChatStatusBotClient(ITelegramBotClient inner, IEnumerable<IChatStatusSink> sinks) : DelegatingBotClient(inner)
{
    private readonly IChatStatusSink[] _sinks = [.. sinks];

    public override async Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        if (_sinks.Length == 0 || !RequestTarget.IsMessagePosting(request) || RequestTarget.NumericId(request) is not { } chatId)
        {
            return await Inner.SendRequest(request, cancellationToken);
        }
        TResponse response;
        try
        {
            response = await Inner.SendRequest(request, cancellationToken);
        }
        catch (ApiRequestException e) when (ChatFailureClassifier.Classify(e) == ChatFailure.Migrated)
        {
            foreach (var sink in _sinks) sink.Migrated(chatId, e.Parameters!.MigrateToChatId!.Value);
            throw;
        }
        catch (ApiRequestException e) when (ChatFailureClassifier.Classify(e) == ChatFailure.Unreachable)
        {
            foreach (var sink in _sinks) sink.Unreachable(chatId, $"{e.ErrorCode} {e.Message}");
            throw;
        }
        foreach (var sink in _sinks) sink.Reachable(chatId);
        return response;
    }
}
