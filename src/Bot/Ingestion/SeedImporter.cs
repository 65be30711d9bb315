using Bot.Storage;
using Bot.Text.Articles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Ingestion;

/// <summary>
/// Imports every seed file at start, once: a seed whose title and source a stored article without a link has is skipped,
/// and so is content already stored.
/// </summary>
public sealed class SeedImporter(
    ArticleProcessor processor,
    ArticleStore articles,
    IOptions<StorageOptions> options,
    ILogger<SeedImporter> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Import(ResolveSeedsFolder(options.Value.SeedsPath));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public int Import(string? folder)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            logger.LogInformation("No seeds folder at {Folder}: nothing to import", options.Value.SeedsPath);
            return 0;
        }
        var added = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Seed {File} could not be read; skipped", Path.GetFileName(file));
                continue;
            }
            var seed = SeedParser.TryParse(text, out var error);
            if (seed is null)
            {
                logger.LogWarning("Seed {File} skipped: {Reason}", Path.GetFileName(file), error);
                continue;
            }
            // The same seed, even if its file or the seed parser changed since: its content hash alone would import it again.
            if (articles.FindSeed(seed.Title, seed.Source) is not null) continue;
            var (article, isNew) = processor.Store(seed.Title, seed.Source, "", string.Join("\n\n", seed.Paragraphs), File.GetLastWriteTimeUtc(file));
            if (isNew)
            {
                added++;
                logger.LogInformation("Imported seed {File} as article {Id}", Path.GetFileName(file), article.Id);
            }
        }
        return added;
    }

    /// <summary>The seeds folder from the working folder, else beside the app (so `dotnet run` works from anywhere).</summary>
    public static string? ResolveSeedsFolder(string configured)
    {
        if (Path.IsPathRooted(configured)) return configured;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
