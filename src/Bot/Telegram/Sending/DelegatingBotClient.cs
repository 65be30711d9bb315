using Telegram.Bot;
using Telegram.Bot.Args;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;

namespace Bot.Telegram.Sending;

/// <summary>
/// A layer of the sending pipeline: forwards everything to the inner client. Layers override
/// <see cref="SendRequest{TResponse}"/>, the one chokepoint every Bot API call goes through.
/// </summary>
public abstract class DelegatingBotClient(ITelegramBotClient inner) : ITelegramBotClient
{
    protected ITelegramBotClient Inner { get; } = inner;

    public bool LocalBotServer => Inner.LocalBotServer;
    public long BotId => Inner.BotId;

    public TimeSpan Timeout
    {
        get => Inner.Timeout;
        set => Inner.Timeout = value;
    }

    public IExceptionParser ExceptionsParser
    {
        get => Inner.ExceptionsParser;
        set => Inner.ExceptionsParser = value;
    }

    public event AsyncEventHandler<ApiRequestEventArgs>? OnMakingApiRequest
    {
        add => Inner.OnMakingApiRequest += value;
        remove => Inner.OnMakingApiRequest -= value;
    }

    public event AsyncEventHandler<ApiResponseEventArgs>? OnApiResponseReceived
    {
        add => Inner.OnApiResponseReceived += value;
        remove => Inner.OnApiResponseReceived -= value;
    }

    public virtual Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        Inner.SendRequest(request, cancellationToken);

    public Task<bool> TestApi(CancellationToken cancellationToken = default) => Inner.TestApi(cancellationToken);

    public Task DownloadFile(string filePath, Stream destination, CancellationToken cancellationToken = default) =>
        Inner.DownloadFile(filePath, destination, cancellationToken);

    public Task DownloadFile(TGFile file, Stream destination, CancellationToken cancellationToken = default) =>
        Inner.DownloadFile(file, destination, cancellationToken);
}
