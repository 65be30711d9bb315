using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 25: what blind round 244–247 (fashion and celebrities, youth and volunteering, animals and
/// wildlife, rare surgery) missed.
/// </summary>
public class QuoteExtractorRound244Tests
{
    [Fact]
    public void Extract_FashionDesigner_IsARoleBeforeTheName() =>
        // w244_24: «وقالت مصممة الأزياء العالمية السودانية عواطف دهب، إن المبادرة "…"» had printed «مصممة».
        Assert.Equal(["دهب"], SpeakersIn(
            "وقالت مصممة الأزياء العالمية السودانية عواطف دهب، إن المبادرة \"تهدف لرتق النسيج الاجتماعي السوداني عبر هذا الإرث القومي\"."));

    [Fact]
    public void Extract_ReportOfAMinistersWordsAfterACueAndThat_IsTheReportersWords() =>
        // w247_34: «وقال المتحدث باسم الوزارة سيف بدر …، إن “وزير الصحة أعلن عن …”» had dropped the words: a role and a verb of
        // saying opening the marks read as an editor's summary, though a cue and إن bring them in.
        Assert.Equal(["بدر"], SpeakersIn(
            "وقال المتحدث باسم الوزارة سيف بدر في بيان ورد لـ”الغدير”، إن “وزير الصحة أعلن عن نجاح أول عملية لزراعة الكبد في مستشفى الإمام الحسن”."));

    [Fact]
    public void Extract_EditorsSummaryInMarksWithNoCue_IsStillNoQuotation() =>
        // Guard for the rule above: marks around «a role says that …» with no cue before them stay an editor's summary.
        Assert.Empty(QuotesIn(
            "\" رئيس حزب اللواء الأبيض يقول إن حزبه سيشارك في الانتخابات المقبلة بقوائم في كل المحافظات \"."));

    [Fact]
    public void Extract_SpeechGiven_IsNoSpeaker() =>
        // w244_27: «ألقت فيها المستشارة السابقة في جهاز المدينة مفيدة جبران كلمة، وقالت "…"» had printed «كلمة».
        Assert.Equal(["جبران"], SpeakersIn(
            "وخلال الاحتفال أقيمت محاضرة حول الزي التقليدي، حيث ألقت فيها المستشارة السابقة في جهاز المدينة مفيدة جبران كلمة، وقالت \"حفاظنا على الزي التقليدي النسائي والرجالي واجب علينا\"."));

    [Fact]
    public void Extract_BoyAndHisName_IsTheName() =>
        // w246_11: «يقول الصبي حسن أحد هواة تربية الحيوانات الغريبة "…"» had printed «الصبي».
        Assert.Equal(["حسن"], SpeakersIn(
            "يقول الصبي حسن أحد هواة تربية الحيوانات الغريبة \"هذا القرد يجلس معي على سفرة الأكل تماما كالإنسان\"."));
}
