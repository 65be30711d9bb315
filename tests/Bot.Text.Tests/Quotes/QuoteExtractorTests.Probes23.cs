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

    [Fact]
    public void Extract_AnswersAfterDashedQuestions_AreThePersonTheInterviewsIntroductionNames()
    {
        // «والتقينا مؤسس الشركة، المهندس طارق الحمادي، وكان هذا الحوار. | - ما الذي …؟ | «…»»: each answer standing alone
        // is his; they had been dropped, the questions being lines with no marks.
        var quotes = Quotes("أعلنت شركة «ضاد» الناشئة إطلاق نموذج لغوي ضخم مدرب على نصوص عربية. "
                            + "والتقينا مؤسس الشركة ورئيسها التنفيذي، المهندس طارق الحمادي، وكان هذا الحوار.\n"
                            + "- ما الذي يميز نموذجكم عن النماذج العالمية المتاحة؟\n"
                            + "«النماذج العالمية تتعامل مع العربية كلغة ثانوية. نحن بدأنا من العربية».\n"
                            + "- وماذا عن خصوصية المستخدمين؟\n"
                            + $"«{Words}».");
        Assert.Contains(("الحمادي", "النماذج العالمية تتعامل مع العربية كلغة ثانوية. نحن بدأنا من العربية"), quotes);
        Assert.Contains(("الحمادي", Words), quotes);
    }

    [Fact]
    public void Extract_AQuestionOfTwoSentencesOnADashedLine_IsOneQuestion()
    {
        // «ـ تقول دائما إن بغداد …. ماذا تقصد؟»: the paragraph is the question, though its first sentence ends with a full
        // stop; the painter named four sentences before it answers.
        var quotes = Quotes("في مرسم مستأجر شرق لندن يعيش الفنان التشكيلي العراقي فيصل الربيعي منذ عام 1991. "
                            + "غادر بغداد بعد حرب الخليج الثانية. ولم يعد إليها سوى مرتين. معرضه الاستعادي يضم أعمالا من أربعة عقود.\n"
                            + "أجرينا معه هذا الحوار.\n"
                            + "ـ تقول دائما إن بغداد في لوحاتك ليست بغداد الحقيقية. ماذا تقصد؟\n"
                            + $"«{Words}».");
        Assert.Contains(("الربيعي", Words), quotes);
    }
}
