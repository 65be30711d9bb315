using System.Text.Json;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Quotations the extractor used to miss or misattribute in whole articles of the dev fixtures (argen-news): each
/// test runs one real article and pins one quotation and its printed speaker.
/// </summary>
public class QuoteExtractorContinuationTests
{
    private static readonly ArabicTextEngine Engine = new();

    /// <summary>The quotations found in fixture article <paramref name="id"/> (last four digits) of <paramref name="file"/>.</summary>
    private static (string Speaker, string Text)[] QuotesOf(string file, string id)
    {
        foreach (var line in File.ReadLines(Fixture.Path(file)))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (!r.GetProperty("id").GetString()!.EndsWith(id, StringComparison.Ordinal)) continue;
            return Engine.AnalyzeUnguarded(r.GetProperty("title").GetString(), r.GetProperty("document").GetString(), SummaryBudget.Default)
                .Quotes.Select(q => (q.Speaker, q.Text)).ToArray();
        }
        throw new InvalidOperationException($"no article {id} in {file}");
    }

    private static void AssertQuote((string Speaker, string Text)[] quotes, string speaker, string textStart) =>
        Assert.Contains(quotes, q => q.Speaker == speaker && q.Text.StartsWith(textStart, StringComparison.Ordinal));

    [Fact]
    public void Extract_LongQuotationAfterColonCutBySplitter_IsReadFromTheNextSentence() =>
        // «… قائلا: «حرص البنك …» runs past the splitter's cap, which cuts right after the colon.
        AssertQuote(QuotesOf("quotes-blind3.jsonl", "0886"), "الدعيج", "حرص البنك على تحقيق أهدافه");

    [Fact]
    public void Extract_QuotationAfterCueAndIla_IsSpeech() =>
        // «… داعيا إلى “عدم استغلال الفرصة لزيادات عشوائية”»: what a speaker calls for, five words with no clause joint.
        AssertQuote(QuotesOf("quotes-blind2.jsonl", "0674"), "زيكارة", "عدم استغلال الفرصة");

    [Fact]
    public void Extract_ReversedMarkAfterColon_OpensQuotationWhenAnEarlierOneNeverClosed() =>
        // “إن هذا المنتدى … never closes; وتابع الربيعة:” إن خادم الحرمين … ” is the next quotation.
        AssertQuote(QuotesOf("quotes-blind4.jsonl", "0616"), "الربيعة", "إن خادم الحرمين الشريفين");

    [Fact]
    public void Extract_NestedGuillemets_AreOneQuotation() =>
        // «تعتبر تتويجا … بفضل تقنية «يو أش دي»، لأكبر عدد ممكن من المستخدمين»: the inner « opens a name, not the end.
        Assert.Contains(QuotesOf("quotes-blind2.jsonl", "0807"), q => q.Speaker == "هيليوبويك"
            && q.Text.StartsWith("تعتبر تتويجا", StringComparison.Ordinal) && q.Text.EndsWith("من المستخدمين", StringComparison.Ordinal));

    [Fact]
    public void Extract_ShortCurlyQuotedNamesInsideACurlyQuotation_AreNested()
    {
        // “كل ما يُسوَّق … طرح “القوات” عمره … على عبارة “جيش وشعب ومقاومة”، لذا …”: two names quoted inside one statement.
        var quotes = Engine.AnalyzeUnguarded(null,
            "أكد رئيس الحزب سمير جعجع أن “كل ما يُسوَّق له غير صحيح، والدليل ان طرح “القوات” عمره 20 سنة، ففي كل الحكومات اعترضنا على عبارة “جيش وشعب ومقاومة”، لذا نحن نبحث عن طريقة للخروج منها”.",
            SummaryBudget.Default).Quotes;
        var quote = Assert.Single(quotes);
        Assert.StartsWith("كل ما يُسوَّق", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("للخروج منها", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ShortStraightQuotedNameInsideAStraightQuotation_IsNested()
    {
        // "… وفيلم الختام الفيلم السعودى "طريق الوادى" وتم تصويره …": the mark before طريق opens a word, as no closing mark
        // does; the name it opens is nested, and the statement runs on to the last mark.
        var quote = Assert.Single(Engine.AnalyzeUnguarded(null,
            "وقال محمد التركى: \"سوف يتم عرض 131 فيلما فى المهرجان وفيلم الختام الفيلم السعودى \"طريق الوادى\" وتم تصويره فى السعودية وهذه لحظة مهمة جدا\".",
            SummaryBudget.Default).Quotes);
        Assert.StartsWith("سوف يتم عرض", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("لحظة مهمة جدا", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ShortStraightQuotedNameBeforeAComma_IsNested()
    {
        // w122_003: "… نحن لسنا "بوليس"، لكننا نعمل على سلامة السائقين …": a comma after the name's closing mark, and the
        // statement goes on.
        var quote = Assert.Single(Engine.AnalyzeUnguarded(null,
            "اعترف أنور بنعزوز، المدير العام للشركة الوطنية للطرق السيارة بالمغرب، أن ما يقع للمسافرين من اعتداءات أمر خطير. "
            + "وأضاف المتحدث ذاته \"نريد أن يكون المشتبه فيه واعيا بما يقوم به لحظة وقوع الجريمة.. نحن لسنا \"بوليس\"، لكننا نعمل على سلامة السائقين، وحمايتهم ضمن أولوياتنا\".",
            SummaryBudget.Default).Quotes);
        Assert.EndsWith("وحمايتهم ضمن أولوياتنا", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_StraightQuotesOfAnOddNumber_PairWhereTheyOpenAndCloseWords()
    {
        // «أن "البحرين تلقت …"، مشيراً إلى أنه "كان هذا …"، واصفاً السعودية بأنها أكبر شريك تجاري في البحرين".»: a stray mark
        // at the end leaves five; each mark that opens a word still pairs with the next one that ends a word.
        var quotes = Engine.AnalyzeUnguarded(null,
            "أكد محافظ البنك المركزي رشيد محمد المعراج أن \"البحرين تلقت أول دفعة من حزمة الدعم الخليجي بـ10 مليارات دولار\"، مشيراً إلى أنه \"كان هذا ضمن البرنامج الذي اتفقنا عليه، والدفعة الأولى كانت العام الماضي\"، واصفاً السعودية بأنها أكبر شريك تجاري ومستثمر في البحرين\".",
            SummaryBudget.Default).Quotes;
        Assert.Contains(quotes, q => q.Text.StartsWith("البحرين تلقت", StringComparison.Ordinal) && q.Text.EndsWith("مليارات دولار", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Text.StartsWith("كان هذا", StringComparison.Ordinal) && q.Text.EndsWith("العام الماضي", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_StraightMarkClosingAWordBeforeAComma_OpensNothingEvenWhenTheCountIsEven()
    {
        // «… ان يقترح اسماء"، مؤكدة ان "مجلس الوزراء ذكّر …" …»: the first mark closes words whose opening mark was lost, and a
        // stray one later makes the count even; pairing in order printed «، مؤكدة ان» as her words.
        var quotes = Engine.AnalyzeUnguarded(null,
            "وبيّنت وزيرة الإعلام منال عبد الصمد ان موضوع التعيينات لم يُطرح وهو من صلاحية وزير الداخلية الذي عليه ان يقترح اسماء\"، مؤكدة ان \"مجلس الوزراء ذكّر المصارف بضرورة الالتزام بما تعهدت به\" وان الطلاب في الخارج\" ينتظرون التحويلات.",
            SummaryBudget.Default).Quotes;
        Assert.DoesNotContain(quotes, q => q.Text.Contains("مؤكدة", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Text.StartsWith("مجلس الوزراء ذكّر", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LongCurlyQuotationAfterOneLeftOpen_IsNotNested() =>
        // “على العرب … (never closed) then “…” of ten words: a quotation of its own, not a name nested in the first, so the
        // stray ” after it closes nothing.
        Assert.DoesNotContain(Engine.AnalyzeUnguarded(null,
            "وقال الوزير: “على العرب أن يتحدوا لمقاومة الهجمة، وقال أيضا “إن صمود سوريا واجب على الجميع في هذه المرحلة الصعبة من تاريخها” ثم غادر القاعة.”",
            SummaryBudget.Default).Quotes, q => q.Text.Contains("ثم غادر", StringComparison.Ordinal));

    [Fact]
    public void Extract_ReversedMarkGluedToAVerbOfSaying_OpensAQuotation()
    {
        // «وأضاف” يمكن التعديل … ”»: the ” typed against the verb opens the quotation (the marks are reversed).
        var quotes = Engine.AnalyzeUnguarded(null,
            "أكد مدرب المنتخب الأردني جمال السلامي أن الفريق جاهز.\nوأضاف” يمكن التعديل والتبديل في قادم الأيام بنسبة قليلة كوننا نسعى للثبات في المستوى ”",
            SummaryBudget.Default).Quotes;
        Assert.Contains(quotes, q => q.Text.StartsWith("يمكن التعديل", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DoublePrimeTypedForTheClosingMark_ClosesTheQuotation()
    {
        // «إن “تم توقيف 8 خلايا … 2022″، مضيفا: “…”»: ″ closes the first quotation, so the second opens where it should.
        var quotes = Engine.AnalyzeUnguarded(null,
            "وقال وزير الداخلية بسام مولوي إن “تم توقيف 8 خلايا إرهابية وتجسسية خلال عام 2022″، مضيفا: “حكومة تصريف الأعمال مستمرة بعملها وأنا سأكمل كل الأعمال”.",
            SummaryBudget.Default).Quotes;
        Assert.Contains(quotes, q => q.Text == "تم توقيف 8 خلايا إرهابية وتجسسية خلال عام 2022");
        Assert.Contains(quotes, q => q.Text.StartsWith("حكومة تصريف الأعمال", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OpeningMarkTypedTwice_OpensOneQuotation() =>
        // «متابعا: “”أنا خايف من اللّطخة …”»: “” before a word is one opening mark typed twice.
        Assert.Contains(Engine.AnalyzeUnguarded(null,
            "واعتبر محافظ البنك المركزي مروان العباسي أن الوضع صعب للغاية، متابعا: “”أنا خايف من اللّطخة مانعرفش منين باش تجيني”.",
            SummaryBudget.Default).Quotes, q => q.Text == "أنا خايف من اللّطخة مانعرفش منين باش تجيني");

    [Fact]
    public void Extract_ReversedNameGluedToAPrefixInsideAQuotation_IsNested() =>
        // “حجز هذه المواد هو أشبه بـ”القنبلة النووية” وذلك …”: the ” after بـ opens a name inside the statement.
        Assert.Contains(Engine.AnalyzeUnguarded(null,
            "وقال وزير الداخلية مروان عبود: “حجز هذه المواد هو أشبه بـ”القنبلة النووية” وذلك تمّ بقرار من القضاء المختص”.",
            SummaryBudget.Default).Quotes, q => q.Text.StartsWith("حجز هذه المواد", StringComparison.Ordinal) && q.Text.EndsWith("القضاء المختص", StringComparison.Ordinal));

    [Fact]
    public void Extract_ReversedNameGluedToFaInsideAQuotation_IsNested() =>
        // w120_029: “… وطالما يقاطع البعض فـ”يريحونا ويريحوا الشعب ويستقيلوا” ليتمكن الشعب …”: ف is a one-letter prefix too.
        Assert.Contains(Engine.AnalyzeUnguarded(null,
            "وختم الجميّل قائلا: “أتمنى أن تتوقف مسرحيات المجلس النيابي وطالما يقاطع البعض فـ”يريحونا ويريحوا الشعب ويستقيلوا” ليتمكن الشعب من إعادة انتاج السلطة”.",
            SummaryBudget.Default).Quotes, q => q.Text.StartsWith("أتمنى أن تتوقف", StringComparison.Ordinal) && q.Text.EndsWith("إعادة انتاج السلطة", StringComparison.Ordinal));

    [Fact]
    public void Extract_RunOnBeforeAQuotation_KeepsItWithItsCue() =>
        // وأكد البرلماني … أن لجنة المالية قامت بتعديلات … بعد المناقشة، “…حذفنا وأضفنا …”: the splitter cut at that comma.
        Assert.Contains(QuotesOf("quotes-blind4.jsonl", "0600"), q => q.Text.StartsWith("…حذفنا وأضفنا", StringComparison.Ordinal));

    [Fact]
    public void Extract_CurlyMarksTypedAlike_CloseAtTheWordFinalMark() =>
        // حيث قال“البعض يستمر … غير العادي“، حيث أكد …
        AssertQuote(QuotesOf("quotes-blind4.jsonl", "0600"), "سليماني", "البعض يستمر في مسودة");

    [Fact]
    public void Extract_DescribingVerbWithObject_KeepsThePersonSpeaking()
    {
        // وقال الخبير إن “…”، ووصف السد بأنه “عدواني …”: the dam is described, the expert speaks — نادر نور الدين, named
        // before his role at the top (حذر الدكتور نادر نور الدين الخبير المائي).
        var quotes = QuotesOf("quotes-blind2.jsonl", "0832");
        AssertQuote(quotes, "نور الدين", "عدواني ولا يستهدف");
        Assert.DoesNotContain(quotes, q => q.Speaker == "السد");
    }

    [Fact]
    public void Extract_BareRoleNeverNamed_IsThePersonBeingQuoted() =>
        // أكد البروفسور الجزائري سمير فلازي … وأوضح المحاضر … وأشار في هذا الصدد إلى أن “…”
        AssertQuote(QuotesOf("quotes-blind4.jsonl", "0400"), "فلازي", "الجزائر يمكنها أن تصبح نموذجا");

    [Fact]
    public void Extract_AnaphorFollowedByPrepositionalPhrase_IsThePreviousSpeaker() =>
        // يرى المتحدث من الإيجابيات … “…”: المتحدث is بن خالفة, «من الإيجابيات» is not part of him.
        AssertQuote(QuotesOf("quotes-blind4.jsonl", "0421"), "بن خالفة", "في حال استيراد سلع");

    [Fact]
    public void Extract_BareSource_IsThePersonIntroducedBefore() =>
        // وذكر المدير العام للصندوق … للعمال غير الأجراء شوقي عائق يوسف … أكد المصدر … قائلا ” …”
        AssertQuote(QuotesOf("quotes-blind2.jsonl", "0632"), "يوسف", "الإبقاء على نظام التقاعد");

    [Fact]
    public void Extract_WordBeforePresentVerbMentionedOnce_IsNoSpeaker()
    {
        // … بشكل عام تجيب “ليس هناك …”: «عام» is no name; the mother quoted just before answers.
        var quotes = QuotesOf("quotes-blind3.jsonl", "0685");
        AssertQuote(quotes, "الأم", "ليس هناك تنظيم حقيقي");
        Assert.DoesNotContain(quotes, q => q.Speaker == "عام");
    }

    [Fact]
    public void Extract_OpinionVerb_IntroducesQuotation() =>
        // وقد اعتبر المصدر ذاته هذا التوزيع «مجحف …»: اعتبر with the source named before (خرباش).
        AssertQuote(QuotesOf("quotes-blind.jsonl", "0048"), "خرباش", "مجحف في حق المنظمة");

    [Fact]
    public void Extract_PluralDefiniteAfterRole_IsTheObjectNotPartOfTheSpeaker()
    {
        var quotes = Engine.AnalyzeUnguarded(null,
            "قال رئيس الوزراء معتز موسى إن الحكومة ماضية في الإصلاح، وأكد موسى أن الأزمة عابرة. ودعا رئيس الوزراء المحتجين إلى “النظر للأمر بموضوعية حيث إن السودان قبل الانفصال ليس هو ذاته بعده”.",
            SummaryBudget.Default).Quotes;
        Assert.Contains(quotes, q => q.Speaker == "موسى" && q.Text.StartsWith("النظر للأمر", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LendingAttentionIdiom_NamesNoSpeaker()
    {
        // ويلفت النظر إلى أن …: «النظر» is the object of the idiom, so the quotation stays with the speaker before.
        var quotes = Engine.AnalyzeUnguarded(null,
            "ويقول الخبير العقاري هيثم عثمان إن الأسعار ارتفعت. ويلفت النظر إلى أن الأراضي أصبحت مصدر جذب استثماري، ويضيف: “أصحاب العقارات وجدوا فيها فرصة لتحقيق الأرباح بعيدا عن الضرائب”.",
            SummaryBudget.Default).Quotes;
        Assert.Contains(quotes, q => q.Speaker == "عثمان" && q.Text.StartsWith("أصحاب العقارات", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuotationAcrossHardWrappedLines_IsFoundWhole() =>
        // EASC text wrapped at a fixed width: «… إنه "تم العثور على قنبلة | يدوية سوفياتية الصنع …"».
        AssertQuote(QuotesOf("quotes-blind6.jsonl", "easc_092"), "بيجواشفيلي", "تم العثور على قنبلة يدوية سوفياتية");

    [Fact]
    public void Extract_GuillemetTypoPairSwallowingAReportingClause_IsNoQuotation()
    {
        // «لذلك اتفقنا …، وقال الفكي إن … رشحتها «قوى …»: the « is not a typo for », two quotations lost their closing marks.
        var quotes = QuotesOf("quotes-blind5.jsonl", "0175");
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("لذلك اتفقنا", StringComparison.Ordinal));
        AssertQuote(quotes, "الفكي", "هذا الأمر ستقوم به");
    }

    [Fact]
    public void Extract_DescribingVerbWithOnceNamedPerson_KeepsThatPerson()
    {
        var quotes = Engine.AnalyzeUnguarded(null,
            "و قال الأمين العام للجامعة العربية عمرو موسى إنه \"من دواعي سرورنا أن يكون بيننا الرئيس العراقي\".\n" +
            "ووصف الرئيس الجزائري عبد العزيز بوتفليقة العراق بأنه \"مصدر قلق كبير في المنطقة\".",
            SummaryBudget.Default).Quotes;
        Assert.Contains(quotes, q => q.Speaker == "بوتفليقة" && q.Text == "مصدر قلق كبير في المنطقة");
    }

    [Fact]
    public void Extract_AdverbAfterSpeaker_IsNotTheSpeaker() =>
        // وانتقد … شافيز بشدة "الاحتلال الأمريكي": بشدة is how, not who.
        Assert.DoesNotContain(QuotesOf("quotes-blind6.jsonl", "easc_052"), q => q.Speaker == "بشدة");

    [Fact]
    public void Extract_QuotationOpeningTheCuesThatClauseFarAway_IsAttributed() =>
        // ما دعا طالباني الذي كان قد انتهى للتو من شرح الوضع السياسي في بلاده، إلى طلب الكلمة ليشير إلى أن "القوات …":
        // more than MaxGap words between the cue and the quotation, but the quotation opens the cue's أن-clause.
        AssertQuote(QuotesOf("quotes-blind6.jsonl", "easc_052"), "طالباني", "القوات الأجنبية موجودة في العراق");

    [Fact]
    public void Extract_RoleWithAndTypedApart_ReachesTheNameAfterIt()
    {
        // أكد وزير البريد و تكنولوجيات الإعلام و الاتصال موسى بن حمادي الخميس أن ” …”; later «حسب الوزير».
        var quotes = QuotesOf("quotes-blind5.jsonl", "0306");
        AssertQuote(quotes, "بن حمادي", "شهر رمضان المقبل لن يشهد");
        AssertQuote(quotes, "بن حمادي", "تشجيعها على لعب دور");
    }

    [Fact]
    public void Extract_WholeQuotedParagraphAfterACueThatNamedTheSpeaker_IsTheirs() =>
        // «وأفاد مدير الأرصاد عبد العزيز القراوي في تصريحات صحفية عن استقرار الأحوال …» then a paragraph in marks: only a
        // paragraph after one with a quotation carried the speaker on.
        Assert.Equal("عبد العزيز القراوي", Assert.Single(Engine.AnalyzeUnguarded(null, string.Join("\n",
            "وأفاد مدير إدارة الأرصاد الجوية عبد العزيز القراوي في تصريحات صحفية عن استقرار الأحوال الجوية يومي الجمعة والسبت.",
            "“إن الحالة المطرية التي بدأت أمس الأربعاء أثرت على بعض المناطق في البلاد حيث سجلت كميات متفاوتة من الأمطار”."), SummaryBudget.Default).Quotes).Speaker);

    [Fact]
    public void Extract_QuotationLeftOpen_DoesNotRunIntoTheNextReport() =>
        // w107_039: the first quotation never closes; the next paragraph opens a new report (وأضاف أن “…), so the open one
        // is dropped instead of swallowing the narration up to the second quotation's closing mark.
        Assert.Equal([("علاوي", "فايروس كورونا تنتهي خطورته خلال 6 اشهر مبينا ان")],
            Engine.AnalyzeUnguarded(null, string.Join("\n",
                "أعلن وزير الصحة العراقي جعفر علاوي اليوم السبت، بان العراق سيكون في مقدمة الدول التي ستنتج لقاح لفايروس كورونا.",
                "وقال علاوي في بيان له تلقت “أحداث الوطن” نسخة منه ان “العراق سيكون في مقدمة الدول التي ستنتج لقاح خاص لفايروس كورونا.",
                "وأضاف أن “فايروس كورونا تنتهي خطورته خلال 6 اشهر مبينا ان” العراق الافضل بين دول الجوار بالرغم من تطورها الصحي”."),
                SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray());

    [Fact]
    public void Extract_QuotationAfterACommaInAnAddedClause_CarriesOnThePreviousSpeaker() =>
        // w110_031: «وأضاف أن الأمن العام قام …، "ولن نترك …"»: the sentence opens with «and he added that», naming no one, so
        // the words after its comma are the speaker's of the sentence before.
        Assert.Equal(["الحواتمة"], Engine.AnalyzeUnguarded(null, string.Join("\n",
            "أكد مدير الأمن العام اللواء حسين الحواتمة أن الأجهزة الأمنية تعاملت مع كل المخالفات خلال فترة الحظر.",
            "وأضاف أن الأمن العام قام بالتعامل مع كل الأحداث التي وقعت من تجمعات وغيرها وتم تصويرها وتوثيقها ويتم متابعة كل شخص أطلق "
            + "عيارات نارية وكل آلية خالفت القانون، "
            + "\"ولن نترك أي مخالف لقانون الحظر أو أطلق عيارات نارية وسنقوم باحضارهم للعدالة\"."), SummaryBudget.Default).Quotes.Select(q => q.Speaker));

    [Fact]
    public void Extract_RoleWhoseWordsGoOnUnderANewName_IsThatPerson()
    {
        // 0212: «وقال الرئيس التنفيذي لشركة فلاي دبي: «لقد قطعت …»» and the next report «وأضاف الغيث: «…»»: the article never
        // names the chief executive but by the family name it goes on with.
        var quotes = QuotesOf("quotes.jsonl", "0212");
        AssertQuote(quotes, "الغيث", "لقد قطعت فلاي دبي شوطا طويلا");
        Assert.DoesNotContain(quotes, q => q.Speaker == "الرئيس التنفيذي");
    }

    [Fact]
    public void Extract_SameRoleLaterInTheArticle_KeepsTheRole()
    {
        // Guard: «وأضاف الغيث» names the chief executive quoted right before it, not another chief executive quoted further on.
        var quotes = Engine.AnalyzeUnguarded(null, string.Join("\n",
            "وقال الرئيس التنفيذي لشركة فلاي دبي: «لقد قطعت الشركة شوطا طويلا منذ رحلتها الأولى عام 2009 وما زلنا نعكس البيئة التي نعمل فيها».",
            "وأضاف الغيث: «لقد تأسسنا برؤية تقديم خدمات سفر مريحة وموثوقة وبأسعار معقولة للمسافرين في المنطقة».",
            "وفي سياق متصل أعلنت شركة طيران الخليج عن خطتها للعام المقبل.",
            "وقال الرئيس التنفيذي لشركة طيران الخليج: «سنضيف عشر وجهات جديدة إلى شبكتنا خلال العام المقبل ونزيد رحلاتنا إلى الهند»."),
            SummaryBudget.Default).Quotes;
        Assert.DoesNotContain(quotes, q => q.Speaker == "الغيث" && q.Text.StartsWith("سنضيف", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Speaker == "الغيث" && q.Text.StartsWith("لقد قطعت", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RoleOpeningTheArticle_IsTheNameItsWordsGoOnUnder() =>
        // 0674 opens «وأوضح المسؤول … أن “بعض الزيادات …”» and goes on «وأضاف زيكارة، حسب ما نقلته وكالة الأنباء الجزائرية، أن …».
        AssertQuote(QuotesOf("quotes-blind2.jsonl", "0674"), "زيكارة", "بعض الزيادات في بعض المواد");

    [Fact]
    public void Extract_RoleFollowedByANameAlreadyInTheStory_KeepsTheRole() =>
        // A name the article used before «وأضاف الغيث» is someone already there, who may be a second speaker: the role's
        // words stay the role's.
        Assert.Equal(["الرئيس التنفيذي", "الغيث"], Engine.AnalyzeUnguarded(null, string.Join("\n",
            "حضر رجل الأعمال الغيث حفل الشركة في دبي أمس.",
            "وقال الرئيس التنفيذي لشركة فلاي دبي: «لقد قطعت الشركة شوطا طويلا منذ رحلتها الأولى عام 2009 وما زلنا نعكس البيئة التي نعمل فيها».",
            "وأضاف الغيث: «لقد تأسسنا برؤية تقديم خدمات سفر مريحة وموثوقة وبأسعار معقولة للمسافرين في المنطقة»."),
            SummaryBudget.Default).Quotes.OrderBy(q => q.SentenceIndex).Select(q => q.Speaker));

    [Fact]
    public void Extract_CommonGivenNameInsideOtherNames_DoesNotCallTheSpeaker() =>
        // 0910: «وزير المعادن د. أحمد محمد محمد الصادق الكاروري» in an article that also names «حسبو محمد عبد الرحمن»: محمد
        // recurs only inside full names and had printed as the minister's name.
        AssertQuote(QuotesOf("quotes-blind3.jsonl", "0910"), "الكاروري", "هذا ما عهدناه في العاملين");

    [Fact]
    public void Extract_CommonGivenNameTheArticleCallsThePersonBy_StaysTheSpeaker() =>
        // 0802: «الخبير الاقتصادي دكتور هيثم محمد فتحي» and later «ويرى دكتور هيثم أن …»: the article calls him by his given
        // name, and that mention, which closes, still counts.
        AssertQuote(QuotesOf("quotes-blind2.jsonl", "0802"), "هيثم", "أصحاب العقارات وجدوا فيها فرصة");
}
