using Bot.Ingestion.Pages;

namespace Bot.Tests.Ingestion;

public sealed class UrlCleanerTests
{
    [Theory]
    [InlineData("https://a.com/n/1?utm_source=x&utm_medium=y", "https://a.com/n/1")]
    [InlineData("https://a.com/n/1?id=5&fbclid=abc&gclid=d", "https://a.com/n/1?id=5")]          // keeps real parameters
    [InlineData("https://a.com/n/1?b=2&UTM_Campaign=x&a=1", "https://a.com/n/1?b=2&a=1")]        // order kept, case-insensitive names
    [InlineData("https://A.com:443/n/1#comments", "https://a.com/n/1")]                           // fragment, default port, host case
    [InlineData("http://a.com:8080/x?mc_cid=1&igshid=2&msclkid=3", "http://a.com:8080/x")]
    public void Canonical_TrackingParameters_AreRemoved(string input, string expected)
    {
        Assert.Equal(expected, UrlCleaner.Canonical(new Uri(input)));
    }
}

public sealed class HtmlTextTests
{
    [Fact]
    public void Paragraphs_Blocks_BecomeParagraphs()
    {
        Assert.Equal(["أول فقرة.", "ثانية", "ثالثة"], HtmlText.Paragraphs("<div><p>أول   فقرة.</p><p>ثانية<br>ثالثة</p></div>"));
    }

    [Fact]
    public void Paragraphs_ScriptsStylesAndForms_AreDropped()
    {
        Assert.Equal(["نص"], HtmlText.Paragraphs("<script>alert(1)</script><style>p{}</style><p>نص</p><form><input value=x>زر</form><noscript>n</noscript>"));
    }

    [Fact]
    public void Paragraphs_Entities_AreDecoded()
    {
        Assert.Equal(["قال «نعم» & \"لا\" <ليس وسمًا>"], HtmlText.Paragraphs("<p>قال &laquo;نعم&raquo; &amp; &quot;لا&quot; &lt;ليس وسمًا&gt;</p>"));
    }

    [Fact]
    public void Paragraphs_PlainTextWithBlankLines_KeepsItsParagraphs()
    {
        Assert.Equal(["سطر أول", "سطر ثان"], HtmlText.Paragraphs("سطر   أول\r\n\r\nسطر ثان"));
    }

    [Fact]
    public void Paragraphs_Empty_IsEmpty()
    {
        Assert.Empty(HtmlText.Paragraphs(""));
        Assert.Empty(HtmlText.Paragraphs("<script>x</script>"));
    }

    [Fact]
    public void Line_TitleWithMarkup_IsPlainText()
    {
        Assert.Equal("عاجل: خبر", HtmlText.Line("<script>x()</script>عاجل: <b>خبر</b><img src=x onerror=y>"));
    }
}
