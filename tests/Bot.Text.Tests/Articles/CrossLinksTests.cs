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
}
