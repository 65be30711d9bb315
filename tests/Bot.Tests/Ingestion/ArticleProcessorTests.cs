using System.Security.Cryptography;
using System.Text;
using Bot.Ingestion;
using Bot.Tests.Ingestion.Support;
using Bot.Text;

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
}
