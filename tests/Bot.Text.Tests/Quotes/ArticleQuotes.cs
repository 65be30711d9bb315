namespace Bot.Text.Tests.Quotes;

/// <summary>What the engine finds in an article given as paragraphs: the round test classes read their pages this way.</summary>
internal static class ArticleQuotes
{
    private static readonly ArabicTextEngine Engine = new();

    public static (string Speaker, string Text)[] QuotesIn(params string[] paragraphs) =>
        Engine.AnalyzeUnguarded(null, string.Join("\n", paragraphs), SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    public static string[] SpeakersIn(params string[] paragraphs) =>
        Engine.AnalyzeUnguarded(null, string.Join("\n", paragraphs), SummaryBudget.Default).Quotes.Select(q => q.Speaker).ToArray();
}
