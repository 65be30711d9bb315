using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Storage;

public static class StorageRegistration
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new BotDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath));
        builder.Services.AddSingleton(sp => new SearchIndex(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.GetIndexPath(), sp.GetRequiredService<ILogger<SearchIndex>>()));
        builder.Services.AddSingleton<ArticleStore>();
        builder.Services.AddSingleton<StoryStore>();
        builder.Services.AddSingleton<ChatStore>();
        builder.Services.AddSingleton<BotStateStore>();
        builder.Services.AddHostedService<SearchIndexStartup>();
        builder.Services.AddSingleton<ArticleRetention>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ArticleRetention>());
        return builder;
    }
}

/// <summary>Brings the search index in line with the database before anything reads it.</summary>
internal sealed class SearchIndexStartup(SearchIndex index, ArticleStore articles) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        index.EnsureConsistentWith(articles);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        index.Commit();
        return Task.CompletedTask;
    }
}
