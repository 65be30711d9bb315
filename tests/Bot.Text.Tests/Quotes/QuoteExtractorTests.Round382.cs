using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 32: what blind rounds 382–385 (universities; human rights; stock markets; water and power) and 386–389
/// (Maghreb elections and unions; Egyptian and Saudi football; technology; labour) missed.
/// </summary>
public class QuoteExtractorRound382Tests
{
    [Fact]
    public void Extract_BodyNamedAfterATitledPerson_IsNoQuotation() =>
        // w382_43: «المنح … المقدمة من “هيئة الشيخ زايد بن سلطان آل نهيان”» had been the ministry's words.
        Assert.Equal(["تتيح للطلبة الذين لا يرغبون في مواصلة هذا المسار فرصة التسجيل في المؤسسات الوطنية"], QuotesIn(
            "أعلنت وزارة التعليم العالي والبحث العلمي الموريتانية الثلثاء أن المنح الدراسية الـ 16 المقدمة من “هيئة الشيخ زايد بن سلطان آل نهيان” للطلبة الموريتانيين لن تشمل تكاليف المعيشة والإسكان.",
            "ونقل البيان عن الوزارة قولها إنها “تتيح للطلبة الذين لا يرغبون في مواصلة هذا المسار فرصة التسجيل في المؤسسات الوطنية”، شريطة مراعاة المقاعد المتوفرة.").Select(q => q.Text));

    [Fact]
    public void Extract_PresentVerbDescribingAnIndefiniteNoun_NamesNoSpeaker() =>
        // w382_37: «قراراً يطالب الجامعات الحكومية …، موضحاً أن …“…”» had given the minister's words to the universities.
        Assert.Equal(["دهب"], SpeakersIn(
            "وأصدر وزير التعليم العالي السوداني محمد حسن دهب، في فبراير الفائت، قراراً يطالب الجامعات الحكومية والخاصة والأهلية بتوفيق أوضاعها توطئة للعودة وممارسة عملها من داخل السودان، موضحاً أن هذا القرار جاء \"تماشياً مع الانتصارات المتتالية التي حققها الجيش، الأمر الذي أدى إلى توسيع الرقعة الأمنية في البلاد\"، بحسب قوله."));

    [Fact]
    public void Extract_EpithetAfterAVerbOfGoingOn_IsTheManSpeaking() =>
        // w386_11: «وتابع السياسي المخضرم: "…"» after «وقال أحمد نجيب الشابي» had printed the epithet.
        Assert.Equal(["أحمد نجيب الشابي", "أحمد نجيب الشابي"], SpeakersIn(
            "وقال أحمد نجيب الشابي، زعيم الجبهة سالفة الذكر، أمام المتظاهرين، \"أي انتخابات هذه بعد أن تم تزوير الاستفتاء وأي مجلس بلا صلاحيات\".",
            "وتابع السياسي المخضرم: \"تناشد الجبهة كل التونسيين بأن لا يذهبوا إلى الاقتراع، وأن يقاطعوها بالكامل\"."));

    [Fact]
    public void Extract_PluralAfterAFeminineBody_IsTheVerbsObject() =>
        // w388_42: «ودعت الوزارة المواطنين إلى “…”» had printed «الوزارة المواطنين».
        Assert.Equal(["وزارة الداخلية", "وزارة الداخلية"], SpeakersIn(
            "وأكدت وزارة الداخلية أن “جميع بيانات ومنظومات منتسبيها تخضع لأعلى معايير الحماية الإلكترونية”.",
            "ودعت الوزارة المواطنين إلى “توخي الحذر وعدم الانسياق وراء هذه الإشاعات المغرضة وتجنب تداول مثل هذه الأخبار”."));

    [Fact]
    public void Extract_RoleWithMrAndANameSetOffByCommas_PrintsTheName() =>
        // w388_24: «ثمن رئيس الجمهورية, السيد عبد المجيد تبون, …» and later «ذكر رئيس الجمهورية بأن “…”» had printed the role.
        Assert.Equal(["عبد المجيد تبون"], SpeakersIn(
            "ثمن رئيس الجمهورية, السيد عبد المجيد تبون, خلال ترؤسه اليوم الثلاثاء اجتماعا لمجلس الوزراء, وضوح الرؤية الخاصة بالتوجه الرقمي للجزائر.",
            "وفي هذا الإطار, ذكر رئيس الجمهورية بأن “الهدف الأساسي من مشروع الرقمنة الضخم هو القضاء على البيروقراطية التي تعطل المشاريع”."));

    [Theory]
    // w390_27 and kin: a body word without ال before a name in Latin letters or a person's name had printed one word of it
    // («رايتس», «بن راشد»), as if it were a person's family name.
    [InlineData("وقالت منظمة هيومن رايتس إنه", "منظمة هيومن رايتس")]
    [InlineData("وقالت مؤسسة محمد بن راشد إنه", "مؤسسة محمد بن راشد")]
    [InlineData("وقالت منظمة أطباء بلا حدود إنه", "منظمة أطباء بلا حدود")]
    public void Extract_BodyWordBeforeNameWords_PrintsTheBodysWholeName(string opening, string speaker) =>
        Assert.Equal([speaker], SpeakersIn(opening + " \"خطوة محورية نحو ضمان العدالة في جرائم الحرب في لبنان\"."));
}
