namespace Bot.Text.Tests.Quotes;

/// <summary>
/// A passer-by a sentence opens with by what they are, never named (سائحة إسبانية خرجت لتوّها من محل للجلود، قالت: «…»):
/// street reports give one a line and move on. Found wanting by probe round 19 (session 52's second unseen set, the dev set
/// of session 53; Fixtures/quotes-probes.md), where their words went to the body or the person quoted before them, or were
/// dropped. The sentences below are written after those articles.
/// </summary>
public class QuoteExtractorPassersbyTests
{
    private static readonly ArabicTextEngine Engine = new();

    private const string Words = "نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة";

    /// <summary>A ministry quoted first, whose words the passer-by's must not be taken for.</summary>
    private const string Before = "في المقابل، تؤكد وزارة الصيد أن «المخزون السمكي يخضع لرقابة صارمة». ";

    private static (string Speaker, string Text)[] Quotes(string body) =>
        Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    private static string With(string body) => string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words);

    [Theory]
    // a trade, past كانت and what she was doing, up to the cue
    [InlineData(Before + "زبونة كانت تساوم على سمكتين من نوع «الدوراد»، قالت وهي تدفع: «{0}».", "زبونة")]
    // …behind an adjective of origin, past a verb
    [InlineData("سائحة إسبانية خرجت لتوّها من محل للجلود وهي تحمل حقيبة بنية، قالت: «{0}».", "سائحة إسبانية")]
    [InlineData("سائح فرنسي كان يجرّب شاشية أمام المرآة قال بالفرنسية ما معناه: «{0}».", "سائح فرنسي")]
    // …or «a man» behind his age, not the verb after him read as his name
    [InlineData("رجل خمسيني يجلس قرب الباب قال: «{0}».", "رجل خمسيني")]
    public void Extract_APasserByOpeningTheSentence_SpeaksForTheCueAfterWhatTheyDo(string body, string speaker) =>
        // Round 19's street reports lost four such lines, and rounds 14 and 16 two more.
        Assert.Contains((speaker, Words), Quotes(With(body)));

    [Fact]
    public void Extract_APasserByCalledByName_IsPrintedByTheName()
    {
        // «تدعى كارمن»: the name, not what she is, is whom the words are printed with.
        var quotes = Quotes($"سائحة إسبانية تدعى كارمن، كانت تحتمي بظل شجرة برتقال، قالت: «{Words}».");
        Assert.Contains(("كارمن", Words), quotes);
    }

    [Fact]
    public void Extract_ATradeInConstructBeforeANameSetOff_IsPrintedByTheName()
    {
        // «سائق إحدى الحافلات، عمي مصطفى»: إحدى is what he drives one of, no adjective of his; the name set off is who speaks.
        var quotes = Quotes($"سائق إحدى الحافلات، عمي مصطفى، الذي يعمل على هذا الخط منذ سنوات، يقول: «{Words}».");
        Assert.Contains(("مصطفى", Words), quotes);
    }

    [Fact]
    public void Extract_AWomansCueAfterAManPasserBy_IsNotHis()
    {
        // «سائح فرنسي كان يجرّب شاشية …، قالت»: a woman speaks; the tourist the sentence opened with does not.
        var quotes = Quotes($"سائح فرنسي كان يجرّب شاشية أمام المرآة، قالت: «{Words}».");
        Assert.DoesNotContain(quotes, q => q.Speaker == "سائح فرنسي");
    }

    [Fact]
    public void Extract_TheVerbAfterAnUnnamedMan_IsNoName()
    {
        // «رجل يجلس قرب الباب»: «يجلس» is what he does; an unnamed man has no name after him to print.
        var quotes = Quotes($"رجل يجلس قرب الباب مع زوجته، قالت: «{Words}».");
        Assert.DoesNotContain(quotes, q => q.Speaker == "يجلس");
    }
}
