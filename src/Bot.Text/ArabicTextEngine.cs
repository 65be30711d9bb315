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
    public TextAnalysis Analyze(string? title, string? body, SummaryBudget budget)
    {
        try
        {
            return AnalyzeUnguarded(title, body, budget);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Last line of defence for the "never throws" contract. Every step is written not to throw, and the
            // property tests call AnalyzeUnguarded so that a step that does throw fails them.
            return new TextAnalysis([], [], [], []);
        }
    }

    internal TextAnalysis AnalyzeUnguarded(string? title, string? body, SummaryBudget budget)
    {
        var article = new ArticleModel(title, body);
        var sentences = new string[article.Sentences.Count];
        for (var i = 0; i < sentences.Length; i++) sentences[i] = article.Sentences[i].Text;
        var summary = new List<string>();
        foreach (var i in ExtractiveSummarizer.Select(article, budget, options)) summary.Add(sentences[i]);
        var quotes = QuoteExtractor.Extract(article);
        var keywords = KeywordExtractor.Extract(article);
        return new TextAnalysis(sentences, summary, quotes, keywords);
    }
}
