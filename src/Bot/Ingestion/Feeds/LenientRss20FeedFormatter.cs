using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Bot.Ingestion.Feeds;

/// <summary>
/// RSS 2.0 as <see cref="Rss20FeedFormatter"/> reads it, except that an item whose text fields hold child elements
/// (<description><p>…</p></description>, <title>a <b>b</b></title>: common in hand-written feeds) is read instead of
/// failing the whole feed: a description keeps that markup as its HTML, other fields keep their text.
/// </summary>
public sealed class LenientRss20FeedFormatter : Rss20FeedFormatter
{
    private static readonly HashSet<string> MarkupFields = new(StringComparer.Ordinal) { "description" };

    protected override SyndicationItem ReadItem(XmlReader reader, SyndicationFeed feed)
    {
        XElement item;
        using (var subtree = reader.ReadSubtree()) item = XElement.Load(subtree);
        // ReadSubtree leaves the reader on the item's last node; the formatter expects it past the item.
        reader.Read();
        foreach (var field in item.Elements())
        {
            if (!field.HasElements || field.Name.NamespaceName.Length > 0) continue;
            field.ReplaceNodes(new XText(MarkupFields.Contains(field.Name.LocalName) ? FieldMarkup(field) : field.Value));
        }
        using var itemReader = item.CreateReader();
        itemReader.MoveToContent();
        return base.ReadItem(itemReader, feed);
    }

    /// <summary>An HTML field as a feed gives it: its text (escaped or CDATA HTML, the usual form), or the XHTML child
    /// elements it holds (<description><p>…</p></description>) as markup.</summary>
    internal static string FieldMarkup(XElement field) =>
        field.HasElements ? string.Concat(field.Nodes().Select(n => n.ToString())) : field.Value;
}
