namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Speakers and non-quotations in shapes found on news pages outside the corpora: a name set off by commas after its
/// role, an aside between dashes, a source cue before someone's words, headline roles. The sentences are written for
/// these tests after those shapes (the pages themselves are third-party text).
/// </summary>
public class QuoteExtractorAppositionTests
{
    private static readonly ArabicTextEngine Engine = new();

    private static IReadOnlyList<Quote> Quotes(string body) => Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes;

    [Fact]
    public void Extract_NameBetweenCommasAfterRole_IsTheSpeaker()
    {
        var quotes = Quotes("أكد وزير الخارجية الأردني، أيمن الصفدي، أن \"أمن المنطقة لا يتجزأ ولن نقبل بأي تهجير للسكان\".");
        Assert.Equal("الصفدي", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_FamilyNameWithArticleBeforeThat_CompletesTheName()
    {
        var quotes = Quotes("وكشف اللاعب سلمان الدوسري أنه \"قدمنا مباراة كبيرة وحققنا فوزا نستحقه أمام منافس قوي\".");
        Assert.Equal("الدوسري", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_CueInsideDashAside_DoesNotTakeTheSpeaker()
    {
        var quotes = Quotes("وأضاف الخطيب - في تصريح للصحفيين في الرياض حسبما ذكرت قناة (الإخبارية) - أنه \"لا حاجة الآن إلى تعديل الاتفاق بين المنتجين\".");
        Assert.Equal("الخطيب", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_SourceCueBeforeSomeonesWords_NamesThem()
    {
        var quotes = Quotes(string.Join("\n",
            "قدم عبد الكريم بنعلي، وزير الداخلية، حصيلة عمل الوزارة أمام لجنة البرلمان.",
            "وهو ما يضاف إلى \"تزايد محاولات شبكات التهريب استعمال الموانئ نحو دول أخرى\"، حسب توضيحات الوزير.",
            "وشدد بنعلي على أن الوضع الأمني مستقر."));
        Assert.Equal("بنعلي", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_RoleIntroducedOnlyInAHeadlineWithColon_IsNoName()
    {
        // The headline's «وزير الصحة: نواجه موجة …» gives the role no name; the body's «عبد الرحيم، وزير الصحة» does.
        var quotes = Quotes(string.Join("\n",
            "وزير الصحة: نواجه موجة جديدة من الإنفلونزا",
            "قدم خالد عبد الرحيم، وزير الصحة، تقريرا أمام البرلمان.",
            "وأضاف الوزير \"نواجه موجة جديدة من الإنفلونزا هذا الشتاء ونستعد لها باللقاحات\".",
            "وختم عبد الرحيم حديثه بالدعوة إلى التطعيم."));
        Assert.Equal("عبد الرحيم", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_QuotedTermAfterDecision_IsNoQuotation() =>
        Assert.Empty(Quotes("أكد وزير الدفاع بلهجة حازمة أن قرار “الحرب والسلم” يجب أن يبقى في يد الدولة وحدها."));

    [Fact]
    public void Extract_QuotedNameAfterDuring_IsNoQuotation() =>
        Assert.Empty(Quotes("وأشار المتحدث الأمني سامي العتيبي إلى أن الشرطة حددت، خلال «إجراءات التحقق»، هوية منفذ الهجوم."));

    [Fact]
    public void Extract_QuotationCarriedOverALineEndingWithComma_IsOneQuotation()
    {
        var quotes = Quotes("قال وزير المالية سامر حداد على حسابه في \"تويتر\": \"إننا أوفينا بما التزمنا به لإقرار موازنة تخفض العجز،\nوتعيد الانتظام إلى المال العام\".");
        var quote = Assert.Single(quotes);
        Assert.Equal("حداد", quote.Speaker);
        Assert.EndsWith("إلى المال العام", quote.Text, StringComparison.Ordinal);
    }
}
