namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 18: one-word speakers argen-news printed that were no speaker (an index, «most prominent», an
/// assistant's «in», a verbal noun after a name), and the blind rounds 172–175.
/// </summary>
public class QuoteExtractorRound172Tests
{
    private static readonly ArabicTextEngine Engine = new();

    private static (string Speaker, string Text)[] Quotes(params string[] paragraphs) =>
        Engine.AnalyzeUnguarded(null, string.Join("\n", paragraphs), SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    private static string[] Speakers(params string[] paragraphs) =>
        Engine.AnalyzeUnguarded(null, string.Join("\n", paragraphs), SummaryBudget.Default).Quotes.Select(q => q.Speaker).ToArray();

    [Fact]
    public void Extract_StockIndexNamesInMarks_AreNoQuotations() =>
        // argen 0634: «وزاد مؤشر 'إيجي إكس 30 للعائد الكلي'» had been printed as the words of «مؤشر»: زاد is «rose» here.
        Assert.Empty(Quotes(
            "وارتفع مؤشر 'إيجي إكس 30' بنسبة 1.2% ليغلق عند مستوى 10524 نقطة، وصعد مؤشر 'إيجي إكس 50' بنسبة 0.8% ليغلق عند مستوى 1795 نقطة، "
            + "وزاد مؤشر 'إيجي إكس 30 للعائد الكلي' بنسبة 1.1% ليغلق عند مستوى 12339 نقطة."));

    [Fact]
    public void Extract_AbrazBetweenANameAndAnIndefiniteNoun_IsMostProminentNotStressed() =>
        // argen 0222: «سكوت براون أبرز سيناتور ديموقراطي» had made أبرز a cue and «ديموقراطي» the speaker.
        Assert.Equal(["براون"], Speakers(
            "ونقلت شبكة 'سي أن أن' بيانا عن سكوت براون أبرز سيناتور ديموقراطي في مجلس الشيوخ يقول فيه 'أتوقع أن تلقى مسودة القرار الدعم عند طرحها للتصويت'."));

    [Fact]
    public void Extract_AbrazOpeningAClause_IsStillACue() =>
        // Guard: after a comma, أبرز opens the clause as a verb («stressed»).
        Assert.Equal([("آيت الطالب", "المنظومة الصحية تعرف إصلاحا عميقا")], Quotes(
            "وفي كلمته بالمناسبة، أبرز وزير الصحة خالد آيت الطالب أن “المنظومة الصحية تعرف إصلاحا عميقا”."));

    [Fact]
    public void Extract_AssistantWithAlBeforeFi_IsARoleBeforeTheName() =>
        // argen 0753: «المساعدة في إعداد التقرير كاترين ساجي» had been printed «المساعدة».
        Assert.Equal(["ساجي"], Speakers(
            "وقالت المساعدة في إعداد التقرير كاترين ساجي أمام الصحافة “يوازي ذلك بشكل عام اقتصاد المملكة المتحدة”."));

    [Fact]
    public void Extract_VerbalNounWithHisAfterAName_EndsTheName() =>
        // argen 0248: «عن وزير السياحة لحسن حداد إشادته بقرار الشركة» had run the name on to «بقرار».
        Assert.Equal(["حداد"], Speakers(
            "ونقلت وكالة فرانس بريس عن وزير السياحة لحسن حداد إشادته بقرار الشركة الإيرلندية، قائلا 'يفتخر قطاع السياحة المغربية جدا بثقة الشركة في قدرة النمو'."));

    [Fact]
    public void Extract_MarksBetweenJaaAndFi_AreReadWithoutFailing() =>
        // Marks right after «وجاء» were looked up as names before the sentence knew which marks name something, and that threw.
        Assert.Equal([("الوزير", "سنواصل الدعم")], Quotes(
            "وجاء “في البيان الصادر عن الوزارة” أن الحكومة ستواصل دعم الأسر، وقال الوزير: “سنواصل الدعم”."));
}
