using System.Security.Cryptography;
using System.Text;
using Bot.Storage;
using Bot.Text;

namespace Bot.Ingestion;

/// <summary>
/// Turns raw article text into a stored <see cref="Article"/>: runs the text engine once (summary,
/// quotes, keywords) and computes the content hash that makes every import idempotent.
/// </summary>
public sealed class ArticleProcessor(ArabicTextEngine engine, ArticleStore articles, TimeProvider time)
{
    /// <summary>How many words an article's stored summary may have.</summary>
    public static readonly SummaryBudget SummaryBudget = SummaryBudget.Words(60);
    private const int MaxStoredQuotes = 10;

    public static string ContentHash(string title, string body)
    {
        var normalised = ArabicText.Normalize(title) + "\n" + ArabicText.Normalize(string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    public Article Build(string title, string source, string url, string body, DateTime? publishedUtc)
    {
        var analysis = engine.Analyze(title, body, SummaryBudget);
        var now = time.GetUtcNow().UtcDateTime;
        return new Article
        {
            Title = title,
            Source = source,
            Url = url,
            Body = body,
            PublishedUtc = publishedUtc ?? now,
            IngestedUtc = now,
            Summary = [.. analysis.Summary],
            Quotes = analysis.Quotes.Take(MaxStoredQuotes).Select(q => new ArticleQuote { Speaker = q.Speaker, Text = q.Text }).ToList(),
            Keywords = [.. analysis.Keywords],
            ContentHash = ContentHash(title, body),
        };
    }

    /// <summary>Analyses and stores an article unless its content is already stored.</summary>
    public (Article Article, bool Added) Store(string title, string source, string url, string body, DateTime? publishedUtc)
    {
        var hash = ContentHash(title, body);
        if (articles.ExistsByHash(hash))
        {
            return (articles.FindByHash(hash)!, false);
        }
        return articles.AddIfNew(Build(title, source, url, body, publishedUtc));
    }
}
