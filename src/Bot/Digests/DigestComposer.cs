using Bot.Storage;
using LiteDB;

namespace Bot.Digests;

/// <summary>A composed digest: its message parts and the end of the window it covers.</summary>
public sealed record ComposedDigest(DateOnly LocalDate, IReadOnlyList<string> Parts, int StoryCount, DateTime CoveredUntilUtc);

/// <summary>
/// Builds a chat's digest from the articles ingested since its previous one, leaving out old news that came late
/// (<see cref="DigestOptions.OldNewsAfter"/>).
/// </summary>
public sealed class DigestComposer
{
    private readonly ILiteCollection<Article> _articles;
    private readonly DigestOptions _options;

    public DigestComposer(BotDatabase database, Microsoft.Extensions.Options.IOptions<DigestOptions> options)
    {
        _articles = database.Articles;
        _options = options.Value;
    }

    /// <summary>Where the digest's window starts: after the previous digest, or the first-digest lookback.</summary>
    public DateTime WindowStart(Subscription subscription, DateTime untilUtc) =>
        subscription.CoveredUntilUtc ?? untilUtc - _options.FirstDigestLookback;

    public ComposedDigest Compose(Subscription subscription, DateOnly localDate, DateTime untilUtc)
    {
        var from = WindowStart(subscription, untilUtc);
        var oldNews = from - _options.OldNewsAfter;
        var articles = _articles.Find(a => a.IngestedUtc > from && a.IngestedUtc <= untilUtc)
            .Where(a => !a.SubmittedByUser && a.PublishedUtc >= oldNews).ToList();
        var stories = StoryRanker.Rank(articles, subscription.Topics, from, untilUtc, subscription.Stories);
        var parts = DigestRenderer.Render(localDate, stories);
        if (parts.Count == 0 && subscription.NoteWhenEmpty)
        {
            parts = [DigestRenderer.Header(localDate) + "\n" + DigestRenderer.EmptyNote];
        }
        return new ComposedDigest(localDate, parts, stories.Count, untilUtc);
    }
}

/// <summary>
/// One scheduler round's digests, each composed once per distinct window, date, topics, story count and
/// empty-day choice. At a popular minute thousands of chats with the same settings are due together, and
/// querying, ranking and rendering the same digest for each took seconds before the first message went
/// out. The parts are immutable strings, so chats can share them.
/// </summary>
public sealed class SharedDigests(DigestComposer composer)
{
    private readonly Dictionary<Key, ComposedDigest> _composed = [];

    public ComposedDigest Compose(Subscription subscription, DateOnly localDate, DateTime untilUtc)
    {
        // Topics in the order typed: two orders of the same topics compose twice, which costs time, never correctness.
        var key = new Key(composer.WindowStart(subscription, untilUtc), untilUtc, localDate, subscription.Stories,
            subscription.NoteWhenEmpty, string.Join('\u001F', subscription.Topics));
        if (!_composed.TryGetValue(key, out var digest))
        {
            _composed[key] = digest = composer.Compose(subscription, localDate, untilUtc);
        }
        return digest;
    }

    private readonly record struct Key(DateTime From, DateTime Until, DateOnly Date, int Stories, bool NoteWhenEmpty, string Topics);
}
