using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 26: what blind round 248–251 (food safety, power cuts and fuel, family courts, crafts and heritage
/// festivals) missed.
/// </summary>
public class QuoteExtractorRound248Tests
{
    [Fact]
    public void Extract_BodyCalledBackAfterAPlacedName_PrintsThePlace() =>
        // w248_31: «أغلقت قيادة عمليات بغداد … وذكرت القيادة في بيان أن "…"» had printed «قيادة عمليات».
        Assert.Equal(["قيادة عمليات بغداد"], SpeakersIn(
            "أغلقت قيادة عمليات بغداد، اليوم الأربعاء، عددا من المعامل غير المجازة في العاصمة.\n"
            + "وذكرت القيادة في بيان أن \"مفارزها من الأمن الاقتصادي أغلقت عددا من المعامل والمحلات المخالفة للضوابط الصحية\"."));

    [Fact]
    public void Extract_BodyCalledBackAfterAPlaceAndDistrict_PrintsBoth() =>
        // w248_32: «دائرة صحة بغداد الكرخ» had printed «دائرة صحة».
        Assert.Equal(["دائرة صحة بغداد الكرخ"], SpeakersIn(
            "أتلفت دائرة صحة بغداد الكرخ أطنانا من المواد الغذائية الفاسدة.\n"
            + "وقالت الدائرة في بيان إن \"عملية الإتلاف جاءت بعد استيفاء الإجراءات القانونية وإتمام عمليات الفحص\"."));

    [Fact]
    public void Extract_GovernorateAndItsPlace_PrintTogether() =>
        // w249_08: «اعلنت محافظة بغداد …، مشيرة الى ان "…"» had printed «محافظة».
        Assert.Equal(["محافظة بغداد"], SpeakersIn(
            "اعلنت محافظة بغداد عن تخويل وحداتها الادارية تحديد سعر الامبير، مشيرة الى ان \"المولدات التي لا تستلم حصة وقودية فان من صلاحية رئيس الوحدة الادارية اضافة مبلغ\"."));

    [Fact]
    public void Extract_OwnersOfGenerators_IsAGroupNotTheFamilyNameMaliki() =>
        // w249_11: «أعلن مالكي المولدات الخاصة في البقاع “…”» had printed «مالكي».
        Assert.Equal(["مالكي المولدات الخاصة في البقاع"], SpeakersIn(
            "أعلن مالكي المولدات الخاصة في البقاع “البدء بتقنين الكهرباء للمشتركين، بسبب عدم تأمين المازوت الكافي لتشغيل مولداتهم”."));

    [Fact]
    public void Extract_FamilyNameMaliki_StaysAPerson() =>
        // Guard for the rule above: المالكي with ال is a family name.
        Assert.Equal(["المالكي"], SpeakersIn(
            "وقال المالكي في كلمة له إن \"الحكومة ماضية في تنفيذ برنامجها رغم كل العقبات\"."));

    [Fact]
    public void Extract_NameBeforeTheRoleRightAfterTheVerb_NamesTheRoleLater() =>
        // w251_01: «أكد إبراهيم صابر محافظ القاهرة أن … وقال محافظ القاهرة … وتابع:"…"» had printed «محافظ القاهرة».
        Assert.Equal(["إبراهيم صابر"], SpeakersIn(
            "أكد إبراهيم صابر محافظ القاهرة أن معرض الحرف التراثية مفتوح للزائرين طوال أيام المنتدى. "
            + "وقال محافظ القاهرة، في بيان له، إن المعرض يضم عددًا من المنتجات التراثية. "
            + "وتابع:\" ويتضمن المعرض عارضين من وزارة الثقافة ومديرية التضامن الاجتماعي بالقاهرة ومنتجات شباب الخريجين\"."));

    [Fact]
    public void Extract_VisitorCalledByName_IsTheName() =>
        // w251_12: «وقال زائر عربي للسوق يدعى محمد طيابين "…"» had printed «عربي».
        Assert.Equal(["طيابين"], SpeakersIn(
            "وقال زائر عربي للسوق يدعى محمد طيابين \"هي في الحقيقة فكرة جيدة، لأن بعض الناس تحب تتجنب المولات والأماكن المزدحمة\"."));

    [Fact]
    public void Extract_NameAfterTwoRolePhrasesBeforeQad_IsTheSpeaker() =>
        // w251_28: «وكان وزير الثقافة والفنون والعلاقات مع البرلمان، الناطق الرسمي باسم الحكومة، الحسين ولد امدو، قد قال …
        // «…»» had printed «وزير الثقافة والفنون والعلاقات».
        Assert.Equal(["ولد امدو"], SpeakersIn(
            "وكان وزير الثقافة والفنون والعلاقات مع البرلمان، الناطق الرسمي باسم الحكومة، الحسين ولد امدو، قد قال في وقت سابق إنه مع «هذا المهرجان لن يواجه سكان المدينة مصاعب في توفر المياه والكهرباء»."));
}
