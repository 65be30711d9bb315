namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Speakers found wanting by probe round 26 (session 56's second blind set, session 58's dev set;
/// Fixtures/quotes-probes.md). The sentences below are written after those articles.
/// </summary>
public class QuoteExtractorProbes26Tests
{
    private static readonly ArabicTextEngine Engine = new();

    private const string Words = "ما عندي حتى علاقة بالسماسرة، أنا نربي بيدي";

    private static (string Speaker, string Text)[] Quotes(string body) =>
        Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    [Fact]
    public void Extract_AsForSomeoneWhoseRelativeClauseHasAFaWord_IsThatPerson()
    {
        // «أما سامي، الشاب الذي فقد ساقه …، فجاء»: فقد («lost») in the relative clause about Sami is no ف-verb of the «as
        // for» sentence; the comma before فجاء sets it. The bare «يقول» of the next sentence had gone to the source before.
        var quotes = Quotes("وقال مصدر قضائي إن «التحقيق مستمر ولن يتوقف».\n"
                            + "أما سامي، الشاب العشريني الذي فقد ساقه اليسرى في الانفجار حين كان يعمل في مقهى، فجاء على كرسي متحرك. "
                            + $"«أنا محظوظ لأني عايش»، يقول، «{Words}».");
        Assert.Contains(("سامي", Words), quotes);
    }

    [Fact]
    public void Extract_AsForARoleAndTheNameItLeadsTo_IsThatPerson()
    {
        // «أما المهندس الأردني الشاب علاء الرواشدة، …، فما زال يبحث»: a role, its adjectives and a name, set off before the
        // ف-verb — the one the narration turns to, whom the next bare «يقول» is about.
        var quotes = Quotes("وقال طارق المنصوري إن «السوق مفتوح للجميع في هذه المدينة».\n"
                            + "أما المهندس الأردني الشاب علاء الرواشدة، الذي وصل قبل شهرين فقط، فما زال يبحث عن شقة. "
                            + $"«الإيجارات هون نار»، يقول، «{Words}».");
        Assert.Contains(("الرواشدة", Words), quotes);
    }

    [Theory]
    [InlineData("هز رأسه")]
    [InlineData("مد يده إلى الكبش")]
    public void Extract_ASetOffPersonWhoseVerbIsDoubled_IsThatPerson(string gesture)
    {
        // «بوعلام، الذي سمع الحديث، هز رأسه وقال»: هزّ unvowelled is two letters; read as no verb, the و-cue had gone to the
        // speaker of the sentence before.
        var quotes = Quotes("وقال رئيس الجمعية، مصطفى زبدي، إن «السماسرة هم من يتحكمون في السوق».\n"
                            + $"بوعلام، الذي سمع الحديث، {gesture} وقال: «{Words}».");
        Assert.Contains(("بوعلام", Words), quotes);
    }
}
