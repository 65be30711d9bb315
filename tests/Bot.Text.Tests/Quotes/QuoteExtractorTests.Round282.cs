using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 28: what blind rounds 282–285 (Moroccan, Algerian and Tunisian politics; Arab players in Europe in
/// translation; the Gulf economy) and 286–289 (Egyptian film; air travel; organised crime in translation; the Security
/// Council) missed.
/// </summary>
public class QuoteExtractorRound282Tests
{
    [Fact]
    public void Extract_VanBeforeARepeatedFamilyName_OpensTheName() =>
        // w284_05: «وقال فان دايك في تصريحات …: "…"» — فان, typed without the hamza of فإن, is the Dutch «van», printed with
        // the family name as the annotators give it (since session 41; «دايك» alone before).
        Assert.Equal(["فان دايك", "فان دايك"], SpeakersIn(
            "أشاد الدولي الهولندي فيرجيل فان دايك، بزميله في صفوف ليفربول محمد صلاح.",
            "وقال فان دايك في تصريحات صحفية: \"لقد رأيت الكثير من الفرص التي صنعناها لكنها ليست كافية\".",
            "وعن قرار استبدال محمد صلاح في الدقيقة 60 أمام جالاتا سراي قال: \"الأمر يتعلق بالفريق، صلاح عنصر أساسي معنا\"."));

    [Fact]
    public void Extract_ThatTypedWithoutHamza_StaysAConjunction() =>
        // Guard: «وقال الوزير فان عمان "…"» is فإن before a place the article repeats, not «van Amman» — no given name ever
        // stands before this فان.
        Assert.Equal(["الوزير"], SpeakersIn(
            "وقال رئيس الوزراء إن عمان مستعدة للحوار.",
            "وقال الوزير فان عمان \"ستستضيف المحادثات المقبلة بين الطرفين في الأسبوع القادم\"."));

    [Fact]
    public void Extract_NameWithItsRoleSetOffBeforeTheVerb_IsTheSubject() =>
        // w284_23: «لكن رامي عباس، وكيل أعمال صلاح، أكد … أن "…"» had given the words to the paper quoted before.
        Assert.Equal(["صحيفة الرياضية", "عباس"], SpeakersIn(
            "وكتبت صحيفة \"الرياضية\" السعودية أن \"نادي الاتحاد قدم عرضا لليفربول قدره 52 مليون جنيه\".",
            "لكن رامي عباس، وكيل أعمال صلاح، أكد في حساباته على مواقع التواصل الاجتماعي أن \"محمد يبقى ملتزما مع ليفربول\"."));

    [Fact]
    public void Extract_AdjectiveOfOriginBeforeAName_IsNoName() =>
        // w284_30: «وقال الألماني يورجن كلوب، المدير الفني للريدز، …» had printed «الألماني» (its ا reads as an article).
        Assert.Equal(["كلوب"], SpeakersIn(
            "وقال الألماني يورجن كلوب، المدير الفني للريدز، إن ما فعله الدولي المصري شيء لا يصدق، مضيفًا «الناس ستتحدث عنه لفترة طويلة 50 أو 60 عامًا»."));

    [Fact]
    public void Extract_ParticipleOfMannerAfterARole_EndsItsPhrase() =>
        // w289_40: «وقال مندوب إسرائيل محاولا تبرير المجازر …، “…”» had printed «تبرير».
        Assert.Equal(["مندوب إسرائيل"], SpeakersIn(
            "وقال مندوب إسرائيل محاولا تبرير المجازر المرتكبة بحق الشعب الفلسطيني والتي راح ضحيتها 3000 فلسطيني بينهم نحو 1000 طفل ، “نهدف من حربنا في غزة لإنقاذ الأسرى لدى حماس” ."));
}
