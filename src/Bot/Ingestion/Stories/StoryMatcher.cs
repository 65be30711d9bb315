using Bot.Storage;
using Bot.Text;
using Microsoft.Extensions.Options;

namespace Bot.Ingestion.Stories;

/// <summary>
/// Groups reports of the same event from different outlets into one story. An article's signature is
/// the set of normalised terms of its title and lead (<see cref="ArabicText.SearchTerms"/>, words of
/// fewer than three letters dropped); two articles published within the story window whose signatures
/// have a Jaccard similarity of at least the threshold belong to the same story. Candidates come from
/// an inverted index over the recent articles only, so a match costs the terms shared, not the window.
/// Thread-safe.
/// </summary>
public sealed class StoryMatcher(IOptions<IngestionOptions> options, TimeProvider time)
{
    public const int LeadWords = 60;
    private const int MinTermLength = 3;

    private sealed record Entry(int StoryId, DateTime Time, HashSet<string> Terms);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<Entry>> _byTerm = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byTime = new();
    private readonly IngestionOptions _options = options.Value;

    public static HashSet<string> Signature(string title, string body)
    {
        var lead = string.Join(' ', body.Split((char[]?)null, LeadWords + 1, StringSplitOptions.RemoveEmptyEntries).Take(LeadWords));
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in ArabicText.SearchTerms(title + " \n " + lead))
        {
            var t = term.Trim(Punctuation);
            if (t.Length >= MinTermLength) terms.Add(t);
        }
        return terms;
    }

    private static readonly char[] Punctuation = ['.', ',', '،', '؛', ';', ':', '!', '?', '؟', '"', '\'', '«', '»', '(', ')', '[', ']', '-', '–', '—', '…'];

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The story id of the most similar recent article, or null for a new story.</summary>
    public int? FindStory(HashSet<string> signature, DateTime publishedUtc)
    {
        if (signature.Count == 0) return null;
        lock (_lock)
        {
            var shared = new Dictionary<Entry, int>(ReferenceEqualityComparer.Instance);
            foreach (var term in signature)
            {
                if (!_byTerm.TryGetValue(term, out var entries)) continue;
                foreach (var e in entries) shared[e] = shared.GetValueOrDefault(e) + 1;
            }
            Entry? best = null;
            var bestScore = 0.0;
            foreach (var (entry, count) in shared)
            {
                if ((entry.Time - publishedUtc).Duration() > _options.StoryWindow) continue;
                var score = (double)count / (signature.Count + entry.Terms.Count - count);
                if (score >= _options.StorySimilarity && score > bestScore)
                {
                    best = entry;
                    bestScore = score;
                }
            }
            return best?.StoryId;
        }
    }

    /// <summary>
    /// Adds a stored article to the window, dropping entries published more than twice the window ago.
    /// "Ago" is by the clock, not the article's date: one article dated years ahead would evict them all.
    /// </summary>
    public void Remember(Article article, HashSet<string> signature)
    {
        if (signature.Count == 0) return;
        var entry = new Entry(article.StoryId, article.PublishedUtc, signature);
        lock (_lock)
        {
            _byTime.AddLast(entry);
            foreach (var term in signature)
            {
                if (!_byTerm.TryGetValue(term, out var list)) _byTerm[term] = list = [];
                list.Add(entry);
            }
            var horizon = time.GetUtcNow().UtcDateTime - 2 * _options.StoryWindow;
            while (_byTime.First is { } oldest && oldest.Value.Time < horizon)
            {
                _byTime.RemoveFirst();
                foreach (var term in oldest.Value.Terms)
                {
                    if (_byTerm.TryGetValue(term, out var list) && list.Remove(oldest.Value) && list.Count == 0) _byTerm.Remove(term);
                }
            }
        }
    }

    /// <summary>Fills the window from stored articles (at start), oldest first.</summary>
    public void Load(IEnumerable<Article> recent)
    {
        foreach (var article in recent.OrderBy(a => a.PublishedUtc)) Remember(article, Signature(article.Title, article.Body));
    }
}
