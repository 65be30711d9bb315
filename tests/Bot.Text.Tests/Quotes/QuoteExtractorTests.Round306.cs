using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 29: what blind round 306–309 (Ramadan and the feasts; books and literary prizes; elections; armies)
/// missed.
/// </summary>
public class QuoteExtractorRound306Tests
{
    [Fact]
    public void Extract_FamilyNameBeforeTheMediumSpokenTo_ClosesTheRolesPhrase() =>
        // w309_30: «وصرح مدير مديرية الإعلام والتوجيه المعنوي في وزارة الدفاع تحسين الخفاجي لوكالة الأنباء العراقية، بأن "…"»
        // had printed «مدير مديرية».
        Assert.Equal(["الخفاجي"], SpeakersIn(
            "وصرح مدير مديرية الإعلام والتوجيه المعنوي في وزارة الدفاع تحسين الخفاجي لوكالة الأنباء العراقية، بأن \"أهم العقود التي تم التوقيع عليها خلال الفترة الماضية\"."));

    [Fact]
    public void Extract_RoleWithWhatItsFieldIsFor_IsThePersonIntroducedWithIt() =>
        // w306_18: «وأوضح رئيس المنظمة» after «رئيس المنظمة التونسية للدفاع عن المستهلك، عمار ضية».
        Assert.Equal(["ضية", "ضية"], SpeakersIn(
            "أفاد رئيس المنظمة التونسية للدفاع عن المستهلك، عمار ضية، اليوم الإثنين، بأن “السعر الأدنى لكسوة العيد للطفل الواحد لا تقل عن 200 دينار”.",
            "وأوضح رئيس المنظمة،في تصريح اعلامي ، أن “شهر رمضان هذه السنة شهد وفرة في الإنتاج مقارنة بالسنة الفارطة”.",
            "كما علّق ضية على الارتفاع المشط لأسعار اللحوم الحمراء."));

    [Fact]
    public void Extract_Rapporteur_IsARole() =>
        // w307_30: «وقال عبدالعظيم مجذوب مقرر اللجنة العليا لمعرض الخرطوم …» had printed «مقرر».
        Assert.Equal(["مجذوب"], SpeakersIn(
            "وقال عبدالعظيم مجذوب مقرر اللجنة العليا لمعرض الخرطوم الدولى للكتاب فى تصريح لوكالة أنباء (شينخوا) \" هذا المعرض يعكس احتفاء السودان بالمعرفة والكتاب \"."));

    [Fact]
    public void Extract_ProvinceARepresentativeSpeaksFor_IsNoName() =>
        // w306_38: «ممثل ولاية سمائل محمد بن خميس الحسيني قائلا «…»» had printed «بن خميس»: ولاية, which opens with a و of its own,
        // had not been read as a noun of places.
        Assert.Equal(["الحسيني"], SpeakersIn(
            "وعلّق عضو مجلس الشورى ممثل ولاية سمائل محمد بن خميس الحسيني قائلا «تتعدد الأسواق، وتتوسع الأرزاق، وتبقى هبطة سرور علامة بارزة»."));

    [Fact]
    public void Extract_SourceInABody_KeepsTheBodysAdjectiveOfOrigin() =>
        // w309_32: «توعد مسؤول في الجيش السوداني …» had printed «مسؤول في الجيش».
        Assert.Equal(["مسؤول في الجيش السوداني"], SpeakersIn(
            "توعد مسؤول في الجيش السوداني بهزيمة قوات الدعم السريع، وقال في تصريح لقناة «العربية»: «إن المعارك قد تستغرق أياما لهزيمة الدعم السريع»."));
}
