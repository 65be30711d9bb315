using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Storage;

/// <summary>
/// Deletes articles past <see cref="StorageOptions.KeepArticlesFor"/>, at start and then every
/// <see cref="StorageOptions.RetentionSweepInterval"/>, so that the database and the search index do not grow without end.
/// </summary>
public sealed class ArticleRetention(
    ArticleStore articles,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<ArticleRetention> logger) : BackgroundService
{
    /// <summary>Articles deleted per step: the store's lock and the index commit are held for one batch at a time.</summary>
    public const int BatchSize = 500;

    private readonly StorageOptions _options = options.Value;

    /// <summary>One sweep: deletes every expired article, a batch at a time. Returns how many were deleted.</summary>
    public int Sweep(CancellationToken ct = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - _options.KeepArticlesFor;
        var deleted = 0;
        while (!ct.IsCancellationRequested)
        {
            var ids = articles.ExpiredIds(cutoff, BatchSize);
            if (ids.Count == 0) break;
            deleted += articles.Delete(ids);
            if (ids.Count < BatchSize) break;
        }
        if (deleted > 0) logger.LogInformation("Deleted {Count} articles published before {Cutoff:u} (Storage:KeepArticlesFor {Keep})", deleted, cutoff, _options.KeepArticlesFor);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Sweep(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next sweep tries again; nothing is lost by waiting.
                logger.LogError(e, "Article retention sweep failed");
            }
            try
            {
                await Task.Delay(_options.RetentionSweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
