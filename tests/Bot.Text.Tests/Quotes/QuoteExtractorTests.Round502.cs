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

    [Fact]
    public void Extract_TheMissionCalledBack_IsTheMissionTheArticleNamed() =>
        // w168_39: «أعربت بعثة الأمم المتحدة للدعم في ليبيا عن …» then «ودعت البعثة إلى "…"» had printed «البعثة» (the mission).
        Assert.StartsWith("بعثة الأمم المتحدة", Assert.Single(SpeakersIn(
            "أعربت بعثة الأمم المتحدة للدعم في ليبيا عن عميق قلقها إزاء تصاعد أعمال العنف في الأحياء السكنية المكتظة في العاصمة طرابلس.",
            "ودعت البعثة إلى \"وقف فوري وغير مشروط لإطلاق النار\"، محذّرة من أن استمرار الاشتباكات لن يؤدي إلا إلى مزيد من زعزعة الاستقرار.")));
}
