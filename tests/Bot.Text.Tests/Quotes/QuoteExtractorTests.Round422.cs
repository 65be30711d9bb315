using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 35: what the pooled dev pages (132–421) and blind rounds 422–429 missed.
/// </summary>
public class QuoteExtractorRound422Tests
{
    [Theory]
    // w336_42: «وأضاف الجعفري، خلال مؤتمر صحفي اليوم الخميس،” أنه اختار …”» — a reversed mark glued to the comma before it
    // had opened nothing, and the quotation was lost.
    [InlineData("وأضاف الجعفري، خلال مؤتمر صحفي اليوم الخميس،” أنه اختار منزله بنفسه في واحد من أحياء العاصمة طرابلس”.")]
    [InlineData("وأكمل الجعفري،” أن المدرب الجزائري قد اتخذ قراره مسبقًا، ولم يكن هذا الموقف الوحيد”.")]
    public void Extract_ReversedMarkGluedToAComma_OpensTheQuotation(string sentence)
    {
        var quotes = QuotesIn(
            "أكد رئيس الاتحاد الليبي، جمال الجعفري، ” أن المدرب الجزائري لم يتواجد في ليبيا إلا 15 يوما رغم أنه كان يعرف أن عمله في ليبيا منذ تعاقده”.",
            sentence);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.EndsWith("الجعفري", q.Speaker));
        Assert.StartsWith("أن", quotes[1].Text);
    }

    [Fact]
    public void Extract_NameWithATradeSetOffByCommasBeforeTheVerb_IsTheSpeaker() =>
        // w411_02: «أحمد فتحي، تاجر مواشي، قال :"…"» — a trade was no role, and the quotation had no speaker.
        Assert.Equal(["فتحي"], SpeakersIn(
            "ارتفع سعر كيلو اللحم بسبب الأعلاف.",
            "أحمد فتحي، تاجر مواشي، قال :\"الغنم ارتفع سعره وزاد 25 جنيه في الكيلو وأكتر، بعد ما كان الكيلو ب38 و40 جنيه\"، مشيرا إلى أن الغنم يتم وزنه."));

    [Fact]
    public void Extract_TradeWithAnAdjective_IsTheOneItNamedBefore() =>
        // w412_07: «وأضاف السائق القطري: "…"» had printed «السائق القطري» for the rally driver named a sentence before.
        Assert.Equal(["العطية", "العطية"], SpeakersIn(
            "أعرب السائق القطري ناصر العطية عن سعادته بالتتويج بلقب رالي داكار 2026، مؤكدًا أن التوفيق كان حليفًا له في المملكة.",
            "وقال العطية في تصريحات خاصة لـ\"سبورت 24\": \"كل الشكر للحكومة السعودية والاتحاد السعودي للسيارات على جهودهم ودعمهم لرالي داكار\".",
            "وأضاف السائق القطري: \"اليوم أصبح رالي داكار من أقوى الراليات وأصعبها على الصعيد العالمي\"."));

    [Fact]
    public void Extract_GivenNameThatIsAlsoATrade_StaysAName() =>
        // w175_36 (a guard): فلاح is a farmer and a given name; «اعتبر فلاح اللامي، خبير اقتصادي أن "…"» is Falah al-Lami's.
        Assert.Equal(["فلاح اللامي"], SpeakersIn(
            "في هذا الاطار، اعتبر فلاح اللامي، خبير اقتصادي أن \"كل هذا الحاصل في السوق العراقي حاليا هو بسبب الازمات والتقشف المالي\"."));
}
