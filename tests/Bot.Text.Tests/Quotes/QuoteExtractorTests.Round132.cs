namespace Bot.Text.Tests.Quotes;

/// <summary>Rules from the blind round 132–135 (water and climate, labour, diplomacy, media and technology), each on its own page.</summary>
public class QuoteExtractorRound132Tests
{
    private static readonly ArabicTextEngine Engine = new();

    private static (string Speaker, string Text)[] Quotes(params string[] paragraphs) =>
        Engine.AnalyzeUnguarded(null, string.Join("\n", paragraphs), SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    [Fact]
    public void Extract_ClauseEndingWithAListOfPlaces_IsTheUnionsWords() =>
        // w133_25: the list rule (short items between commas) had read the union's statement as a list of names.
        Assert.Equal(["النقابة"], Quotes(
            "وبدت المدارس شبه فارغة مع أول يوم للإضراب، والتزم المعلمون بقرار نقابتهم.",
            "وقالت النقابة - في صفحتها الرسمية على فيسبوك -: \"وصلت نسبة الإضراب في مدارس محافظة الطفيلة، والزرقاء، والموقر، وجرش إلى 100%\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_StatementOfTheParliament_IsPrintedAsTheParliament() =>
        // w133_32: «بيان البرلمان» names its issuer; a parliament was no body, so the statement stayed a bare one and was dropped.
        Assert.Equal(["البرلمان العراقي"], Quotes(
            "وذكر البرلمان العراقي على موقعه الرسمي أن القانون يهدف لشمول أوسع للعاملين في القطاعات الثلاثة.",
            "وأضاف بيان البرلمان أن تشريع القانون “يأتي للتأكيد على المبادئ التي نص عليها الدستور، واستجابة لتطورات المرحلة الحالية”."
        ).Select(q => q.Speaker));
}
