using Bot.Text.Articles;

namespace Bot.Text.Tests.Articles;

public class SeedParserTests
{

    [Fact]
    public void TryParse_SeedArticle_GivesTitleSourceAndParagraphs()
    {
        var seed = SeedParser.TryParse(Fixture.Read("seed_kim_putin.txt"), out var error);
        Assert.Null(error);
        Assert.NotNull(seed);
        Assert.Equal("كيم يؤكد لبوتين أن تعميق العلاقات بين بلديهما “على رأس الأولويات”", seed.Title);
        Assert.Equal("مجلة وفاء wafaamagazine", seed.Source);
        Assert.Equal(16, seed.Paragraphs.Count);
        Assert.StartsWith("تعهد الزعيم الكوري الشمالي", seed.Paragraphs[0]);
        Assert.StartsWith("وكان كيم قد شدد", seed.Paragraphs[^1]);
        Assert.DoesNotContain(seed.Paragraphs, p => string.IsNullOrWhiteSpace(p));
    }

    [Fact]
    public void TryParse_WindowsLineEndingsAndNbspLines_SameResult()
    {
        var text = Fixture.Read("seed_kim_putin.txt");
        var crlf = SeedParser.TryParse(text.ReplaceLineEndings("\r\n").Replace("\r\n\r\n", "\r\n\u00A0\r\n"), out _);
        var lf = SeedParser.TryParse(text, out _);
        Assert.Equal(lf!.Paragraphs, crlf!.Paragraphs);
    }

    [Theory]
    [InlineData("")]                                        // empty file
    [InlineData("عنوان فقط")]                               // one line
    [InlineData("سطر\nسطر\nسطر\nسطر")]                      // no breadcrumb
    [InlineData("الرئيسية / أخبار / قمة في موسكو\nزلزال في تركيا\nمصدر\nفقرة")] // title does not match the breadcrumb
    public void TryParse_NotSeedFormat_ReturnsNullWithReason(string text)
    {
        Assert.Null(SeedParser.TryParse(text, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
