using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 29: what blind round 302–305 (weather; cars and fuel; cybercrime; fashion and celebrities) missed.
/// </summary>
public class QuoteExtractorRound302Tests
{
    [Fact]
    public void Extract_ToAnadolu_IsWhomTheWordsWentTo() =>
        // w305_38: «فيما قالت مصممة الأزياء الليبية، ربيعة بن بركة لأناضول: "…"» had printed «لأناضول».
        Assert.Equal(["بن بركة"], SpeakersIn(
            "فيما قالت مصممة الأزياء الليبية، ربيعة بن بركة لأناضول: \"جاءت فكرة التصميم منذ الطفولة، فقد كان جدي يمتلك أول مصنع للمنسوجات في ليبيا\"."));

    [Fact]
    public void Extract_WhereThePlaceLies_IsNoName() =>
        // w305_39: «رئيس اللجنة المنظمة لمعرض التجميل والعطور في جدة، غرب السعودية، ممدوح خالد "…"» had printed «غرب».
        Assert.Equal(["خالد"], SpeakersIn(
            "وقال رئيس اللجنة المنظمة لمعرض التجميل والعطور في جدة، غرب السعودية، ممدوح خالد \"إن المعرض يأتي تأكيدا على مكانة السعودية التي تملك أكبر سوق\"."));

    [Fact]
    public void Extract_MannerAfterTheName_EndsIt() =>
        // w304_39: «يروي أحمد بصوت منكسر: "…"» had printed «منكسر».
        Assert.Equal(["أحمد"], SpeakersIn(
            "يروي أحمد بصوت منكسر: \"اتصلوا بي باسم مكتب الرئاسة، وعدوني بمساعدة 2000 دولار مقابل رسوم تحويل\"."));

    [Fact]
    public void Extract_NameAndAnAsideAboutHerBeforeTheVerb_IsTheSubject() =>
        // w304_40: «أم أحمد، الأربعينية التي فقدت زوجها منذ عامين، تروي بصوت مرتجف: "…"».
        Assert.Equal(["أم أحمد"], SpeakersIn(
            "أم أحمد، الأربعينية التي فقدت زوجها منذ عامين، تروي بصوت مرتجف: \"تلقيت مكالمة تدعي وجود معلومات عن زوجي، طلبوا مني 500 ريال\"."));

    [Fact]
    public void Extract_NameAndAgeBeforeTheVerb_IsTheSubject() =>
        Assert.Equal(["العامري"], SpeakersIn(
            "خالد العامري، 35 عاماً، يقول: \"شعرت بخفقان قلبي يتسارع، ويدي ترتجف وأنا أمسك الهاتف\"."));

    [Fact]
    public void Extract_AnsweredHer_IsACue() =>
        // w305_36: «واجابتها أروي ” لأني أمثل شخصية يمنية في الأغلب ”».
        Assert.Equal(["أروي"], SpeakersIn(
            "وكانت وجهت مذيعة البرنامج سؤال لأروى عن لقبها، واجابتها أروي ” لأني أمثل شخصية يمنية في الأغلب ” ، ثم ضحكت."));

    [Fact]
    public void Extract_HisAnswer_IsNoCue() =>
        // Guard (w212_23 on the dev pages): «وكانت إجابته حاسمة : “لست مرشّحاً”» — إجابته is «his answer», as أجابته is written
        // once normalised.
        Assert.Empty(SpeakersIn(
            "جلس الوزير في كرسي الضيف وكانت إجابته حاسمة : “لست مرشّحاً الآن”."));

    [Fact]
    public void Extract_TheRolePhraseSomeoneWasIntroducedWith_IsThatPerson() =>
        // w304_24: «وأكد رئيس أركان الجيش الوطني الشعبي أنه “…”» after «رئيس أركان الجيش الوطني الشعبي، الفريق سعيد شنقريحة».
        Assert.Equal(["شنقريحة"], SpeakersIn(
            "قال رئيس أركان الجيش الوطني الشعبي، الفريق سعيد شنقريحة إن مواقع التواصل أصبحت ملاذا لشبكات إجرامية.",
            "وأضاف الفريق شنقريحة أن هذه الشبكات الإجرامية تشن حملات تحريضية هدفها ضرب استقرار البلاد.",
            "وأكد رئيس أركان الجيش الوطني الشعبي أنه “بفضل مواطنينا وتجند جميع الهيئات المختصة في الأمن السيبرياني، تمكنا من مواجهة الهجمات”"));

    [Fact]
    public void Extract_PhenomenonNamedInMarks_IsALabel() =>
        // argen-news 0259, once spaced single marks paired: «حدوث ظاهرة ' التخلص من عبء الضريبة '» names a phenomenon.
        Assert.Empty(SpeakersIn(
            "وقال عادل عبد الفتاح إن فرض الضريبة سيؤدي إلى حدوث ظاهرة ' التخلص من عبء الضريبة ' لدى المستثمرين."));
}
