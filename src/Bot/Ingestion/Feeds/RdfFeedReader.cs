using System.Xml;

namespace Bot.Ingestion.Feeds;

/// <summary>
/// RSS 1.0: an rdf:RDF root whose item elements are siblings of the channel; fields from RSS 1.0
/// itself, Dublin Core (dc:date, dc:creator) and the content module (content:encoded).
/// </summary>
public static class RdfFeedReader
{
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static ParsedFeed Read(XmlReader reader, int maxItems)
    {
        var items = new List<FeedItem>();
        var rootDepth = reader.Depth;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == rootDepth + 1 && reader.LocalName == "item")
            {
                if (items.Count < maxItems) items.Add(ReadItem(reader));
                else reader.Skip();
            }
        }
        return new ParsedFeed("rdf", items, null);
    }

    private static FeedItem ReadItem(XmlReader reader)
    {
        var about = reader.GetAttribute("about", RdfNamespace);
        string title = "", link = "";
        string? description = null, content = null, date = null, creator = null;
        using (var item = reader.ReadSubtree())
        {
            item.Read();
            item.Read();
            while (!item.EOF)
            {
                if (item.NodeType != XmlNodeType.Element || item.Depth != 1)
                {
                    item.Read();
                    continue;
                }
                // Each case moves past the element it reads.
                switch (item.LocalName)
                {
                    case "title": title = Text(item); break;
                    case "link": link = Text(item).Trim(); break;
                    case "description": description = Markup(item); break;
                    case "encoded": content = Markup(item); break;
                    case "date": date = Text(item); break;
                    case "creator": creator = Text(item); break;
                    default: item.Skip(); break;
                }
            }
        }
        Uri.TryCreate(link.Length > 0 ? link : about, UriKind.Absolute, out var uri);
        return new FeedItem(title, uri, about, FeedParser.ParseDate(date), content, description, creator, null);
    }

    /// <summary>The text of the element the reader is on, child elements' text included (<title>a <b>b</b></title> → «a b»);
    /// moves past the element. ReadElementContentAsString would throw on a child element and fail the whole feed.</summary>
    private static string Text(XmlReader reader)
    {
        if (reader.IsEmptyElement) { reader.Read(); return ""; }
        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                text.Append(reader.Value);
            reader.Read();
        }
        reader.Read();
        return text.ToString();
    }

    /// <summary>HTML content (<see cref="LenientRss20FeedFormatter.FieldMarkup"/>); moves past the element.</summary>
    private static string Markup(XmlReader reader)
    {
        if (reader.IsEmptyElement) { reader.Read(); return ""; }
        using var subtree = reader.ReadSubtree();
        var element = System.Xml.Linq.XElement.Load(subtree);
        reader.Read();
        return LenientRss20FeedFormatter.FieldMarkup(element);
    }
}
