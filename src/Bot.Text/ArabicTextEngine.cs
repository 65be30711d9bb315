namespace Bot.Text;

/// <summary>
/// The Arabic text engine's single entry point. Pure and thread-safe: the engine holds no mutable state, the
/// same input gives the same output, and no input makes it throw.
/// <list type="bullet">
/// <item>Sentences: <see cref="SentenceSplitter"/>.</item>
/// <item>Summary: <see cref="ExtractiveSummarizer"/>, within the <see cref="SummaryBudget"/>.</item>
/// <item>Quotes: <see cref="QuoteExtractor"/>.</item>
/// <item>Keywords: <see cref="KeywordExtractor"/>.</item>
/// </list>
/// </summary>
public sealed class ArabicTextEngine
{
    private readonly SummarizerOptions options;

    /// <summary>
    /// Identifies this build of the engine: the module version id of its assembly. Builds are deterministic (and the
    /// project keeps the commit id out of the assembly), so the id stays the same while the engine's code and word lists
    /// do, and changes with any change to them. Stored analyses made by another build may differ from what this one
    /// would answer.
    /// </summary>
    public static string BuildId { get; } = typeof(ArabicTextEngine).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public ArabicTextEngine() : this(new SummarizerOptions()) { }

    internal ArabicTextEngine(SummarizerOptions options) => this.options = options;

    /// <summary>
    /// Analyses one article: <paramref name="title"/> (may be null) and <paramref name="body"/> (paragraphs
    /// separated by line breaks). Quotes come from the body only; the title helps the summary and the keywords.
    /// </summary>
    /// <remarks>
    /// Last line of defence for the "never throws" contract. Every step is written not to throw, and the property tests
    /// call <see cref="AnalyzeUnguarded"/> so that a step that does throw fails them. Should one throw all the same, only
    /// its part is lost (a rule failing in the quotes costs the quotes, not the summary) and
    /// <see cref="TextAnalysis.Failure"/> says which, for the caller to log.
    /// </remarks>
    public TextAnalysis Analyze(string? title, string? body, SummaryBudget budget)
    {
        ArticleModel article;
        string[] sentences;
        try
        {
            article = new ArticleModel(title, body);
            sentences = SentenceTexts(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new TextAnalysis([], [], [], []) { Failure = Describe("sentences", e) };
        }
        string? failure = null;
        var summary = Guarded("summary", () => Summarize(article, sentences, budget), ref failure);
        var quotes = Guarded("quotes", () => QuoteExtractor.Extract(article), ref failure);
        var keywords = Guarded("keywords", () => KeywordExtractor.Extract(article), ref failure);
        return new TextAnalysis(sentences, summary, quotes, keywords) { Failure = failure };
    }

    private static IReadOnlyList<T> Guarded<T>(string step, Func<IReadOnlyList<T>> run, ref string? failure)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failure = failure is null ? Describe(step, e) : failure + "; " + Describe(step, e);
            return [];
        }
    }

    private static string Describe(string step, Exception e) =>
        $"{step}: {e.GetType().Name}: {e.Message} ({e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Bot.Text", StringComparison.Ordinal))?.Trim() ?? "no frame"})";

    internal TextAnalysis AnalyzeUnguarded(string? title, string? body, SummaryBudget budget)
    {
        var article = new ArticleModel(title, body);
        var sentences = SentenceTexts(article);
        return new TextAnalysis(sentences, Summarize(article, sentences, budget), QuoteExtractor.Extract(article), KeywordExtractor.Extract(article));
    }

    private static string[] SentenceTexts(ArticleModel article)
    {
        var sentences = new string[article.Sentences.Count];
        for (var i = 0; i < sentences.Length; i++) sentences[i] = article.Sentences[i].Text;
        return sentences;
    }

    private List<string> Summarize(ArticleModel article, string[] sentences, SummaryBudget budget)
    {
        var summary = new List<string>();
        foreach (var i in ExtractiveSummarizer.Select(article, budget, options)) summary.Add(sentences[i]);
        return summary;
    }
}
