using System.Text;
using Bot.Ingestion.Feeds;
using Bot.Tests.Ingestion.Support;

namespace Bot.Tests.Ingestion;

public sealed class FeedParserTests
{
    private static readonly DateTimeOffset When = new(2025, 3, 1, 7, 30, 0, TimeSpan.Zero);

    private static TestItem Item(CorpusArticle a, int n) =>
        new(a.Title, $"https://news.example/{n}", $"id-{n}", When, FeedXml.Content(a), a.Lead(10), "كاتب");

    [Fact]
    public void Parse_Rss20_ReadsItemsFieldsAndTtl()
    {
        var a = Corpus.Articles[0];
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(FeedXml.Rss([Item(a, 1)], ttlMinutes: 45)), null);

        Assert.Equal("rss", feed.Format);
        Assert.Equal(TimeSpan.FromMinutes(45), feed.TimeToLive);
        var item = Assert.Single(feed.Items);
        Assert.Equal(a.Title, item.Title);
        Assert.Equal(new Uri("https://news.example/1"), item.Link);
        Assert.Equal("id-1", item.Guid);
        Assert.Equal(When, item.Published);
        Assert.Equal("كاتب", item.Author);
        Assert.Contains("<p>", item.ContentHtml);
    }

    [Fact]
    public void Parse_Atom10_ReadsEntries()
    {
        var items = Corpus.Articles.Take(2).Select((a, i) => Item(a, i)).ToList();
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(FeedXml.Atom(items)), null);

        Assert.Equal("atom", feed.Format);
        Assert.Equal(items.Select(i => i.Title), feed.Items.Select(i => i.Title));
        Assert.Equal("كاتب", feed.Items[0].Author);
        Assert.Equal(When, feed.Items[0].Published);
    }

    [Fact]
    public void Parse_Rss10Rdf_ReadsItemsBesideTheChannel()
    {
        var items = Corpus.Articles.Take(3).Select((a, i) => Item(a, i)).ToList();
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(FeedXml.Rdf(items)), null);

        Assert.Equal("rdf", feed.Format);
        Assert.Equal(items.Select(i => i.Title), feed.Items.Select(i => i.Title));
        Assert.Equal(When, feed.Items[2].Published);
        Assert.Equal("كاتب", feed.Items[2].Author);
        Assert.Contains("<p>", feed.Items[1].ContentHtml);
        Assert.Equal(new Uri("https://news.example/2"), feed.Items[2].Link);
    }

    [Fact]
    public void Parse_Rss10RdfWithMarkupInsideFields_KeepsTheItems()
    {
        // Child elements where RSS 1.0 expects text: XHTML in description, a stray <b> in a title. Such an item used to
        // fail the whole feed (ReadElementContentAsString throws on child elements).
        const string xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://example.com/rdf"><title>أخبار</title><link>http://example.com/</link><description>اختبار</description></channel>
              <item rdf:about="https://news.example/1"><title>عنوان <b>عاجل</b> &amp; مهم</title><link>https://news.example/1</link>
                <description><p xmlns="http://www.w3.org/1999/xhtml">فقرة <em>أولى</em></p></description><dc:date>2025-03-01T07:30:00Z</dc:date></item>
              <item rdf:about="https://news.example/2"><title>الثاني</title><link>https://news.example/2</link>
                <description>&lt;p&gt;نص&lt;/p&gt;</description></item>
            </rdf:RDF>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null);

        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("عنوان عاجل & مهم", feed.Items[0].Title);
        Assert.Contains("أولى", feed.Items[0].SummaryHtml);
        Assert.Contains("<p", feed.Items[0].SummaryHtml);
        Assert.Equal(When, feed.Items[0].Published);
        Assert.Equal("<p>نص</p>", feed.Items[1].SummaryHtml);
    }

    [Fact]
    public void Parse_Rss20WithMarkupInsideDescription_KeepsTheItems()
    {
        const string xml = """
            <rss version="2.0"><channel><title>أخبار</title><link>http://example.com/</link><description>اختبار</description>
              <item><title>الأول <b>عاجل</b></title><link>https://news.example/1</link><description><p>فقرة <em>أولى</em></p></description></item>
              <item><title>الثاني</title><link>https://news.example/2</link><description>&lt;p&gt;نص&lt;/p&gt;</description></item>
            </channel></rss>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null);

        // Such an item used to fail the whole feed (ReadElementString throws on child elements).
        Assert.Equal(["الأول عاجل", "الثاني"], feed.Items.Select(i => i.Title));
        Assert.Equal("<p>فقرة <em>أولى</em></p>", feed.Items[0].SummaryHtml);
        Assert.Equal("<p>نص</p>", feed.Items[1].SummaryHtml);
        Assert.Equal(new Uri("https://news.example/1"), feed.Items[0].Link);
    }

    [Theory]
    [InlineData("version=\"0.91\"")]
    [InlineData("version=\"0.92\"")]
    [InlineData("")]
    public void Parse_RssOfAnOlderVersionOrNone_ReadsItsItemsAsRss20(string version)
    {
        // Rss20FeedFormatter alone refuses any version but 2.0 (NotSupportedException, which had escaped as an
        // unexpected error and backed the source off); 0.91 and 0.92 are 2.0's subset, still served by older sites.
        var items = Corpus.Articles.Take(2).Select((a, i) => Item(a, i)).ToList();
        var xml = FeedXml.Rss(items, ttlMinutes: 30).Replace("version=\"2.0\" xmlns:content", version + " xmlns:content", StringComparison.Ordinal);
        Assert.DoesNotContain("version=\"2.0\" xmlns:content", xml);

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null);

        Assert.Equal("rss", feed.Format);
        Assert.Equal(items.Select(i => i.Title), feed.Items.Select(i => i.Title));
        Assert.Equal(new Uri("https://news.example/1"), feed.Items[1].Link);
        Assert.Equal(When, feed.Items[0].Published);
        Assert.Equal(TimeSpan.FromMinutes(30), feed.TimeToLive);
        Assert.Contains("<p>", feed.Items[0].ContentHtml);
    }

    [Theory]
    [InlineData("billion-laughs.xml")]   // exponential entity expansion
    [InlineData("external-entity.xml")]  // file:///etc/passwd through an external entity
    [InlineData("malformed.xml")]        // unclosed elements
    public void Parse_HostileOrBrokenXml_Throws(string fixture)
    {
        Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Corpus.Fixture(fixture), null));
    }

    [Fact]
    public void Parse_RandomlyBrokenFeeds_ThrowOnlyFeedFormatException()
    {
        // The poller treats FeedFormatException as the feed's fault and anything else as a bug: a broken feed must
        // never be the second kind.
        string[] pieces =
        [
            "<", ">", "&", "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<b>", "</item>", "<entry>", "</title>", "<link>", "<pubDate>",
            "Mon, 99 Foo 2025", "\"", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "\u0001", "<description>", "</channel>", " version=\"0.9\"",
            "<enclosure url='%%' type='image/png'/>", "<content:encoded>", "xmlns:q='u'",
        ];
        var random = new Random(20261130);
        var items = Corpus.Articles.Take(3).Select((a, i) => Item(a, i)).ToList();
        var unexpected = new List<string>();
        for (var c = 0; c < 1500; c++)
        {
            var xml = new StringBuilder((c % 3) switch { 0 => FeedXml.Rss(items), 1 => FeedXml.Atom(items), _ => FeedXml.Rdf(items) });
            for (var e = random.Next(1, 8); e > 0 && xml.Length > 0; e--)
            {
                var at = random.Next(xml.Length);
                if (random.Next(3) == 0) xml.Remove(at, Math.Min(random.Next(1, 30), xml.Length - at));
                else xml.Insert(at, pieces[random.Next(pieces.Length)]);
            }
            try { FeedParser.Parse(Encoding.UTF8.GetBytes(xml.ToString()), random.Next(3) == 0 ? "windows-1256" : null); }
            catch (FeedFormatException) { }
            catch (Exception e) { unexpected.Add($"{e.GetType().Name}: {e.Message}"); }
        }
        Assert.Empty(unexpected);
    }

    [Fact]
    public void Parse_NotAFeed_Throws()
    {
        Assert.Throws<FeedFormatException>(() => FeedParser.Parse("<html><body/></html>"u8.ToArray(), null));
    }

    [Fact]
    public void Parse_UnreadableDate_KeepsTheItemWithoutDate()
    {
        var xml = FeedXml.Rss([Item(Corpus.Articles[0], 1)]).Replace(When.ToString("r", System.Globalization.CultureInfo.InvariantCulture), "أمس", StringComparison.Ordinal);

        var item = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null).Items);

        Assert.Null(item.Published);
    }

    [Theory]
    [InlineData("Sat, 01 Mar 2025 07:30:00 GMT")]
    [InlineData("Sat, 01 Mar 2025 02:30:00 EST")]   // named zone .NET does not read by itself
    [InlineData("2025-03-01T10:30:00+03:00")]
    public void ParseDate_CommonFeedFormats_AreRead(string text)
    {
        Assert.Equal(When, FeedParser.ParseDate(text));
    }
}
