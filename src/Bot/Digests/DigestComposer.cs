using Bot.Storage;
using LiteDB;

namespace Bot.Digests;

/// <summary>A composed digest: its message parts and the end of the window it covers.</summary>
public sealed record ComposedDigest(DateOnly LocalDate, IReadOnlyList<string> Parts, int StoryCount, DateTime CoveredUntilUtc);

/// <summary>Builds a chat's digest from the articles ingested since its previous one.</summary>
public sealed class DigestComposer
{
    private readonly ILiteCollection<Article> _articles;
    private readonly DigestOptions _options;

    public DigestComposer(BotDatabase database, Microsoft.Extensions.Options.IOptions<DigestOptions> options)
    {
        _articles = database.Articles;
        _articles.EnsureIndex(a => a.IngestedUtc);
        _options = options.Value;
    }

    public ComposedDigest Compose(Subscription subscription, DateOnly localDate, DateTime untilUtc)
    {
        var from = subscription.CoveredUntilUtc ?? untilUtc - _options.FirstDigestLookback;
        var articles = _articles.Find(a => a.IngestedUtc > from && a.IngestedUtc <= untilUtc).ToList();
        var stories = StoryRanker.Rank(articles, subscription.Topics, from, untilUtc, subscription.Stories);
        var parts = DigestRenderer.Render(localDate, stories);
        if (parts.Count == 0 && subscription.NoteWhenEmpty)
        {
            parts = [DigestRenderer.Header(localDate) + "\n" + DigestRenderer.EmptyNote];
        }
        return new ComposedDigest(localDate, parts, stories.Count, untilUtc);
    }
}
