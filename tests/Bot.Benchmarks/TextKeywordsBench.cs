using Bot.Text;

namespace Bot.Benchmarks;

/// <summary>
/// Keywords against headlines. The engine reads each argen-news article's body without its headline; the benchmark
/// counts how many of its first five keywords share a search term (<see cref="ArabicText.SearchTerms"/>) with the
/// headline the outlet wrote — a proxy for "salient" that needs no hand labels.
/// </summary>
internal static class TextKeywordsBench
{
    public const int Top = 5;

    public static int Run(string[] args)
    {
        var engine = new ArabicTextEngine();
        double share = 0, any = 0;
        var scored = 0;
        foreach (var a in Corpus.ArgenArticles())
        {
            var headline = ArabicText.SearchTerms(a.Title).ToHashSet(StringComparer.Ordinal);
            if (headline.Count == 0) continue;
            var top = engine.Analyze(null, a.Document, SummaryBudget.Default).Keywords.Take(Top).ToList();
            scored++;
            if (top.Count == 0) continue;
            var hits = top.Count(k => ArabicText.SearchTerms(k).Any(headline.Contains));
            share += hits / (double)top.Count;
            if (hits > 0) any++;
        }
        Console.WriteLine(FormattableString.Invariant(
            $"{scored} argen-news articles, headline hidden: {share / scored:F3} of the first {Top} keywords are in the headline; {any / scored:F3} of articles have at least one"));
        return 0;
    }
}
