using AngleSharp.Html.Parser;
using SmartReader;

namespace Bot.Ingestion.Pages;

/// <summary>The main text and metadata of an article page.</summary>
public sealed record ExtractedPage(
    string Title,
    IReadOnlyList<string> Paragraphs,
    Uri? CanonicalUrl,
    string? Author,
    DateTimeOffset? Published,
    string? ImageUrl,
    string? SiteName);

/// <summary>
/// Finds an article in an HTML page with SmartReader (a port of Mozilla's Readability) and turns its
/// content into plain paragraphs. Nothing is fetched: SmartReader only sees the HTML we read.
/// </summary>
public static class PageExtractor
{
    /// <summary>SmartReader's default (500 characters) refuses short wire stories.</summary>
    private const int MinArticleChars = 200;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>Separates paragraphs in <see cref="Article.TextContent"/>; <see cref="HtmlText"/> collapses every newline inside one.</summary>
    private const char ParagraphBreak = '\n';

    static PageExtractor()
    {
        // SmartReader builds every article's HTML (Content) and plain text (TextContent) through these two
        // process-wide hooks. Its default plain-text conversion copies the text once per element and
        // removes spaces one StringBuilder.Remove at a time (quadratic): with the HTML serialisation and
        // our re-parse of it, half the extraction time and ~40 % of its allocations for text we threw
        // away. So TextContent becomes our paragraphs, read straight from the element SmartReader chose,
        // and Content is not built. This class is SmartReader's only user in the process.
        Article.Serializer = static _ => "";
        Article.Converter = static element => string.Join(ParagraphBreak, HtmlText.Paragraphs(element));
    }

    /// <summary>The article in the page, or null when the page holds none.</summary>
    public static ExtractedPage? Extract(Uri url, string html)
    {
        using var document = Parser.ParseDocument(html);
        // Read before SmartReader, which rewrites the document.
        var canonical = Absolute(url, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var ogImage = Absolute(url, document.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));

        var reader = new Reader(url.AbsoluteUri, document) { CharThreshold = MinArticleChars };
        var article = reader.GetArticle();
        if (!article.IsReadable) return null;
        if (article.TextContent.Length == 0) return null;
        var paragraphs = article.TextContent.Split(ParagraphBreak);
        var image = ogImage?.AbsoluteUri ?? Absolute(url, article.FeaturedImage)?.AbsoluteUri;
        return new ExtractedPage(
            HtmlText.Line(article.Title),
            paragraphs,
            canonical,
            NullIfBlank(HtmlText.Line(article.Author ?? article.Byline)),
            article.PublicationDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)) : null,
            image,
            NullIfBlank(article.SiteName));
    }

    private static Uri? Absolute(Uri page, string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        return Uri.TryCreate(page, href.Trim(), out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri : null;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
