using Bot.Ingestion.Pages;
using Bot.Tests.Ingestion.Support;

namespace Bot.Tests.Ingestion;

public sealed class PageExtractorTests
{
    private static readonly Uri PageUrl = new("https://news.example/p/1?utm_source=rss");

    [Fact]
    public void Extract_NewsPage_GivesArticleParagraphsOnly()
    {
        var article = Corpus.Articles.First(a => a.Paragraphs().Count >= 3);

        var page = PageExtractor.Extract(PageUrl, FeedXml.Page(article, canonical: "/news/1", image: "/img/1.jpg", author: "مراسل"));

        Assert.NotNull(page);
        Assert.Equal(article.Paragraphs(), page.Paragraphs);
        Assert.Equal(new Uri("https://news.example/news/1"), page.CanonicalUrl);
        Assert.Equal("https://news.example/img/1.jpg", page.ImageUrl);
        Assert.Equal("مراسل", page.Author);
    }

    [Fact]
    public void Extract_MarkupInsideParagraphs_IsPlainText()
    {
        var text = string.Concat(Enumerable.Repeat("<p>قال الوزير <b>إن</b> المحادثات مع الوفد الزائر كانت &laquo;بناءة ومثمرة&raquo; وإنها ستستمر <em>غدًا</em> في العاصمة بحضور ممثلين عن الطرفين.</p>", 8));
        var html = $"<html><head><title>عنوان</title></head><body><article><h1>عنوان</h1>{text}<script>حقن()</script></article></body></html>";

        var page = PageExtractor.Extract(PageUrl, html);

        Assert.NotNull(page);
        Assert.All(page.Paragraphs, p => Assert.Equal("قال الوزير إن المحادثات مع الوفد الزائر كانت «بناءة ومثمرة» وإنها ستستمر غدًا في العاصمة بحضور ممثلين عن الطرفين.", p));
    }

    [Fact]
    public void Extract_PageWithoutArticle_IsNull()
    {
        Assert.Null(PageExtractor.Extract(PageUrl, "<html><body><nav><a href=\"/\">الرئيسية</a></nav></body></html>"));
    }
}
