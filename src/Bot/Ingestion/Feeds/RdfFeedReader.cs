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
                    case "title": title = item.ReadElementContentAsString(); break;
                    case "link": link = item.ReadElementContentAsString().Trim(); break;
                    case "description": description = item.ReadElementContentAsString(); break;
                    case "encoded": content = item.ReadElementContentAsString(); break;
                    case "date": date = item.ReadElementContentAsString(); break;
                    case "creator": creator = item.ReadElementContentAsString(); break;
                    default: item.Skip(); break;
                }
            }
        }
        Uri.TryCreate(link.Length > 0 ? link : about, UriKind.Absolute, out var uri);
        return new FeedItem(title, uri, about, FeedParser.ParseDate(date), content, description, creator, null);
    }
}
