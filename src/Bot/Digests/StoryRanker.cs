using Bot.Storage;
using Bot.Text;

namespace Bot.Digests;

/// <summary>
/// Picks a digest's stories. Articles ingested in the window are grouped by story id and ranked by
/// importance, highest first:
/// <list type="bullet">
/// <item>one point per distinct source reporting the story (the strongest signal);</item>
/// <item>two points per topic of the chat that the story mentions (stems of the title, keywords and
///   summary against stems of the topics, via <see cref="ArabicText.SearchTerms"/>);</item>
/// <item>up to one point for recency, falling linearly over the window.</item>
/// </list>
/// Ties go to the newer story, then the higher story id, so the order is stable.
/// </summary>
public static class StoryRanker
{
    public const double SourceWeight = 1;
    public const double TopicWeight = 2;
    public const double RecencyWeight = 1;

    public static IReadOnlyList<DigestStory> Rank(IEnumerable<Article> articles, IReadOnlyCollection<string> topics,
        DateTime fromUtc, DateTime untilUtc, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var topicTerms = topics.Select(t => ArabicText.SearchTerms(t).ToHashSet(StringComparer.Ordinal))
            .Where(set => set.Count > 0).ToList();
        var window = Math.Max(1, (untilUtc - fromUtc).TotalMinutes);
        return articles
            .GroupBy(a => a.StoryId != 0 ? a.StoryId : a.Id)
            .Select(g =>
            {
                var list = g.OrderBy(a => a.PublishedUtc).ThenBy(a => a.Id).ToList();
                var sources = list.Select(a => a.Source).Distinct(StringComparer.Ordinal).Count();
                var age = (untilUtc - list.Max(a => a.IngestedUtc)).TotalMinutes;
                var recency = Math.Clamp(1 - age / window, 0, 1);
                var score = SourceWeight * sources + TopicWeight * TopicMatches(list, topicTerms) + RecencyWeight * recency;
                return new DigestStory(g.Key, list, score);
            })
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.Latest).ThenByDescending(s => s.StoryId)
            .Take(max)
            .ToList();
    }

    /// <summary>How many of the topics (each a set of stems, all required) the story mentions.</summary>
    public static int TopicMatches(IReadOnlyList<Article> story, IReadOnlyList<HashSet<string>> topics)
    {
        if (topics.Count == 0) return 0;
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in story)
        {
            terms.UnionWith(ArabicText.SearchTerms(a.Title));
            foreach (var k in a.Keywords) terms.UnionWith(ArabicText.SearchTerms(k));
            foreach (var s in a.Summary) terms.UnionWith(ArabicText.SearchTerms(s));
        }
        return topics.Count(t => t.IsSubsetOf(terms));
    }
}
