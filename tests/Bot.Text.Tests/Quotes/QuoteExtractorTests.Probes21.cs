namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Speakers found wanting by probe round 21 (session 54's first blind set, then its second dev set; Fixtures/quotes-probes.md):
/// features that open on someone's words with a bare «يقول» and name the person only in the next paragraph. The sentences
/// below are written after those articles.
/// </summary>
public class QuoteExtractorProbes21Tests
{
    private static readonly ArabicTextEngine Engine = new();

    private const string Words = "نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة";

    private static (string Speaker, string Text)[] Quotes(string body) =>
        Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    [Theory]
    // «the man is …»: a description and «he is»
    [InlineData("في قارب ضيق بين القصب، يقف رجل ستيني ويدفع القارب بعصا طويلة. الماء لا يتجاوز ركبتيه. «{0}»، يقول بلهجة أهل الأهوار.\nالرجل هو جبار الفرطوسي، أبو حيدر، الذي ولد في الهور.", "جبار الفرطوسي")]
    // …or a full name opening the next paragraph
    [InlineData("رجل في الخامسة والستين يقف أمام طلاب الجامعة في قاعة صغيرة. قبل أن يبدأ يضع على الطاولة صورة قديمة. «{0}»، يقول.\nجورج عبود، المقاتل السابق، يزور المدارس منذ عشر سنوات.", "عبود")]
    public void Extract_WordsOpeningAFeatureWithABareCue_AreTheNameTheNextParagraphGives(string body, string speaker) =>
        // Nobody had been quoted before these words, so their bare «يقول» named nobody and they were dropped.
        Assert.Contains((speaker, Words), Quotes(string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_AQuotationStandingAloneAfterThem_IsTheSameNamesToo()
    {
        // «…»، يقول. «…». | الرجل هو …: both quotations are his.
        var quotes = Quotes("في قارب ضيق بين القصب، يقف رجل ستيني ويدفع القارب بعصا طويلة. الماء لا يتجاوز ركبتيه. "
                            + "«قبل عشر سنين هنا ما تلمس الأرض بالمردي»، يقول بلهجة أهل الأهوار. "
                            + $"«{Words}».\nالرجل هو جبار الفرطوسي، أبو حيدر، الذي ولد في الهور.");
        Assert.Contains(("جبار الفرطوسي", "قبل عشر سنين هنا ما تلمس الأرض بالمردي"), quotes);
        Assert.Contains(("جبار الفرطوسي", Words), quotes);
    }

    [Fact]
    public void Extract_TheTunisianCaptainsTitle_IsATitleBeforeHisName()
    {
        // «الرايس», the boat's master as the Tunisian coast writes it, is a title: the narration names علي, who says the words
        // (the fishermen's association quoted before had been given them).
        var quotes = Quotes("وقالت جمعية الصيادين في بيان إن «الموسم صعب هذا العام». "
                            + $"عند الغروب، يطوي الرايس علي شباكه ويغطيها بقطعة قماش، ثم يقول لابنه: «{Words}».");
        Assert.Contains(("علي", Words), quotes);
    }

    [Fact]
    public void Extract_AThingOfTheirsAfterATitledName_EndsTheName()
    {
        // «يطوي الحاج علي شباكه … ويقول»: «his nets» is what he folds, not his family name (the words had been dropped under
        // «شباكه»).
        var quotes = Quotes("وقالت جمعية الصيادين في بيان إن «الموسم صعب هذا العام». "
                            + $"عند الغروب، يطوي الحاج علي شباكه ويغطيها بقطعة قماش، ويقول لابنه: «{Words}».");
        Assert.Contains(("علي", Words), quotes);
    }

    [Fact]
    public void Extract_APlaceWordAfterATitle_IsNoName()
    {
        // «يقف كابتن خلف عربته»: behind his cart — خلف is a given name too, but not before a thing of his.
        var quotes = Quotes("لا يعرف كثيرون اسمه الحقيقي، فالجميع ينادونه «كابتن». "
                            + $"يقف كابتن خلف عربته الصغيرة منذ السادسة صباحا، يصب الشاي، ويقول: «{Words}».");
        Assert.DoesNotContain(quotes, q => q.Speaker == "خلف");
    }
}
