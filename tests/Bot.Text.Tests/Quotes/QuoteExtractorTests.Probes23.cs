namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Speakers found wanting by probe round 23 (session 55's first blind set, then its second dev set;
/// Fixtures/quotes-probes.md). The sentences below are written after those articles.
/// </summary>
public class QuoteExtractorProbes23Tests
{
    private static readonly ArabicTextEngine Engine = new();

    private const string Words = "المغرب فريق منظم جدا، وقد عاقبنا على كل خطأ ارتكبناه";

    private static (string Speaker, string Text)[] Quotes(string body) =>
        Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    [Fact]
    public void Extract_TheSameRoleOfAnotherPlace_IsNotThePersonIntroducedWithTheRole()
    {
        // «أما مدرب غانا فاعترف …، قائلا»: Ghana's coach is not Morocco's, whom the article introduced with «مدرب» and
        // quoted after a verb of saying.
        var quotes = Quotes("أكد مدرب المنتخب المغربي لكرة القدم وليد الركراكي أن فريقه «لم يقدّم بعد كل ما لديه»، رغم الفوز على غانا.\n"
                            + "وقال الركراكي في المؤتمر الصحافي: «أنا سعيد بالنتيجة، لكنني لست راضيا تماما عن الشوط الأول».\n"
                            + "وسئل المدرب عن غياب حكيم زياش عن التشكيلة، فأجاب: «الأمر تقني بحت. لدي ثقة كبيرة في كل اللاعبين».\n"
                            + $"أما مدرب غانا فاعترف بتفوق المنافس، قائلا: «{Words}».");
        Assert.Contains(("مدرب غانا", Words), quotes);
    }
}
