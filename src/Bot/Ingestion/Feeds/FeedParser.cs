using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Bot.Ingestion.Fetching;

namespace Bot.Ingestion.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication and RSS 1.0 (RDF), which it does not
/// know, with <see cref="RdfFeedReader"/>. Every reader is hardened: DTDs are refused (no billion
/// laughs, no external entities), no resolver is set (nothing is fetched from a file:// or http://
/// reference), and the document size is bounded. An RSS or RDF item whose text fields hold child elements is read
/// (<see cref="LenientRss20FeedFormatter"/>), not allowed to fail the whole feed.
/// </summary>
public static class FeedParser
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string MediaNamespace = "http://search.yahoo.com/mrss/";

    public static XmlReaderSettings SafeSettings(int maxChars) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxChars,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <param name="body">The raw bytes as fetched.</param>
    /// <param name="httpCharset">The charset of the HTTP Content-Type, which overrides the XML declaration.</param>
    public static ParsedFeed Parse(byte[] body, string? httpCharset, int maxItems = 200)
    {
        // Named first: it registers the code pages the XML reader may need for the declaration's encoding.
        var encoding = TextDecoding.Named(httpCharset);
        var settings = SafeSettings(Math.Max(body.Length * 2, 1024));
        try
        {
            using var reader = encoding is null
                ? XmlReader.Create(new MemoryStream(body), settings)
                : XmlReader.Create(new StringReader(TextDecoding.Decode(body, encoding)), settings);
            reader.MoveToContent();
            return reader.LocalName switch
            {
                "RDF" => RdfFeedReader.Read(reader, maxItems),
                "rss" => FromSyndication("rss", Read(new LenientRss20FeedFormatter(), AsRss20(reader)), maxItems),
                "feed" => FromSyndication("atom", Read(new Atom10FeedFormatter(), reader), maxItems),
                var other => throw new FeedFormatException($"The document's root element <{other}> is not rss, feed or rdf:RDF."),
            };
        }
        catch (XmlException e)
        {
            throw new FeedFormatException("Not well-formed or not allowed XML: " + e.Message, e);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new FeedFormatException("Not a readable feed: " + e.Message, e);
        }
    }

    /// <summary>
    /// The rss element as RSS 2.0: versions 0.91 and 0.92, which older news sites still serve, and an rss element without
    /// a version are its subset, but <see cref="Rss20FeedFormatter"/> refuses any version but "2.0" — so such a document
    /// is read into memory (already bounded by <see cref="SafeSettings"/>) with its version set to 2.0.
    /// </summary>
    private static XmlReader AsRss20(XmlReader reader)
    {
        if (reader.GetAttribute("version") == "2.0") return reader;
        var rss = (XElement)XNode.ReadFrom(reader);
        rss.SetAttributeValue("version", "2.0");
        var read = rss.CreateReader();
        read.MoveToContent();
        return read;
    }

    private static SyndicationFeed Read(SyndicationFeedFormatter formatter, XmlReader reader)
    {
        formatter.DateTimeParser = TryParseDate;
        formatter.UriParser = TryParseUri;
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static ParsedFeed FromSyndication(string format, SyndicationFeed feed, int maxItems)
    {
        var items = new List<FeedItem>();
        foreach (var item in feed.Items.Take(maxItems))
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri;
            if (link is { IsAbsoluteUri: false }) link = feed.BaseUri is { } b ? new Uri(b, link) : null;
            var published = item.PublishDate != default ? item.PublishDate
                : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
            var content = Extension(item, "encoded", ContentNamespace)
                ?? (item.Content as TextSyndicationContent)?.Text;
            var author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
                ?? Extension(item, "creator", DublinCoreNamespace);
            var image = item.Links.FirstOrDefault(l => l.RelationshipType == "enclosure" && (l.MediaType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ?? false))?.Uri?.AbsoluteUri
                ?? MediaUrl(item);
            items.Add(new FeedItem(item.Title?.Text ?? "", link, item.Id, published, content, item.Summary?.Text, author, image));
        }
        return new ParsedFeed(format, items, feed.TimeToLive);
    }

    private static string? Extension(SyndicationItem item, string name, string ns)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == name && extension.OuterNamespace == ns)
            {
                using var reader = extension.GetReader();
                return reader.ReadElementContentAsString();
            }
        }
        return null;
    }

    private static string? MediaUrl(SyndicationItem item)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterNamespace == MediaNamespace && extension.OuterName is "content" or "thumbnail")
            {
                using var reader = extension.GetReader();
                if (reader.GetAttribute("url") is { Length: > 0 } url) return url;
            }
        }
        return null;
    }

    private static bool TryParseUri(XmlUriData data, out Uri? uri)
    {
        // A malformed link must not fail the whole feed: the item is kept without it.
        uri = Uri.TryCreate(data.UriString?.Trim(), data.UriKind, out var parsed) ? parsed : null;
        return true;
    }

    /// <summary>RFC 822 and ISO 8601 dates as feeds write them; an unreadable date is "unknown", not an error.</summary>
    public static bool TryParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        value = ParseDate(data.DateTimeString) ?? default;
        return true;
    }

    public static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }
        // RFC 822 zone names .NET does not read: "Tue, 05 Mar 2024 10:00:00 EST".
        var zones = new (string Name, string Offset)[] { ("UT", "+0000"), ("GMT", "+0000"), ("Z", "+0000"), ("EST", "-0500"), ("EDT", "-0400"), ("CST", "-0600"), ("CDT", "-0500"), ("MST", "-0700"), ("MDT", "-0600"), ("PST", "-0800"), ("PDT", "-0700") };
        foreach (var (name, offset) in zones)
        {
            if (s.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase)
                && DateTimeOffset.TryParse(s[..^name.Length] + offset, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out parsed))
            {
                return parsed;
            }
        }
        return null;
    }
}
