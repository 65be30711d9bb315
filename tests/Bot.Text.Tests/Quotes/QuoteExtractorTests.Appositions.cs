namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Speakers and non-quotations in shapes found on news pages outside the corpora: a name set off by commas after its
/// role, an aside between dashes, a source cue before someone's words, headline roles. The sentences are written for
/// these tests after those shapes (the pages themselves are third-party text).
/// </summary>
public class QuoteExtractorAppositionTests
{
    private static readonly ArabicTextEngine Engine = new();

    private static IReadOnlyList<Quote> Quotes(string body) => Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes;

    [Fact]
    public void Extract_NameBetweenCommasAfterRole_IsTheSpeaker()
    {
        // The article never calls him الصفدي alone, so he prints whole; see the next test for the short mention.
        var quotes = Quotes("أكد وزير الخارجية الأردني، أيمن الصفدي، أن \"أمن المنطقة لا يتجزأ ولن نقبل بأي تهجير للسكان\".");
        Assert.Equal("أيمن الصفدي", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_NameBetweenCommasAfterRole_IsShortWhenTheArticleCallsHimSo()
    {
        var quotes = Quotes(string.Join("\n",
            "أكد وزير الخارجية الأردني، أيمن الصفدي، أن \"أمن المنطقة لا يتجزأ ولن نقبل بأي تهجير للسكان\".",
            "وقال الصفدي إن الاجتماع المقبل سيكون في عمان."));
        Assert.Equal("الصفدي", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_FamilyNameWithArticleBeforeThat_CompletesTheName()
    {
        var quotes = Quotes("وكشف اللاعب سلمان الدوسري أنه \"قدمنا مباراة كبيرة وحققنا فوزا نستحقه أمام منافس قوي\".");
        Assert.Equal("الدوسري", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_CueInsideDashAside_DoesNotTakeTheSpeaker()
    {
        var quotes = Quotes("وأضاف الخطيب - في تصريح للصحفيين في الرياض حسبما ذكرت قناة (الإخبارية) - أنه \"لا حاجة الآن إلى تعديل الاتفاق بين المنتجين\".");
        Assert.Equal("الخطيب", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_SourceCueBeforeSomeonesWords_NamesThem()
    {
        var quotes = Quotes(string.Join("\n",
            "قدم عبد الكريم بنعلي، وزير الداخلية، حصيلة عمل الوزارة أمام لجنة البرلمان.",
            "وهو ما يضاف إلى \"تزايد محاولات شبكات التهريب استعمال الموانئ نحو دول أخرى\"، حسب توضيحات الوزير.",
            "وشدد بنعلي على أن الوضع الأمني مستقر."));
        Assert.Equal("بنعلي", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_RoleIntroducedOnlyInAHeadlineWithColon_IsNoName()
    {
        // The headline's «وزير الصحة: نواجه موجة …» gives the role no name; the body's «عبد الرحيم، وزير الصحة» does.
        var quotes = Quotes(string.Join("\n",
            "وزير الصحة: نواجه موجة جديدة من الإنفلونزا",
            "قدم خالد عبد الرحيم، وزير الصحة، تقريرا أمام البرلمان.",
            "وأضاف الوزير \"نواجه موجة جديدة من الإنفلونزا هذا الشتاء ونستعد لها باللقاحات\".",
            "وختم عبد الرحيم حديثه بالدعوة إلى التطعيم."));
        Assert.Equal("عبد الرحيم", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_QuotedTermAfterDecision_IsNoQuotation() =>
        Assert.Empty(Quotes("أكد وزير الدفاع بلهجة حازمة أن قرار “الحرب والسلم” يجب أن يبقى في يد الدولة وحدها."));

    [Fact]
    public void Extract_QuotedNameAfterDuring_IsNoQuotation() =>
        Assert.Empty(Quotes("وأشار المتحدث الأمني سامي العتيبي إلى أن الشرطة حددت، خلال «إجراءات التحقق»، هوية منفذ الهجوم."));

    [Fact]
    public void Extract_QuotationCarriedOverALineEndingWithComma_IsOneQuotation()
    {
        var quotes = Quotes("قال وزير المالية سامر حداد على حسابه في \"تويتر\": \"إننا أوفينا بما التزمنا به لإقرار موازنة تخفض العجز،\nوتعيد الانتظام إلى المال العام\".");
        var quote = Assert.Single(quotes);
        Assert.Equal("حداد", quote.Speaker);
        Assert.EndsWith("إلى المال العام", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FamilyNameWithAal_IsPrintedWhole()
    {
        var quotes = Quotes(string.Join("\n",
            "استقبل الشيخ حمد آل ثاني وفدا من رجال الأعمال.",
            "وقال آل ثاني: \"نحرص على علاقات طبيعية مع جيراننا ونأمل أن تنعكس على التنمية\"."));
        Assert.Equal("آل ثاني", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_QuotedRadioName_DoesNotHideTheStatementAfterIt()
    {
        var quotes = Quotes("وقال كريم نصار في تصريحات لإذاعة \"أن بي سي\" الأميركية إنه لم يسمع بالتطبيق ولكنه \"بكل تأكيد سينظر في الأمر\".");
        var quote = Assert.Single(quotes);
        Assert.Equal("نصار", quote.Speaker);
        Assert.Equal("بكل تأكيد سينظر في الأمر", quote.Text);
    }

    [Fact]
    public void Extract_SecondThatClauseJoinedByWa_KeepsTheSpeaker()
    {
        var quotes = Quotes(string.Join("\n",
            "وشدد الأمين العام للمنظمة سامي الخطيب على الحوار، مؤكدا \"أهمية وقف الحروب وتحقيق الرفاهية لكل الشعوب\"، وأن المنظمة \"عازمة على تحقيق السلام رغم كل شيء\".",
            "وأضاف الخطيب أن المنظمة ستواصل عملها."));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("الخطيب", q.Speaker));
    }

    [Fact]
    public void Extract_SecondQuotationJoinedByWaAndPronoun_KeepsTheSpeaker()
    {
        // w115_027: «…» وهو «…» goes on with the same reported clause.
        var quotes = Quotes(string.Join("\n",
            "أكد محافظ المصرف المركزي البحريني رشيد المعراج أمس أن العمل المصرفي «يسير في شكل طبيعي».",
            "وتابع أن «المركزي» ينظر إلى تطورات الأحداث «بكثير من الحذر والقلق» وهو «على استعداد لمواجهة أي تطورات مالية أو نقدية»."));
        Assert.Contains(quotes, q => q is { Speaker: "المعراج", Text: "على استعداد لمواجهة أي تطورات مالية أو نقدية" });
        Assert.All(quotes, q => Assert.Equal("المعراج", q.Speaker));
    }

    [Fact]
    public void Extract_InHisWordsAfterTheQuotation_IsThePreviousSpeaker()
    {
        var quotes = Quotes(string.Join("\n",
            "قال وزير الخارجية ماهر السيد إن المفاوضات مستمرة.",
            "وتحدث عن الحرب الدائرة في الجنوب، والتي \"تثير مخاوف كبيرة لدى جميع الدول المجاورة لنا\"، على حد تعبيره."));
        Assert.Equal("السيد", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_ShortQuotationABracketExplains_IsATerm() =>
        Assert.Empty(Quotes("وقال الأمين العام غسان داود إن \"حل الدولتين\" (فلسطينية وإسرائيلية) في خطر."));

    [Fact]
    public void Extract_FinishedVerbWithColon_CarriesOnTheSpeaker()
    {
        var quotes = Quotes(string.Join("\n",
            "وقال المدافع كمال زيدان عقب المباراة: \"واجهنا أفضل فريق في القارة وكنا قريبين من التعادل\".",
            "وأتم: \"سنعمل على تصحيح الأوضاع في المباراة المقبلة\"."));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("زيدان", q.Speaker));
    }

    [Fact]
    public void Extract_RoleWrittenWithoutArticle_IsTheNameIntroducedWithIt()
    {
        var quotes = Quotes(string.Join("\n",
            "افتتح الأمين العام للأمم المتحدة أنطونيو غوتيريش أعمال الدورة الجديدة.",
            "وحذر أمين عام الأمم المتحدة من أن \"السودان يواجه خطر الانقسام\".",
            "وختم غوتيريش كلمته بالدعوة إلى السلام."));
        Assert.Equal("غوتيريش", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_ObjectPronounAfterTheVerb_IsSkippedForItsSubject()
    {
        var quotes = Quotes(string.Join("\n",
            "لا يمكن نشر أي إحصائية موثوقة حول الجيل الثالث حسبما أفادت به الهيئة في بيان لها أمس.",
            "وأوضح البيان أن \"سلطة البريد هي الجهة الوحيدة المؤهلة لنشر معلومات عن عدد المشتركين\"."));
        Assert.Equal("الهيئة", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_StraightQuotationAfterColonCutBySplitter_IsReadWhole()
    {
        // Over eighty words inside one straight-quoted statement: the splitter cuts it, the extractor joins it again.
        var statement = string.Join(" ", Enumerable.Repeat("بدأنا المباراة بشكل جيد وكنا الطرف الأفضل في الشوط الأول.", 12));
        var quote = Assert.Single(Quotes($"قال مهدي الزياني مدرب الفريق إنه يتأسف للخسارة، وتابع: \" {statement}\"."));
        Assert.Equal("مهدي الزياني", quote.Speaker);
        Assert.EndsWith("في الشوط الأول.", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LabelAfterWhatTheyCalled_IsNoQuotation() =>
        Assert.Empty(Quotes("ونفى المحامي رامي عادل أن يكون المتهمون قد هتفوا ضد القضاء، مضيفا أنهم هتفوا ضد ما أسموه \"الانقلاب العسكري\" وحكم العسكر."));

    [Fact]
    public void Extract_BodyWordAndItsName_IsPrintedWhole()
    {
        var quotes = Quotes("وأوضحت إدارة المرور والنجدة أن: \"الحوادث المذكورة أسفرت عن إصابتين إحداهما خطيرة\".");
        Assert.Equal("إدارة المرور والنجدة", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_SourceCueNamingAMedium_DoesNotTakeTheSpeaker()
    {
        var quotes = Quotes("وقال رئيس الغرفة التجارية حاتم السماني، بحسب وكالة الأنباء الرسمية، إن \"الرسوم الجديدة تثقل كاهل المزارعين في الولاية\".");
        Assert.Equal("السماني", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_DefiniteNounsOnly_AreANameNotSpeech() =>
        Assert.Empty(Quotes("وقال رئيس الغرفة حاتم السماني إن الولايات المجاورة: \"النيل الأبيض والنيل الأزرق\" تفرض رسوما أقل."));

    [Fact]
    public void Extract_WeWillVerbAfterSaid_IsNoSpeakerToCarryOn()
    {
        var quotes = Quotes(string.Join("\n",
            "أكد موسى نداو، المدرب المؤقت للفريق، أن فريقه سيعود في لقاء الإياب، وقال سنتمسك بالأمل ولن نستسلم.",
            "وقال المدرب - في تصريح لموقع ناديه - \"غاب عنا التوفيق لكن الكرة لا تعرف المستحيل\"."));
        // The coach introduced once in full (session 5: a name named once prints whole).
        Assert.Equal("موسى نداو", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_ReversedGuillemetsAfterColon_AreAQuotation()
    {
        var quotes = Quotes(string.Join("\n",
            "أكد مدرب المنتخب عدنان حمد أن فريقه وقع ضحية لظروف المباراة.",
            "وأضاف :» لاعبو المنتخب ظهروا بعدم تركيز في المباراة وذلك كلفنا الخسارة»."));
        Assert.Equal("لاعبو المنتخب ظهروا بعدم تركيز في المباراة وذلك كلفنا الخسارة", Assert.Single(quotes).Text);
    }

    [Theory]
    [InlineData("وقال سموه: \"الحمد لله قدرنا نجيب السباق بدعم القيادة وبجهود الجميع\".")]
    [InlineData("وأكد سموه \"أن السباق سيقام بدعم القيادة وبجهود الجميع في موعده\".")]
    public void Extract_HonorificPronoun_IsThePersonAlreadyNamed(string sentence)
    {
        var quotes = Quotes(string.Join("\n", "قال وزير الرياضة الأمير عبدالعزيز بن تركي إن السباق سيقام في موعده.", sentence));
        Assert.Equal("بن تركي", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_SpokesmanForABodyAndHisRank_ReachTheName()
    {
        var quotes = Quotes("وقال الناطق باسم وزارة الداخلية العميد مقداد الموسوي في تصريح صحفي: إن\"الوزارة وجهت ضربات نوعية لشبكات التهريب خلال الأسابيع الأخيرة\".");
        Assert.Equal("الموسوي", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_ReversedMarkGluedToThat_OpensTheQuotation()
    {
        var quotes = Quotes("وأضاف العميد مقداد الموسوي أن” جميع المواد التي ضبطت صنعت خارج البلاد ولم يثبت أي تصنيع في الداخل”.");
        Assert.StartsWith("جميع المواد التي ضبطت", Assert.Single(quotes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NameCompletedByAllah_IsPrintedWhole()
    {
        var quotes = Quotes("وأكد صنع الله أن \"البلاد تسير نحو انهيار مالي إذ نعمل وفق موازنة أصابها عجز كبير\".");
        Assert.Equal("صنع الله", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_AnonymousSourceWithItsAdjective_IsPrintedAsSuch()
    {
        var quotes = Quotes(string.Join("\n",
            "أفاد مصدر أمني في المدينة بتصدي الدفاع الجوي لطائرات مسيرة.",
            "وقال المصدر، إن \"دوي انفجار سمع قرب المطار الدولي فجر اليوم\"."));
        Assert.Equal("مصدر أمني", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_BodyWithAConstructName_IsPrintedWhole()
    {
        var quotes = Quotes("وقالت قيادة قوات التحالف: «نتخذ الإجراءات العملياتية لحماية المدنيين من المحاولات العدائية».");
        Assert.Equal("قيادة قوات التحالف", Assert.Single(quotes).Speaker);
    }

    [Theory]
    // «وقالت الجامعة في بلاغ لها» after the article named «الجامعة المغربية لحماية المستهلك»: الجامعة alone tells the
    // reader nothing.
    [InlineData("أعلنت الجامعة المغربية لحماية المستهلك عن رفع دعوى قضائية.", "وقالت الجامعة في بلاغ لها", "الجامعة المغربية لحماية المستهلك")]
    [InlineData("قالت المديرية العامة للدفاع المدني إن فرقها تدخلت في الوقت المناسب.", "وأضافت المديرية العامة", "المديرية العامة للدفاع المدني")]
    // …but two bodies named with the word leave it as it is,
    [InlineData("رحب الاتحاد الأوروبي بالاتفاق، كما رحب به الاتحاد الإفريقي.", "وقال الاتحاد في بيان", "الاتحاد")]
    // …and the person an office belongs to is no part of the office's name.
    [InlineData("أصدر المكتب الإعلامي لرئيس جمعية المصارف بيانا توضيحيا.", "وقال المكتب الإعلامي", "المكتب الإعلامي")]
    public void Extract_BodyCalledByItsHeadWord_PrintsTheNameTheArticleGaveIt(string first, string cue, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(first + "\n" + cue + ": \"سنباشر الإجراءات القانونية اللازمة ضد كل من يروج الأخبار الزائفة\".")).Speaker);

    [Fact]
    public void Extract_RoleOverAClubWithAlName_ReadsOnToThePersonsName() =>
        // «المدير الفني لنادي الهلال البرتغالي جورجي جيسوس», then «وصرح المدير الفني … قائلاً»: the club and its ال-words are
        // where he works; the name after them is the role's.
        Assert.Equal("جيسوس", Quotes(string.Join("\n",
            "أعرب المدير الفني لنادي الهلال البرتغالي جورجي جيسوس عن سعادته بالفوز.",
            "وصرح المدير الفني، خلال المؤتمر الصحفي عقب المباراة قائلاً: \"خضنا مواجهة صعبة أمام الشباب\".",
            "وأضاف جيسوس: \"نيمار لاعب كبير ورائع\"."))[0].Speaker);

    [Fact]
    public void Extract_BodyQuotedAfterARoleAndAColon_NamesNoOne()
    {
        // «أضاف المدرب : “اتحاد العاصمة يملك مجموعة جيدة …”»: the club opens his words, and the words after it (جيدة, said
        // twice in the article) are no one's name, so «مدرب المولودية» is still the coach the article named.
        var quotes = Quotes(string.Join("\n",
            "شدد مدرب مولودية الجزائر رولاني موكوينا على أهمية المباراة.",
            "و اكد موكوينا أن “المواجهة لا تقبل القسمة على اثنين” وحول المنافس أضاف المدرب : “اتحاد العاصمة يملك مجموعة جيدة، ونحن أيضا نمثل فريقا قويا”.",
            "وعن التحضيرات، أوضح موكوينا: “لم نتمرن في آخر يومين، لكننا نملك ثقافة تكتيكية جيدة”، قبل أن يتابع : “قمنا بتحليل طريقة لعب اتحاد العاصمة في مبارياتهم الكبيرة”.",
            "كما اردف مدرب المولودية: “نهائي السوبر جد مهم بالنسبة للفريقين”"));
        Assert.Equal("موكوينا", Assert.Single(quotes, q => q.Text.StartsWith("نهائي", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Extract_RoleBeforeOneNameTheArticleRepeats_IsThatPersonLater() =>
        // «… من الفنان عساف.» then «وأضاف الفنان الفلسطيني: "…"»: one name word after the role, closed by a full stop and
        // repeated in the article, is the role-holder's.
        Assert.Equal("عساف", Assert.Single(Quotes(string.Join("\n",
            "رد الفنان الفلسطيني على قرار سحب تصريح الدخول من الفنان عساف.",
            "كما أكد عساف أن القرار لن يثنيه عن حب بلاده.",
            "وأضاف الفنان الفلسطيني: \"حبي وانتمائي لبلدي شيء أفخر به\"."))).Speaker);

    [Fact]
    public void Extract_RoleOverABodyTheArticleNamedWithAPerson_IsThatPerson() =>
        // «مصطفى بكري، عضو مجلس النواب» then «وتابع عضو مجلس النواب: "…"»: مجلس is the body he sits in, not a name that
        // would make the role phrase someone else's.
        Assert.Equal("بكري", Assert.Single(Quotes(string.Join("\n",
            "أكد النائب مصطفى بكري، عضو مجلس النواب، أن المعارضة موجودة.",
            "وقال مصطفى بكري إن المعارضة وقت الأزمات تقف مع الدولة.",
            "وتابع عضو مجلس النواب: \"يجب أن نتكاتف جميعا خلف الدولة\"."))).Speaker);

    [Fact]
    public void Extract_RoleWithWhatItIsForAndATitleBeforeTheName_IsThatPersonLater() =>
        // «رئيس الاتحاد العراقي لكرة القدم، الأستاذ عبد الخالق مسعود»: لكرة القدم belongs to the role, الأستاذ is a title, and
        // the name after them is the role-holder's when «رئيس الاتحاد العراقي» speaks again.
        Assert.Equal("مسعود", Assert.Single(Quotes(string.Join("\n",
            "تحدث رئيس الاتحاد العراقي لكرة القدم، الأستاذ عبد الخالق مسعود، في تصريحات تلفزيونية.",
            "وقال مسعود إن القرار أفضل للجماهير.",
            "واختتم رئيس الاتحاد العراقي تصريحاته قائلا: \"من الممكن أن نختار دولة أخرى للعب مباراتنا\"."))).Speaker);

    [Theory]
    // «مستشار رئيس الجمهورية لشؤون الصحة والوقاية» comes back whole: لشؤون is what the role is for, no name.
    [InlineData("قال الدكتور محمد عوض تاج الدين، مستشار رئيس الجمهورية لشؤون الصحة والوقاية، إن الوضع مستقر.",
        "وأضاف مستشار رئيس الجمهورية لشؤون الصحة والوقاية في مؤتمر صحفي", "وأشار تاج الدين إلى أن الرئيس يتابع بنفسه.", "تاج الدين")]
    // The name before the role has a compound given name (عبد المنعم الجمل), and the role comes back longer than a
    // speaker prints.
    [InlineData("قال عبد المنعم الجمل، رئيس النقابة العامة للعاملين بالبناء والتشييد، إن القطاع العام أهمل طويلا.",
        "وأضاف رئيس النقابة العامة للعاملين بالبناء والتشييد، خلال الاجتماع", "وأكد الجمل أن العمال يستحقون الأفضل.", "الجمل")]
    public void Extract_LongRolePhraseAfterTheName_IsThatPersonWhenItComesBack(string first, string cue, string last, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(string.Join("\n", first, cue + ": \"إننا نراقب الوضع في مختلف دول العالم\".", last))).Speaker);

    [Fact]
    public void Extract_FullNameSetOffAfterARoleBeforeAVerbOfSaying_IsTheRoleHolder() =>
        // «وكان رئيس الوزراء، محمد شياع السوداني قال …، ان "…"»: the name the article gives once, between the role's comma
        // and the verb, is who the role is.
        Assert.Equal("محمد شياع السوداني", Assert.Single(Quotes(
            "وكان رئيس الوزراء، محمد شياع السوداني قال في مقابلة صحفية، أمس الثلاثاء، ان \"إعلان انتهاء مهمة قوات التحالف بالعراق سيكون قريباً\".")).Speaker);

    [Fact]
    public void Extract_NameWithAlFamilyRightBeforeTheRoleAfterAVerb_IsTheRoleHolder() =>
        // «أكد توفيق الشكري المتحدث باسم …» (no comma) then «وأضاف المتحدث باسم …: "…"»: an ال-family name closes the name
        // right after the verb, and the role after it is his.
        Assert.Equal("توفيق الشكري", Assert.Single(Quotes(string.Join("\n",
            "أكد توفيق الشكري المتحدث باسم جمعية الهلال الأحمر الليبية، انقطاع الاتصالات بمدينة درنة.",
            "وأضاف المتحدث باسم جمعية الهلال الأحمر الليبية: \"هناك 20 ألف نازح من درنة يحتاجون إلى المساعدة\"."))).Speaker);

    [Fact]
    public void Extract_FullNameSetOffByCommasAfterARole_IsTheRoleHolder() =>
        // «رد وزير التنمية الاجتماعية، أيمن المفلح، الجمعة، …» then «ورد الوزير عليها قائلا: "…"»: the name between the
        // role's commas, said once, is who the role is.
        Assert.Equal("أيمن المفلح", Quotes(string.Join("\n",
            "رد وزير التنمية الاجتماعية، أيمن المفلح، الجمعة، على تغريدة لشابة أردنية، عبر موقع تويتر، قائلا: لا نريد أن يزيد الفقير فقرا.",
            "الشابة قالت في تغريدتها، إن: \"التنمية كلمة تستخدم لوصف عملية أن يزيد الفقير فقرا في بلادنا\".",
            "ورد الوزير عليها قائلا: \"يجب علينا أن نعمل جميعا للعمل على تخفيض مستوى الفقر\"."))
            .Single(q => q.Text.StartsWith("يجب", StringComparison.Ordinal)).Speaker);

    [Fact]
    public void Extract_NameSetOffAfterWhereTheRoleIsHeld_IsThePerson() =>
        // «دعا السفير السعودي في لبنان، وليد البخاري، إلى أن «…»»: the place belongs to the role; the name after its comma
        // is the ambassador.
        Assert.Contains("البخاري", Assert.Single(Quotes(
            "دعا السفير السعودي في لبنان، وليد البخاري، إلى أن «يطمئن الجميع، لأن كل ما يحكى عن سعي السعودية لا أساس له». وأشار البخاري إلى أنه سعيد.")).Speaker,
            StringComparison.Ordinal);

    [Fact]
    public void Extract_RankBeforeTheName_IsNotTheSpeaker()
    {
        var quotes = Quotes("قال الفريق الركن عبد الفتاح البرهان، رئيس مجلس السيادة، إن \"القوات المسلحة ستقف مع الشعب حتى إجراء انتخابات حرة\".");
        Assert.DoesNotContain("الفريق", Assert.Single(quotes).Speaker, StringComparison.Ordinal);
    }

    [Theory]
    // A short quotation that opens with an indefinite naming noun names a magazine, a bank …
    [InlineData("ولفت وزير الإعلام إلى أن الاحتفاء بمرور 30 عاما على تأسيس “مجلة نزوى”، خلال فعاليات معرض مسقط، هو احتفاء بالثقافة.")]
    // …and a board's company is named after إدارة.
    [InlineData("وأوضح السيد جاسم بن سيف السليطي وزير المواصلات، رئيس مجلس إدارة «مواني قطر»، أن التوسعة الجديدة للميناء تتيح استقبال كميات أكبر.")]
    public void Extract_ShortQuotedNameOfABody_IsNoQuotation(string sentence) =>
        Assert.Empty(Quotes(sentence));

    [Fact]
    public void Extract_ShortFragmentAfterAPreposition_IsStillSpeech() =>
        // «وقائم "على الغيرة المحضة"»: على is in the naming list as a word before a name, not as one that opens it.
        Assert.Contains(Quotes("وأكد الوزير أن الحصار غير قانوني، وقائم \"على الغيرة المحضة\"."),
            q => q.Text == "على الغيرة المحضة");

    [Fact]
    public void Extract_TitledNameInMarks_IsNoQuotation() =>
        // «أشاد ولي عهد أبو ظبي … "الشيخ محمد بن زايد آل نهيان"؛ بالفعاليات …»: a title and a name in marks name him.
        Assert.Empty(Quotes("أشاد ولي عهد أبو ظبي نائب القائد الأعلى للقوات المسلحة لدولة الإمارات العربية المتحدة \"الشيخ محمد بن زايد آل نهيان\"؛ بالفعاليات المميزة التي يقدمها جناح المملكة."));

    [Fact]
    public void Extract_QuotedChannelName_IsNoQuotation() =>
        Assert.Empty(Quotes("وأضاف وكيل مجلس النواب خلال تصريحات لفضائية \"إكسترا نيوز\"، أن الرئيس سيلقي خطابا أمام البرلمان."));

    [Fact]
    public void Extract_LabelAfterWhatHeCalledThem_IsNoQuotation() =>
        Assert.Empty(Quotes(string.Join("\n",
            "وقال الرئيس محمد ولد الشيخ إن الوحدة تحمي البلاد.",
            "ودعا ولد الشيخ ما أسماهم “النخب الوطنية في الداخل والمهجر ” إلى تجنب الخطابات التي تفرق الشعب.")));

    [Fact]
    public void Extract_ParagraphThatIsOnlyAQuotation_GoesOnWithThePreviousSpeaker()
    {
        var quotes = Quotes(string.Join("\n",
            "وقال وزير المالية سامر حداد: \"إننا أوفينا بكل ما التزمنا به في الموازنة الجديدة\".",
            "\"سنكمل العمل بشكل متواصل من أجل استكمال التصحيح الجدي للمسارات المالية\"."));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("حداد", q.Speaker));
    }

    [Fact]
    public void Extract_ParagraphThatIsOnlyAQuotation_AfterNarration_IsNothing() =>
        // (after a sentence whose cue names the speaker it is theirs, since session 9: see the continuation tests)
        Assert.Empty(Quotes(string.Join("\n",
            "وأقر وزير المالية سامر حداد الموازنة الجديدة.",
            "\"سنكمل العمل بشكل متواصل من أجل استكمال التصحيح الجدي للمسارات المالية\".")));

    [Fact]
    public void Extract_HisHighnessAndTheName_PrintsTheName()
    {
        var quotes = Quotes(string.Join("\n",
            "أكد صاحب السمو الشيخ حمدان بن راشد آل مكتوم أهمية مشاريع النقل.",
            "وقال سموه في تدوينة: \"قبل عشرين عاما أسسنا هيئة الطرق واستثمرنا في البنية التحتية\"."));
        // The name, called by the given and father's names (not the house «آل مكتوم», which is the whole family).
        Assert.Equal("حمدان بن راشد", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_SourcesWithTheirAdjectives_ArePrintedAsSuch()
    {
        var quotes = Quotes(string.Join("\n",
            "أفادت مصادر عسكرية يمنية، مساء الأحد، بتصدي الدفاعات الجوية لطائرات مغيرة.",
            "وقالت المصادر إن \"الدفاعات الجوية تصدت للطائرات التي تشن عدوانا على البلاد\"."));
        Assert.Equal("مصادر عسكرية يمنية", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("وأكد محافظ بغداد، محمد العطا، في مؤتمر صحفي، أن “هناك زيادة فعلية في إنتاج الطاقة هذا الصيف”.", "محمد العطا")]
    [InlineData("قال المتحدث الرسمي لقيادة عمليات بغداد، اللواء قاسم عطا أن “القوات الأمنية ألقت القبض على عشرين مطلوبا”.", "عطا")]
    [InlineData("وقال قائد عمليات بغداد الفريق الركن أحمد سليم إن “القطعات العسكرية ستمسك الملف الأمني في المدينة”.", "سليم")]
    [InlineData("وقال مدير مرفأ بيروت سامي القيسي إن “من المبكر التكهن بسبب الحريق قبل انتهاء التحقيق”.", "القيسي")]
    public void Extract_PlaceInTheRolesPhrase_IsNeverThePerson(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);

    [Fact]
    public void Extract_NameSetOffAfterADescribingVerbsRole_IsAPersonsWords() =>
        // «وصف شيخ الأزهر، الدكتور أحمد الطيب، … بأنها “…”»: the name between commas makes the describer a person, so the
        // short description is his words, not a label.
        Assert.Equal("أحمد الطيب", Assert.Single(Quotes(
            "وصف شيخ الأزهر، الدكتور أحمد الطيب، اليوم الثلاثاء، واقعة إحراق المصحف بأنها “جريمة إرهابية بربرية”، وأنها من الأفعال المتطرفة.")).Speaker);

    [Fact]
    public void Extract_SecondRoleJoinedByWa_IsTheSamePersons() =>
        Assert.Contains("بن ناصر", Assert.Single(Quotes(string.Join("\n",
            "أعلن رئيس مجلس الوزراء القطري ووزير الداخلية الشيخ عبد الله بن ناصر أنه تم اتخاذ إجراءات لتحسين ظروف العمالة.",
            "وقال في تصريح: «إن وزارة العمل تسعى الآن إلى تعديل قانون العمل بما يتوافق مع المعايير الدولية»."))).Speaker,
            StringComparison.Ordinal);

    [Fact]
    public void Extract_StatementIssuedByABody_IsThatBodys() =>
        Assert.Equal("وزارة الدفاع", Assert.Single(Quotes(
            "وقال بيان صادر عن وزارة الدفاع إن وحدة تابعة للجيش اشتبكت مع جماعة مسلحة، مضيفة \"اتخذت مفارز الجيش المشاركة في العملية كل الإجراءات اللازمة\".")).Speaker);

    [Fact]
    public void Extract_DescriptorBeforeAFullName_IsNotTheName() =>
        Assert.Contains("عبد الغني", Assert.Single(Quotes(
            "وقالت الطفلة منى عبد الغني (9 سنوات): \"أنا سعيدة بمشاركتي في هذه الفعالية لأن من واجبنا أن نكتب\".")).Speaker,
            StringComparison.Ordinal);

    [Fact]
    public void Extract_LongRolePhraseBeforeHisWords_IsThePersons() =>
        Assert.Equal("عامر", Assert.Single(Quotes(string.Join("\n",
            "قالت السلطات المحلية بالمحافظة إن عدد السياح زاد.",
            "ونقل موقع الثورة عن مدير مكتب السياحة بالجزيرة مبارك علي عامر قوله \"زيادة عدد السياح جاءت نتيجة الشهرة الواسعة للجزيرة\"."))).Speaker);

    [Fact]
    public void Extract_RulersTitleBeforeAState_ReadsOnToHisName() =>
        // «أمير دولة الكويت الشيخ …»: an indefinite title in construct with a state is a role; the state is no name.
        // (The first name prints with the family name after it.)
        Assert.Equal("مشعل الأحمد", Assert.Single(Quotes(
            "أكد أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح، مساء الجمعة، أن \"حماية الدستور واجب على الجميع دون استثناء\".")).Speaker);

    [Fact]
    public void Extract_RoleOverABodyWithNoName_PrintsTheRole() =>
        // «رئيس هيئة الأركان إن»: a body word is no first name, so the phrase is the role, not its last word.
        Assert.Equal("رئيس هيئة الأركان", Assert.Single(Quotes(
            "وقال رئيس هيئة الأركان إن “القوات المسلحة لا تقاتل إلا لرفع المعاناة عن الناس”.")).Speaker);

    [Fact]
    public void Extract_BodysNameWithPlaces_IsPassedOverForThePerson() =>
        // «رئيس مؤسسة مياه صور وجبل عامل علي حيدر لـ"…"»: the body's name and its places come before the person's name,
        // which ends before the medium he spoke to.
        Assert.Equal("حيدر", Assert.Single(Quotes(
            "أكد رئيس مؤسسة مياه بيروت وجبل لبنان سامي حيدر لـ”إذاعة الشرق”، “أننا ذاهبون إلى تقنين قاس بسبب انقطاع الكهرباء”.")).Speaker);

    [Fact]
    public void Extract_EmployerAndItsNameInTheRole_ArePassedOver() =>
        Assert.Equal("برجييه", Assert.Single(Quotes(
            "وقال رئيس شركة ايرباص الاوروبية فابريس برجييه خلال احتفالية التوقيع ان “الشركة فهمت منذ البداية ما تقدمه الطائرة”.")).Speaker);

    [Fact]
    public void Extract_SecretaryOfABody_ReadsOnToHisName() =>
        // «أمين سر»: سر qualifies the role like عام in أمين عام; it is no name.
        Assert.Equal("الشاهين", Assert.Single(Quotes(
            "وطالب أمين سر مجلس الأمة الكويتي أسامة الشاهين \"بعدم التهاون والعودة إلى العادات السابقة في التجمعات\".")).Speaker);

    [Fact]
    public void Extract_FirstNameAndFamilyNameAfterTheVerb_PrintBoth() =>
        // «قال أسعد الشيباني، وزير الخارجية»: the first name alone is no way to call him; the family name is never used
        // alone here, so both print.
        Assert.Equal("أسعد الشيباني", Assert.Single(Quotes(
            "قال أسعد الشيباني، وزير الخارجية السوري: “نواجه تحديات كبيرة في مقدمتها الغارات على مدننا”.")).Speaker);

    [Fact]
    public void Extract_FamilyNameTheArticleUsesAlone_PrintsAlone() =>
        Assert.Equal("الكويتي", Quotes(string.Join("\n",
            "قال رئيس الأمن السيبراني، محمد حمد الكويتي، اليوم الأحد، إن البلاد تعرضت لهجمات.",
            "وأكد حمد الكويتي، إن “القطاع المالي مستهدف أكثر من غيره”."))[0].Speaker);

    [Fact]
    public void Extract_GulfNameOfLineage_IsCalledByGivenAndFathersName() =>
        // «بن زايد» alone would be any of his brothers; the house «آل نهيان» the whole family.
        Assert.Equal("عبد الله بن زايد", Assert.Single(Quotes(
            "وأكد وزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان رفضه لـ\"التدخلات الخارجية في الشؤون العربية كلها\".")).Speaker);

    [Fact]
    public void Extract_GulfNameWithGrandfather_IsNotCalledByTheGrandfather() =>
        Assert.Equal("محمد بن عبدالرحمن", Assert.Single(Quotes(
            "قال رئيس مجلس الوزراء الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني، إن “المفاوضات ما زالت في مرحلة مناقشة الورقة”.")).Speaker);

    [Fact]
    public void Extract_AnotherDescriptionWithTheSameRole_IsThePersonIntroduced() =>
        QuoteAssert.AllBy("أرنولد", 1, Quotes(string.Join("\n",
            "قال مدرب المنتخب الوطني العراقي غراهام أرنولد إن الفريق قدم مباراة جيدة.",
            "وأضاف أرنولد أن الإصابات أثرت على التشكيلة.",
            "وقال المدرب الأسترالي: “الشباب قدموا كل ما لديهم في هذه البطولة ونحن فخورون بهم”.")).Select(q => q.Speaker));

    [Fact]
    public void Extract_RoleTwoPeopleShare_IsNotGivenEitherName()
    {
        // Two coaches: «المدرب الهولندي» is neither one by its role word alone.
        var quotes = Quotes(string.Join("\n",
            "قال مدرب الأهلي مارتن يول إن فريقه يستحق الفوز.",
            "وقال مدرب الزمالك حسام حسن إن التحكيم ظلم فريقه.",
            "وأضاف يول أن الأداء تحسن، وأضاف حسن أن الدوري لم ينته.",
            "وقال المدرب الهولندي: “كنا الأفضل في الشوط الثاني ونستحق النقاط الثلاث”."));
        Assert.Equal("المدرب الهولندي", Assert.Single(quotes, q => q.Text.StartsWith("كنا", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Extract_RoleIntroducedWithAName_PrintsThatNameLater() =>
        // «وزير الاتصال الناطق الرسمي للحكومة، عمار بلحيمر»: the qualifiers run on through للحكومة to the name; «وزير الاتصال»
        // later is him. بلحيمر is a name, not ب and a word.
        QuoteAssert.AllBy("بلحيمر", 1, Quotes(string.Join("\n",
            "أكد وزير الاتصال الناطق الرسمي للحكومة، عمار بلحيمر، الخميس، أن الصحف الإلكترونية ستنظم قريبا.",
            "وكشف بلحيمر عن وجود 150 موقعا إلكترونيا.",
            "ودعا وزير الاتصال أصحاب الصحف والمواقع الإلكترونية إلى تسوية وضعيتهم، مؤكدا أن “الصحافة الإلكترونية لا تزال فتية وتحتاج إلى المرافقة”.")).Select(q => q.Speaker));

    [Fact]
    public void Extract_NameBeforeTheCircumstancesOfHisWords_ClosesTheRolesPhrase() =>
        // «رئيس الاتحاد … في البصرة سلمان كاصد في حديث صحفي، إنه»: «في حديث» ends the phrase, and the name before it is his.
        Assert.Equal("كاصد", Assert.Single(Quotes(
            "وقال رئيس اتحاد الأدباء والكتاب العراقيين في البصرة سلمان كاصد في حديث صحفي، إنه \"بدأ المهرجان فعالياته بحضور مئات الشخصيات\".")).Speaker);

    [Fact]
    public void Extract_ThatClauseAfterARole_NamesNobody() =>
        // «أوضح المسؤول النرويجي أن النرويج سجلت صادرات بلغت …»: أن opens his statement, so none of its words is his name.
        // (Since session 26 «وقال المسؤول» prints as the article introduced him, the role word opening that phrase.)
        QuoteAssert.AllBy("المسؤول النرويجي", 1, Quotes(string.Join("\n",
            "أوضح المسؤول النرويجي أن النرويج سجلت صادرات قياسية بلغت 2.7 مليون طن.",
            "وأشار إلى أن الصادرات قد بلغت 99 مليار كرونة.",
            "وقال المسؤول إن النرويج تمتلك “أحد أساطيل الصيد الأكثر تطورا في العالم ونحن فخورون بذلك”.")).Select(q => q.Speaker));

    [Fact]
    public void Extract_CompoundGivenNameAndFamilyName_PrintsTheFamilyNameTheArticleRepeats() =>
        QuoteAssert.AllBy("اليونسي", 1, Quotes(string.Join("\n",
            "أكد عبد السلام اليونسي رئيس النادي الإفريقي أن الحديث عن هروب الفريق “مجرد تخاريف ومغالطات لا أساس لها”.",
            "وأضاف اليونسي في حوار للأسبوعية أن الفريق جاهز.")).Select(q => q.Speaker));

    [Fact]
    public void Extract_DescriptionAfterTheFamilyName_LeavesThePersonsName() =>
        // «أحمد الوهيبي اخصائي العلاج الطبيعي للمنتخب»: a first name alone is no way to call him.
        Assert.Equal("أحمد الوهيبي", Assert.Single(Quotes(
            "بداية قال أحمد الوهيبي اخصائي العلاج الطبيعي للمنتخب: “كنت متابعا عن قرب لجميع مشكلاتهم البدنية وإصاباتهم”.")).Speaker);

    [Fact]
    public void Extract_PreacherOfAMosque_IsARoleNotItsMosque() =>
        Assert.DoesNotContain(Quotes(string.Join("\n",
            "حذر خطيب المسجد الأقصى من إجراءات الاحتلال في المسجد الأقصى.",
            "وقال خطيب المسجد الأقصى: “إجراءات الاحتلال العدوانية لن تكسبه أي حق في الأقصى”.")),
            q => q.Speaker == "المسجد");

    [Fact]
    public void Extract_NameInMarksRightAfterARole_IsNoQuotation() =>
        // «يشير الباحث الليبي “علي عبد اللطيف احميدة”، في كتابه»: the marks set off the researcher's name.
        Assert.Empty(Quotes(
            "يشير الباحث الليبي “علي عبد اللطيف احميدة”، في كتابه عن الإبادة الجماعية في ليبيا، إلى جرائم الفاشية."));

    [Fact]
    public void Extract_HonorificBeforeTheTitle_IsPassedOver() =>
        // «قال سمو الشيخ ذياب بن محمد بن زايد آل نهيان»; «وأكد سموه» is him again.
        QuoteAssert.AllBy("ذياب بن محمد", 1, Quotes(string.Join("\n",
            "قال سمو الشيخ ذياب بن محمد بن زايد آل نهيان، رئيس مجلس إدارة الشركة، إن المشروع يتقدم.",
            "وأكد سموه، أن «المشروع الوطني كان حاضرا في كل محطة من محطات تطوير القطار منذ الإعلان عنه».")).Select(q => q.Speaker));

    [Fact]
    public void Extract_GivenNameWithAllah_IsNoConstructObject() =>
        // «مدير عام مكتب السياحة بمحافظة الحديدة … عبد الله الكولي «…»»: عبد الله is a name, not the verb's object.
        Assert.Equal("الكولي", Assert.Single(Quotes(
            "قال مدير عام مكتب السياحة بمحافظة الحديدة اليمنية الساحلية عبد الله الكولي «إن الأزمة السياسية في بلاده أدت إلى توقف النشاط السياحي»."))
            .Speaker);

    [Fact]
    public void Extract_FieldBehindLamInTheRole_ReadsOnToTheName() =>
        // «نجم المنتخب الوطني لكرة القدم موسى التعمري»: لكرة القدم qualifies the role like للكرة would.
        Assert.Equal("التعمري", Assert.Single(Quotes(
            "قال نجم المنتخب الوطني لكرة القدم موسى التعمري إن “النجاح البطيء أجمل، وأرغب بالاحتراف في الأندية الكبيرة”.")).Speaker);

    [Fact]
    public void Extract_LongRoleWithoutAName_EndsOnAWholeQualifier() =>
        // The role is printed up to four qualifiers, never ending on a construct noun cut from its ال-word.
        Assert.Equal("نائب رئيس الاتحادية الوطنية", Assert.Single(Quotes(
            "وقال نائب رئيس الاتحادية الوطنية لشركات التأمين إن “لا نعرف سبب عدم تمرير مقترح تعديل المادة رغم أننا طالبنا به”.")).Speaker);

    [Fact]
    public void Extract_HisOwnTalkAfterTheRole_IsNoName() =>
        // «ختم محافظ حلب حديثه بأن "…"»: his talk, not his name.
        Assert.Equal("محافظ حلب", Assert.Single(Quotes(
            "إلى ذلك ختم محافظ حلب حديثه بأن \"الأعداء وأدواتهم يريدون الشر لهذه المدينة ونحن أقوى منهم\".")).Speaker);

    [Fact]
    public void Extract_PlaceBehindBaInTheRole_IsNoSpeaker() =>
        // «رئيس ديوان المحاسبة بطرابلس “خالد شكشك”»: بطرابلس is «in Tripoli», and the marks set off the name.
        Assert.DoesNotContain(Quotes(
            "كشف رئيس ديوان المحاسبة بطرابلس “خالد شكشك” عن اتخاذ الديوان قرارات قوية فترة الانقسام."),
            q => q.Speaker == "بطرابلس");

    [Fact]
    public void Extract_CommissionerForRefugees_IsARole() =>
        Assert.Equal("معتمد شؤون اللاجئين في السودان", Assert.Single(Quotes(
            "قال معتمد شؤون اللاجئين في السودان، إن \"لن ننفي اتهام مشاركة اللاجئين في الحرب، ولكن ليس لدينا دليل\".")).Speaker);

    [Fact]
    public void Extract_NameSetOffBeforeARole_IsThatRolesPersonLater() =>
        // «أكد عادل رمزي، مدرب الوداد الرياضي»: named once, in full; «مدرب الحمر» later is the same coach.
        QuoteAssert.AllBy("عادل رمزي", 1, Quotes(string.Join("\n",
            "أكد عادل رمزي، مدرب الوداد الرياضي، بأنه سعيد بأداء لاعبيه.",
            "وقال مدرب الحمر: “اللاعبون قدموا أداء كبيرا، ومن الممكن أن أقول إنني أشعر بالرضا”.")).Select(q => q.Speaker));

    [Fact]
    public void Extract_NounWithHerPronounAfterTheRole_IsNoName()
    {
        // «ووصفت المطربة اللبنانية حفلها المقررة إقامته … "بالعرس"، … حيث قالت: "…"»: حفلها is her concert, not her name.
        var quotes = Quotes(
            "ووصفت المطربة اللبنانية حفلها المقررة إقامته في 20 من الشهر الجاري \"بالعرس\"، حيث قالت: \"أشكر ربنا على الغناء في مصر وسط جمهوري\".");
        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("إقامته", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Text.StartsWith("أشكر", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AssistantBeforeARole_ReadsOnToTheName() =>
        // argen_ntg_train_0516: «مساعد» before a role is part of the role; alone it was taken for the speaker's name.
        Assert.Equal("تيفوني", Assert.Single(Quotes(
            "وقال مساعد المدير العام للخدمات المصرفية للشركات في بنك الخليج عبدالغفور تيفوني: «نسعى في البنك باستمرار إلى تقديم أفضل الخدمات لعملائنا»."))
            .Speaker);

    [Fact]
    public void Extract_DivisionInTheRole_IsNoName() =>
        // argen_ntg_train_0993: شعبة is a body, so «مصدري» after it is the body's qualifier, not the secretary's name.
        Assert.Equal("حدوب", Assert.Single(Quotes(
            "وأكد أمين عام شعبة مصدري الماشية الحية صديق حدوب، توقف صادر المواشي، وقال في حديثه “إن توقف الصادر ظل كما هو دون جديد”."))
            .Speaker);

    [Fact]
    public void Extract_GivenNameBeforeAli_IsNotWhatTheArticleCallsThem() =>
        // argen_ntg_train_0189: in «محمد علي جمعة» the name علي (normalised like على) does not close «محمد», so the
        // second محمد of the article does not outweigh جمعة.
        Assert.Equal("جمعة", Quotes(string.Join("\n",
            "قال وزير المالية، محمد عثمان الركابي، إن الحرب أصبحت حربا اقتصادية.",
            "بدوره قال مدير عام الشؤون المالية والإدارية، محمد علي جمعة، إن السودان يعيش في ظروف استثنائية، وأضاف “المالية تمثل قاطرة الاقتصاد في البلاد”."))
            .Single().Speaker);

    [Fact]
    public void Extract_NameSetOffAfterABodysName_IsTheParticiplesSubject() =>
        // «رفض نائب رئيس حركة فتح، محمود العالول، … قائلا:"…"»: فتح names the movement, the person is set off by commas
        // (printed with his first name: the article never calls him by the family name alone).
        Assert.Equal("محمود العالول", Assert.Single(Quotes(
            "رفض نائب رئيس حركة فتح، محمود العالول، لعبة المحاور في المنطقة، قائلاً:\" نحن لسنا مع السعودية أو إيران، ويجب ألا نصنف في موقع نحن مع مين\".")).Speaker);

    [Fact]
    public void Extract_NameStartingWithBaBeforeAFamilyName_IsNoPrepositionalQualifier() =>
        // «وزير النفط الكويتي بخيت الرشيدي … وقال الرشيدي»: بخيت is a first name, not ب + a field (بمشروع الجزيرة).
        Assert.Equal("الرشيدي", Assert.Single(Quotes(string.Join("\n",
            "وقال الرشيدي إن العمل مستمر في المنطقة المقسومة.",
            "وأكد وزير النفط الكويتي بخيت الرشيدي: “نحن مع الجانب السعودي نعمل على معالجة هذه الأسباب الفنية”."))).Speaker);

    [Fact]
    public void Extract_RoleOfThePersonNamedRightAfterAVerbOfSaying_IsThatPerson() =>
        // «قال وزير الصحة الدكتور حسن غباش …» then «وقال وزير الصحة في تصريح: “…”»: the minister named after a verb of saying.
        Assert.Equal("غباش", Assert.Single(Quotes(string.Join("\n",
            "قال وزير الصحة الدكتور حسن غباش إن الإغلاق غير مطروح.",
            "وأوضح الدكتور غباش أن الإصابات تزداد.",
            "وقال وزير الصحة في تصريح: “تم إعادة برمجة المنظومة الصحية المتعلقة بفيروس كورونا”."))).Speaker);

    [Fact]
    public void Extract_RoleAfterItsHoldersWords_IntroducesNoName()
    {
        // «بشطب كلمة النائب»: the MP's speech, not an MP called «كلمة» (a word the article repeats).
        var quotes = Quotes(string.Join("\n",
            "طالب رئيس مجلس النواب شطب كلمة الكيان الغاصب من كلمة أحد النواب.",
            "وأضاف النائب الصالح أنه لا يظن أن أحدا يذهب عبر هذا الخط.",
            "من جهته، أمر رئيس المجلس بشطب كلمة النائب، وقال النائب الصالح: “لن نقبل بهذا القرار أبدا”."));
        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("كلمة", StringComparison.Ordinal));
        Assert.Single(quotes);
    }

    [Theory]
    // A qualifier with في between the role and the name, then an aside before إن.
    [InlineData("قال وزير الداخلية في حكومة تصريف الأعمال بسام مولوي، اليوم السبت، إن \"الوضع الأمني اليوم خطير ودقيق ويجب المتابعة\".", "مولوي")]
    // A second role set off by commas, then the name and the circumstances.
    [InlineData("قالت وزيرة التنمية المحلية، والقائم بأعمال وزيرة البيئة، الدكتورة منال عوض، خلال أعمال المؤتمر: “هذا الإنجاز الذي نشهده لن يكن ليتحقق لولا جهود الجميع”.", "عوض")]
    public void Extract_FullNameBeforeACommaAfterALongRolePhrase_IsTheSpeaker(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void Extract_BodysNameBeforeACommaAfterARole_IsNoPerson() =>
        // «في مجموعة طلعت مصطفى،»: a company named after a person; the name after a body word is the body's.
        Assert.DoesNotContain(Quotes("قال مدير المبيعات في مجموعة طلعت مصطفى، اليوم الأحد، إن \"الطلب على النفط سيرتفع خلال الأشهر المقبلة\"."),
            q => q.Speaker.Contains("مصطفى", StringComparison.Ordinal));

    [Fact]
    public void Extract_RoleOfANameEndingInAnAlWordBeforeIt_IsThatPerson() =>
        // «قال بدر عبد العاطي، وزير الخارجية والهجرة، …» then «وشدد وزير الخارجية …» and «وأضاف: “…”»: the name, said once,
        // ends in the ال-half of a compound; the later role is the same minister.
        Assert.Equal("بدر عبد العاطي", Assert.Single(Quotes(string.Join("\n",
            "قال بدر عبد العاطي، وزير الخارجية والهجرة، إن هناك توافقا مع تركيا بشأن الأزمات.",
            "وشدد وزير الخارجية، خلال مؤتمر صحفي مع نظيره التركي، على ضرورة الحفاظ على وحدة الدول.",
            "وأضاف: “توافقنا على أهمية الدفع بالتعاون الاقتصادي والتجاري لآفاق أرحب”."))).Speaker);

    [Fact]
    public void Extract_RoleNamedOnceRightAfterAVerbOfSaying_IsThatPersonLater() =>
        // «صرح وزير التربية طارق المجذوب لـ…» then «وأضاف الوزير: “…”»: the article gives the name only once.
        Assert.Equal("طارق المجذوب", Assert.Single(Quotes(string.Join("\n",
            "صرح وزير التربية طارق المجذوب لقناة محلية بأن العام الدراسي يمكن تعويضه.",
            "وأضاف الوزير خلال المقابلة: “ننتظر كيف سيتطور الوباء لنتخذ القرار بشأن الامتحانات الرسمية”."))).Speaker);

    [Theory]
    // The verb's object after the role (ودعا وزير الاتصال أصحاب الصحف إلى): no name, whatever closes it.
    [InlineData("ودعا وزير الاتصال أصحاب الصحف والمواقع الإلكترونية إلى تسوية وضعيتهم.", "أصحاب")]
    // The quotation's own words after the role and a colon (وأضاف الوزير: “الحكومة تعمل جاهدة …”).
    [InlineData("وأكد الوزير أن اللقاح سيصل قريبا.", "جاهدة")]
    public void Extract_WordsAfterARoleThatAreNoName_DoNotNameTheRole(string first, string notSpeaker)
    {
        var quotes = Quotes(string.Join("\n", first,
            "وأضاف الوزير: “الحكومة تعمل جاهدة بكامل أفرادها للحصول على اللقاح ضمن الشروط المقبولة”."));
        Assert.DoesNotContain(notSpeaker, Assert.Single(quotes).Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CompoundNameWithAllah_PrintsTheFamilyName() =>
        // «عبد الله بو حبيب» in an article where الله also stands in حزب الله: the family name is the mention — with its بو, as
        // the article calls him (وأكد بو حبيب; «حبيب» alone until session 41).
        Assert.Equal("بو حبيب", Assert.Single(Quotes(string.Join("\n",
            "قال وزير الخارجية اللبناني عبد الله بو حبيب إن الاتصالات مستمرة مع حزب الله والحكومة.",
            "وأشار بو حبيب إلى أن حزب الله أبلغ الحكومة موقفه، والله أعلم بما سيأتي.",
            "وأكد بو حبيب: “عرضنا التطورات الراهنة والاتصالات التي نقوم بها لمنع توسع الحرب”."))).Speaker);

    [Fact]
    public void Extract_ParticipleAfterAVerbCueInItsSentence_IsThatVerbsSubjects() =>
        // «قال رئيس مجلس الأمة مرزوق الغانم إن …، معربا عن ثقته … على دحض "…"»: the participle carries on the subject of
        // the verb in its own sentence, which is stronger evidence than a speaker carried over from an earlier one — enough
        // for a short fragment.
        Assert.Equal("الغانم", Assert.Single(Quotes(string.Join("\n",
            "قال رئيس مجلس الأمة مرزوق الغانم إن أي شكوى ضد الكويت سخيفة، معربا عن ثقته في قدرة الوفد البرلماني على دحض \"الأكاذيب الموجهة ضد الكويت وبرلمانها\".",
            "وأضاف الغانم أن الوفد مستعد لكل الاحتمالات."))).Speaker);

    [Fact]
    public void Extract_SentenceOpeningWithAConjoinedNoun_HasNoLeadSubject()
    {
        // «وبالنسبة لموضوع وجود عناصر …، نفى المحافظ ذلك …، ولافتا إلى أن "…"»: وبالنسبة is no verb, so عناصر is nobody.
        var quotes = Quotes(string.Join("\n",
            "قال محافظ حمص أحمد منير محمد إن الجيش يتقدم في ريف المدينة.",
            "وبالنسبة لموضوع وجود عناصر من \"حزب الله\" في المدينة، نفى المحافظ ذلك متهما الإعلام الغربي بالترويج للأكاذيب، ولافتا إلى أن \"الجيش السوري يستهلك جزءا صغيرا فقط من قوته\"."));
        Assert.DoesNotContain("عناصر", Assert.Single(quotes).Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ParticipleAfterAMediumsVerbInAnAside_KeepsTheSpeaker()
    {
        // «وأضاف الفالح - … حسبما ذكرت قناة (العربية) - أنه "…"، مؤكدا أن "…"»: the channel carried the words, it said none.
        var quotes = Quotes(
            "وأضاف الفالح - في تصريح للصحفيين حسبما ذكرت قناة (العربية) الإخبارية - أنه \"لا دليل على أن هناك حاجة لتعديلات الآن على الاتفاق\"، مؤكدا أن \"التوجه العام لأسواق النفط هو إعادة التوازن\".");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("الفالح", q.Speaker));
    }

    [Fact]
    public void Extract_RoleRightAfterANameWithAlFamilyName_IsThatPersonLater()
    {
        // «أعرب محمود الخطيب رئيس الأهلي، عن سعادته …» then «وتابع رئيس الأهلي: “…”»: read back from the role, الخطيب
        // closes the name before it.
        var quotes = Quotes(string.Join("\n",
            "أعرب محمود الخطيب رئيس الأهلي، عن سعادته خلال حفل النادي.",
            "وقال الخطيب في تصريحات عبر الحفل إن الجميع شارك في النجاح.",
            "وتابع رئيس الأهلي: “الأهلي في آخر خمس سنوات حصل على أربع بطولات لدوري أبطال إفريقيا”."));
        Assert.Equal("الخطيب", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_ShortQuotationAfterADocumentNoun_IsItsName()
    {
        // «وقعت … وثيقة “إعلان مبادئ سد النهضة”»: a document's name, not words of the expert quoted before.
        var quotes = Quotes(string.Join("\n",
            "وقال الخبير نور الدين عبد الله إن \"إثيوبيا ترغب في حفظ مليارات الأمتار المكعبة في أربعة سدود\".",
            "يذكر أن مصر وقعت مع السودان وإثيوبيا وثيقة “إعلان مبادئ سد النهضة” في العاصمة الخرطوم."));
        Assert.DoesNotContain(quotes, q => q.Text.Contains("إعلان مبادئ", StringComparison.Ordinal));
    }

    [Theory]
    // The article calls the singer by his first name; the digest's reader needs the family name it gave once.
    [InlineData("علق الفنان التونسي صابر الرباعي، خلال ندوة صحفية، على الأوضاع في بلاده.", "صابر الرباعي")]
    // …but a verb's object after a name is no family name (وصف دقلو المعارك الجارية).
    [InlineData("وصف صابر المرحلة الجديدة بأنها صعبة على الجميع.", "صابر")]
    // A plain family name closed by a comma.
    [InlineData("علق الفنان التونسي صابر رباعي، خلال ندوة صحفية، على الأوضاع في بلاده.", "صابر رباعي")]
    // Two people with that first name: it stays as the article calls him.
    [InlineData("علق الفنان التونسي صابر الرباعي، خلال ندوة صحفية، على الأوضاع.\nوحضر الندوة الملحن صابر الطيب، مدير المهرجان.", "صابر")]
    public void Extract_FirstNameTheArticleCallsAPersonBy_PrintsWithTheFamilyNameItIntroduced(string first, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(string.Join("\n", first,
            "وقال صابر: “أنا متفائل لأن كل تغيير يعطي دفعا إيجابيا للشعوب”.",
            "وأكد صابر أن الفن رسالة."))).Speaker);

    [Theory]
    // A given name with ال opens a name as محمد does: «قال الطيب حمضي، الباحث …» was printed as الطيب.
    [InlineData("قال الطيب حمضي، الباحث في السياسات الصحية، إن «هذه النسبة المحدودة لا تكفي لتغطية حاجيات نظام صحي شامل».", "حمضي")]
    // …after a role and a title, before what the cue states (عدم صحة … is no name: صحة was printed).
    [InlineData("وأكد رئيس الجامعة الدكتور القاسم عباس عدم صحة هذه الافتراءات المضللة، وقال \"لا يوجد بالجامعة أي مواقع عسكرية\".", "عباس")]
    public void Extract_GivenNameWithAl_OpensTheSpeakersName(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void Extract_GivenNameWithAlTheArticleCallsAPersonBy_PrintsWithTheFamilyName()
    {
        // «أكد المخرج السوري الليث حجو …» then «وقال الليث: …»: الليث, like صابر, prints with the family name given once.
        var quotes = Quotes(string.Join("\n",
            "أكد المخرج السوري الليث حجو أن \"العمل في الشوارع صعب جدا\".",
            "وقال الليث: \"مررنا بمواقع تصوير أعمال عدة سابقة\"."));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("الليث حجو", q.Speaker));
    }

    [Theory]
    // A noun with a pronoun (أعلن … عودته إلى الرياض).
    [InlineData("أعلن المستشار تركي آل الشيخ رئيس الهيئة العامة للترفيه، عودته إلى الرياض يوم غد.\nووجه آل الشيخ رسالة إلى المواطنين قائلا: «أعود للرياض غداً وكلي حماس للأحداث الترفيهية والفعاليات القادمة».", "عودته")]
    // A statement (ووجه آل الشيخ رسالة … قائلا).
    [InlineData("أعلن المستشار تركي آل الشيخ رئيس الهيئة العامة للترفيه، عودته إلى الرياض يوم غد.\nووجه آل الشيخ رسالة إلى المواطنين قائلا: «أعود للرياض غداً وكلي حماس للأحداث الترفيهية والفعاليات القادمة».", "رسالة")]
    // A meeting held (عقد … إجتماعا في مكتبه).
    [InlineData("عقد المدير العام الدفاع المدني العميد ريمون خطار إجتماعا في مكتبه، بحضور جميع رؤساء المراكز الإقليمية، وصدر بيان عن المجتمعين ذكر ان “العميد خطار أعطى توجيهاته الصارمة خلال هذه المرحلة الدقيقة”.", "إجتماعا")]
    // A plural in ات (كما نفى اتخاذ إجراءات …).
    [InlineData("نفى الهاشل هذه الأنباء، كما نفى اتخاذ إجراءات ضد بنكين.\nوقال: “لا صحة مطلقا لوجود أي خلافات داخل البنك المركزي حول هذا الموضوع”.", "إجراءات")]
    // An adverb with tanween (يسرا التي تحدثت أحياناً …).
    [InlineData("يسرا التي تحدثت أحياناً باللهجة اللبنانية، برّرت ذلك بأنّ ورد الخال التي تشاركها بطولة مسلسلها \"نكذب لو قلنا ما منحبش\" هي التي علّمتها اللهجة.", "أحياناً")]
    public void Extract_WordThatCannotBeANameByItsForm_IsNoSpeaker(string body, string word) =>
        Assert.DoesNotContain(Quotes(body), q => q.Speaker == word);

    [Fact]
    public void Extract_FirstNameWithHamzaAfterARole_IsTheSpeaker() =>
        // «أدلت الفنانة اللبنانية إليسا بتصريحات لافتة …، قائلة: "…"»: إليسا normalises like an ال-word; as written it is a
        // name, and لافتة (remarkable) is none.
        Assert.Equal("إليسا", Assert.Single(Quotes(string.Join("\n",
            "أدلت الفنانة اللبنانية إليسا بتصريحات لافتة خلال مؤتمر صحافي في المغرب، قائلة: \"كل إنسان يخطئ، أنا شخصيا مصر بالنسبة لي خط أحمر\".",
            "وقالت إليسا إنها سعيدة بالمشاركة في المهرجان."))).Speaker);

    [Fact]
    public void Extract_BodyBehindAPreposition_IsNoSpeaker() =>
        // «وقال المهندس الكعبي في محاضرة بجامعة قطر ، إن “…”»: ب and a body word is where, not who.
        Assert.DoesNotContain(Quotes(string.Join("\n",
            "أكد المهندس سعد شريدة الكعبي الرئيس التنفيذي لقطر للبترول أن قطر ستبقى أكبر منتج للغاز.",
            "وقال المهندس الكعبي في محاضرة بجامعة قطر ، إن “هناك نموا في الطلب العالمي على الغاز ونحن نؤمن جزءا كبيرا منه”.")),
            q => q.Speaker.StartsWith("بجامعة", StringComparison.Ordinal));

    [Fact]
    public void Extract_CommuniqueOfABody_IsTheBodys() =>
        // «وأفاد بلاغ لغرفة التجارة …، أن “…”»: بلاغ is the Maghreb's word for a statement; its issuer speaks.
        Assert.Equal("غرفة التجارة والصناعة", Assert.Single(Quotes(
            "وأفاد بلاغ لغرفة التجارة والصناعة بجهة الدار البيضاء، أن “كل المبادرات الوطنية تجد الدعم الكامل من المقاولات في الجهة”.")).Speaker);

    [Fact]
    public void Extract_TheLatter_IsThePersonJustNamed() =>
        // «حل الإعلامي مارسيل غانم ضيفا …، حيث كشف الأخير عن …»: الأخير points back; it is no one's name.
        Assert.DoesNotContain(Quotes(string.Join("\n",
            "حل الإعلامي مارسيل غانم ضيفا على البرنامج، حيث كشف الأخير عن الوجه الآخر من شخصيته.",
            "وقال: “لا تصدقي كل ما تشاهدينه في جلساتهم، فهم يكذبون على بعضهم”.")), q => q.Speaker.Contains("الاخير", StringComparison.Ordinal) || q.Speaker.Contains("الأخير", StringComparison.Ordinal));

    [Fact]
    public void Extract_NoNameAfterAnEarlierCue_DoesNotTakeOverTheSpeaker() =>
        // «… تؤكد دور وأهمية الثقافة …» then «وأضاف، "…"»: the one speaking goes on, not وأهمية.
        Assert.Equal("مارتينيز", Quotes(string.Join("\n",
            "قال مدير متحف اللوفر جان لوك مارتينيز إن المتحف سيخاطب العالم من أبوظبي.",
            "وأشار مارتينيز إلى أن هذه الخطوة تؤكد دور وأهمية الثقافة في العلاقات بين الشعوب.",
            "وأضاف، \"انه فخر كبير لفرنسا ولمتحف اللوفر بالتحديد المساهمة في ميلاد هذا المتحف\".")).Single().Speaker);

    [Fact]
    public void Extract_FirstNameBasimAfterTheBodyASpokesmanSpeaksFor_IsHisName() =>
        // «رأى المتحدث بإسم الحكومة العراقية باسم العوادي أن "…"»: the second باسم is his first name, not «on behalf of».
        Assert.Equal("العوادي", Quotes(string.Join("\n",
            "رأى المتحدث بإسم الحكومة العراقية باسم العوادي أن \"الكيان يواصل سياساته العدوانية وتوسعة الصراع في المنطقة\".",
            "وشدد العوادي على أن العراق يدين العدوان.")).First().Speaker);
}
