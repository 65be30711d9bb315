namespace Bot.Text.Tests.Quotes;

/// <summary>The confidence rules of <see cref="QuoteConfidence"/>: one test per rule, with sentences from the dev fixtures.</summary>
public class QuoteConfidenceTests
{
    private static readonly ArabicTextEngine Engine = new();

    private static (string Speaker, string Text)[] Quotes(string body) =>
        Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    [Fact]
    public void Extract_UnresolvedSource_IsDropped() =>
        // 0632: «المصدر» is never named in the article; printing «المصدر: …» tells the reader nothing.
        Assert.Empty(Quotes("وفي سياق اتجاه الحكومة لإلغاء نظام التقاعد النسبي، أكد المصدر، أن هذا الأخير يعد من بين السلبيات، "
            + "وواصل في هذا الشأن قائلا ” الإبقاء على نظام التقاعد النسبي، قد يصل بنا خلال السنوات المقبلة إلى العجز في دفع معاشات المتقاعدين”."));

    [Fact]
    public void Extract_BareStatement_IsDropped() =>
        // 0679: «حسب البيان» without the body that issued it is no speaker.
        Assert.Empty(Quotes("وحسب البيان فإنه “تم تكليف المسؤولين عن الأنشطة والهياكل لإبلاغ موظفيهم بهذا الاستئناف التدريجي وفقا لجدول زمني الذي تحدده هياكلها الإدارية”."));

    [Fact]
    public void Extract_QuotedPlaceList_IsDropped() =>
        // 0527: the states in priority order are a list, not speech, though a cue is near.
        Assert.DoesNotContain(Quotes("بدوره، قال نائب مفوض العون الإنساني د. أحمد فضل الله سراج الدين، إن الطائرة هي الأولى ضمن جسر جوي، "
            + "وتم تخصيصها للولايات المتأثرة حسب الأولوية “النيل الأبيض، سنار، الخرطوم، نهر النيل والجزيرة”، وأن الشحنات ستحمل حصص كل ولاية."),
            q => q.Text.StartsWith("النيل الأبيض", StringComparison.Ordinal));

    [Theory]
    // 0748: an indefinite body alone is nobody a reader could name
    [InlineData("لجنة", SpeakerKind.Indefinite)]
    // 0557: «المتحدث» with the next words glued on is an unresolved back-reference
    [InlineData("المتحدث استنجاد الحكومة", SpeakerKind.Unresolved)]
    // 0632: a bare source
    [InlineData("المصدر", SpeakerKind.Unresolved)]
    // a source placed in a body is attributable
    [InlineData("مصدر من المنظمة", SpeakerKind.Organisation)]
    // 0947: a ministry
    [InlineData("وزارة الطاقة", SpeakerKind.Organisation)]
    // a full name
    [InlineData("معتز موسى", SpeakerKind.Person)]
    // a role with ال
    [InlineData("وزير الاسكان", SpeakerKind.Role)]
    // a family name with ال mentioned once
    [InlineData("الموسى", SpeakerKind.Named)]
    internal void Classify_Mentions_GivesKind(string speaker, SpeakerKind expected)
    {
        var names = new SpeakerNames(new ArticleModel(null, "وقال معتز موسى إن الحكومة ستعمل. ونسبت الوكالة للموسى قوله ذلك."));
        Assert.Equal(expected, QuoteConfidence.Classify(speaker, names));
    }

    [Theory]
    [InlineData("قال اللاعب سلمان الدوسري إن الفريق جاهز. وأضاف الدوسري أن المباراة صعبة.", SpeakerKind.Person)]
    [InlineData("قال اللاعب سلمان الدوسري إن الفريق جاهز.", SpeakerKind.Named)]
    [InlineData("بدأ بناء السد قبل عامين. ووصف السد بأنه عدواني.", SpeakerKind.Named)]
    internal void Classify_FamilyNameWithArticle_IsAPersonWhenUsedAfterAFirstNameAndAVerbOfSaying(string body, SpeakerKind expected)
    {
        var word = body.Contains("السد", StringComparison.Ordinal) ? "السد" : "الدوسري";
        Assert.Equal(expected, QuoteConfidence.Classify(word, new SpeakerNames(new ArticleModel(null, body))));
    }

    [Fact]
    public void Extract_LongerPlainFragmentAfterACue_IsKept() =>
        // No verb form or pronoun the speech test knows (تخطط), more than four words: speech as often as not, so kept.
        Assert.Single(Engine.AnalyzeUnguarded(null, string.Join("\n",
            "ونقلت الوكالة عن سليم بسباس وزير المالية قوله: إن \"تونس تتطلع إلى حصر عجز الميزانية في حدود ستة بالمئة.\"",
            "وأضاف، \"تونس تخطط إلى تحقيق نسبة نمو في حدود خمسة بالمئة العام المقبل\"."), SummaryBudget.Default).Quotes,
            q => q.Text.StartsWith("تونس تخطط", StringComparison.Ordinal));

    [Fact]
    public void Extract_SpeakerRightBeforeAShortQuotation_IsKept() =>
        // Seed: «قال بوتين “…”» carries a short quotation with no verb in it.
        Assert.Equal([("بوتين", "نخب تعزيز علاقات التعاون")], Quotes("وقال الرئيس الروسي فلاديمير بوتين “نخب تعزيز علاقات التعاون”."));

    [Theory]
    // a list of states (0527)
    [InlineData("النيل الأبيض، كسلا، القضارف، الخرطوم، الجزيرة، سنار، والبحر الأحمر")]
    // two products joined by a dash (0612)
    [InlineData("العسل الانجليزي – صابون الاستحمام السعودي")]
    // a television model, transliterated with a year (0807)
    [InlineData("إس ي واش دي 2016")]
    // the same model spelt out letter by letter, longer than the six words the digit rule reaches (0807)
    [InlineData("تي في إس يو أش دي 2016")]
    // a body's or an event's word in construct opening a few words (web pages, session 5)
    [InlineData("خلية الإعلام الحربي")]
    [InlineData("قوى الحرية والتغيير")]
    [InlineData("منتدى الاستثمار والأعمال في إفريقيا والعالم")]
    // a figure written out in words (a graduation speech)
    [InlineData("ثلاثة آلاف وأربعمائة وستة وثلاثون")]
    // someone's title in marks after his name
    [InlineData("مساعد وزير الخارجية الأسبق")]
    // acronyms spelt letter by letter (FBI, MBC), one letter spelt like a function word (آي)
    [InlineData("إف بي آي")]
    [InlineData("إم بي سي")]
    public void LooksLikeName_ListsAndModels_True(string text) => Assert.True(QuoteConfidence.LooksLikeName(text));

    [Theory]
    // a figure with Arabic words is a statement's content, not a model (the فرعون test)
    [InlineData("تكوين 3368 مهندس وتقني عامل بالاتصالات")]
    // a sentence with a comma is not a list
    [InlineData("الإبقاء على نظام التقاعد النسبي، قد يصل بنا خلال السنوات المقبلة إلى العجز")]
    // short function words are no spelt-out letters
    [InlineData("هو ما نعيشه الآن في كل يوم")]
    [InlineData("من هو")]
    [InlineData("لا لا")]
    // a statement about a body opens with it definite, or has a clause word
    [InlineData("الهيئة تواصل جهودها المكثفة")]
    [InlineData("مشروع القانون لا يخدم المواطن")]
    // number words inside a statement
    [InlineData("ثلاثة لاعبين غابوا عن التدريب")]
    // a source of worry is no source's title (EASC)
    [InlineData("مصدر قلق كبير في")]
    // a role in a clause is speech
    [InlineData("الوزير لا يعرف شيئا")]
    // a clause that ends with a list of places is no list (w133_25: a union's figures for its strike)
    [InlineData("وصلت نسبة الإضراب في مدارس محافظة الطفيلة، والزرقاء، والموقر، وجرش إلى 100%")]
    public void LooksLikeName_StatementsAndFigures_False(string text) => Assert.False(QuoteConfidence.LooksLikeName(text));

    [Theory]
    // negation (0832)
    [InlineData("عدواني ولا يستهدف شيء سوى حرمان مصر من المياه")]
    // future verb (seed)
    [InlineData("سنناقش كافة المواضيع دون تسرع")]
    // first person (seed)
    [InlineData("من أجل رفاه وازدهار بلدينا")]
    // plural imperative and second person (وزير الصناعة test)
    [InlineData("كونوا فخورين بما تقومون به")]
    // four-letter we-form (0748)
    [InlineData("لو الفلوس جات نخلص قبل 6 شهور")]
    // colloquial negation (an Egyptian actress)
    [InlineData("الأدوار مش بالكثرة والعدد")]
    // negation before a verb, and at the end (guards for «لم» before an ال-word)
    [InlineData("لم تتراجع")]
    [InlineData("الحكومة لم")]
    public void LooksLikeSpeech_Clauses_True(string text) => Assert.True(QuoteConfidence.LooksLikeSpeech(text));

    [Theory]
    // a person's name (0832)
    [InlineData("نور الدين")]
    // a company (0812)
    [InlineData("الصالحية العقارية")]
    // a forum's title (0489)
    [InlineData("منتدى الاستثمار والأعمال في إفريقيا والعالم")]
    // a summit's slogan: «لمّ الشمل», the noun, not the negation (w721_35)
    [InlineData("لم الشمل")]
    public void LooksLikeSpeech_NamesAndTitles_False(string text) => Assert.False(QuoteConfidence.LooksLikeSpeech(text));

    [Fact]
    public void LooksLikeSpeech_Empty_False() => Assert.False(QuoteConfidence.LooksLikeSpeech(""));
}
