using Bot.Ingestion.Fetching;
using Bot.Ingestion.Sources;
using Bot.Ingestion.Stories;
using Bot.Storage;
using Bot.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Bot.Ingestion;

public static class IngestionRegistration
{
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ArabicTextEngine>();
        builder.Services.AddSingleton<ArticleProcessor>();
        builder.Services.AddHostedService<SeedImporter>();
        builder.Services.AddSingleton<ArticleReanalysis>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ArticleReanalysis>());

        builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SourcesOptions>()
            .Configure<IConfiguration>((o, config) => config.GetSection(SourcesOptions.Section).Bind(o.Items))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();
        builder.Services.AddSingleton(sp => new AddressPolicy(sp.GetRequiredService<IOptions<IngestionOptions>>().Value.AllowLoopbackForTests));
        builder.Services.AddHttpClient(SafeFetcher.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedConnector.CreateHandler(sp.GetRequiredService<AddressPolicy>()))
            .AddStandardResilienceHandler()
            .Configure((o, sp) => ConfigureResilience(o, sp.GetRequiredService<IOptions<IngestionOptions>>().Value))
            .SelectPipelineByAuthority();
        builder.Services.AddSingleton(sp => new SafeFetcher(
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(SafeFetcher.ClientName),
            sp.GetRequiredService<AddressPolicy>(), sp.GetRequiredService<IOptions<IngestionOptions>>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<StoryMatcher>();
        builder.Services.AddSingleton<ArticleIngestor>();
        builder.Services.AddSingleton<SourceStore>();
        builder.Services.AddHostedService<SourceSeeder>();
        builder.Services.AddSingleton<FeedPoller>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        return builder;
    }

    /// <summary>
    /// The standard pipeline per host, tuned for fetching: a refused address is not retried, Retry-After is
    /// left to the poll schedule (a feed asking for an hour must not hold a poll for an hour), and the
    /// timeouts follow <see cref="IngestionOptions.FetchTimeout"/>.
    /// </summary>
    private static void ConfigureResilience(HttpStandardResilienceOptions o, IngestionOptions options)
    {
        o.Retry.MaxRetryAttempts = Math.Max(1, options.RetryAttempts);
        o.Retry.Delay = options.RetryDelay;
        o.Retry.ShouldRetryAfterHeader = false;
        var transient = o.Retry.ShouldHandle;
        o.Retry.ShouldHandle = args => options.RetryAttempts == 0 || args.Outcome.Exception is HttpRequestException { InnerException: AddressRefusedException or FetchException }
            ? ValueTask.FromResult(false)
            : transient(args);
        o.AttemptTimeout.Timeout = options.FetchTimeout;
        o.TotalRequestTimeout.Timeout = options.FetchTimeout * (o.Retry.MaxRetryAttempts + 1) + o.Retry.Delay * 8;
        o.CircuitBreaker.SamplingDuration = options.FetchTimeout * 2 + TimeSpan.FromSeconds(1);
    }
}
