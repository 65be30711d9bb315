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
    IReadOnlyList<string> Keywords)
{
    /// <summary>
    /// Null when every step ran; else which step threw and where, its part left empty. The engine is written never to
    /// throw, so this is a bug report for the log, not a state to handle.
    /// </summary>
    public string? Failure { get; init; }
}

/// <summary>How long a summary may be: a number of words or of sentences.</summary>
/// <remarks>
/// Rules: with <see cref="MaxWords"/> the summary holds at most that many words (white-space separated), with
/// one exception: the article's opening sentence alone (its first one, datelines and bylines aside), whatever its
/// length, when no sentence fits (a summary is never empty) or when the opening sentence is the best one and does not
/// fit (the sentences that fit after it start mid-story); <see cref="SentenceSplitter"/> cuts run-on sentences near 80
/// words. With <see cref="MaxSentences"/> it holds at most that many sentences.
/// Both may be set; both then apply. Neither set means <see cref="Default"/>. A zero or negative limit gives an
/// empty summary.
/// </remarks>
public readonly record struct SummaryBudget(int? MaxWords, int? MaxSentences)
{
    public static SummaryBudget Words(int n) => new(n, null);
    public static SummaryBudget Sentences(int n) => new(null, n);
    public static SummaryBudget Default => Words(60);
}
