using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 29: what blind round 294–297 (Saudi ministers; Yemen; Iran and Turkey as the Arab press reports them)
/// missed.
/// </summary>
public class QuoteExtractorRound294Tests
{
    [Fact]
    public void Extract_MoreClearly_IsNoVerbOfSaying() =>
        // w296_26, as the page prints it (a heading glued to the paragraph): «رفضها … بشكل أوضح بعد تأكيد …» had read أوضح
        // as «he explained» and given the words to «السياسي الجديد».
        Assert.Empty(SpeakersIn(
            "موقف إيران وتصريحات المرشدوأعلنت طهران رفضها للمسار السياسي الجديد في سوريا بشكل أوضح بعد تأكيد المرشد الأعلى علي خامنئي، في خطاباته عدة مرات على أن المناطق السورية التي وصفها بـ\"المحتلة\" سيتم \"تحريرها بلا شك على أيدي الشباب السوري الشجاع\"."));

    [Fact]
    public void Extract_MentionAfterWithout_IsNoVerbOfSaying() =>
        // w296_26: «من دون ذكر صريح للحكام الجدد» had made «صريح» the speaker of what follows.
        Assert.DoesNotContain("صريح", SpeakersIn(
            "وكرر المرشد موقفه في 3 يناير، من دون ذكر صريح للحكام الجدد في سوريا، قائلا \"لا تغتروا بهؤلاء الذين يتفاخرون اليوم\"."));

    [Fact]
    public void Extract_QuotationOpeningWithThatAfterARoleWord_IsSpeech() =>
        // w297_37: «في تصريحات صحفية «أننا اتخذنا خطواتنا»» — صحفية is also «a (woman) journalist», and a short quotation
        // after a role word had been taken for her name.
        Assert.Equal([("رجب طيب أردوغان", "أننا اتخذنا خطواتنا")], QuotesIn(
            "قال الرئيس التركي رجب طيب أردوغان اليوم الجمعة إن بلاده أغلقت باب التجارة مع الاحتلال.",
            "وذكر الرئيس التركي في تصريحات صحفية «أننا اتخذنا خطواتنا» لأن «الغرب بأسره» يعمل لصالح الاحتلال."));

    [Fact]
    public void Extract_LineWrapBetweenVerbAndQuotation_JoinsThem() =>
        // w297_38: the page wraps its lines hard, between «وصرح اردوغان …» and the words it brings in.
        Assert.Equal(["اردوغان"], SpeakersIn(
            "وصرح اردوغان أمام مجموعة من رجال الأعمال في اسطنبول\n“لقد اتخذنا بعض الإجراءات لإجبار إسرائيل على الموافقة على وقف إطلاق النار\nوزيادة كمية المساعدات الإنسانية التي تدخل” غزة."));

    [Fact]
    public void Extract_LeaderOfACountryGoingOn_IsTheManSpeaking() =>
        // w297_38: «وتابع الزعيم التركي “…”» after «وأكد اردوغان “…”».
        Assert.Equal(["اردوغان", "اردوغان"], SpeakersIn(
            "وأكد اردوغان الجمعة “نحن لا نبحث عن العداء أو النزاع في منطقتنا”.",
            "وتابع الزعيم التركي “نحن نعلم الآن أننا فعلنا الصواب”."));

    [Fact]
    public void Extract_RoleAndOriginAfterAdded_StaysItself() =>
        // Guard: أضاف is also a second speaker's verb at a joint appearance; only a verb of going on carries the epithet over.
        Assert.Equal(["اردوغان", "الزعيم التركي"], SpeakersIn(
            "وأكد اردوغان الجمعة “نحن لا نبحث عن العداء أو النزاع في منطقتنا”.",
            "وأضاف الزعيم التركي “نحن نعلم الآن أننا فعلنا الصواب”."));

    [Fact]
    public void Extract_PluralAfterARole_IsTheVerbsObject() =>
        // w296_11: «ودعا المتحدث الإيراني حكومات المنطقة إلى التكاتف "…"» had printed «دول المنطقة التعاون».
        Assert.Equal(["مهمانبارست", "مهمانبارست"], SpeakersIn(
            "قال المتحدث باسم الخارجية الإيرانية رامين مهمانبارست إن \"الجزر الثلاث إيرانية وستبقى كذلك\".",
            "ودعا المتحدث الإيراني حكومات المنطقة إلى التكاتف \"بدلا من التصريحات التي يمكن أن تحقق أهداف العدو المشترك\"."));

    [Fact]
    public void Extract_NameInMarksBeforeARole_IsTheSubject() =>
        // w295_08: «وكانت قد حثت “هيذر نويرت” المتحدثة باسم الخارجية الأمريكية، … على “…”».
        Assert.Equal(["هيذر نويرت"], SpeakersIn(
            "وكانت قد حثت “هيذر نويرت” المتحدثة باسم الخارجية الأمريكية، المسؤولين عن عمليات الشحن التجاري على “الاستمرار في استخدام ميناء الحديدة والرافعات الممولة من قبل الأمم المتحدة”."));

    [Fact]
    public void Extract_NameInMarksAfterARolesQualifiers_IsThePerson() =>
        // w295_08: «علق رئيس اللجنة الثورية “محمد علي الحوثي ” على التصريحات …، معتبراً إياها “…”».
        Assert.Equal([("الحوثي", "إسقاطا للميناء من الأهداف العسكرية التي ترسمها أمريكا")], QuotesIn(
            "علق رئيس اللجنة الثورية “محمد علي الحوثي ” على التصريحات الأمريكية، معتبراً إياها “إسقاطا للميناء من الأهداف العسكرية التي ترسمها أمريكا”."));

    [Fact]
    public void Extract_AliAsTheFathersName_IsNoFamilyName() =>
        // «علي» as written between a given name and a family name is the father's; the article's many «على» had made it the
        // way the man is called.
        Assert.Equal(["محمد علي الحوثي"], SpeakersIn(
            "وقال محمد علي الحوثي إن “الموقف الأمريكي إسقاط للميناء من الأهداف العسكرية”، وعلق على ذلك في منشور على موقعه."));
}
