using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 25: what blind round 236–239 (stock markets and central banks, the Arab League and the Gulf
/// Cooperation Council, water and dams, armies and defence industries) missed.
/// </summary>
public class QuoteExtractorRound236Tests
{
    [Fact]
    public void Extract_NameWithAFathersCompoundName_EndsWithItsFamilyName() =>
        // w239_10: «المهندس أحمد بن عبد العزيز العوهلي، أن "…"» had printed «بن عبد العزيز»: the name ended at عبد, and the
        // article's «خالد بن سلمان بن عبد العزيز،» made العزيز close a mention too. (Named once here, he prints whole; in the
        // longer article, as العوهلي.)
        Assert.EndsWith("العوهلي", Assert.Single(SpeakersIn(
            "افتتح الأمير خالد بن سلمان بن عبد العزيز، في الرياض، أمس الأحد، النسخة الثالثة من معرض الدفاع العالمي.",
            "وأكد محافظ الهيئة العامة للصناعات العسكرية، المهندس أحمد بن عبد العزيز العوهلي، أن \"النسخة الثالثة من المعرض تبرز التزام السعودية بالابتكار والتطوير\".")));

    [Fact]
    public void Extract_UrgedWith_IsAVerbOfSaying() =>
        // w239_37: «وحث بن عزيز القوات على "…"» had dropped the words: حث («urged») was no cue, and وحث too short for the
        // matcher to strip its و.
        Assert.Equal(["بن عزيز"], SpeakersIn(
            "تفقد رئيس هيئة الأركان العامة الفريق الركن صغير بن عزيز سير التدريب في المنطقة العسكرية الثالثة.",
            "وحث بن عزيز القوات على \"رفع القدرات القتالية لجميع منتسبي القوات المسلحة والاستعداد القتالي واليقظة العالية\"."));
}
