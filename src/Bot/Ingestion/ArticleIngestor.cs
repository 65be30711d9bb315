using Bot.Ingestion.Feeds;
using Bot.Ingestion.Fetching;
using Bot.Ingestion.Pages;
using Bot.Ingestion.Stories;
using Bot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Ingestion;

public enum IngestOutcome { Added, Duplicate, Skipped }

/// <summary>The article could not be read from a page: not HTML, or no article text in it.</summary>
public sealed class NotAnArticleException(string message, bool notHtml) : Exception(message)
{
    public bool NotHtml { get; } = notHtml;
}

/// <summary>
/// From a feed item or a link to a stored article: skip what is stored (by cleaned URL, GUID, then
/// content hash); fetch the page when the feed gives only an excerpt; run the text engine once; put
/// the article into its story; store and index it. Safe to call concurrently: analysis runs in
/// parallel, the dedupe-match-store step is serialised.
/// </summary>
public sealed class ArticleIngestor(
    SafeFetcher fetcher,
    ArticleProcessor processor,
    ArticleStore articles,
    BotDatabase database,
    StoryMatcher stories,
    IOptions<IngestionOptions> options,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<ArticleIngestor> logger)
{
    private const string HtmlAccept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    private readonly IngestionOptions _options = options.Value;
    private readonly Lock _storeLock = new();
    private readonly SemaphoreSlim _cpu = new(Environment.ProcessorCount);
    private bool _storiesLoaded; // guarded by _storeLock

    public async Task<IngestOutcome> IngestItemAsync(string sourceName, FeedItem item, CancellationToken ct)
    {
        var url = item.Link is { } link ? UrlCleaner.Canonical(link) : "";
        var guid = string.IsNullOrWhiteSpace(item.Guid) ? null : item.Guid.Trim();
        if (IsStored(url, guid)) return IngestOutcome.Duplicate;
        if (PastRetention(item.Published)) return IngestOutcome.Skipped;

        var title = HtmlText.Line(item.Title);
        var paragraphs = HtmlText.Paragraphs(item.ContentHtml);
        if (paragraphs.Count == 0) paragraphs = HtmlText.Paragraphs(item.SummaryHtml);
        string? author = NullIfBlank(HtmlText.Line(item.Author)), image = item.ImageUrl;
        var published = item.Published;

        if (HtmlText.WordCount(paragraphs) < _options.MinFullTextWords && item.Link is not null)
        {
            try
            {
                var page = await FetchPageAsync(item.Link, ct);
                var pageUrl = UrlCleaner.Canonical(page.Page.CanonicalUrl ?? page.FinalUrl);
                // Usually the page names the URL the feed linked to, looked up above (a race is caught under the store lock).
                if (pageUrl != url && IsStored(pageUrl, null)) return IngestOutcome.Duplicate;
                url = pageUrl;
                paragraphs = page.Page.Paragraphs;
                if (title.Length == 0) title = page.Page.Title;
                author ??= page.Page.Author;
                image ??= page.Page.ImageUrl;
                published ??= page.Page.Published;
            }
            catch (Exception e) when (e is FetchException or NotAnArticleException)
            {
                // Keep the excerpt when there is one; else the item is tried again at the next poll.
                logger.LogInformation("Page of {Url} from {Source} not read ({Reason}); using the feed text", item.Link, sourceName, e.Message);
            }
        }
        if (title.Length == 0 || paragraphs.Count == 0 || PastRetention(published)) return IngestOutcome.Skipped;
        var (_, added) = await OnCpuAsync(() => Store(title, sourceName, url, guid, paragraphs, published, author, image), ct);
        return added ? IngestOutcome.Added : IngestOutcome.Duplicate;
    }

    /// <summary>A link a user sent: fetched, extracted and stored (or found stored). Throws <see cref="FetchException"/> or <see cref="NotAnArticleException"/>.</summary>
    public async Task<Article> IngestLinkAsync(Uri link, CancellationToken ct)
    {
        var url = UrlCleaner.Canonical(link);
        if (database.FindByUrl(url) is { } known) return known;
        var page = await FetchPageAsync(link, ct);
        url = UrlCleaner.Canonical(page.Page.CanonicalUrl ?? page.FinalUrl);
        if (database.FindByUrl(url) is { } stored) return stored;
        var source = page.Page.SiteName ?? page.FinalUrl.Host;
        var (article, _) = await OnCpuAsync(() => Store(page.Page.Title.Length > 0 ? page.Page.Title : page.FinalUrl.Host, source, url, null,
            page.Page.Paragraphs, page.Page.Published, page.Page.Author, page.Page.ImageUrl, submittedByUser: true), ct);
        return article;
    }

    /// <summary>
    /// Fills the story matcher from the recent stored articles, once. A failure is not remembered: the
    /// next call (at the latest, the next article stored) tries again. The poller calls this at start so
    /// that the first article does not pay for it.
    /// </summary>
    public void EnsureStoriesLoaded()
    {
        lock (_storeLock) LoadStoriesLocked();
    }

    private void LoadStoriesLocked()
    {
        if (_storiesLoaded) return;
        stories.Load(database.PublishedSince(time.GetUtcNow().UtcDateTime - _options.StoryWindow).Where(a => !a.SubmittedByUser));
        _storiesLoaded = true;
    }

    private async Task<(ExtractedPage Page, Uri FinalUrl)> FetchPageAsync(Uri link, CancellationToken ct)
    {
        var result = await fetcher.GetAsync(link, _options.MaxPageBytes, HtmlAccept, conditional: null, ct);
        if (result.MediaType is not ("text/html" or "application/xhtml+xml"))
        {
            throw new NotAnArticleException($"The page is {result.MediaType ?? "of no declared type"}, not HTML.", notHtml: true);
        }
        var page = await OnCpuAsync(() => PageExtractor.Extract(result.FinalUrl, TextDecoding.DecodeHtml(result.Body, result.Charset)), ct)
            ?? throw new NotAnArticleException("No article text found in the page.", notHtml: false);
        return (page, result.FinalUrl);
    }

    /// <summary>
    /// Runs CPU-bound work (extraction; analysis, storing and indexing) one item per core at a time.
    /// A poll round has dozens of items in flight (several per feed) so that fetches overlap; letting
    /// all of them compute at once only time-slices the cores, keeps more documents alive, and convoys
    /// on the store lock. Fetches stay outside: they wait on the network, not the CPU.
    /// </summary>
    private async Task<T> OnCpuAsync<T>(Func<T> work, CancellationToken ct)
    {
        await _cpu.WaitAsync(ct);
        try
        {
            return work();
        }
        finally
        {
            _cpu.Release();
        }
    }

    /// <summary>
    /// A feed item published before <see cref="StorageOptions.KeepArticlesFor"/>: retention would delete it, and the next
    /// poll would bring it back as new. An item without a date is taken (it is dated when ingested).
    /// </summary>
    private bool PastRetention(DateTimeOffset? published) =>
        published is { } p && p < time.GetUtcNow() - storage.Value.KeepArticlesFor;

    /// <summary>Stored from a feed. An article a user submitted is not: a feed bringing it promotes it (see <see cref="Store"/>).</summary>
    private bool IsStored(string url, string? guid) =>
        database.FindByUrl(url) is { SubmittedByUser: false } || database.FindByGuid(guid) is not null;

    /// <param name="submittedByUser">
    /// A link a user sent: stored and indexed for them, but put in no story (see <see cref="Article.SubmittedByUser"/>).
    /// A feed article that is already stored as submitted promotes it instead: it joins its story and the shared lists.
    /// </param>
    private (Article Article, bool Added) Store(string title, string source, string url, string? guid,
        IReadOnlyList<string> paragraphs, DateTimeOffset? published, string? author, string? image, bool submittedByUser = false)
    {
        var body = HtmlText.Body(paragraphs);
        var article = processor.Build(title, source, url, body, published?.UtcDateTime);
        article.Guid = guid;
        article.Author = author;
        article.ImageUrl = image is not null && SourceStoreUrl(image) ? image : null;
        article.SubmittedByUser = submittedByUser;
        var signature = StoryMatcher.Signature(title, body);
        lock (_storeLock)
        {
            LoadStoriesLocked();
            // Checked again under the lock: another poll may have stored the same URL meanwhile.
            if (database.FindByUrl(url) is { } byUrl) return PromoteOrKeep(byUrl, source, guid, submittedByUser);
            if (!submittedByUser) article.StoryId = stories.FindStory(signature, article.PublishedUtc) ?? 0;
            var (stored, added) = articles.InsertIfNew(article);
            if (!added) return PromoteOrKeep(stored, source, guid, submittedByUser);
            if (!submittedByUser) stories.Remember(stored, signature);
        }
        // Outside the lock: the index is thread-safe, and indexing was a third of the time spent holding it.
        articles.Index(article);
        return (article, true);
    }

    /// <summary>Under the store lock: a feed bringing an article a user submitted makes it a feed article; else the stored one stays as it is.</summary>
    private (Article Article, bool Added) PromoteOrKeep(Article stored, string source, string? guid, bool submittedByUser)
    {
        if (submittedByUser || !stored.SubmittedByUser) return (stored, false);
        var signature = StoryMatcher.Signature(stored.Title, stored.Body);
        var storyId = stories.FindStory(signature, stored.PublishedUtc) ?? stored.Id;
        stored = articles.Change(stored.Id, a =>
        {
            a.SubmittedByUser = false;
            a.Source = source;
            a.Guid ??= guid;
            a.StoryId = storyId;
            return true;
        }) ?? stored;
        stories.Remember(stored, signature);
        // Already in the search index since it was submitted.
        return (stored, true);
    }

    private static bool SourceStoreUrl(string url) => Sources.SourceStore.IsFeedUrl(url);

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
