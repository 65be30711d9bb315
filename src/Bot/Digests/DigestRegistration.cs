using Bot.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Digests;

public static class DigestRegistration
{
    /// <summary>Subscriptions, composing, the outbox and the scheduler (which runs only with a bot client).</summary>
    public static IHostApplicationBuilder AddDigests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        builder.Services.AddSingleton<SubscriptionStore>();
        builder.Services.AddSingleton<DigestOutbox>();
        builder.Services.AddSingleton<DigestComposer>();
        builder.Services.AddSingleton<SubscriptionHealth>();
        builder.Services.AddSingleton<IChatStatusSink>(sp => sp.GetRequiredService<SubscriptionHealth>());
        builder.Services.AddSingleton<ChatAdmins>();
        builder.Services.AddSingleton<ChatMembership>();
        builder.Services.AddSingleton<DigestDelivery>();
        builder.Services.AddSingleton<DigestSignal>();
        builder.Services.AddSingleton<DigestScheduler>();
        builder.Services.AddSingleton<SubscriptionCommands>();
        builder.Services.AddHostedService<DigestSchedulerHost>();
        return builder;
    }
}

/// <summary>The default time zone must exist on this machine.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options) =>
        DigestSchedule.FindZone(options.DefaultTimeZone) is null
            ? ValidateOptionsResult.Fail($"Digests:DefaultTimeZone \"{options.DefaultTimeZone}\" is not a known IANA time zone (e.g. Asia/Riyadh).")
            : ValidateOptionsResult.Success;
}

/// <summary>
/// Runs the <see cref="DigestScheduler"/> when the bot talks to Telegram; the terminal chat has nothing to
/// deliver to. The host watches only the background services registered with it, not this one's, so a
/// scheduler that ends by an error is logged here.
/// </summary>
internal sealed class DigestSchedulerHost(IServiceProvider services, ILogger<DigestSchedulerHost> logger) : IHostedService
{
    private DigestScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<global::Telegram.Bot.ITelegramBotClient>() is null) return;
        _scheduler = services.GetRequiredService<DigestScheduler>();
        await _scheduler.StartAsync(cancellationToken);
        _ = _scheduler.ExecuteTask?.ContinueWith(
            t => logger.LogCritical(t.Exception, "The digest scheduler stopped: no more digests until a restart"),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _scheduler?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
