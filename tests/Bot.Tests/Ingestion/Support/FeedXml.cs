using System.Globalization;
using System.Net;
using System.Security;
using System.Text;

namespace Bot.Tests.Ingestion.Support;

/// <summary>An item to put into a generated feed.</summary>
public sealed record TestItem(string Title, string Link, string Guid, DateTimeOffset Published, string? ContentHtml, string? SummaryHtml, string? Author = null);

/// <summary>Builds RSS 2.0, Atom 1.0, RSS 1.0 (RDF) feeds and article pages for the fixture server.</summary>
public static class FeedXml
{
    private static string X(string? s) => SecurityElement.Escape(s ?? "");

    public static string Rss(IEnumerable<TestItem> items, int? ttlMinutes = null, string encoding = "utf-8")
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\" encoding=\"{encoding}\"?>\n")
            .Append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>")
            .Append("<title>أخبار</title><link>http://example.com/</link><description>اختبار</description>");
        if (ttlMinutes is { } ttl) sb.Append("<ttl>").Append(ttl).Append("</ttl>");
        foreach (var i in items)
        {
            sb.Append("<item><title>").Append(X(i.Title)).Append("</title><link>").Append(X(i.Link)).Append("</link>")
              .Append("<guid isPermaLink=\"false\">").Append(X(i.Guid)).Append("</guid>")
              .Append("<pubDate>").Append(i.Published.ToString("r", CultureInfo.InvariantCulture)).Append("</pubDate>");
            if (i.Author is not null) sb.Append("<dc:creator>").Append(X(i.Author)).Append("</dc:creator>");
            if (i.SummaryHtml is not null) sb.Append("<description>").Append(X(i.SummaryHtml)).Append("</description>");
            if (i.ContentHtml is not null) sb.Append("<content:encoded>").Append(X(i.ContentHtml)).Append("</content:encoded>");
            sb.Append("</item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    public static string Atom(IEnumerable<TestItem> items)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">")
            .Append("<title>أخبار أتوم</title><id>urn:test:atom</id><updated>2025-03-01T08:00:00Z</updated>");
        foreach (var i in items)
        {
            sb.Append("<entry><title type=\"text\">").Append(X(i.Title)).Append("</title>")
              .Append("<link rel=\"alternate\" href=\"").Append(X(i.Link)).Append("\"/>")
              .Append("<id>").Append(X(i.Guid)).Append("</id>")
              .Append("<updated>").Append(i.Published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("</updated>")
              .Append("<published>").Append(i.Published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("</published>");
            if (i.Author is not null) sb.Append("<author><name>").Append(X(i.Author)).Append("</name></author>");
            if (i.SummaryHtml is not null) sb.Append("<summary type=\"html\">").Append(X(i.SummaryHtml)).Append("</summary>");
            if (i.ContentHtml is not null) sb.Append("<content type=\"html\">").Append(X(i.ContentHtml)).Append("</content>");
            sb.Append("</entry>");
        }
        return sb.Append("</feed>").ToString();
    }

    public static string Rdf(IEnumerable<TestItem> items)
    {
        var list = items.ToList();
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" ")
            .Append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">")
            .Append("<channel rdf:about=\"http://example.com/rdf\"><title>أخبار RDF</title><link>http://example.com/</link><description>اختبار</description>")
            .Append("<items><rdf:Seq>");
        foreach (var i in list) sb.Append("<rdf:li rdf:resource=\"").Append(X(i.Link)).Append("\"/>");
        sb.Append("</rdf:Seq></items></channel>");
        foreach (var i in list)
        {
            sb.Append("<item rdf:about=\"").Append(X(i.Link)).Append("\"><title>").Append(X(i.Title)).Append("</title>")
              .Append("<link>").Append(X(i.Link)).Append("</link>")
              .Append("<dc:date>").Append(i.Published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("</dc:date>");
            if (i.Author is not null) sb.Append("<dc:creator>").Append(X(i.Author)).Append("</dc:creator>");
            if (i.SummaryHtml is not null) sb.Append("<description>").Append(X(i.SummaryHtml)).Append("</description>");
            if (i.ContentHtml is not null) sb.Append("<content:encoded>").Append(X(i.ContentHtml)).Append("</content:encoded>");
            sb.Append("</item>");
        }
        return sb.Append("</rdf:RDF>").ToString();
    }

    /// <summary>Full article HTML: paragraphs in &lt;p&gt;.</summary>
    public static string Content(CorpusArticle a) => string.Concat(a.Paragraphs().Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));

    /// <summary>A news page with navigation, scripts and a footer around the article, as sites serve them.</summary>
    public static string Page(CorpusArticle a, string? canonical, string? image = null, string? author = null, string? charset = "utf-8")
    {
        static string h(string? s) => WebUtility.HtmlEncode(s ?? "");
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>");
        if (charset is not null) sb.Append("<meta charset=\"").Append(charset).Append("\">");
        sb.Append("<title>").Append(h(a.Title)).Append(" | موقع الاختبار</title>");
        if (canonical is not null) sb.Append("<link rel=\"canonical\" href=\"").Append(h(canonical)).Append("\">");
        if (image is not null) sb.Append("<meta property=\"og:image\" content=\"").Append(h(image)).Append("\">");
        if (author is not null) sb.Append("<meta name=\"author\" content=\"").Append(h(author)).Append("\">");
        sb.Append("<script>window.tracker = 'x'; document.write('<p>حقن</p>');</script><style>p{color:red}</style></head><body>")
          .Append("<nav><a href=\"/\">الرئيسية</a> <a href=\"/sport\">رياضة</a> <a href=\"/eco\">اقتصاد</a></nav>")
          .Append("<main><article><h1>").Append(h(a.Title)).Append("</h1>");
        foreach (var p in a.Paragraphs()) sb.Append("<p>").Append(h(p)).Append("</p>");
        sb.Append("<script>alert('x')</script></article></main>")
          .Append("<footer><p>جميع الحقوق محفوظة</p></footer></body></html>");
        return sb.ToString();
    }
}
