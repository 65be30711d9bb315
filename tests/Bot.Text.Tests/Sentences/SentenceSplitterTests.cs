namespace Bot.Text.Tests.Sentences;

public class SentenceSplitterTests
{
    private static string[] Split(string body) => SentenceSplitter.Split(body).Select(s => s.Text).ToArray();

    [Fact]
    public void Split_Empty_GivesNothing() => Assert.Empty(Split(""));

    [Fact]
    public void Split_Period_EndsSentence() =>
        Assert.Equal(["أصبحت روسيا معزولة من الغرب عقب غزوها أوكرانيا العام الماضي.", "وتسعى لتعزيز التحالفات مع زعماء آخرين."],
            Split("أصبحت روسيا معزولة من الغرب عقب غزوها أوكرانيا العام الماضي. وتسعى لتعزيز التحالفات مع زعماء آخرين."));

    [Fact]
    public void Split_SiteNameWithArabicDomainEnding_IsNoSentenceEnd() =>
        // العربية.نت: the period before «نت» or «كوم» belongs to the site's name; a glued period before another word still ends
        // the sentence («الأحد.نتيجة»).
        Assert.Equal(["وأوضح الخبير لموقع العربية.نت ولموقع مصراوي.كوم أن السوق مستقر منذ الأحد.", "نتيجة ذلك ارتفعت الأسعار."],
            Split("وأوضح الخبير لموقع العربية.نت ولموقع مصراوي.كوم أن السوق مستقر منذ الأحد.نتيجة ذلك ارتفعت الأسعار."));

    [Fact]
    public void Split_ArabicQuestionMark_EndsSentence() =>
        Assert.Equal(["هل اللجوء إلى الاستدانة الخارجية خيار؟", "لا يخفى ذلك."], Split("هل اللجوء إلى الاستدانة الخارجية خيار؟ لا يخفى ذلك."));

    [Fact]
    public void Split_ExclamationAndQuestion_EndSentences() =>
        Assert.Equal(["في 24 ساعة!", "كيف؟!", "هكذا."], Split("في 24 ساعة! كيف؟! هكذا."));

    [Fact]
    public void Split_QuotationClosedByTheSameCurlyMark_EndsAtTheNextPeriod() =>
        // Mixed typing in one paragraph: “…“ closes at its word-final mark, so the periods after it still split.
        Assert.Equal(["حيث قال“البعض يستمر في تهويل الأمور“.", "وثار سليماني ضد تخويف المواطن.", "وأكد أن “التبذير” مرض."],
            Split("حيث قال“البعض يستمر في تهويل الأمور“. وثار سليماني ضد تخويف المواطن. وأكد أن “التبذير” مرض."));

    [Fact]
    public void Split_HardWrappedText_JoinsLinesIntoSentences() =>
        // EASC easc_004: lines wrapped at a fixed width; only the lines ending a sentence end it.
        Assert.Equal(
            [
                "الخطاط الكويتي فريد العلي يعرض مجموعة محمديات بدعوة من جمعية العلوم الاجتماعية وتحت رعاية عميد كلية العلوم الاجتماعية الدكتور علي الطراح افتتحت الدكتورة نادية الحمدان رئيس مكتب التوجيه والإرشاد معرض (خير الأنام), للخطاط فريد العلي.",
                "عرض الخطاط العلي 30 لوحة تحتوي على 108 تصاميم لكلمة محمد عليه أفضل الصلاة والسلام من مجموعة (محمديات) التي صممها الفنان بـ500 تشكيل والذي يتزامن مع ذكرى المولد النبوي الشريف.",
            ],
            Split("الخطاط الكويتي فريد العلي يعرض مجموعة محمديات بدعوة من جمعية العلوم الاجتماعية وتحت رعاية عميد كلية العلوم الاجتماعية\n" +
                  "الدكتور علي الطراح افتتحت الدكتورة نادية الحمدان رئيس مكتب التوجيه والإرشاد\n" +
                  "معرض (خير الأنام), للخطاط فريد العلي.\n" +
                  " عرض الخطاط العلي 30 لوحة تحتوي على 108 تصاميم لكلمة محمد عليه أفضل الصلاة\n" +
                  "والسلام من مجموعة (محمديات) التي صممها الفنان بـ500 تشكيل والذي يتزامن مع ذكرى\n" +
                  "المولد النبوي الشريف."));

    [Fact]
    public void Split_HardWrappedWithCrLfAndAList_JoinsTheLinesButKeepsTheItems() =>
        Assert.Equal(
            [
                "وأعلنت الوزارة عن حزمة من الإجراءات الجديدة التي تهدف إلى دعم المزارعين في المناطق الريفية وتشمل",
                "- قروضا ميسرة للمزارعين الصغار",
                "- بذورا محسنة بأسعار مدعومة",
                "وقال الوزير إن الحزمة ستطبق خلال أيام.",
            ],
            Split("وأعلنت الوزارة عن حزمة من الإجراءات الجديدة التي\r\nتهدف إلى دعم المزارعين في المناطق الريفية وتشمل\r\n" +
                  "- قروضا ميسرة للمزارعين الصغار\r\n- بذورا محسنة بأسعار مدعومة\r\nوقال الوزير إن الحزمة\r\nستطبق خلال أيام."));

    [Fact]
    public void Split_HeadlineLines_StillEndSentences() =>
        // One paragraph per line with a heading: most lines end their sentence, so nothing is joined.
        Assert.Equal(["قمة برازيليا", "اختتمت القمة أعمالها أمس.", "وصدر عنها إعلان مشترك.", "وتعقد القمة المقبلة في الدوحة."],
            Split("قمة برازيليا\nاختتمت القمة أعمالها أمس.\nوصدر عنها إعلان مشترك.\nوتعقد القمة المقبلة في الدوحة."));

    [Fact]
    public void Split_ArabicComma_DoesNotEndSentence() =>
        Assert.Single(Split("وقال بوتين إن موسكو ستساعد كوريا الشمالية، ملمحا إلى أن البلدين قد يناقشان التعاون العسكري."));

    [Fact]
    public void Split_LineBreak_EndsSentenceWithoutPunctuation() =>
        Assert.Equal(["مجلة وفاء wafaamagazine", "أصبحت روسيا معزولة."], Split("مجلة وفاء wafaamagazine\n\nأصبحت روسيا معزولة."));

    [Fact]
    public void Split_BlankAndWhitespaceLines_AreSkipped() => Assert.Equal(["أولا.", "ثانيا."], Split("أولا.\n \n\u00a0\n\nثانيا."));

    [Fact]
    public void Split_PeriodInsideCurlyQuote_DoesNotEndSentence() =>
        Assert.Single(Split("وقال بوتين لصحافيين “سنناقش كافة المواضيع دون تسرّع. لدينا الوقت لذلك”، وذلك ردا على سؤال."));

    [Fact]
    public void Split_PeriodInsideGuillemets_DoesNotEndSentence() =>
        Assert.Single(Split("وأكد الغيث «مع احتفالنا بالذكرى العاشرة. والنمو لم يكن ممكنا لولا تلك الجهود»."));

    [Fact]
    public void Split_PeriodInsideStraightQuotes_DoesNotEndSentence() =>
        Assert.Single(Split("قال الوزير \"لن نتراجع. هذا قرار نهائي\" في المؤتمر."));

    [Fact]
    public void Split_OddStraightQuotes_KeepTheQuotationTheyPairWhole() =>
        // w152_37: a name typed "إكس” leaves an odd number of straight quotes, which had let «الله..» end a sentence inside
        // the quotation that follows; the marks that open and end words still pair.
        Assert.Single(Split("وقال النيادي في تغريدته على موقع \"إكس”: \"نستودعكم الله.. إلى الإمارات الحبيبة\" وتابع \"منذ بداية التحضيرات، كانت هذه المهمة من أجمل التجارب\"."));

    [Fact]
    public void Split_QuotationClosedByACurlyMarkStandingAloneBeforeTheStop_IsOneSentence() =>
        // w209_16: a “ typed for the closing mark, after a space and before the full stop, closes the quotation.
        Assert.Single(Split("قال حنبعل “أنا متحمس للغاية بشأن المباراة الأخيرة ضد الجزائر. سنبذل قصارى جهدنا ونركز على تحقيق هدفنا “."));

    [Fact]
    public void Split_UnclosedQuote_IsIgnored() =>
        Assert.Equal(2, Split("وتابع “أنا اطلعت على العملية. وهو نموذج يؤكد ذلك.").Length);

    [Fact]
    public void Split_Decimal_IsNotCut() => Assert.Single(Split("ارتفع المؤشر بنسبة 3.5 في المئة أمس."));

    [Fact]
    public void Split_DottedDate_IsNotCut() => Assert.Single(Split("صدر القرار في 12.5.2023 عن الوزارة."));

    [Fact]
    public void Split_ArabicAbbreviationDal_IsNotCut() =>
        Assert.Single(Split("أصدر وزير العمل د. علي الغفيص قرارا بتعديل فترة الصلاحية."));

    [Fact]
    public void Split_AgencyInitials_AreNotCut() => Assert.Single(Split("نقلت الوكالة (أ. ف. ب) الخبر عن مصدر رسمي."));

    [Fact]
    public void Split_LatinAcronym_IsNotCut() => Assert.Single(Split("وأعلنت U.S. Army عن المناورات أمس."));

    [Fact]
    public void Split_Domain_IsNotCut() => Assert.Single(Split("نشر الخبر موقع aljazeera.net أمس."));

    [Fact]
    public void Split_ArabicGluedAfterPeriod_StartsNewSentence() =>
        Assert.Equal(["تصل إلى 90% من كتلة النيازك.", "الشبكة البلورية للحديد على هيئة مكعب."],
            Split("تصل إلى 90% من كتلة النيازك.الشبكة البلورية للحديد على هيئة مكعب."));

    [Fact]
    public void Split_ArabicGluedAfterPeriodAfterDigits_StartsNewSentence() =>
        // w296_26: a year, its period and the next paragraph's heading written together.
        Assert.Equal(["بدأت في 2011.", "موقف إيران وتصريحات المرشد."],
            Split("بدأت في 2011.موقف إيران وتصريحات المرشد."));

    [Fact]
    public void Split_LatinAndDigitsAroundPeriod_StayWhole() =>
        Assert.Equal(["زار موقع aljazeera.net ونسخة 3.5 من التطبيق."], Split("زار موقع aljazeera.net ونسخة 3.5 من التطبيق."));

    [Fact]
    public void Split_EraLetterAfterYear_EndsSentence() =>
        Assert.Equal(["ولد عام 1770 م.", "يعتبر من أبرز عباقرة الموسيقى."], Split("ولد عام 1770 م. يعتبر من أبرز عباقرة الموسيقى."));

    [Fact]
    public void Split_LineEndingWithComma_GoesOnInTheNextLine() =>
        Assert.Equal(["قال الوزير إن الموازنة تخفض العجز، وتعيد الانتظام إلى المال العام.", "وأضاف أن العمل مستمر."],
            Split("قال الوزير إن الموازنة تخفض العجز،\r\nوتعيد الانتظام إلى المال العام.\nوأضاف أن العمل مستمر."));

    [Fact]
    public void Split_LineEndingWithComma_StillEndsBeforeABlankLineOrAListItem() =>
        Assert.Equal(["أهم القرارات،", "- رفع الأجور.", "ختام،", "بداية فقرة جديدة."],
            Split("أهم القرارات،\n- رفع الأجور.\nختام،\n\nبداية فقرة جديدة."));

    [Fact]
    public void Split_Ellipsis_StaysWithSentence() => Assert.Equal(["انتظروا...", "ثم عاد."], Split("انتظروا... ثم عاد."));

    [Fact]
    public void Split_RunOnSentence_IsCutAtClauseBoundaryBeforeCap()
    {
        var clause = string.Join(' ', Enumerable.Repeat("كلمة", 30));
        var body = string.Join("، ", Enumerable.Repeat(clause, 5)) + ".";
        var parts = Split(body);
        Assert.True(parts.Length > 1);
        Assert.All(parts, p => Assert.True(ArticleModel.CountWords(p) <= SentenceSplitter.MaxWords));
        Assert.All(parts[..^1], p => Assert.EndsWith("،", p));
    }

    [Fact]
    public void Split_RunOnWithoutPunctuation_IsCutAtCap()
    {
        var body = string.Join(' ', Enumerable.Repeat("كلمة", 200));
        var parts = Split(body);
        Assert.Equal([80, 80, 40], parts.Select(ArticleModel.CountWords).ToArray());
    }

    [Fact]
    public void Split_RunOnWithoutCommas_IsCutBeforeAWordThatOpensAClause()
    {
        // argen_ntg_train_0389: 84 words without a comma were cut at the 80th, and the summary took the rest as a sentence
        // of its own: «لهم على الرحلات التالية .».
        const string body = "وأضافت أن من بين هذه الشركات شركة طيران المصرية العالمية (شركة طيران مصرية خاصة) والتي ألغت ثلاث رحلات لها هى "
            + "رحلات رقم 486 من وإلى مدينة القصيم بالسعودية ورقم 106 من وإلى مدينة ينبع بالسعودية ورقم 930 من وإلى بيرجامو بإيطاليا "
            + "كما ألغت التونسية رحلتها رقم 816 من وإلى تونس والإيطاليا رقم 895 من وإلى روما والأردنية رقم 502 من وإلى عمان "
            + "والمغربية رقم 256 من وإلى الرياض وتم إبلاغ الركاب الحاجزين على هذه الرحلات بإلغاء الرحلات مع إعادة الحجز لهم "
            + "على الرحلات التالية .";
        var parts = Split(body);
        Assert.Equal(2, parts.Length);
        Assert.StartsWith("وتم إبلاغ الركاب", parts[1], StringComparison.Ordinal);
        Assert.Equal(body, string.Join(' ', parts));
    }

    [Theory]
    // a conjunction
    [InlineData("كما", 76)]
    [InlineData("بينما", 76)]
    // و and a verb of saying, read through the cue lexicon
    [InlineData("وأوضحت", 76)]
    [InlineData("ويقول", 76)]
    // a participle of saying opens no clause of its own, nor و and a noun: cut at the cap
    [InlineData("مضيفا", 80)]
    [InlineData("وبعض", 80)]
    public void Split_RunOnWithoutCommas_IsCutBeforeAClauseOpenerOnly(string word, int headWords)
    {
        var body = string.Join(' ', Enumerable.Repeat("كلمة", 76)) + " " + word + " " + string.Join(' ', Enumerable.Repeat("عبارة", 12)) + ".";
        var parts = Split(body);
        Assert.Equal(2, parts.Length);
        Assert.Equal(headWords, ArticleModel.CountWords(parts[0]));
    }

    [Theory]
    // Just past the cap with no mark at all: 84 words.
    [InlineData(84, "")]
    // A comma past the cap with a scrap after it: «…، الأحد.».
    [InlineData(85, "، الأحد")]
    public void Split_RunOnWhoseRestWouldBeAScrap_StaysWhole(int words, string tail)
    {
        var body = string.Join(' ', Enumerable.Repeat("كلمة", words)) + tail + ".";
        Assert.Equal([body], Split(body));
    }

    [Fact]
    public void Split_RunOnEndingInAScrapAfterItsLongQuote_StaysWhole()
    {
        var quote = string.Join("، ", Enumerable.Repeat("نحن ملتزمون بتنفيذ البرنامج كاملا دون تأخير", 14));
        var body = "وقال الوزير في مؤتمر صحفي عقده في العاصمة مساء أمس، «" + quote + "»، مضيفا أن الحكومة ستعمل بكل الطرق.";
        Assert.Equal([body], Split(body));
    }

    [Theory]
    [InlineData("«", "»")]
    [InlineData("“", "”")]
    // w352_19: a statement in straight marks was cut at a comma inside it, and its opening half lost its closing mark.
    [InlineData("\"", "\"")]
    public void Split_RunOnWithLongQuote_KeepsTheQuoteWhole(string open, string close)
    {
        var quote = string.Join("، ", Enumerable.Repeat("نحن ملتزمون بتنفيذ البرنامج كاملا دون تأخير", 14));
        var body = "وقال الوزير في مؤتمر صحفي عقده في العاصمة مساء أمس، " + open + quote + close + "، مضيفا أن الحكومة ستعمل بكل الطرق المتاحة لتنفيذه في موعده.";
        var parts = Split(body);
        Assert.True(parts.Length > 1);
        Assert.Contains(parts, p => p.Contains(open + quote + close, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("«", "»")]
    [InlineData("\"", "\"")]
    public void Split_RunOnEndingWithItsLongQuote_StaysWhole(string open, string close)
    {
        // w576_07: «وقال رئيس الجامعة البروفيسور تشون فونغ: "…"» of some ninety words, with no boundary after the closing mark,
        // had been cut at a comma inside the quotation, and neither half held a quotation.
        var quote = string.Join("، ", Enumerable.Repeat("تقوم الجامعة على أساس الجدارة والاستحقاق وترحب بالجميع", 11));
        var body = "وقال رئيس الجامعة البروفيسور تشون فونغ: " + open + quote + close + ".";
        Assert.Equal([body], Split(body));
    }

    [Fact]
    public void Split_RunOnWithAStrayStraightMarkAfterItsLongQuote_IsCutAfterTheQuote()
    {
        // The same page's excerpt ends «…"، وأضاف: "»: three straight marks; the pair the quote finder makes still holds.
        var quote = string.Join("، ", Enumerable.Repeat("تقوم الجامعة على أساس الجدارة والاستحقاق وترحب بالجميع", 11));
        var body = "وقال رئيس الجامعة البروفيسور تشون فونغ: \"" + quote + "\"، وأضاف رئيس الجامعة في كلمته أمام الطلاب الجدد: \"";
        var parts = Split(body);
        Assert.Equal(2, parts.Length);
        Assert.Contains("\"" + quote + "\"", parts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_RunOn_IsNotCutAtAReversedOpeningMark()
    {
        // argen_ntg_train_0557: «… مضيفا ” ستسترجع الدولة …”»; the ” standing apart opens the quotation, and a cut there
        // parted the cue from its words.
        var quote = "” ستسترجع الدولة أموال النفط بالانتقال للجباية العادية والتي ستضخ مبالغ هامة في الخزينة”";
        var body = string.Join(' ', Enumerable.Repeat("كلمة", 76)) + " مضيفا " + quote + "، وقال بدة إنه حان الوقت لرقمنة كل القطاعات.";
        var parts = Split(body);
        Assert.True(parts.Length > 1);
        Assert.Contains(parts, p => p.Contains("مضيفا " + quote, StringComparison.Ordinal));
    }

    [Fact]
    public void Split_RunOn_IsNotCutAtACommaBeforeAQuotation()
    {
        var body = string.Join(' ', Enumerable.Repeat("كلمة", 75)) + " بعد المناقشة، “حذفنا وأضفنا موادا لا تخدم الصالح العام”، وقال إن اللجنة أنهت عملها بعد ثلاثة أسابيع من النقاش.";
        var parts = Split(body);
        Assert.True(parts.Length > 1);
        Assert.Contains(parts, p => p.Contains("بعد المناقشة، “حذفنا", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_EscapedLineBreaks_EndParagraphs()
    {
        // w367_30: a scraper left «\n» as two characters, glued to the next sentence's first word.
        var spans = SentenceSplitter.Split("انقطع التيار عن أربيل\\n\\nوأعلنت الوزارة أن الخلل فني");
        Assert.Equal(["انقطع التيار عن أربيل", "وأعلنت الوزارة أن الخلل فني"], spans.Select(s => s.Text).ToArray());
        Assert.Equal([0, 1], spans.Select(s => s.Paragraph).ToArray());
    }

    [Fact]
    public void Split_BackslashBeforeALatinLetter_IsKept() =>
        Assert.Equal(["الملف في C:\\new\\data"], Split("الملف في C:\\new\\data"));

    [Theory]
    [InlineData("قال«نعم»الوزير،", "،")]    // no spaces: no word to count, so no run-on cut
    [InlineData("قالالوزيرنعم😀", null)]     // no clause mark either; an emoji is a surrogate pair
    public void Split_SentenceWithoutWordsToCut_IsCutByCharacters(string piece, string? clauseMark)
    {
        var body = string.Concat(Enumerable.Repeat(piece, 5 * SentenceSplitter.MaxChars / piece.Length));

        var sentences = Split(body);

        Assert.True(sentences.Length >= 5, $"{sentences.Length} sentences");
        Assert.All(sentences, s => Assert.InRange(s.Length, 1, SentenceSplitter.MaxChars));
        if (clauseMark is not null) Assert.All(sentences[..^1], s => Assert.EndsWith(clauseMark, s));
        Assert.All(sentences, s => Assert.False(char.IsHighSurrogate(s[^1]) || char.IsLowSurrogate(s[0]), "a surrogate pair was split"));
        Assert.Equal(body, string.Concat(sentences));
    }

    [Fact]
    public void Split_Paragraphs_AreNumbered()
    {
        var spans = SentenceSplitter.Split("أولا. ثانيا.\n\nثالثا.");
        Assert.Equal([(0, 0), (0, 1), (1, 0)], spans.Select(s => (s.Paragraph, s.IndexInParagraph)).ToArray());
    }
}
