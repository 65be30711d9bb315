using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Bot.Storage;
using Bot.Text;
using Microsoft.Extensions.Logging;

namespace Bot.Ingestion;

/// <summary>
/// Turns raw article text into a stored <see cref="Article"/>: runs the text engine once (summary,
/// quotes, keywords) and computes the content hash that makes every import idempotent.
/// </summary>
public sealed class ArticleProcessor(ArabicTextEngine engine, ArticleStore articles, TimeProvider time, ILogger<ArticleProcessor> logger)
{
    /// <summary>How many words an article's stored summary may have.</summary>
    public static readonly SummaryBudget SummaryBudget = SummaryBudget.Words(60);
    /// <summary>How many of the engine's ranked quotes an article keeps (the card shows the key ones among them).</summary>
    internal const int MaxStoredQuotes = 10;

    /// <summary>
    /// How far ahead of our clock a published time may be. Feeds' clocks drift a little; a date beyond
    /// this (2099, a wrong time zone) is clamped, or the article would head /latest for ever.
    /// </summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(10);

    /// <summary>
    /// SHA-256 of the UTF-8 of: the normalised title, a newline, the normalised body with its whitespace
    /// collapsed to single spaces. Stored hashes depend on this exact definition.
    /// </summary>
    public static string ContentHash(string title, string body)
    {
        // Hashed part by part: the words array, the joined and concatenated copies and the byte array of
        // the one-string form were ~45 KB per article.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendUtf8(hash, ArabicText.Normalize(title));
        AppendUtf8(hash, "\n");
        AppendUtf8(hash, ArabicText.Normalize(CollapseWhitespace(body)));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>What string.Join(' ', text.Split(null, RemoveEmptyEntries)) gives, without the words array.</summary>
    private static string CollapseWhitespace(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }
                if (pendingSpace) buffer[length++] = ' ';
                pendingSpace = false;
                buffer[length++] = c;
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static void AppendUtf8(IncrementalHash hash, string text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(text, bytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// What stored analyses depend on: the engine's build and what is kept of its answers. Stored beside the
    /// articles, so that a start with another version knows to analyse them again (<see cref="ArticleReanalysis"/>).
    /// </summary>
    public static string AnalysisVersion { get; } =
        $"engine {ArabicTextEngine.BuildId}; summary {SummaryBudget.MaxWords} words; {MaxStoredQuotes} quotes";

    public Article Build(string title, string source, string url, string body, DateTime? publishedUtc)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var latest = now + MaxClockSkew;
        var article = new Article
        {
            Title = title,
            Source = source,
            Url = url,
            Body = body,
            PublishedUtc = publishedUtc is not { } published ? now : published > latest ? latest : published,
            IngestedUtc = now,
            ContentHash = ContentHash(title, body),
        };
        Analyze(article);
        return article;
    }

    /// <summary>Fills the article's summary, quotes and keywords from its title and body.</summary>
    public void Analyze(Article article)
    {
        var analysis = engine.Analyze(article.Title, article.Body, SummaryBudget);
        // (the engine never throws: a step that failed all the same is left empty, and said here so it gets fixed)
        if (analysis.Failure is { } failure)
            logger.LogError("The text engine failed on {Url}; the failed part is stored empty: {Failure}", article.Url, failure);
        article.Summary = [.. analysis.Summary];
        article.Quotes = analysis.Quotes.Take(MaxStoredQuotes).Select(q => new ArticleQuote { Speaker = q.Speaker, Text = q.Text }).ToList();
        article.Keywords = [.. analysis.Keywords];
    }

    /// <summary>Analyses and stores an article unless its content is already stored.</summary>
    public (Article Article, bool Added) Store(string title, string source, string url, string body, DateTime? publishedUtc)
    {
        var hash = ContentHash(title, body);
        if (articles.FindByHash(hash) is { } stored) return (stored, false);
        return articles.AddIfNew(Build(title, source, url, body, publishedUtc));
    }
}
