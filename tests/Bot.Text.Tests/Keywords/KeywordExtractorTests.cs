namespace Bot.Text.Tests.Keywords;

public class KeywordExtractorTests
{
    private static readonly ArabicTextEngine Engine = new();

    [Fact]
    public void Extract_Seed_NamesTheProtagonists()
    {
        var (title, body) = Fixture.Seed();
        var keywords = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Default).Keywords;
        Assert.InRange(keywords.Count, 5, KeywordExtractor.MaxKeywords);
        Assert.Contains("كيم", keywords);
        Assert.Contains("بوتين", keywords);
        Assert.Contains("روسيا", keywords);
    }

    [Fact]
    public void Extract_Seed_GivesSurfaceFormsFromTheText()
    {
        var (title, body) = Fixture.Seed();
        Assert.All(Engine.AnalyzeUnguarded(title, body, SummaryBudget.Default).Keywords, k => Assert.Contains(k, title + body, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ReportingVerbsAndStopWords_AreNotKeywords()
    {
        var (title, body) = Fixture.Seed();
        var keywords = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Default).Keywords;
        Assert.DoesNotContain("وقال", keywords);
        Assert.DoesNotContain("قال", keywords);
        Assert.DoesNotContain("إن", keywords);
        Assert.DoesNotContain("الأربعاء", keywords);
    }

    [Fact]
    public void Extract_PrefixedAndBareForms_ReportsBareForm()
    {
        var body = "تحدث الوزير عن تعزيز العلاقات. وأشاد بالعلاقات بين البلدين. ودعا إلى تطوير العلاقات.";
        Assert.Contains("العلاقات", Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Keywords);
    }

    [Fact]
    public void Extract_WordOnlyInTitleOnce_IsStillAKeyword() =>
        Assert.Contains("لوفتهانزا", Engine.AnalyzeUnguarded("إضراب طياري لوفتهانزا", "أنهى الطيارون إضرابهم في ميونيخ بعد ثماني ساعات.", SummaryBudget.Default).Keywords);

    [Fact]
    public void Extract_Empty_GivesNone() => Assert.Empty(Engine.AnalyzeUnguarded(null, "", SummaryBudget.Default).Keywords);
}
