using Bot.Ingestion;
using Bot.Storage;
using Bot.Tests.Hosting;
using Bot.Tests.Ingestion.Support;
using Bot.Text.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Ingestion;

/// <summary>
/// Articles stored by an earlier build of the text engine are analysed again at start, so an upgrade that finds
/// more quotes or better summaries reaches the articles already stored, not only new ones.
/// </summary>
public sealed class ArticleReanalysisTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bot-reanalysis-").FullName;

    [Fact]
    public async Task Start_AfterAnotherEngineBuild_RewritesStaleAnswers()
    {
        var id = StoreStaleSeedArticle(storedVersion: "engine of an older build");

        await using var host = await IngestionHost.StartAsync([], folder: _folder);
        var rewritten = await host.Services.GetRequiredService<ArticleReanalysis>().Completion.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, rewritten);
        var article = host.Services.GetRequiredService<ArticleStore>().Find(id)!;
        var expected = host.Services.GetRequiredService<ArticleProcessor>().Build(article.Title, "", "", article.Body, null);
        Assert.Equal(expected.Summary, article.Summary);
        Assert.Equal(expected.Keywords, article.Keywords);
        Assert.Equal(expected.Quotes.Select(q => (q.Speaker, q.Text)), article.Quotes.Select(q => (q.Speaker, q.Text)));
        Assert.Contains(article.Quotes, q => q.Speaker == "بوتين");
        Assert.Equal(ArticleProcessor.AnalysisVersion, host.Services.GetRequiredService<BotStateStore>().GetString(ArticleReanalysis.StateKey));
        // What a user sees.
        Assert.Contains("سنناقش كافة المواضيع دون تسرّع", await host.CommandAsync(IngestionHost.Admin, $"/quotes {id}"));
    }

    [Fact]
    public async Task Start_OnADatabaseFromBeforeVersionsWereStored_AnalysesAgain()
    {
        var id = StoreStaleSeedArticle(storedVersion: null);

        await using var host = await IngestionHost.StartAsync([], folder: _folder);
        await host.Services.GetRequiredService<ArticleReanalysis>().Completion.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(["ملخص قديم"], host.Services.GetRequiredService<ArticleStore>().Find(id)!.Summary);
    }

    [Fact]
    public async Task Start_WithThisBuildsVersion_LeavesStoredAnswersAlone()
    {
        var id = StoreStaleSeedArticle(storedVersion: ArticleProcessor.AnalysisVersion);

        await using var host = await IngestionHost.StartAsync([], folder: _folder);
        var rewritten = await host.Services.GetRequiredService<ArticleReanalysis>().Completion.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, rewritten);
        var article = host.Services.GetRequiredService<ArticleStore>().Find(id)!;
        Assert.Equal(["ملخص قديم"], article.Summary);
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public async Task Run_Interrupted_DoesNotStoreTheVersion_SoTheNextStartRunsAgain()
    {
        StoreStaleSeedArticle(storedVersion: ArticleProcessor.AnalysisVersion);
        await using var host = await IngestionHost.StartAsync([], folder: _folder);
        var reanalysis = host.Services.GetRequiredService<ArticleReanalysis>();
        await reanalysis.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        var state = host.Services.GetRequiredService<BotStateStore>();
        state.SetString(ArticleReanalysis.StateKey, "engine of an older build");

        Assert.Throws<OperationCanceledException>(() => reanalysis.Run(new CancellationToken(canceled: true)));

        Assert.Equal("engine of an older build", state.GetString(ArticleReanalysis.StateKey));
        Assert.Equal(1, reanalysis.Run(CancellationToken.None));
        Assert.Equal(ArticleProcessor.AnalysisVersion, state.GetString(ArticleReanalysis.StateKey));
    }

    /// <summary>The seed article as an earlier engine might have left it: a summary, no quotes, other keywords.</summary>
    private int StoreStaleSeedArticle(string? storedVersion)
    {
        var seed = SeedParser.TryParse(File.ReadAllText(Directory.GetFiles(BotHostRunner.SeedsFolder, "*.txt").Single()), out _)!;
        var body = string.Join("\n\n", seed.Paragraphs);
        using var db = new BotDatabase(Path.Combine(_folder, "bot.db"));
        var article = new Article
        {
            Title = seed.Title,
            Source = seed.Source,
            Body = body,
            PublishedUtc = IngestionHost.Start.UtcDateTime,
            IngestedUtc = IngestionHost.Start.UtcDateTime,
            ContentHash = ArticleProcessor.ContentHash(seed.Title, body),
            Summary = ["ملخص قديم"],
            Keywords = ["قديمة"],
        };
        db.Articles.Insert(article);
        if (storedVersion is not null) new BotStateStore(db).SetString(ArticleReanalysis.StateKey, storedVersion);
        return article.Id;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
