using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 28: what blind round 290–293 (European football in translation; Egypt's ministers and governors;
/// American politics in translation; accidents and disasters in the Arab world) missed.
/// </summary>
public class QuoteExtractorRound290Tests
{
    [Fact]
    public void Extract_CivilDefence_IsABodyPrintedWhole() =>
        // w293_30: «وكان الدفاع المدني العراقي، قد كشف … حيث قال إن “…”» had printed «الدفاع».
        Assert.Equal(["الدفاع المدني العراقي"], SpeakersIn(
            "وكان الدفاع المدني العراقي، قد كشف اليوم الأربعاء، تفاصيل أولية تتعلق بالحادث المأساوي، حيث قال إن “قاعة الاعراس مغلفة بألواح الإيكوبوند سريعة الاشتعال والمخالفة لتعليمات السلامة”."));

    [Fact]
    public void Extract_TimeWordOpeningTheQuotation_IsNoTimeOfSaying() =>
        // w290_10: «قال: “اليوم نتحدث مرة أخرى عن التحكيم …”» — اليوم opens the words; «مرة» inside them had become the speaker.
        Assert.Equal(["تشافي", "تشافي"], SpeakersIn(
            "وقال تشافي في تصريحات صحفية عقب نهاية المباراة: ” انهينا السنة متصدرين مناصفة مع ريال مدريد، لكن فقدنا نقطتين”.",
            "وعن التحكيم في مباراة اليوم قال: “اليوم نتحدث مرة أخرى عن التحكيم ولا يمكننا فعل شيء، على الحكم أن يخرج ويتحدث”."));

    [Fact]
    public void Extract_HisWordsAfterHisName_AreNoName() =>
        // w290_15: «وتابع إنزاغي تصريحاته: “…”» had printed «تصريحاته».
        Assert.Equal(["إنزاغي"], SpeakersIn(
            "وتابع إنزاغي تصريحاته: “أنظر إلى الوراء وأرى ثلاث سنوات بست بطولات ونهائي دوري أبطال أوروبا”."));

    [Fact]
    public void Extract_LettersSpelledOutInMarks_AreAName() =>
        // w293_24: «تم سحب عينات "دى إن أيه"، من كافة الاشلاء» had been read as speech: إن looked like a particle.
        Assert.Empty(SpeakersIn(
            "وقال حاطون إنه يبحث عن جثمان ابن عمته منذ 5 أيام، مشيرًا إلى أنه تم سحب عينات \"دى إن أيه\"، من كافة الاشلاء التي اشتبهوا في أنها تعود للمفقودين."));
}
