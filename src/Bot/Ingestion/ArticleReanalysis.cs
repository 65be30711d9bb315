using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Ingestion;

/// <summary>
/// Keeps stored answers in step with the text engine. Summaries, quotes and keywords are computed once, when an
/// article is stored; after an upgrade that finds more (a new quote rule, a better summary), the articles stored
/// before it would keep the old answers for good. At start, when the stored <see cref="ArticleProcessor.AnalysisVersion"/>
/// is not this build's, every article is analysed again, the last stored first, and those whose answers changed are
/// rewritten. The version is stored only after the last article, so an interrupted pass runs again
/// at the next start; the articles it already rewrote then come out unchanged and cost no write.
/// </summary>
public sealed class ArticleReanalysis(
    ArticleProcessor processor,
    ArticleStore articles,
    BotStateStore state,
    TimeProvider time,
    ILogger<ArticleReanalysis> logger) : BackgroundService
{
    public const string StateKey = "analysis-version";

    private readonly TaskCompletionSource<int> _pass = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<int>? _stale;

    /// <summary>The number of articles rewritten, once the pass at start has ended (0 when none was needed).</summary>
    public Task<int> Completion => _pass.Task;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Listed before the host has started, so the list holds exactly the articles earlier runs stored:
        // whatever is stored from now on is analysed by this build.
        _stale = StaleArticles();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start path: the bot answers while older articles are brought up to date.
        await Task.Yield();
        try
        {
            _pass.TrySetResult(Reanalyze(_stale, stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _pass.TrySetCanceled(stoppingToken);
        }
        catch (Exception e)
        {
            // Articles not reached keep the answers they had before the upgrade, which is no worse than before:
            // say so and keep the bot running. The pass runs again at the next start.
            logger.LogError(e, "Analysing stored articles again failed; those not reached keep their earlier summaries and quotes");
            _pass.TrySetException(e);
        }
    }

    /// <summary>Runs a pass now unless the stored version is this build's; returns the number of articles rewritten.</summary>
    public int Run(CancellationToken ct) => Reanalyze(StaleArticles(), ct);

    /// <summary>Every stored article, the last stored first, when the stored analyses are not this build's; else null.</summary>
    private IReadOnlyList<int>? StaleArticles() =>
        state.GetString(StateKey) == ArticleProcessor.AnalysisVersion ? null : articles.IdsNewestFirst();

    private int Reanalyze(IReadOnlyList<int>? ids, CancellationToken ct)
    {
        if (ids is null) return 0;
        var started = time.GetTimestamp();
        var rewritten = 0;
        foreach (var id in ids)
        {
            ct.ThrowIfCancellationRequested();
            if (Reanalyze(id)) rewritten++;
        }
        state.SetString(StateKey, ArticleProcessor.AnalysisVersion);
        if (ids.Count > 0)
        {
            logger.LogInformation("Stored articles were analysed by another build of the text engine: {Count} analysed again, {Rewritten} changed, in {Seconds:F1} s",
                ids.Count, rewritten, time.GetElapsedTime(started).TotalSeconds);
        }
        return rewritten;
    }

    private bool Reanalyze(int id)
    {
        if (articles.Find(id) is not { } current) return false;
        // Title and body never change once stored, so the analysis can run outside the store's lock.
        var fresh = new Article { Title = current.Title, Body = current.Body };
        processor.Analyze(fresh);
        if (SameAnswers(current, fresh)) return false;
        var updated = articles.Change(id, a =>
        {
            a.Summary = fresh.Summary;
            a.Quotes = fresh.Quotes;
            a.Keywords = fresh.Keywords;
            return true;
        });
        // Not indexed again: keywords are words of the article's own title and body, which the index holds already, so new ones
        // change no match. Indexing each article again made every search during the pass reopen the index (p99 83 ms at
        // 100,000 articles) and cost 60 MB more.
        return updated is not null;
    }

    private static bool SameAnswers(Article a, Article b) =>
        a.Summary.SequenceEqual(b.Summary)
        && a.Keywords.SequenceEqual(b.Keywords)
        && a.Quotes.Select(q => (q.Speaker, q.Text)).SequenceEqual(b.Quotes.Select(q => (q.Speaker, q.Text)));
}
