namespace Bot.Text;

/// <summary>
/// The headline printed again as a line of the body, as feeds and copied pages often do («الرياض تستنكر موقف ترامب …»
/// above the story; 151 of 5,414 web excerpts): the reader sees the title above the summary already. A sentence repeats
/// it when it holds at least 80 % of the title's content stems, is not much longer than the title and has no full stop at
/// its end (headlines carry none). Headlines are often the lead cut short, so a lead sentence can hold all of the title's
/// words in about its length («قال متحدث الهلال الأحمر، إن الاحتلال يواصل …»); the stop keeps it a sentence of the story.
/// </summary>
internal sealed class TitleLine
{
    /// <summary>A title needs this many distinct content stems before a sentence can be said to repeat it.</summary>
    private const int MinStems = 3;

    private readonly HashSet<int> stems;
    private readonly double maxWords;

    private TitleLine(HashSet<int> stems, double maxWords) => (this.stems, this.maxWords) = (stems, maxWords);

    /// <summary>The article's title, or null when it is too short to be recognised in the body.</summary>
    public static TitleLine? Of(ArticleModel article)
    {
        var stems = new HashSet<int>();
        foreach (var w in article.TitleWords) if (w.Stem >= 0) stems.Add(w.Stem);
        return stems.Count >= MinStems ? new TitleLine(stems, ArticleModel.CountWords(article.Title) * 1.3 + 2) : null;
    }

    public bool RepeatedBy(ArticleModel article, int i)
    {
        if (article.WordCounts[i] > maxWords) return false;
        if (article.Sentences[i].Text.AsSpan().TrimEnd().TrimEnd("»”\"')]").EndsWith(".")) return false;
        var shared = new HashSet<int>();
        foreach (var w in article.Words[i])
            if (w.Stem >= 0 && stems.Contains(w.Stem)) shared.Add(w.Stem);
        return shared.Count >= 0.8 * stems.Count;
    }
}
