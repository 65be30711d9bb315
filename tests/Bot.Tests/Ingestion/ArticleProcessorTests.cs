using System.Security.Cryptography;
using System.Text;
using Bot.Ingestion;
using Bot.Tests.Ingestion.Support;
using Bot.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Ingestion;

public sealed class ArticleProcessorTests
{
    /// <summary>The definition stored hashes were computed with; the hash must never drift from it.</summary>
    private static string Reference(string title, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            ArabicText.Normalize(title) + "\n" + ArabicText.Normalize(string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))));

    [Fact]
    public void ContentHash_CorpusArticles_MatchesTheStoredDefinition()
    {
        Assert.All(Corpus.Articles, a =>
        {
            var body = string.Join("\n\n", a.Paragraphs());
            Assert.Equal(Reference(a.Title, body), ArticleProcessor.ContentHash(a.Title, body));
        });
    }

    [Theory]
    [InlineData("", "")]                                          // nothing at all
    [InlineData("عنوان", "  \t\n ")]                               // a body of whitespace only
    [InlineData(" عنوان ", "\u00A0قال\u2003الوزير \r\n\r\n «نعم»  ")] // no-break and em spaces, CRLF, spaces at both ends
    [InlineData("إعلان", "كلمة\u200Bملتصقة\tو\u0640تطويل")]          // zero-width space is not whitespace; tab is; tatweel left to the normaliser
    public void ContentHash_WhitespaceVariants_MatchesTheStoredDefinition(string title, string body)
    {
        Assert.Equal(Reference(title, body), ArticleProcessor.ContentHash(title, body));
    }

    [Fact]
    public void ContentHash_SameWordsOtherSpacing_IsTheSame()
    {
        Assert.Equal(ArticleProcessor.ContentHash("عنوان", "قال  الوزير\n\nنعم"), ArticleProcessor.ContentHash("عنوان", "قال الوزير نعم"));
    }

    [Fact]
    public async Task Build_PublishedFarAhead_IsClampedToNowPlusSkew()
    {
        await using var host = await IngestionHost.StartAsync([]);
        var processor = host.Services.GetRequiredService<ArticleProcessor>();
        var a = Corpus.Articles[0];
        var now = IngestionHost.Start.UtcDateTime;

        var farAhead = processor.Build(a.Title, "s", "https://example.com/1", a.Document, new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var slightlyAhead = processor.Build(a.Title, "s", "https://example.com/2", a.Document, now.AddMinutes(5));

        Assert.Equal(now + ArticleProcessor.MaxClockSkew, farAhead.PublishedUtc);
        Assert.Equal(now.AddMinutes(5), slightlyAhead.PublishedUtc);
    }
}
