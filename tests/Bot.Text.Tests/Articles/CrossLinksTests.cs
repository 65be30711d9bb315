namespace Bot.Text.Tests.Articles;

public class CrossLinksTests
{
    [Theory]
    [InlineData("اقرأ أيضا: القضاء يبرئ مواطنا اتهم بارتكاب \"أمر موحش\" ضد السبسي")]
    [InlineData("إقرأ أيضاً.. وزير الصحة يعلن خطة جديدة")]
    [InlineData("- اقرأ المزيد: أسعار الذهب اليوم")]
    [InlineData("شاهد أيضا: لحظة وصول المنتخب إلى المطار")]
    [InlineData("طالع أيضا نتائج المباريات")]
    [InlineData("مواضيع ذات صلة")]
    [InlineData("أخبار ذات صلة:")]
    public void IsCrossLink_LinksToOtherStories_True(string line) => Assert.True(CrossLinks.IsCrossLink(line));

    [Theory]
    // a reporting verb and «also» open a story's own sentence
    [InlineData("وتابع كذلك أن الوزارة ستعلن النتائج غدا")]
    [InlineData("وأضاف أيضا أن الحكومة ملتزمة بخطتها")]
    // a heading's words going on as a sentence
    [InlineData("قد يهمك أن تعرف أن الأسعار ارتفعت")]
    [InlineData("أكد الوزير أن المشروع سيكتمل")]
    [InlineData("اقرأ")]
    [InlineData("")]
    public void IsCrossLink_StorySentences_False(string line) => Assert.False(CrossLinks.IsCrossLink(line));

    [Fact]
    public void CrossLinkLines_HeadlinesAfterTheLinkInItsParagraph_AreLinksToo()
    {
        // w545_08: the links ran on over three headlines split at their ! and ؟; the last one's «تريم يوضح تفاصيل الخلاف» had
        // become the speaker of the coach's «وأضاف وقال: "…"».
        var model = new ArticleModel(null, "وقال المدرب في المؤتمر الصحفي إن فريقه جاهز للمباراة.\n"
            + "إقرأ ايضاً:تحذير للاعبين من العقوبات! نجم سعودي يلفت أنظار رينارد والهلال معًا! هل تنهي العقوبات فرص الحل؟ تريم يوضح تفاصيل الخلاف بين حمدالله وكاراسكو\n"
            + "وأضاف وقال إن تركيزنا على لاعبينا.");
        Assert.Equal([false, true, true, true, true, false], model.CrossLinkLines);
    }

    [Fact]
    public void CrossLinkLines_StoryGoingOnAfterTheLinkInItsParagraph_IsNoLink()
    {
        // argen_0782: «اقرأ أيضا: تسديد 11 مليون دولار لدانة غاز.. كيف خفضت وزارة البترول مستحقات الشركاء الأجانب؟ وجاءت
        // تأكيدات المهندس طارق الملا، أن …»: one paragraph; the headline ends at its question, and the story goes on with و.
        var model = new ArticleModel(null, "من هنا كان مؤتمر وزير البترول اليوم للإعلان عن استضافة المؤتمر. اقرأ أيضا: تسديد 11 مليون دولار لدانة غاز.. "
            + "كيف خفضت وزارة البترول مستحقات الشركاء الأجانب؟ وجاءت تأكيدات المهندس طارق الملا، أن الوزارة تضع نصب أعينها النهوض بقطاع التعدين.");
        Assert.Equal([false, true, true, false], model.CrossLinkLines);
    }
}
