namespace Bot.Text;

/// <summary>A direct quotation and the person it is attributed to.</summary>
/// <param name="Speaker">The best short mention of the speaker, e.g. «بوتين».</param>
/// <param name="Text">The quoted words, without the quotation marks.</param>
/// <param name="SentenceIndex">Index of the article sentence that holds the quote.</param>
public sealed record Quote(string Speaker, string Text, int SentenceIndex);

/// <summary>What the engine extracts from one article.</summary>
/// <param name="Sentences">The article split into sentences.</param>
/// <param name="Summary">Whole article sentences, in document order.</param>
/// <param name="Quotes">Direct quotes, most important first.</param>
/// <param name="Keywords">A handful of salient terms (surface forms).</param>
public sealed record TextAnalysis(
    IReadOnlyList<string> Sentences,
    IReadOnlyList<string> Summary,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<string> Keywords);

/// <summary>How long a summary may be: a number of words or of sentences.</summary>
public readonly record struct SummaryBudget(int? MaxWords, int? MaxSentences)
{
    public static SummaryBudget Words(int n) => new(n, null);
    public static SummaryBudget Sentences(int n) => new(null, n);
    public static SummaryBudget Default => Words(60);
}

/// <summary>
/// The Arabic text engine's single entry point. Pure and thread-safe: the same input gives the same output,
/// and no input makes it throw.
/// PLACEHOLDER implementation (lead sentences, no quotes); the text-engine issue replaces it.
/// </summary>
public sealed class ArabicTextEngine
{
    public TextAnalysis Analyze(string? title, string? body, SummaryBudget budget)
    {
        var sentences = (body ?? "").Split(['.', '؟', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var summary = new List<string>();
        var words = 0;
        foreach (var s in sentences)
        {
            if (budget.MaxSentences is { } ms && summary.Count >= ms) break;
            if (budget.MaxWords is { } mw && words >= mw) break;
            summary.Add(s);
            words += s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }
        return new TextAnalysis(sentences, summary, [], []);
    }
}

/// <summary>Arabic normalisation and search terms shared by the engine and the host's search index.</summary>
public static class ArabicText
{
    /// <summary>Normalised letters (PLACEHOLDER: lower-casing only).</summary>
    public static string Normalize(string? text) => (text ?? "").ToLowerInvariant();

    /// <summary>Normalised, stop-word-free, stemmed terms of a text, in order (PLACEHOLDER).</summary>
    public static IReadOnlyList<string> SearchTerms(string? text) =>
        Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
