using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 24: what blind round 228–231 (artificial intelligence, exam results, expatriates and migrant workers,
/// theatre, music and fine art) missed.
/// </summary>
public class QuoteExtractorRound228Tests
{
    [Fact]
    public void Extract_AliAndAFamilyNameBeforeTheCircumstancesOfTheWords_IsTheRoleHolder() =>
        // w230_37: «وقال وزير العمل والتأهيل علي العابد في تصريحات للصحفيين، إنه …» had printed the role: علي before an
        // ال-word reads as the preposition على unless something closes the name.
        Assert.Equal(["العابد", "العابد"], SpeakersIn(
            "وقال وزير العمل والتأهيل علي العابد في تصريحات للصحفيين، إنه تم \"اكتشاف بؤر سكانية عشوائية للعمالة الأجنبية الوافدة من جنسيات مختلفة\"، مضيفا أنه تم \"ضبط المخالفين ونقلهم لمراكز الإيواء التابع لجهاز الهجرة غير الشرعية\"."));

    [Fact]
    public void Extract_NameSetOffAfterARoleInABody_IsThePerson() =>
        // w231_36: «وقال مدير قسم المسرح في الدائرة، المخرج حاتم عودة: إن "…"» had printed the role: the comma-set name was read
        // only after a place, not after a body; a trade with ال before it was no title; and «عودة» («return») ended the name.
        Assert.Equal(["حاتم عودة"], SpeakersIn(
            "أعلنت دائرة السينما والمسرح عن موعد انطلاق مهرجان بغداد الدولي للمسرح.",
            "وقال مدير قسم المسرح في الدائرة، المخرج حاتم عودة: إن \"موعد انطلاق مهرجان بغداد الدولي للمسرح سيكون في الـ 20 من شهر تشرين الأول الجاري\"."));

    [Fact]
    public void Extract_SourceCueCitingProcedures_NamesNobody() =>
        // w230_44: «وحددت الوزارة آلية للعودة وفق إجراءات تشمل، "…"» had printed «تشمل» («include») as the speaker.
        Assert.DoesNotContain("تشمل", SpeakersIn(
            "وحددت الوزارة آلية للعودة وفق إجراءات تشمل، \"تقديم صاحب العمل طلب تجديد تصريح العمل، وتعهده بإجراء الفحص الطبي للعامل\"."));

    [Fact]
    public void Extract_NameWithALinkOfLineageAfterARole_IntroducesIt() =>
        // w230_14: «وأصدر وزير الشؤون الاجتماعية والعمل الجديد عامر بن شوين الحوسني قرارات …. وقال الوزير: "…"» had dropped
        // the words: a name the article gives once, followed by the verb's object, introduced nobody.
        Assert.Equal(["عامر بن شوين الحوسني"], SpeakersIn(
            "أمهلت سلطنة عمان العمالة الوافدة غير المشروعة ثلاثة أشهر لتسوية أوضاعها. وأصدر وزير الشؤون الاجتماعية والعمل الجديد عامر بن شوين الحوسني قرارات للحد من العمالة الوافدة. وقال الوزير: \"لن يتم السماح بدخول العمالة الوافدة الى البلاد الا في حدود حاجة سوق العمل\"."));
}
