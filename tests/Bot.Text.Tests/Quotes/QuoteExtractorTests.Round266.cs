using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 27: what blind round 266–269 (crimes and trials that moved Arab opinion; elections in the Maghreb;
/// South Asia in translation; Saudi and Gulf football) missed.
/// </summary>
public class QuoteExtractorRound266Tests
{
    [Fact]
    public void Extract_BaWordAfterAVerbOfPledging_IsItsObject() =>
        // w268_09: «وتعهد ببذل كل ما في وسعه لضمان "…"» had printed «ببذل».
        Assert.DoesNotContain("ببذل", SpeakersIn(
            "وقال محمد يونس في رسالة من باريس: \"أناشد الجميع بشدة للحفاظ على الهدوء والامتناع عن جميع أنواع العنف\".",
            "وتعهد ببذل كل ما في وسعه لضمان \"تنظيم انتخابات حرة ونزيهة في الأشهر المقبلة\"."));

    [Fact]
    public void Extract_ToSayAfterAName_EndsTheName() =>
        // w269_19: «ستيفانو بيولي ليتحدث عن خسارة الفريق … وقال …: "…"» had printed «ليتحدث», «to speak».
        Assert.Equal(["بيولي"], SpeakersIn(
            "خرج مدرب نادي النصر السعودي الإيطالي ستيفانو بيولي ليتحدث عن خسارة الفريق من نادي الاتحاد في الكلاسيكو وذلك وقال في المؤتمر الصحفي بعد المباراة: \"كانت مباراةً قويةً مثل ما توقَّعنا أثناء التحضير لها\"."));

    [Fact]
    public void Extract_AppearanceAfterExpected_IsTheObject() =>
        // w269_10: «كما توقع ظهور العين بمستوى مختلف …», then «وأردف: «…»» had given the words to «ظهور العين».
        Assert.DoesNotContain("ظهور العين", SpeakersIn(
            "وقال مدرب الأهلي ماتياس يايسله إن المباراة ستكون صعبة.",
            "كما توقع ظهور العين بمستوى مختلف عن بقية مبارياته الماضية في البطولة، بعد تغيير مدربه مؤخرا.",
            "وأردف: «أرى النتائج في الدوري، وأعتقد أن بإمكاننا تقديم الأفضل، لكن علينا التركيز»."));

    [Fact]
    public void Extract_StatementOfARoleHolder_IsNoBareStatement() =>
        // w266_01: «ووفق بيان النائب العام، فقد "…"» had been given to an issuer read from an earlier sentence («احتياطيا»).
        Assert.Equal(["بيان النائب العام"], SpeakersIn(
            "قرر النائب العام المصري حبس شاب احتياطيا، بعد أن أقر بقتل طالبة أمام جامعتها.",
            "وانتشر مقطع فيديو للحادث على مواقع التواصل الاجتماعي.",
            "ووفق بيان النائب العام، فقد \"أقر (المتهم) بارتكابه جريمة قتل المجني عليها عمدا مع سبق الإصرار\"."));
}
