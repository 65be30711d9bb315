namespace Bot.Text.Tests.Quotes;

public class QuoteExtractorTests
{
    private static readonly ArabicTextEngine Engine = new();

    private static (string Speaker, string Text)[] Quotes(string body, string? title = null) =>
        Engine.AnalyzeUnguarded(title, body, SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    [Fact]
    public void Extract_Seed_FindsKimsAndPutinsQuotesWithTheirSpeakers()
    {
        var (title, body) = Fixture.Seed();
        // «دائما إلى جانب روسيا» is also quoted inside Kim's full statement, so only the statement is reported.
        var expected = new HashSet<(string, string)>
        {
            ("بوتين", "سعيد جدا"),
            ("كيم", "دائما ما عبرنا عن الدعم الكامل وغير المشروط لكافة الإجراءات التي تتخذها الحكومة الروسية، وأغتنم هذه الفرصة مجددا لأؤكد أننا سنقف دائما إلى جانب روسيا"),
            ("بوتين", "نخب تعزيز علاقات التعاون والصداقة مستقبلا بين بلدينا"),
            ("بوتين", "من أجل رفاه وازدهار بلدينا، في صحة الزعيم وجميع الحاضرين"),
            ("كيم", "نصرا كبيرا"),
            ("بوتين", "سنناقش كافة المواضيع دون تسرّع. لدينا الوقت لذلك"),
            ("بوتين", "زعيم جمهورية كوريا الشعبية الديموقراطية يظهر اهتماما كبيرا بتكنولوجيا الصواريخ، وهم يحاولون تطوير تواجدهم في الفضاء"),
            ("كيم", "إنني على قناعة تامة بأن الجيش الروسي والأمة الروسية البطلة سيحملان إرث النصر على نحو عظيم ويظهران الفضائل التي لا تقدر بثمن والشرف على جبهات العملية العسكرية الخاصة"),
            ("كيم", "أولوية للأهمية الاستراتيجية"),
        };
        var found = Quotes(body, title);
        Assert.Equal(expected.Count, found.Length);
        Assert.Equal(expected, found.ToHashSet());
    }

    [Fact]
    public void Extract_Seed_QuoteSentenceIndexPointsAtItsSentence()
    {
        var (title, body) = Fixture.Seed();
        var analysis = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Default);
        Assert.All(analysis.Quotes, q => Assert.Contains(q.Text, analysis.Sentences[q.SentenceIndex], StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Seed_FullStatementsRankBeforeFragments()
    {
        var (title, body) = Fixture.Seed();
        var quotes = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Default).Quotes;
        var lastLong = quotes.Select((q, i) => (q, i)).Where(x => ArticleModel.CountWords(x.q.Text) >= 10).Max(x => x.i);
        var firstShort = quotes.Select((q, i) => (q, i)).Where(x => ArticleModel.CountWords(x.q.Text) <= 3).Min(x => x.i);
        Assert.True(lastLong < firstShort);
    }

    [Fact]
    public void QuoteSpans_Marks_AreTheMarksIsMarkKnows()
    {
        // (the extractor passes over an article with none of QuoteSpans.Marks: the list and IsMark must stay one set)
        for (var c = '\0'; c < '\uFFFF'; c++)
            Assert.Equal(QuoteSpans.Marks.Contains(c), QuoteSpans.IsMark(c));
    }

    [Theory]
    [InlineData("«", "»")]
    [InlineData("“", "”")]
    // (typed with the curly marks reversed)
    [InlineData("”", "“")]
    [InlineData("\"", "\"")]
    // (two apostrophes for one mark, and single marks: the extractor reads them as double marks)
    [InlineData("''", "''")]
    [InlineData("'", "'")]
    [InlineData("‘", "’")]
    [InlineData("’’", "’’")]
    public void Extract_EveryMarkStyle_OpensAQuotation(string open, string close)
    {
        // (an article without any of these marks is passed over before its sentences are read: each style must still count)
        var quote = Assert.Single(Quotes($"وقال وزير المالية محمد العلي للصحفيين: {open}نحن مستعدون لكل الاحتمالات في المرحلة المقبلة{close}."));
        Assert.Equal(("العلي", "نحن مستعدون لكل الاحتمالات في المرحلة المقبلة"), quote);
    }

    [Fact]
    public void Extract_TitleOnly_FindsNothing()
    {
        // The headline «كيم يؤكد لبوتين … “على رأس الأولويات”» is a title, not a body quote.
        Assert.Empty(Quotes("", "كيم يؤكد لبوتين أن تعميق العلاقات بين بلديهما “على رأس الأولويات”"));
    }

    [Fact]
    public void Extract_VerbSpeakerQuote_AttributesToSpeakerAfterVerb() =>
        Assert.Equal([("بوتين", "سنناقش كافة المواضيع دون تسرّع. لدينا الوقت لذلك")],
            Quotes("وقال بوتين لصحافيين “سنناقش كافة المواضيع دون تسرّع. لدينا الوقت لذلك”، وذلك ردا على سؤال."));

    [Fact]
    public void Extract_AddresseeAfterSpeaker_IsNotTheSpeaker() =>
        Assert.Equal("كيم", Quotes("التقى كيم بوتين. وقال كيم لبوتين في قاعدة فوستوشني الفضائية “إنني على قناعة تامة بالنصر”.").Single().Speaker);

    [Fact]
    public void Extract_SpeakerVerbQuote_AttributesToNameBeforeVerb() =>
        Assert.Equal([("كيم", "أولوية للأهمية الاستراتيجية")],
            Quotes("وكان كيم قد شدد على أن زيارته تظهر أن كوريا الشمالية تمنح “أولوية للأهمية الاستراتيجية” لعلاقاتها مع روسيا."));

    [Fact]
    public void Extract_QuoteVerbSpeaker_AttributesToSpeakerAfterQuote() =>
        Assert.Equal([("علام", "الواحد غير يوقف الخلاص يبداو يتقاطروا عليه")],
            Quotes("“الواحد غير يوقف الخلاص يبداو يتقاطروا عليه”، قال حسن علام، زبون بنكي فقد عمله حديثا."));

    [Fact]
    public void Extract_QuoteThenSource_AttributesToSourceObject() =>
        Assert.Equal([("الوزير", "الاقتصاد سيتعافى قريبا جدا")], Quotes("“الاقتصاد سيتعافى قريبا جدا” بحسب الوزير."));

    [Fact]
    public void Extract_SourceThenQuote_AttributesToSourceObject() =>
        Assert.Equal([("الوزير", "الاقتصاد سيتعافى قريبا جدا")], Quotes("ووفق الوزير فإن “الاقتصاد سيتعافى قريبا جدا”."));

    [Fact]
    public void Extract_CueWithoutSpeaker_ContinuesPreviousSpeaker() =>
        Assert.Equal([("بوتين", "سعيد جدا")],
            Quotes("وقال بوتين إن موسكو ستساعد كوريا الشمالية على بناء أقمار اصطناعية. وأضاف أنه “سعيد جدا” للقاء كيم في روسيا."));

    [Fact]
    public void Extract_Participle_ContinuesSentenceSpeaker() =>
        Assert.Equal([("الوزير", "هذا قليل مقارنة بجيراننا")],
            Quotes("وأشار الوزير إلى وجود 1670 فرع بنكي فقط، قائلا: “هذا قليل مقارنة بجيراننا”."));

    [Fact]
    public void Extract_FeminineVerb_IsACue() =>
        Assert.Equal([("فرعون", "تكوين 3368 مهندس وتقني عامل بالاتصالات")],
            Quotes("وقالت فرعون إن أسباب هذا التقدم راجع إلى عدة عوامل أهمها “تكوين 3368 مهندس وتقني عامل بالاتصالات”."));

    [Fact]
    public void Extract_PresentVerb_IsACue() =>
        Assert.Equal([("عباس", "نقدم الدعم لرب الأسرة حسب عدد أفرادها")],
            Quotes("من جهته، يقول عباس: “نقدم الدعم لرب الأسرة حسب عدد أفرادها”."));

    [Fact]
    public void Extract_FaPrefixedVerb_IsACue() =>
        Assert.Equal([("الوزير", "سنعمل على إصلاح مصرفي عميق")], Quotes("فأضاف الوزير “سنعمل على إصلاح مصرفي عميق”."));

    [Fact]
    public void Extract_ShaddaOnCue_IsACue() =>
        Assert.Equal([("الوزير", "لن نتراجع عن القرار")], Quotes("وصرّح الوزير “لن نتراجع عن القرار”."));

    [Fact]
    public void Extract_RoleAndFullName_GivesShortMention() =>
        Assert.Equal("بوتين", Quotes("وقال الرئيس الروسي فلاديمير بوتين “نخب تعزيز علاقات التعاون”.").Single().Speaker);

    [Fact]
    public void Extract_NamedEarlierInSentence_UsesMostMentionedNamePart() =>
        Assert.Equal("كيم", Quotes(
            "تعهد الزعيم الكوري الشمالي كيم جونغ أون الأربعاء تعزيز العلاقات مع موسكو وقال إن بلده سيقف “دائما إلى جانب روسيا” في وقت التقى فيه بوتين.\n" +
            "وتصافحا بحماسة لدى وصول كيم.").Single().Speaker);

    [Fact]
    public void Extract_VerbalNounAfterLamName_AttributesToThatName() =>
        Assert.Equal("الموسى", Quotes("ونسبت وكالة الأنباء السودانية للموسى قوله إن “انفصال جنوب السودان سبب الأزمة الاقتصادية”.").Single().Speaker);

    [Fact]
    public void Extract_QuotedWordBetweenCueAndQuote_DoesNotBlock() =>
        Assert.Equal([("الإمام الأكبر", "على هؤلاء أن يعلموا أن هذه الجرائم إرهاب")],
            Quotes("وقال الإمام الأكبر في منشور على موقع “فيسبوك”: “على هؤلاء أن يعلموا أن هذه الجرائم إرهاب”."));

    [Fact]
    public void Extract_CueInsideQuote_IsIgnored() =>
        Assert.Equal(["عباس", "عباس"], Quotes("يقول عباس: “نقدم الدعم وفقا لعدد أفراد أسرته”. ويؤكد أن “المشروع يزيد القدرة الشرائية”.")
            .Select(q => q.Speaker));

    [Fact]
    public void Extract_LeadSubjectOfPreviousSentence_IsContinued() =>
        // (printed whole since هاشم is known as a given name: ناصر هاشم السيد, whose family name alone would read as «Mr»)
        Assert.Equal("ناصر هاشم السيد", Quotes("وأقر ناصر هاشم السيد، مدير الإعلام في المفوضية بوجود تحديات كثيرة. وقال إن “المشكلات ما زالت هي التحويلات المالية”.").Single().Speaker);

    [Fact]
    public void Extract_QuotedPhraseWithoutCue_IsNotAQuote() =>
        Assert.Empty(Quotes("وشكر كيم بوتين على دعوته له لإجراء الزيارة رغم “جدول أعماله المزدحم”."));

    [Fact]
    public void Extract_SingleQuotedWord_IsNotAQuote() =>
        Assert.Empty(Quotes("بدوره، قال كيم إنه واثق، وأشاد بجيش روسيا “البطل”."));

    [Fact]
    public void Extract_HyphenatedNameLongerThanAnyWordBefore_DoesNotThrow()
    {
        // A transliterated name joined by hyphens is read as one word by the quote rules only: longer than any word the
        // article's tokenizer had seen, its normalised form outgrew the scratch buffer, and a span taken before the buffer
        // grew threw (the engine's guard then dropped every quotation of the page).
        var name = string.Join('-', Enumerable.Repeat("جوفروا-رو-دي-بيزيو", 6));
        var analysis = Engine.AnalyzeUnguarded(null,
            $"وقال رئيس الجمعية {name}: \"بالطبع، من وجهة نظر اقتصادية صرفة فإن لبنان سوق صغير، لكن الرهان لا يكمن هنا\".", SummaryBudget.Default);
        Assert.Null(analysis.Failure);
        Assert.Equal(name, Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_TitleAfterAndItsTitle_IsNoQuote() =>
        // argen_ntg_train_0753: «وفق ما يقول معد و التقرير وعنوانه “العمل على كوكب باتت حرارته أعلى: …”» — the report's title,
        // behind و, had been a quotation of «معد».
        Assert.Empty(Quotes("وسيكون التأثير أكبر في جنوب آسيا وغرب إفريقيا حيث قد تضيع 5% من ساعات العمل عام 2030، وفق ما يقول معد و التقرير "
            + "وعنوانه “العمل على كوكب باتت حرارته أعلى: تأثير الإجهاد الحراري على الانتاجية في العمل والعمل اللائق”."));

    [Fact]
    public void Extract_QuotedNameAsSpeaker_IsNotAQuote() =>
        Assert.Empty(Quotes("وبين « شاكر » أن الضمان الأمريكي سيمكن تونس من الحصول على قروض."));

    [Fact]
    public void Extract_ProductNameAfterNamingNoun_IsNotAQuote() =>
        Assert.Empty(Quotes("وأضافت «بوش» أن غسالة “دبلفي أي تي 28460 جي سي” الذكية توفر الماء."));

    [Fact]
    public void Extract_TitleAfterAn_IsNotAQuote() =>
        Assert.Empty(Quotes("وقال حمدي في منبر اعلامي عن “مالآت رفع العقوبات الاقتصادية الاميركية عن السودان”، السبت، إن البنك المركزي عجز."));

    [Fact]
    public void Extract_ShortQuoteAfterDefiniteNoun_IsANameNotAQuote() =>
        Assert.Empty(Quotes("وتفيد سجلات الإدارة، أن المركب الترفيهي “بلاي بارك مالباطا” يشهد إقبالا كبيرا."));

    [Fact]
    public void Extract_SameQuoteTwice_IsReportedOnce() =>
        Assert.Single(Quotes("قال الوزير “لن نتراجع عن القرار”. وقال الوزير “لن نتراجع عن القرار”."));

    [Fact]
    public void Extract_NameInAppositionToSpeaker_IsNotAQuote() =>
        Assert.Empty(Quotes("وأشار مكتب الدراسات «سيس كونسولتينغ» في خلاصات الدراسة إلى ارتفاع الطلب."));

    [Fact]
    public void Extract_NameAfterNamingNounSubject_IsNotAQuote() =>
        Assert.Empty(Quotes("أعلن فندق «موكادور منارة» بمراكش عرضا جديدا لفصل الصيف."));

    [Fact]
    public void Extract_RoleWithoutName_GivesRoleAndQualifiers() =>
        Assert.Equal("وزير الصناعة والثروة المعدنية", Quotes(
            "ووجه وزير الصناعة والثروة المعدنية رسالة لموظفي الوزارة قائلا: “كونوا فخورين بما تقومون به”.").Single().Speaker);

    [Fact]
    public void Extract_NameWithArticle_IsTheSpeaker() =>
        Assert.Equal("الفكي", Quotes("وأوضح الفكي أهمية تسريع التعيينات. وتابع: «هذا واجبنا ومطالب الشعب».").Single().Speaker);

    [Fact]
    public void Extract_DescribedGroup_IsKeptWhole() =>
        Assert.Equal("الدول الثلاث", Quotes("وقالت الدول الثلاث في بيانها “نحض الحكومة على احترام خارطة الطريق”.").Single().Speaker);

    [Fact]
    public void Extract_PronounAfterCue_IsNotASpeaker() =>
        Assert.DoesNotContain(Quotes("وسارع جيتس بتهنئة الأمير عبر تغريدة له قال فيها: “حدث مهم يدعو للإعجاب”."), q => q.Speaker == "فيها");

    [Fact]
    public void Extract_ReversedCurlyMarks_AreAQuotation() =>
        // argen_ntg_train_0217: the quotation is typed ”…“ (marks swapped by a right-to-left keyboard).
        Assert.Equal([("باركيندو", "لم أسمع حتى الآن أي دولة مشاركة تعترض بشدة على تمديد الاتفاق")],
            Quotes("وقال باركيندو إن المنتجين بصدد دعوة دول أخرى. وأضاف قائلا ”لم أسمع حتى الآن أي دولة مشاركة تعترض بشدة على تمديد الاتفاق“."));

    [Fact]
    public void Extract_QuotedSourceBeforeAnna_IsNotAQuote() =>
        // argen_ntg_train_0806: a quoted name followed by «إلى أن» is the subject of the cue, not speech.
        Assert.Empty(Quotes("وتشير “سودان تربيون” إلى أن الصين بدأت منذ سنوات زراعة القطن في مشروع الجزيرة في مساحات واسعة."));

    [Fact]
    public void Extract_QuotedNameAfterCue_IsTheSpeaker() =>
        // argen_ntg_train_0550: the speaker's name is itself in quotation marks.
        Assert.Equal("مهماه", Quotes(
            "وأضاف “مهماه” إن “عقد المنتدى الدولي للطاقة بالجزائر في هذا الظرف يعطيها أهمية كبيرة”.").Single().Speaker);

    [Fact]
    public void Extract_Mutahaddith_IsThePreviousSpeaker() =>
        // argen_ntg_train_0485: «المتحدث» (the speaker) points back to the person just named.
        Assert.Equal("بريش", Quotes(
            "وبالمقابل، يؤكد الخبير الاقتصادي والبروفيسور عبد القادر بريش أن تحديد قائمة جديدة للمواد الممنوعة سيكون قرارا صعبا للحكومة، " +
            "ويضيف المتحدث “إن السلع الضرورية التي يبقي استيرادها هام في هذه المرحلة هي سلع الاستهلاك الاساسية”.").Single().Speaker);

    [Fact]
    public void Extract_RoleAlone_IsTheNameIntroducedWithIt() =>
        // argen_ntg_train_0241 (old fixture): «الوزيرة» later in the article is the minister named in the lead.
        Assert.Equal("فرعون", Quotes(
            "كشفت وزيرة البريد وتكنولوجيات الإعلام والاتصال إيمان هدى فرعون عن إنجاز خطوط جديدة، وقالت فرعون إن الأسباب عديدة.\n" +
            "وكشفت الوزيرة عن تخصيص الحكومة مبالغ كبيرة، قائلة: “استراتيجية مؤسسة اتصالات الجزائر تعتمد على موازنة بين المناطق”.")
            .Single().Speaker);

    [Fact]
    public void Extract_LatinQuotation_IsAName() =>
        // argen_ntg_train_0381: a brand in Latin letters is never Arabic speech.
        Assert.Empty(Quotes("وأوضح أن بإمكان العميل توفير دنانير عند الشراء لدى محلات «Burton menswear» و«دبنهامز»."));

    [Fact]
    public void Extract_Empty_FindsNothing() => Assert.Empty(Quotes(""));
}
