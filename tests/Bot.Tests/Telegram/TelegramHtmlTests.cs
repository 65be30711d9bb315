using Bot.Telegram.Rendering;

namespace Bot.Tests.Telegram;

public class TelegramHtmlTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("AT&T \"quoted\"", "AT&amp;T &quot;quoted&quot;")]
    [InlineData("كيم “دائما”", "كيم “دائما”")]   // Arabic and typographic quotes pass untouched
    [InlineData("", "")]
    public void Escape_UntrustedText_IsSafe(string input, string expected) => Assert.Equal(expected, TelegramHtml.Escape(input));

    [Fact]
    public void Escape_LoneSurrogate_IsReplaced() => Assert.Equal("a\uFFFDb", TelegramHtml.Escape("a\uD800b"));

    [Fact]
    public void Escape_SurrogatePair_IsKept() => Assert.Equal("😀", TelegramHtml.Escape("😀"));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void SafeHref_NonHttpLink_IsNull(string? url) => Assert.Null(TelegramHtml.SafeHref(url));

    [Fact]
    public void SafeHref_QuoteInUrl_IsEscaped() =>
        Assert.DoesNotContain("\"", TelegramHtml.SafeHref("https://example.com/a\"onmouseover=\"x")!);

    [Fact]
    public void ToPlainText_TagsAndEntities_AreRemovedAndDecoded() =>
        Assert.Equal("a <b> & \"c\"", TelegramHtml.ToPlainText("<b>a</b> &lt;b&gt; &amp; &quot;c&quot;"));

    [Fact]
    public void TruncateUtf8_ArabicText_FitsBytesWithoutCuttingCharacters()
    {
        var result = TelegramHtml.TruncateUtf8(new string('ك', 100), 64);
        Assert.Equal(32, result.Length); // two bytes per Arabic letter
    }

    [Fact]
    public void TruncateUtf8_Emoji_NotCutInHalf()
    {
        var result = TelegramHtml.TruncateUtf8("a😀😀", 6);
        Assert.Equal("a😀", result);
    }
}
