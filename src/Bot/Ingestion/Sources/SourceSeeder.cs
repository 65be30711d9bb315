using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Ingestion.Sources;

/// <summary>Puts the configured sources into the database at start (before the poller runs).</summary>
public sealed class SourceSeeder(SourceStore sources, IOptions<SourcesOptions> options, ILogger<SourceSeeder> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var added = sources.Seed(options.Value.Items);
        if (added > 0) logger.LogInformation("Added {Count} configured sources", added);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
