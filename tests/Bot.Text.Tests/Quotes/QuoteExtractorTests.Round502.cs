using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 38: what blind rounds 502 and on, and the pooled dev pages (132–501), missed.
/// </summary>
public class QuoteExtractorRound502Tests
{
    [Theory]
    [InlineData("‘‘", "’’")]
    [InlineData("‘‘", "‘‘")]
    public void Extract_DoubledCurlySingleMarks_AreAQuotationMark(string open, string close) =>
        // w424_28: «وأعلنت وزارة الخارجية السورية إن ‘‘الاتحاد الأوروبي …’’» and w457_22 «انه ‘‘من غير المعقول …‘‘»: two
        // single marks typed for one double mark had not been read at all.
        Assert.Equal(["وزارة الخارجية السورية"], SpeakersIn(
            $"وأعلنت وزارة الخارجية السورية إن {open}الاتحاد الأوروبي يكرّر أكاذيبه عندما يدعي بأن العقوبات المفروضة لا تستهدف الشعب السوري{close}."));
}
