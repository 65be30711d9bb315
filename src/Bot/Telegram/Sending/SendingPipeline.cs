using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram.Sending;

/// <summary>
/// The one place where the layers of the bot client are put in order. Outermost first:
/// <list type="number">
/// <item><see cref="ChatStatusBotClient"/> — sees only the final outcome of a call (after all retries),
///   so one transient error never counts against a chat.</item>
/// <item><see cref="RetryingBotClient"/> — 429 per chat, 5xx and network errors with back-off.</item>
/// <item><see cref="ThrottlingBotClient"/> — inside the retries, so every attempt spends a token.</item>
/// <item>the real <see cref="TelegramBotClient"/> (its own retry is off).</item>
/// </list>
/// Everything the bot sends — replies, digests, the poller's calls — goes through this stack, because
/// it is registered as THE <see cref="ITelegramBotClient"/>.
/// </summary>
public static class SendingPipeline
{
    public static ITelegramBotClient Build(ITelegramBotClient transport, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SendingOptions>>();
        var time = services.GetRequiredService<TimeProvider>();
        ITelegramBotClient client = new ThrottlingBotClient(transport, options, time);
        client = new RetryingBotClient(client, options, time, services.GetRequiredService<ILogger<RetryingBotClient>>());
        client = new ChatStatusBotClient(client, services.GetServices<IChatStatusSink>());
        return client;
    }
}
