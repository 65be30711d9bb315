namespace Bot.Text.Tests.Summaries;

public class ExtractiveSummarizerTests
{
    private static readonly ArabicTextEngine Engine = new();

    private static int Words(IEnumerable<string> sentences) => sentences.Sum(ArticleModel.CountWords);

    [Fact]
    public void Summarize_WordBudget_IsRespected()
    {
        var (title, body) = Fixture.Seed();
        var summary = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Words(60)).Summary;
        Assert.NotEmpty(summary);
        Assert.True(Words(summary) <= 60);
    }

    [Fact]
    public void Summarize_SentenceBudget_IsRespected()
    {
        var (title, body) = Fixture.Seed();
        Assert.Equal(2, Engine.AnalyzeUnguarded(title, body, SummaryBudget.Sentences(2)).Summary.Count);
    }

    [Fact]
    public void Summarize_Seed_KeepsDocumentOrderOfWholeSentences()
    {
        var (title, body) = Fixture.Seed();
        var analysis = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Words(120));
        var indexes = analysis.Summary.Select(s => analysis.Sentences.ToList().IndexOf(s)).ToList();
        Assert.DoesNotContain(-1, indexes);
        Assert.Equal(indexes.Order(), indexes);
    }

    [Fact]
    public void Summarize_Seed_StartsWithTheLead()
    {
        var (title, body) = Fixture.Seed();
        var analysis = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Words(60));
        Assert.Equal(analysis.Sentences[0], analysis.Summary[0]);
    }

    [Fact]
    public void Summarize_FirstSentenceLongerThanBudget_IsReturnedAlone()
    {
        var first = "تعهد الزعيم الكوري الشمالي كيم جونغ أون الأربعاء تعزيز العلاقات مع موسكو وقال إن بلده المعزول سيقف دائما إلى جانب روسيا.";
        var second = "أصبحت روسيا معزولة من الغرب عقب غزوها أوكرانيا العام الماضي وتسعى لتعزيز التحالفات مع زعماء آخرين.";
        var summary = Engine.AnalyzeUnguarded(null, first + " " + second, SummaryBudget.Words(5)).Summary;
        Assert.Equal([first], summary);
    }

    [Fact]
    public void Summarize_ZeroBudget_IsEmpty()
    {
        var (title, body) = Fixture.Seed();
        Assert.Empty(Engine.AnalyzeUnguarded(title, body, SummaryBudget.Words(0)).Summary);
    }

    [Fact]
    public void Summarize_NoLimit_UsesDefaultWords()
    {
        var (title, body) = Fixture.Seed();
        var summary = Engine.AnalyzeUnguarded(title, body, new SummaryBudget(null, null)).Summary;
        Assert.Equal(Engine.AnalyzeUnguarded(title, body, SummaryBudget.Default).Summary, summary);
    }

    [Fact]
    public void Summarize_RepeatedSentence_IsPickedOnce()
    {
        var s = "وقال بوتين إن موسكو ستساعد كوريا الشمالية على بناء أقمار اصطناعية.";
        var other = "واستمرت محادثات الزعيمين نحو ساعتين قبل مأدبة عشاء رسمية.";
        var summary = Engine.AnalyzeUnguarded(null, $"{s}\n{s}\n{other}", SummaryBudget.Sentences(2)).Summary;
        Assert.Equal([s, other], summary);
    }

    [Fact]
    public void Summarize_Empty_IsEmpty() => Assert.Empty(Engine.AnalyzeUnguarded(null, null, SummaryBudget.Default).Summary);
}
