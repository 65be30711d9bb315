using Bot.Telegram.Commands;
using Bot.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram;

public static class TelegramRegistration
{
    /// <summary>Commands and rendering: shared by Telegram and the terminal chat.</summary>
    public static IHostApplicationBuilder AddCommands(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ArticleCommands>();
        builder.Services.AddSingleton<AdminUsers>();
        builder.Services.AddSingleton<SourceCommands>();
        builder.Services.AddSingleton<LinkQuota>();
        builder.Services.AddSingleton<LinkCommands>();
        builder.Services.AddSingleton<CommandRouter>();
        return builder;
    }

    /// <summary>The Bot API client, the sending pipeline and the polling loop.</summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddOptions<SendingOptions>().BindConfiguration(SendingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // THE bot client is the layered pipeline: replies, digests and polling all pass through it.
        builder.Services.AddSingleton<ITelegramBotClient>(sp => SendingPipeline.Build(
            CreateClient(sp.GetRequiredService<IOptions<TelegramOptions>>().Value), sp));
        builder.Services.AddSingleton<ReplySender>();
        builder.Services.AddSingleton<UpdateHandler>();
        builder.Services.AddSingleton<UpdateInbox>();
        builder.Services.AddHostedService<UpdatePoller>();
        return builder;
    }

    private static TelegramBotClient CreateClient(TelegramOptions options)
    {
        var clientOptions = new TelegramBotClientOptions(options.Token!.Trim(), string.IsNullOrWhiteSpace(options.BaseUrl) ? null : options.BaseUrl)
        {
            // One retry policy for the whole bot lives in the sending pipeline, not in the client.
            RetryThreshold = 0,
            RetryCount = 0,
        };
        // Not IHttpClientFactory: its logging writes request URLs, and Bot API URLs contain the token.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = options.PollTimeout + TimeSpan.FromSeconds(30),
        };
        return new TelegramBotClient(clientOptions, http);
    }
}
