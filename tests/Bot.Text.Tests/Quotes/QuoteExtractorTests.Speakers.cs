namespace Bot.Text.Tests.Quotes;

/// <summary>Speaker resolution: a role's noun phrase, the name closing it, and speakers that are dropped rather than guessed.</summary>
public class QuoteExtractorSpeakerTests
{
    private static readonly ArabicTextEngine Engine = new();

    private static (string Speaker, string Text)[] Quotes(string body) =>
        Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    [Fact]
    public void Extract_RolePhraseEndingInName_TakesTheNameBeforeTheColon() =>
        // argen_ntg_train_0299: the role, its employer (لدى شركة Ooredoo الكويت), then the person right before the colon.
        Assert.Equal([("الأيوب", "إن إنشاء بيئة آمنة للإنترنت لعملائنا")],
            Quotes("وقال مدير أول إدارة الاتصال المؤسسي لدى شركة Ooredoo الكويت مجبل الأيوب: «إن إنشاء بيئة آمنة للإنترنت لعملائنا»."));

    [Theory]
    // a body named after a king, a sheikh or a prince: the namesake is no speaker, and without a holder's name the role and the
    // body speak (written after the Gulf press's patterns: no page of the corpora has one)
    [InlineData("وقال المدير العام لمركز الملك سلمان للإغاثة: \"نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة\".",
        "المدير العام لمركز الملك سلمان للإغاثة")]
    [InlineData("وقال رئيس مؤسسة الشيخ زايد للأعمال الخيرية: \"نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة\".",
        "رئيس مؤسسة الشيخ زايد للأعمال الخيرية")]
    [InlineData("وأكد مدير مستشفى الملك فيصل التخصصي أن \"نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة\".",
        "مدير مستشفى الملك فيصل التخصصي")]
    // …and the holder's name after the body's, behind a title, is who speaks
    [InlineData("وقال مدير جامعة الملك سعود الدكتور بدران العمر: \"نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة\".", "العمر")]
    [InlineData("وقال رئيس جامعة الأمير سلطان، أحمد اليماني: \"نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة\".", "اليماني")]
    // (…also past the body's adjective after the namesake's name)
    [InlineData("وقال مدير جامعة الإمام محمد بن سعود الإسلامية الدكتور أحمد العيسى: \"نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة\".", "العيسى")]
    // a title after a body word with ال is the role-holder's own: the body is named already
    [InlineData("وقال رئيس الهيئة الشيخ محمد الصباح: \"نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة\".", "الصباح")]
    public void Extract_RoleInABodyNamedAfterAPerson_IsNotThatPerson(string body, string speaker) =>
        Assert.Equal([(speaker, "نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة")], Quotes(body));

    [Fact]
    public void Extract_SupervisorOverABody_TakesTheNameAfterTheBody() =>
        // «المشرف العام على» and a body word in construct: the phrase reads on through the body to the holder's name.
        Assert.Equal([("الربيعة", "المركز يتابع التطورات عن كثب في المنطقة")],
            Quotes("وقال المشرف العام على مركز الملك سلمان للإغاثة الدكتور عبدالله الربيعة: \"المركز يتابع التطورات عن كثب في المنطقة\"."));

    [Fact]
    public void Extract_SiteNameWithArabicDomainEnding_DoesNotPartTheCueFromItsQuotation() =>
        // لـ"العربية.نت": the period is the site's, not a full stop between the verb and the words.
        Assert.Equal([("العمري", "السوق يتابع التطورات عن كثب في المنطقة")],
            Quotes("وأوضح الخبير الاقتصادي الدكتور محمد العمري لـ\"العربية.نت\" أن \"السوق يتابع التطورات عن كثب في المنطقة\"."));

    [Fact]
    public void Extract_RoleMonitoringInTheQuotation_IsSpeech() =>
        // “الرئيس يتابع …”: a role and «follows» (يتابع, a verb of going on in the past) open the words themselves, not an
        // editor's report of someone's speech.
        Assert.Equal([("بيير", "الرئيس يتابع التطورات عن كثب في المنطقة")],
            Quotes("وقالت الناطقة باسم البيت الأبيض كارين جان بيير: \"الرئيس يتابع التطورات عن كثب في المنطقة\"."));

    [Theory]
    [InlineData("وتقول أم محمد (45 عاما): \"فقدت بيتي وكل ما أملك في القصف الأخير على الحي\".")]
    [InlineData("وقالت أم محمد: \"فقدت بيتي وكل ما أملك في القصف الأخير على الحي\".")]
    public void Extract_MotherCalledByHerSonsNameAfterAFeminineVerb_IsTheSpeaker(string body) =>
        // أم is «or» elsewhere; after a woman's verb of saying, past or present, it is a mother called by her son's name.
        Assert.Equal([("أم محمد", "فقدت بيتي وكل ما أملك في القصف الأخير على الحي")], Quotes(body));

    [Fact]
    public void Extract_RoleInABodyClosingTheSentenceAfterTheQuotation_TakesTheNameClosingIt() =>
        // “…”، قال … جبريل الرجوب.: the sentence's end closes the role's phrase, and the name before it is who spoke (the phrase
        // had run on past the name to nothing, and the role in its body was printed).
        Assert.Equal([("الرجوب", "لن نقبل بأي حلول منقوصة")], Quotes("\"لن نقبل بأي حلول منقوصة\"، قال القيادي في حركة فتح جبريل الرجوب."));

    [Fact]
    public void Extract_RolePhraseWithApposition_TakesTheNameAfterTheComma() =>
        // argen_ntg_train_0493: «علي المطوع» closes the phrase after a company name that holds another علي.
        Assert.Equal("المطوع", Quotes(
            "وقال نائب الرئيس التنفيذي في شركة علي عبدالوهاب المطوع التجارية، علي المطوع: «لطالما حرصنا في الشركة على تزويد السوق الكويتي بالمنتجات»."
            + " وأكد المطوع أن الشركة مستمرة.").Single().Speaker);

    [Fact]
    public void Extract_RolePhraseBeforeAn_TakesTheNameBeforeAn() =>
        // argen_ntg_train_0508: a long role with places (بالقسم … بمشروع الجزيرة) ends with the name before أن; وأضاف continues it.
        Assert.Equal("عثمان", Quotes(
            "وكشف رئيس قسم التخصصي بالقسم الشمالي الغربي بمشروع الجزيرة والمناقل الصديق عثمان أن المساحة تقدر بحوالي 460 ألف فدان، "
            + "وأضاف “هنالك بعض المساحات إنتاجيتها لا تقل عن 23 جوالا للفدان”.").Single().Speaker);

    [Fact]
    public void Extract_AliBeforeAName_IsAName() =>
        // argen_ntg_train_0658: علي normalises like the preposition على but, spelt with ي and followed by a name, is the speaker.
        Assert.Equal("حسين", Quotes(
            "وتعقيبا على هذه الحملة قال علي حسين، المدير التنفيذي في مجموعة الخدمات المصرفية الشخصية في بنك الكويت الوطني: "
            + "«نحرص في بنك الكويت الوطني دوما على منح عملاء باقة الشباب مزايا جديدة»."
            + " وأضاف حسين أن الحملة مستمرة.").Single().Speaker);

    [Fact]
    public void Extract_TitleThenName_TakesTheNameNotTheTitle() =>
        // argen_ntg_train_0474: المهندس is a title; the speaker is the name after it.
        Assert.Equal("السقطي", Quotes(
            "وعلق المهندس علاء السقطي، رئيس اتحاد جمعيات المشروعات الصغيرة والمتوسطة على قرار مجلس الوزراء، "
            + "قائلا: «أنا من وجهة نظري شيء طبيعي الدولة مضطرة ترفع الأسعار». وأضاف السقطي أن القرار متوقع.").Single().Speaker);

    [Fact]
    public void Extract_RoleThenAdverbial_IsNotANameFromTheAdverbial() =>
        // argen_ntg_train_0112 (old fixture): «في ذات السياق» is not a name; the role resolves to the person it introduced.
        Assert.Equal([("الوزير", "سنعمل على إصلاح مصرفي عميق")],
            Quotes("وأشار الوزير في ذات السياق “سنعمل على إصلاح مصرفي عميق”."));

    [Fact]
    public void Extract_RoleThenAddressee_IsNotTheAddressee() =>
        // argen_ntg_train_0136 (old fixture): رويترز is who was told, not who spoke; the role keeps its qualifier.
        Assert.Equal([("مصدر من المنظمة", "المباحثات ستتطرق إلى الآليات المختلفة")],
            Quotes("وأوضح مصدر من المنظمة لوكالة رويترز أن “المباحثات ستتطرق إلى الآليات المختلفة”."));

    [Fact]
    public void Extract_RoleThenQuotedSite_IsNotTheSite() =>
        // argen_ntg_train_0207 (old fixture): “فيسبوك” before the colon is where the imam wrote, not a speaker.
        Assert.DoesNotContain(Quotes(
                "وقال الإمام الأكبر في منشور عبر صفحته الرسمية على موقع “فيسبوك”: “على هؤلاء الذين تجرؤوا على ارتكاب هذه الجريمة أن يتحملوا المسؤولية”."),
            q => q.Speaker == "فيسبوك");

    [Fact]
    public void Extract_RoleWithPrepositionalQualifier_KeepsTheQualifier() =>
        // argen_ntg_train_0136 (old fixture): «مسؤول» alone says nothing; «مسؤول بالوزارة» is printable.
        Assert.Equal("مسؤول بالوزارة", Quotes(
            "ونقلت وكالات أنباء عن مسؤول بالوزارة تأكيده أن الوزير “لن يحضر الاجتماع في الجزائر”.").Single().Speaker);

    [Fact]
    public void Extract_BareIndefiniteRole_DropsTheQuote() =>
        // A role cut from its qualifier (مدير) cannot be printed as a speaker: no quote beats a wrong speaker.
        Assert.Empty(Quotes("وقال مدير: «الأرباح ستتحسن خلال العام المقبل بشكل كبير»."));

    [Fact]
    public void Extract_PrepositionPrefixedWord_IsNotASpeaker() =>
        // argen_ntg_train_0508 before this rule: «بمشروع» (ب + a word the article uses alone) was taken as the speaker.
        Assert.Empty(Quotes("يقع المشروع في الجزيرة. وقال بمشروع “الإنتاجية هذا العام أعلى من المتوقع بكثير”."));

    [Fact]
    public void Extract_PrefixedNameWithB_IsStillASpeaker() =>
        // بوطرفة starts with ب but «وطرفة» is no word of the article: it is a name.
        Assert.Equal("بوطرفة", Quotes("وأوضح بوطرفة “تطرقنا إلى هذين الموضوعين واتفقنا على العمل”.").Single().Speaker);

    [Fact]
    public void Extract_QuotedNameAfterRole_IsNotAQuote() =>
        // argen_ntg_train_0778: a person's name in quotation marks after her title.
        Assert.Empty(Quotes(
            "وتوجت أشغال المؤتمر انتخاب الوزيرة السودانية السابقة المهندسة “عزة عمر عوض الكريم” رئيسا للاتحاد، وقال الأعضاء إن الانتخاب تم بالإجماع."));

    [Fact]
    public void Extract_QuotedNameAfterMister_IsNotAQuote() =>
        // w107_009 (Tunisia): the minister's name in marks after «Mr», with the sentence going on.
        Assert.Empty(Quotes("وفي السياق ذاته دعا السيد « نور الدين الخادمي » كل شباب تونس إلى أن يعي بأن هذه الحوادث هي محاولة لاستفزاز العالم الإسلامي."));

    [Theory]
    // w121_008: a professor's name in marks right after the verb and his title.
    [InlineData("أعلن البروفيسور \" محمد سحنوني\" الباحث في علم الآثار عن اكتشاف وصفه بالتاريخي في منطقة «عين الحنش» الواقعة في ولاية سطيف.")]
    // w123_018: a sheikh's, before his role; the colon after it opens unquoted speech.
    [InlineData("وأوضح الشيخ \"أحمد التسقيانى\" عضو المجلس الصوفى الأعلى: أن مشايخ الطرق الصوفية يشكرون القضاء المصرى على هذا الحكم العادل الناجز.")]
    public void Extract_QuotedGivenNameAfterACueAndATitle_IsNotAQuote(string text) => Assert.Empty(Quotes(text));

    [Fact]
    public void Extract_QuotedWordsAfterMister_AreStillSpeech() =>
        // The same place with words no name has (a negation, a verb) is what he said.
        Assert.Equal("لن نقبل بذلك أبدا", Quotes("وقال السيد الخادمي \"لن نقبل بذلك أبدا\" أمام الصحفيين في تونس.").Single().Text);

    [Fact]
    public void Extract_SloganAfterCampaignAndAdjective_IsNotAQuote() =>
        // argen_ntg_train_0413: «بحملة الصيف «…»» — the naming word حملة sits behind one ال-word.
        Assert.Empty(Quotes("أعلن بنك برقان أول مجموعة من الفائزين في سحب يوليو، بحملة الصيف «تسوق واربح 200% من قيمة مشترياتك»."));

    [Fact]
    public void Extract_WordsAfterPrepositionAndDefiniteNoun_AreSpeech() =>
        // w109_011: في is in the naming list for short quotations right after it; behind an ال-word it names nothing.
        Assert.Equal(("معروف", "ماعناش منظومات ملوحة في الكياس"),
            Quotes("قال الوزير أنور معروف إن المركز يقدم الخدمة. وشدد معروف على عدم وجود منظومات ملقاة في الطريق “ماعناش منظومات ملوحة في الكياس”، حسب تعبيره.")
                .Select(q => (q.Speaker, q.Text)).Single());

    [Fact]
    public void Extract_QuotedSubjectAfterBianna_IsNotAQuote() =>
        // argen_ntg_train_0708: a quoted company name opens the reported clause and its verb follows.
        Assert.Empty(Quotes("حيث أكد مولود بلقاسم المسؤول التجاري للشركة، بأن “ستيب مود” حضرت جملة من الإجراءات الاحترازية."));

    [Fact]
    public void Extract_LawTitle_IsNotAQuote() =>
        // argen_ntg_train_0698: the quotation after «مشروع قانون» is the law's title.
        Assert.Empty(Quotes("قال إن مشروع قانون «إلغاء الإعفاء المقرر على عوائد أذون الخزانة والسندات» يهدف إلى تحقيق العدالة الضريبية."));

    [Fact]
    public void Extract_Empty_FindsNothing() => Assert.Empty(Quotes(""));

    [Fact]
    public void Extract_FamilyNameOfAConnectorAndATitleWord_PrintsWhole() =>
        // «وكتب آل الشيخ مغردا»: الشيخ after آل is the family's name, not a title cutting the name to «آل».
        Assert.Equal("آل الشيخ", Assert.Single(Quotes(
            "وكتب آل الشيخ مغردا على \"تويتر\"، \"إن شاء الله أخبار مفرحة عن عودة الرياضة الكويتية قريبا\".")).Speaker);

    [Fact]
    public void Extract_FirstNameWithHamzaAndLam_IsNoDefiniteWord() =>
        // «قالت إلهام شاهين»: إلهام normalises to an ال-word (الهام) but is a first name; the family name prints.
        Assert.Equal("شاهين", Assert.Single(Quotes(string.Join("\n",
            "وكشفت إلهام شاهين، عن تفوق الفنانتين عليها.",
            "قالت إلهام شاهين، إنها ضد استكمال الزواج، قائلة: \"الست اللي تعمل كده دي تبقى ست معندهاش دم\"."))).Speaker);

    [Fact]
    public void Extract_ThatWithWePronounAfterTheRole_IsNoName() =>
        // «وأكد الوزير أننا “…”»: أننا opens the reported clause; it was printed as the minister's name. (Named once, in full.)
        Assert.Equal("حسن غباش", Assert.Single(Quotes(string.Join("\n",
            "قال وزير الصحة الدكتور حسن غباش إن الإغلاق ليس مطروحا.",
            "وأكد الوزير أننا “لم نصل في سوريا إلى الذروة حتى الآن”."))).Speaker);

    [Fact]
    public void Extract_CorrespondentSheSpokeTo_IsNotPartOfHerName()
    {
        // «أكدت وزيرة الشؤون الثقافية حياة قطاط القرمازي لمراسل موزاييك …»: ل + a role is whom she spoke to.
        var quotes = Quotes(
            "أكدت وزيرة الشؤون الثقافية حياة قطاط القرمازي لمراسل موزاييك بتطاوين أنه سيقع اتخاذ الإجراءات اللازمة، مضيفة أنّ ذلك سيتمّ بعد دراسة كاملة \"وليس فقط تقديم أرقام لمبالغ مرصودة لأن الحكومة الجديدة أساسها الفعل\".");
        Assert.DoesNotContain("موزاييك", Assert.Single(quotes).Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_QuotationRightAfterARole_IsNoNameForThatRole()
    {
        // «وأضاف لاعب المنتخب السعودي “استطعنا تغيير …”»: the quotation's words are no name the role could stand for.
        var quotes = Quotes(string.Join("\n",
            "وقال سالم الدوسري عقب المباراة: ”قدمنا مباراة جيدة، ودخلنا اللقاء بضغوط كثيرة”.",
            "وطالب الجمهور بتغيير الخطة، ورأى أن تغيير المدرب لم يعد مطروحا.",
            "وأضاف لاعب المنتخب السعودي “استطعنا تغيير الصورة التي ظهرنا عليها في المباراة الافتتاحية أمام منتخب روسيا”."));
        var second = Assert.Single(quotes, q => q.Text.StartsWith("استطعنا", StringComparison.Ordinal));
        Assert.DoesNotContain("تغيير", second.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HonorificAndGluedTitleBeforeALineage_PrintTheFamilyName() =>
        // «وزيرة التربية والتعليم معالي د.مديحة بنت أحمد الشيبانية معبرة …»: معالي was printed as her name.
        Assert.Equal("الشيبانية", Assert.Single(Quotes(
            "قالت وزيرة التربية والتعليم معالي د.مديحة بنت أحمد الشيبانية معبرة عن عودة السلطان «إن عمان من أقصاها إلى أقصاها استبشرت بالمقدم الميمون للسلطان».")).Speaker);

    [Fact]
    public void Extract_PrepositionWithMa_IsNoSpeaker() =>
        // «وعندما سئل عما إذا كان … "رقم واحد"، أجاب: "…"»: عما is «about whether», not who answered.
        Assert.Equal("هنيدي", Assert.Single(Quotes(string.Join("\n",
            "وأكد النجم محمد هنيدي أنه يتابع المسلسلات بعد رمضان.",
            "وعندما سئل عما إذا كان يعتبر الفنان محمد رمضان \"رقم واحد\"، أجاب: \"أنا لا أحب أن أتحدث في هذه المواضيع\"."))).Speaker);

    [Fact]
    public void Extract_ThreeLetterVerbOpeningTheSentence_SetsItsSubjectSpeaking()
    {
        // «ورد وزير الاتصالات بالقول: "…"، متابعا: "…"»: the minister replies; the host quoted before him is not the speaker.
        var quotes = Quotes(string.Join("\n",
            "مازح الإعلامي شريف عامر الدكتور عمرو طلعت وزير الاتصالات على الهواء.",
            "وخلال تقديم برنامجه، قال \"عامر\": \"يبقى حاجة غريبة لو بحاول أوصل لوزير الاتصالات ومش عارف\".",
            "ورد وزير الاتصالات بالقول: \"موجود والاتصالات تمام\"، متابعا: \"من أهم أولوياتي تعظيم صادرات مصر من تكنولوجيا المعلومات\"."));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("من أهم", StringComparison.Ordinal) && q.Speaker.Contains("عامر", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Text.StartsWith("من أهم", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_WordWithTanweenBeforeTheVerb_IsNoName() =>
        // «عقد العطية مؤتمرا صحفيًا قال فيه: "…"»: صحفيًا (with tanween) is an adjective, never the speaker.
        Assert.DoesNotContain("صحفي", Assert.Single(Quotes(string.Join("\n",
            "افتتح عبدالله بن حمد العطية المعرض، وقال العطية إن المشاركة واسعة.",
            "وفي ختام جولته عقد العطية مؤتمرا صحفيًا قال فيه: \"إن الاستدامة البيئية تعتبر من ركائز رؤية قطر الوطنية\"."))).Speaker, StringComparison.Ordinal);

    [Fact]
    public void Extract_NameWordStartingWithLam_IsNoPrepositionEndingTheName() =>
        // «وقال يزيد أبو ليلى: …»: ليلى starts with ل, but it is no ل before a word the article uses, so the name goes on.
        Assert.Equal("أبو ليلى", Assert.Single(Quotes(string.Join("\n",
            "أشاد يزيد أبو ليلى حارس مرمى منتخب الأردن بالجماهير.",
            "وقال يزيد أبو ليلى: \"فوز مهم في بداية مشوارنا بالبطولة\"."))).Speaker);

    [Fact]
    public void Extract_WhereOpeningTheCue_IsNoSpeaker() =>
        // «… لدى عودته إلى أرض الوطن. أين قال: «…»»: أين is the Maghreb press's «where», not who spoke.
        Assert.DoesNotContain(Quotes(string.Join("\n",
            "تقدم البطل توفيق مخلوفي بالشكر لوزارة الشباب والرياضة، التي وفرت له كل ظروف التحضير، وقال أمس لدى عودته إلى أرض الوطن أين حظي باستقبال كبير.",
            "أين قال: «تشريف الجزائر والشعب الجزائري فخر كبير بالنسبة لي. كانت نتيجة إيجابية في البطولة العالمية».")), q => q.Speaker == "أين");

    [Theory]
    // A critic is a role: «وذكر الناقد الرياضي علي العنزي، عبر حسابه: "…"» was printed as الناقد الرياضي.
    [InlineData("وذكر الناقد الرياضي علي العنزي، عبر حسابه على منصة \"إكس\": \"رسميا.. استقالة رئيس نادي النصر من منصبه وابتعاده عن الإدارة\".", "العنزي")]
    // A novelist is a role like a poet: «الروائي والكاتب عبد الله بن بخيت» was printed as الروائي.
    [InlineData("قال الروائي والكاتب عبد الله بن بخيت: \"يوجد كوميديا في المملكة ورأيي منذ سنوات أن الأجهزة تمنع الأعمال الرديئة\".", "بخيت")]
    // A tribal head (ناظر) over tribes, and a compound given name whose second half is an ال-word (محمد الأمين ترك).
    [InlineData("قال ناظر عموم قبائل الهدندوة، محمد الأمين ترك، “إذا كان رئيس الوزراء حريصا على استقرار كسلا عليه عدم التمسك بتعيينه”.\nونوه ترك إلى أن القوى أدخلت نفسها في صراع.", "ترك")]
    // An ال-word between a given name and the names after it (فاطمة السالمة سيدي محمود) belongs to the name.
    [InlineData("قالت النائب البرلماني فاطمة السالمة سيدي محمود إنها تفهم السؤال.\nوأضافت النائب البرلماني: \"هناك مسألة نتأكد من أنها عامل مشترك بين جميع أبناء الشعب\".\nوختمت سيدي محمود حديثها بالشكر.", "محمود")]
    public void Extract_RoleOrNameWithAlWords_ReachesThePersonsName(string body, string name) =>
        Assert.Contains(name, Assert.Single(Quotes(body)).Speaker, StringComparison.Ordinal);

    [Fact]
    public void Extract_RoleWordAfterAbd_StaysTheCompoundsHalf() =>
        // «الفريق عبد الأمير يار الله»: الأمير after عبد is the compound's half, so the name is not read on to الله.
        Assert.NotEqual("الله", Assert.Single(Quotes(
            "أعلن رئيس أركان الجيش الفريق عبد الأمير يار الله، اليوم الأربعاء، ان القائد العام للقوات المسلحة، \"سيعلن قريباً\" عن انتهاء مهمة القوات.")).Speaker);

    [Fact]
    public void Extract_FunctionWordAfterARole_EndsTheRolesPhrase() =>
        // «و نفت الوزيرة كل الإشاعات المتعلّقة …، وقالت: “…”»: كل opens the denial's object, not a body the minister heads.
        Assert.Equal("نمصية", Assert.Single(Quotes(string.Join("\n",
            "أكدت وزيرة المالية السيدة “سهام بوغديري نمصية” اليوم عبر إذاعة محلية أن الأجور موجودة.",
            "و نفت الوزيرة كل الإشاعات المتعلّقة بإفلاس الدولة التونسية، وقالت: “نعمل ليلا نهارا من أجل استقرار الوضعية المالية في البلاد”."))).Speaker);

    [Fact]
    public void Extract_AssistantAfterAName_IsTheRoleNotTheName() =>
        // «وقال سيرجيو كوستا مساعد البرتغالي بينتو "…"»: مساعد, said twice in the article, was printed as the speaker.
        Assert.Equal("كوستا", Assert.Single(Quotes(string.Join("\n",
            "غاب باولو بينتو مدرب الإمارات عن المؤتمر الصحفي، ووصف مساعده لاعبي الفريق بالمحاربين.",
            "وقال سيرجيو كوستا مساعد البرتغالي بينتو \"لعبنا مباراتين مختلفتين، في الشوط الأول سيطرنا حتى الطرد\".",
            "ورفض مساعد المدرب التفكير في المباراة المقبلة."))).Speaker);

    [Fact]
    public void Extract_PapersVerbSetOffBeforeTheWords_IsNotTheSpeaker() =>
        // «وقال الغلوسي تضيف “المساء”، إن “…”»: the paper that adds this printed his words; he said them.
        Assert.Equal("الغلوسي", Assert.Single(Quotes(string.Join("\n",
            "استهجن رئيس الجمعية المغربية لحماية المال العام، محمد الغلوسي، الانتقادات التي وجهت إلى المجلس.",
            "وقال الغلوسي تضيف “المساء”، إن “أصواتا داخل المؤسسة التشريعية تشكل رجع الصدى لمراكز الريع والفساد”."))).Speaker);

    [Fact]
    public void Extract_TopicAfterAmmaBeforeAFaVerb_IsItsSubject() =>
        // «أما الأرجنتيني هكتور كوبر مدرب سوريا، فوصف المواجهة … بـ "…"»: المواجهة is what he described, not who; the topic
        // after أما is the subject, and الأرجنتيني an adjective of his origin.
        Assert.Equal("كوبر", Quotes(string.Join("\n",
            "أما الأرجنتيني هكتور كوبر مدرب سوريا، فوصف المواجهة ضد إيران بـ \"الصعبة أمام أحد أقوى المنتخبات في آسيا. لكننا متفائلون ومتحمسون\".",
            "وفي سؤال عن التكتيك، قال كوبر: \"الدفاع هو الأساس\"."))[0].Speaker);

    [Fact]
    public void Extract_HajjBeforeAName_IsATitle() =>
        // «وقال الحاج الطاهر بولنوار: "…"»: الحاج, the title of one who made the pilgrimage, is no part of the name.
        Assert.Equal("الطاهر بولنوار", Assert.Single(Quotes(string.Join("\n",
            "دعا الحاج الطاهر بولنوار، رئيس الجمعية الوطنية للتجار والحرفيين، الولاة إلى التدخل العاجل.",
            "وقال الحاج الطاهر بولنوار: \"المبرر الذي يقدمه بعض رؤساء البلديات غير مقبول\"."))).Speaker);

    [Fact]
    public void Extract_AllahClosingABodysName_IsNeverTheSpeakerAlone() =>
        // «وغرد ناطق أنصار الله بالقول "…"»: الله completes the movement's name; printed alone it named God as the speaker.
        Assert.NotEqual("الله", Assert.Single(Quotes(string.Join("\n",
            "أدان الناطق الرسمي لأنصار الله محمد عبد السلام الجريمة البشعة في صعدة.",
            "وغرد ناطق أنصار الله بالقول \"العدو يقامر، مرتكبا ظهر اليوم مجازر في صعدة\"."))).Speaker);

    [Theory]
    // «وعلقت قناة "الشرقية" العراقية …، مؤكدةً أن "…"»: the channel is named by the word in marks; قناة alone names none.
    [InlineData("وعلقت قناة \"الشرقية\" العراقية في \"تويتر\" على الخبر، مؤكدةً أن \"الخبر مزيف وهناك جهات تنشر أخبارا كاذبة\".", "قناة الشرقية")]
    // …but a guest of a paper is not the paper (وحذر ضيف“الشروق” أنه …، “…”).
    [InlineData("وتحدث بولنوار عن الضرائب، وحذر ضيف“الشروق” أنه في حال تم تطبيق القانون، “سنعرف زيادة في كل المنتوجات المنقولة”.", "بولنوار")]
    public void Extract_NamingNounBeforeANameInMarks_PrintsBoth(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);

    [Fact]
    public void Extract_GivenNameStartingWithBaBeforeAFamilyNameTheArticleRepeats_IsTheName() =>
        // «أكد رئيس الاتحاد العمالي العام بشارة الأسمر خلال …» then «وحيا الاسمر …»: بشارة is no ب before a field (بمشروع
        // الجزيرة), as the family name after it comes back alone.
        Assert.Contains("الأسمر", Assert.Single(Quotes(
            "أكد رئيس الاتحاد العمالي العام بشارة الأسمر خلال مشاركته في يوم الغضب ان \"تحرك اليوم رسالة تحذيرية، وهمنا ليس قطع الطرقات\". وحيا الاسمر العاملين.")).Speaker,
            StringComparison.Ordinal);

    [Fact]
    public void Extract_FeminineVerb_TakesNoMasculineRoleInItsSentence() =>
        // «وجّهت “كونفدرالية …” مراسلة إلى كل من رئيس الحكومة …، طالبت من خلالها بـ”…”»: طالبت is the confederation's, not
        // the prime minister's, to whom it wrote.
        Assert.DoesNotContain(Quotes(
            "وجّهت “كونفدرالية نقابات صيادلة المغرب” مراسلة إلى كل من رئيس الحكومة ووزير الصحة، طالبت من خلالها بـ”تسريع تنزيل المراسيم التنظيمية للفصل 45 من القانون المتعلق بالهيئة الوطنية للصيادلة”."),
            q => q.Speaker.Contains("رئيس", StringComparison.Ordinal));

    [Fact]
    public void Extract_AllOfItAfterTheObject_IsNoName() =>
        // «وأوصى مفتي عام المملكة العالم أجمع بقراءة العبر …» then «وقال "…"»: أجمع (the whole world), said twice in the
        // article, is no one, and the quotations after it were printed under it.
        Assert.DoesNotContain(Quotes(string.Join("\n",
            "وأوصى مفتي عام المملكة العالم أجمع بقراءة العبر من التاريخ.",
            "وقال \"نسأل الله أن يرد هذه الضالة من الأمة الضالة\".",
            "وأضاف \"سنعلم أبناءنا وسنبقى نحن في الأردن نتصدر العالم أجمع في الدفاع عن القدس\".")), q => q.Speaker == "أجمع");

    [Theory]
    // A family name that is also a role word, closed by a comma, belongs to the name and prints with the given name: alone
    // it reads as the role (and رامى alone was completed with another رامى's family name).
    [InlineData("قال الدكتور رامى الناظر، مدير الهلال الأحمر المصرى، إن \"هناك تواصلا مستمرا مع الهلال الأحمر الفلسطيني\".", "رامى الناظر")]
    [InlineData("قال المهندس كامل الوزير، وزير النقل، إن \"الأنباء المتداولة غير صحيحة على الإطلاق\".", "كامل الوزير")]
    public void Extract_RoleWordAsAFamilyNameBeforeAComma_PrintsWithTheGivenName(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);

    [Fact]
    public void Extract_CompoundFamilyNameAfterTheVerb_PrintsWhole() =>
        // «وأكد عبد العزيز أن "…"» after «الفنان كريم عبد العزيز»: عبد العزيز is one compound; العزيز alone was printed.
        Assert.Equal("عبد العزيز", Assert.Single(Quotes(string.Join("\n",
            "كشف الفنان كريم عبد العزيز، استعداده للتحضير لعمل قوي.",
            "وأكد عبد العزيز أن \"الكوميديا الهادفة هي ملاذي فهي تقدم المشكلة بشكل غير مباشر\"."))).Speaker);

    [Fact]
    public void Extract_FieldBeforeABodyInARolesPhrase_IsNoName() =>
        // «وزيرة الدولة لشؤون مجلس الأمة الدكتورة رولا دشتي أن «…»»: لشؤون مجلس الأمة is the minister's brief; لشؤون was
        // printed as her name.
        Assert.Equal("دشتي", Assert.Single(Quotes(
            "أكدت وزيرة التخطيط والتنمية وزيرة الدولة لشؤون مجلس الأمة الدكتورة رولا دشتي أن «ما يقارب السبعة مليارات ونصف المليار دينار هو إجمالي ما تم صرفه».")).Speaker);

    [Fact]
    public void Extract_TeamsNicknameAfterARole_IsNoGivenName() =>
        // «وقال مهاجم الخضر: "…"»: الخضر is Algeria's team here, not the given name الخضر; the role prints whole.
        Assert.Equal("مهاجم الخضر", Assert.Single(Quotes(
            "وقال مهاجم الخضر عقب المباراة: \"في الشوط الأول خلقنا فرصا تهديفية، لكن التسرع حرمنا من تجسيدها\".")).Speaker);

    [Theory]
    // «أكدت السيدة ليلى بنعلي، وزيرة …، أن "…"»: «Mrs» before the name was printed as the speaker, السيدة.
    [InlineData("أكدت السيدة ليلى بنعلي، وزيرة الانتقال الطاقي، أن \"التزام المغرب بالانتقال الطاقي خيار لا رجعة فيه\".", "بنعلي")]
    [InlineData("قال السيد محمد بنعلي، رئيس الجمعية، إن \"الجمعية ستواصل عملها رغم كل الصعوبات\".", "بنعلي")]
    public void Extract_MrOrMrsBeforeAName_IsATitle(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);

    [Fact]
    public void Extract_TheSameBeforeABody_IsTheBody()
    {
        // «وأكدت ذات الوزارة أن "…"», «حسب ذات المصدر "…"»: «the same» ministry or source is that one; ذات and نفس
        // were printed as speakers, or the quotation was lost.
        var quotes = Quotes(string.Join("\n",
            "أعلنت وزارة الصحة الجزائرية عن حملة تلقيح جديدة.",
            "وأكدت ذات الوزارة أن \"الحملة ستشمل كل الولايات ابتداء من الأسبوع المقبل\".",
            "كما حثت نفس الفيدرالية التجار على \"التقيد الصارم بالإجراءات الصحية الجديدة التي اتخذتها السلطات\".",
            "يشارك رئيس المجلس الإسلامي الأعلى في حفل تدشين المنصة حسب ما أفاد به بيان للمجلس.",
            "وتأتي هذه المشاركة يضيف البيان \"تلبية لدعوة رسمية موجهة من الأمانة العامة للرابطة\"",
            "تجدر الإشارة إلى أن هذه الدعوة حسب ذات المصدر \"تأتي في إطار الاحتفاء باليوم العالمي للغة العربية\"."));
        Assert.DoesNotContain(quotes, q => q.Speaker is "ذات" or "نفس");
        Assert.Contains("وزارة الصحة", Assert.Single(quotes, q => q.Text.StartsWith("الحملة", StringComparison.Ordinal)).Speaker, StringComparison.Ordinal);
        Assert.Contains("المجلس", Assert.Single(quotes, q => q.Text.StartsWith("تأتي", StringComparison.Ordinal)).Speaker, StringComparison.Ordinal);
    }

    [Theory]
    // «أوضح رفضه لانتشار …» then «إذ قال "…"»: his refusal, a four-letter word with its pronoun, was printed as the speaker.
    [InlineData("الفراج الذي اعتاد تقديم البرنامج أوضح رفضه لانتشار حديث المتعصبين.", "رفضه")]
    public void Extract_StanceNounWithItsPronounAfterAVerb_IsNoSpeaker(string before, string stance) =>
        Assert.DoesNotContain(Quotes(string.Join("\n", before,
            "إذ قال عبر حسابه الرسمي \"أتفهم تراجع حدة التصريحات لكن من غير المعقول أن تتحول سوالف المشجعين إلى بديل\".")),
            q => q.Speaker == stance);

    [Fact]
    public void Extract_SentenceOpeningWithWawAndAHamzaVerb_HasItsSubject() =>
        // «وألقى مدير الجامعة كلمة قال فيها: "…"»: وألقى, normalised like و and an ال-noun, opened no verb's sentence, and the
        // words went to the king named the sentence before.
        Assert.Equal("مدير الجامعة", Assert.Single(Quotes(string.Join("\n",
            "وأعرب الملك عبدالله عن شكره للجامعة ومنسوبيها.",
            "وألقى مدير الجامعة كلمة قال فيها: \"إن صلتكم بالجامعة ضاربة بجذورها في عمق تاريخها\"."))).Speaker);

    [Fact]
    public void Extract_HashtagInARolePhrase_StillLeadsToTheName() =>
        // «قال متحدث #الصحة الدكتور محمد العبدالعالي: "…"»: the hashtag's sign cut the role from the name.
        Assert.Equal("العبدالعالي", Assert.Single(Quotes(
            "قال متحدث #الصحة الدكتور محمد العبدالعالي اليوم: “إننا لم نصل بعد إلى مرحلة الاستقرار، وعلينا بذل المزيد من الجهود”.")).Speaker);

    [Theory]
    // «استلمت كوثر كريكو مهامها …» then «وأكدت أنها تدرك «ثقل هذه المسؤولية»»: a feminine verb opening the first sentence
    // without و named no one, and the words of the next sentence had no speaker to go to.
    [InlineData("استلمت كوثر كريكو، أمس، مهامها على رأس وزارة التضامن الوطني.", "كريكو")]
    [InlineData("استقبلت وزيرة العمل والتنمية الاجتماعية المعتصمين في الميدان.", "وزيرة العمل")]
    public void Extract_FemininePastVerbOpeningTheSentence_HasItsSubject(string first, string speaker) =>
        Assert.Contains(speaker, Assert.Single(Quotes(string.Join("\n", first,
            "وأكدت أنها تدرك «ثقل هذه المسؤولية الكبيرة التي وضعت على عاتقها اليوم»."))).Speaker, StringComparison.Ordinal);

    [Fact]
    public void Extract_PluralAfterAnOpeningFeminineVerb_IsNoSubject() =>
        // «تمكنت وحدات مكافحة الإرهاب …»: a body of people, not a name; مكافحة was printed for «ذات المصدر».
        Assert.DoesNotContain(Quotes(string.Join("\n",
            "تمكنت وحدات مكافحة الإرهاب من تفكيك خلية إرهابية، وفق ما أكده مصدر أمني مسؤول.",
            "وأضاف ذات المصدر أنّه تمت « احالة الموقوفين على القطب القضائي المختص في مكافحة الإرهاب »."))
            , q => q.Speaker.Contains("مكافحة", StringComparison.Ordinal));

    [Fact]
    public void Extract_OneLWordBeforeTheWords_IsWhomTheyWereSaidTo() =>
        // «وقال لرويترز "…"»: the agency he spoke to was printed as the speaker.
        Assert.DoesNotContain(Quotes(string.Join("\n",
            "تمثل المشاركة في المهرجان حدثا رائعا للمخرج محمد كردفاني.",
            "وقال لرويترز \"إنه لشرف عظيم لي وأشعر بسعادة غامرة لأن الفيلم وصل إلى المهرجان\".")), q => q.Speaker == "لرويترز");

    [Fact]
    public void Extract_TopicBeforeAnUnprefixedVerb_IsNoSpeaker() =>
        // «و بخصوص نهائي رادس قال: "…"»: the final at Radès is what he spoke about; رادس was printed as the speaker.
        Assert.Equal("الشعباني", Assert.Single(Quotes(string.Join("\n",
            "قال المدرب معين الشعباني إن فريقه قدم مباراة كبيرة أمام الرجاء.",
            "و بخصوص نهائي رادس قال :\" حنا في النهائي ضد الوداد كنا متخوفين من الحكم، وكل المغاربة مرحبا بهم في تونس\"."))).Speaker);

    [Fact]
    public void Extract_WhatTheWordsAnswer_IsNoSpeaker() =>
        // «يقول الفنان اليمني إجابة عن السؤال …: «…»»: «in answer» was printed as the singer's name.
        Assert.DoesNotContain(Quotes(
            "يقول الفنان اليمني إجابة عن السؤال المتعلق بدعوة الرئيس إلى حفلاته: «ألّفت مقطوعة حوارية بين الشرق والغرب انطلاقا من خطاب ألقاه الرئيس»."),
            q => q.Speaker.StartsWith("إجابة", StringComparison.Ordinal));

    [Fact]
    public void Extract_ToEveryoneAfterTheVerb_IsNoSpeaker() =>
        // «إن الجمعية تقول لكل مواطن مصري، "…"»: «to every Egyptian citizen» gave مصري as the speaker.
        Assert.Equal("شعبان", Assert.Single(Quotes(
            "قال اللواء ممدوح شعبان، رئيس جمعية الأورمان، إن الجمعية وغيرها من الجمعيات تقول لكل مواطن مصري، \"دلنا على من يحتاج، وإحنا هنعمل معاه كل الواجب\".")).Speaker);

    [Fact]
    public void Extract_NumberWithTheArticle_IsNoSpeaker() =>
        // «كشف انّ اللجنة علّقت الـ2 في المئة …، لافتاً إلى أنّ ” …”»: الـ2 was printed as the speaker of his words.
        Assert.Equal(["كنعان", "كنعان"], Quotes(string.Join("\n",
            "اشار رئيس لجنة المال والموازنة النائب ابراهيم كنعان إلى أنّ “قرار المضي بالنقاش لا يعود لي”.",
            "كنعان وفي حديث تلفزيوني، كشف انّ اللجنة علّقت الـ2 في المئة على المواد المستوردة، لافتاً إلى أنّ ” الموازنة ليست مثالية ومن بنود الاصلاح إخضاع المؤسسات للرقابة”."))
            .Select(q => q.Speaker));

    [Fact]
    public void Extract_MediumAfterWawAndFollowedIt_IsNoQuotation() =>
        // «للصحيفة الرسمية وتابعته “النعيم نيوز”»: the site that carried the words, behind و, was taken for his words.
        Assert.DoesNotContain(Quotes(
            "وقال وكيل وزارة البيئة جاسم الفلاحي، للصحيفة الرسمية وتابعته “النعيم نيوز”، إن التلوث نتاج عقود من الإهمال."),
            q => q.Text == "النعيم نيوز");

    [Fact]
    public void Extract_FamilyNameOpeningTheSentenceBeforeTheVerb_IsTheSpeaker()
    {
        // «المساكني قال : « … »» after «يوسف المساكني»: an ال-word alone before the verb was no name, and «هذا ونال
        // المساكني» made ونال a second first name; «ليواصل:» carries on, and «وحول الهدف الذي سجله قال:» is about the
        // goal, not said by سجله.
        var quotes = Quotes(string.Join("\n",
            "بدا عريس المباراة يوسف المساكني سعيدا في تصريحاته عقب قيادته المنتخب للدور ربع النهائي.",
            "المساكني قال : « الجميع على دراية بالظروف الصعبة التي مررنا بها والغيابات العديدة التي نعاني منها »",
            "ليواصل: «غاب عنّا المدرب وخلفه المساعد، والاتحاد يدعمنا دوما»",
            "وحول الهدف الذي سجله قال:” تحدثت مع زميلي وقلت له امنحني الكرة عندما تحصل عليها”",
            "هذا ونال المساكني لقب أفضل لاعب في المباراة."));
        Assert.Equal(3, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("المساكني", q.Speaker));
    }

    [Fact]
    public void Extract_DefiniteWordAfterANounBeforeTheVerb_IsNoName() =>
        // «وأوضح السليمان ان مجلس إنقاذ المحافظة طالب "…"»: المحافظة follows إنقاذ as a family name would follow a first
        // name; inside the sentence it is no name, and the words stay السليمان's.
        Assert.Equal("السليمان", Assert.Single(Quotes(string.Join("\n",
            "قال أمير عشائر الدليم الشيخ علي حاتم السليمان في تصريح صحفي إن المهلة انقضت وطالب بحل مجلس إنقاذ المحافظة.",
            "وأوضح السليمان ان مجلس إنقاذ المحافظة طالب \"قبل نحو شهر الحكومة العراقية أن تتدخل لإنقاذ الأنبار من الحزب الإسلامي\"."))).Speaker);

    [Fact]
    public void Extract_WomansVerbAfterAMan_DoesNotCarryHisName() =>
        // «أعلن فيه الرئيس حسني مبارك …، دخلت الإعلامية منى الشاذلي في نوبة بكاء …، وقالت: "…"»: her words went to the
        // president, the last speaker named.
        Assert.DoesNotContain(Quotes(string.Join("\n",
            "ففي الوقت الذي أعلن فيه الرئيس حسني مبارك أنه لن يترشح لفترة أخرى، دخلت الإعلامية منى الشاذلي في نوبة بكاء، وقالت: \"كلنا بنعيش لحظة تاريخية، والرجل حافظ على مصر\".")),
            q => q.Speaker.Contains("مبارك", StringComparison.Ordinal));

    [Fact]
    public void Extract_WomansVerbAfterABody_CarriesTheBody() =>
        // A body takes a feminine verb whatever verb came before it: «نفت وزارة الصحة العامة» (نفت, three letters, tells no
        // woman) then «وأكدت “…”».
        Assert.Contains(Quotes(string.Join("\n",
            "نفت وزارة الصحة العامة في بيان “ان تكون أصدرت أي بيان حول تسجيل أول إصابة بالمتحور الهندي”.",
            "وأكدت “أن كل ما يتم تداوله في هذا المجال عار من الصحة، وأنها تبلغ المواطنين بأي تطور”.")),
            q => q.Text.StartsWith("أن كل", StringComparison.Ordinal) && q.Speaker.Contains("وزارة الصحة", StringComparison.Ordinal));

    [Fact]
    public void Extract_WomansVerbAfterAWomansRole_CarriesHer() =>
        // «“…”، تقول ذات المسؤولة الحكومية» then «وتابعت ”…”»: تقول is no man's verb and المسؤولة is a woman.
        Assert.Contains(Quotes(string.Join("\n",
            "“سأتحمل هذه المسؤولية بصدق وشفافية وروح المواطنة”، تقول ذات المسؤولة الحكومية.",
            "وتابعت ” مراكش أعطتني كل شيء وهي التي أوصلتني لهذا المسار السياسي ومنها انطلقت”.")),
            q => q.Text.StartsWith("مراكش", StringComparison.Ordinal) && q.Speaker.Contains("المسؤولة", StringComparison.Ordinal));

    [Fact]
    public void Extract_FamilyNameAfterAnOpeningWawVerb_IsTheSubject() =>
        // «الشاعر هشام الجخ» then «وقدم الجخ باقة من قصائده … عندما قال "…"»: an ال-word after the verb was no name, so
        // nobody was there to say the line.
        Assert.Equal("الجخ", Assert.Single(Quotes(string.Join("\n",
            "استضاف المجمع الثقافي مساء اليوم الشاعر هشام الجخ في أمسية فنية.",
            "وقدم الجخ باقة من أشهر قصائده، وقد اشتعلت الأمسية بالتصفيق عند إلقائه قصيدة حمزة خاصة عندما قال \"جيش مصر من غيره نغرق\"."))).Speaker);

    [Fact]
    public void Extract_LWithTatweelAfterTheVerb_IsWhomTheWordsWereSaidTo() =>
        // «ولفت لـmtv الى أن "…"»: the channel he spoke to, written لـ with its tatweel, was printed as the speaker.
        Assert.Equal("فياض", Quotes(string.Join("\n",
            "أوضح وزير الطاقة وليد فياض أن الخطة ماضية.",
            "ولفت لـmtv الى أن \"كل الشروط التي وضعها البنك الدولي قمنا بتأمينها، لكن الآن يتطلب الأمر وقتا\".")).Single().Speaker);

    [Fact]
    public void Extract_ThisCameInAConferenceHeldByARole_NamesTheSpeaker() =>
        // «جاء ذلك في المؤتمر الصحفي الذي عقده، اليوم، المدير الفني لمنتخب الشباب العراقي، عماد محمد.» then «وكشف: "…"»:
        // nobody was named for the words after it (and الصحفي of the press conference is no journalist).
        Assert.Equal("محمد", Assert.Single(Quotes(string.Join("\n",
            "جاء ذلك في المؤتمر الصحفي الذي عقده، اليوم، المدير الفني لمنتخب الشباب العراقي، عماد محمد.",
            "وكشف: \"ستكون بداية انطلاق التدريبات في الأول من أبريل المقبل بمشاركة كل اللاعبين\"."))).Speaker);

    [Fact]
    public void Extract_ThisCameInHisSpeech_KeepsTheSpeaker() =>
        // «جاء ذلك خلال كلمته خلال الجلسة العامة لمجلس النواب» is his speech: النواب, the members of the body, did not speak.
        Assert.Contains(Quotes(string.Join("\n",
            "قال النائب ضياء الدين داود إن البرلمان مطالب برؤية واضحة.",
            "جاء ذلك خلال كلمته خلال الجلسة العامة لمجلس النواب، مشيرا إلى أن المجلس في الفصل التشريعي السابق بدأ أعماله باستدعاء 15 وزيرًا ليضع كل وزير ما لديه أمام الشعب.",
            "وتابع قائلا: \"نحتاج مناقشة رؤية عمل واضحة لا بأس أن نبدأ بمشروع قانون\".")),
            q => q.Text.StartsWith("نحتاج", StringComparison.Ordinal) && q.Speaker.Contains("داود", StringComparison.Ordinal));

    [Fact]
    public void Extract_AthleteOpeningTheSentence_IsTheSubject() =>
        // «عبرت العداءة سلوى عيد عن سعادتها …» then «وأضافت "…"»: the runner was no role, and her words had no speaker.
        Assert.Equal("عيد", Assert.Single(Quotes(string.Join("\n",
            "عبرت العداءة سلوى عيد عن سعادتها الكبيرة بالإنجاز التاريخي الذي حققته في بطولة العالم.",
            "وأضافت \" إنني فخورة بهذا الإنجاز الرائع الذي ما كان يتحقق لولا الدعم الكبير\"."))).Speaker);

    [Fact]
    public void Extract_HerPostAfterTheVerb_IsWhatSheEndedNotWho() =>
        // «وختمت منشورها بالقول "…"»: her post was printed as the speaker.
        Assert.Equal("حمادة", Assert.Single(Quotes(string.Join("\n",
            "قالت الفنانة سالي حمادة إنها تفرغت لأسرتها هذا العام.",
            "وختمت منشورها بالقول \"السنة دي معي مسلسل واقعي مع التوأم الجميل\"، في إشارة لتفرغها لمولوديها."))).Speaker);

    [Fact]
    public void Extract_NameClosingARolesPhraseBeforeAStop_IsThePerson() =>
        // «قال رئيس دائرة شؤون اللاجئين في منظمة التحرير أحمد أبو هولي خلال استقباله …، مؤكداً أن "…"»: the phrase ran
        // into خلال and only the bare role رئيس was left, too vague to print.
        Assert.Contains("أبو هولي", Assert.Single(Quotes(
            "قال رئيس دائرة شؤون اللاجئين في منظمة التحرير أحمد أبو هولي خلال استقباله وفدا من اللجنة الشعبية للاجئين، إن ملف اللاجئين على الطاولة، مؤكداً أن \"القيادة الفلسطينية ستتصدى لمحاولة شطب قضية اللاجئين بكل قوة\".")).Speaker,
            StringComparison.Ordinal);

    [Theory]
    // «أثار الفنان اليمني صلاح الوافي جدلاً واسعاً …، قال فيها إن “…”»: a word with tanween was read into his name and
    // printed alone.
    [InlineData("أثار الفنان اليمني صلاح الوافي جدلاً واسعاً بعد تصريحات أدلى بها خلال مقابلة تلفزيونية مؤخرًا، قال فيها إن “التمثيل ليس رسالة هادفة ولا يعنيني ذلك أبدا”.\nتصريحات الوافي جاءت في وقت يشهد فيه المشهد الفني نقاشًا واسعًا حول دور الفن.", "واسعاً")]
    // «وقال المصدر، الذي طلب عدم ذكر اسمه، لـ(بغداد اليوم)، ان "…"»: his withheld name was the speaker.
    [InlineData("كشف مصدر مطلع كواليس الأنباء عن إقالة المحافظ.\nوقال المصدر، الذي طلب عدم ذكر اسمه، لـ(بغداد اليوم)، ان \"الانباء التي تحدثت عن اقالة المحافظ غير دقيقة ولا أساس لها\".", "اسمه")]
    // «مشاركته في مسلسل مصري تعتبر رسالة تذكر العالم بالقضية. وأضاف قائلاً: “…”»: «reminds the world» named العالم.
    [InlineData("أكد الباشا على عدم تخليه عن هويته، مشيرًا إلى أن مشاركته في مسلسل مصري تعتبر رسالة تذكر العالم بالقضية الفلسطينية. وأضاف قائلاً: “أنا كفنان أخدم قضيتي من خلال الأعمال التي أشارك فيها”.", "العالم")]
    // «وفيما يخص دخول اللاعب …»: «as for» opened no verb's sentence, and يخص became the subject.
    [InlineData("قال وزير العمل عادل فقيه إن الوزارة لن تعتمد أي قرار جديد.\nوفيما يخص دخول اللاعب العراقي يونس محمود بمهنة \"عامل زراعي\" خلال احترافه، قال: \"هذا الأمر تزوير، ولا تلام الحكومة بل يلام من اتجه للتزوير، وهناك تشديد على العقوبات فيما يخص هذه الأمور\".", "يخص")]
    // «أما في شأن قوافل العودة، فأجاب مكاري: "…"»: after أما a preposition opens what the words are about.
    [InlineData("قال وزير الإعلام زياد مكاري إن الحكومة ماضية في قراراتها.\nأما في شأن قوافل العودة، فأجاب مكاري: \"يا ليت الأمر بهذه السهولة، فالموضوع بحاجة الى حل سياسي\".", "قوافل")]
    // «وتابع: "…". واتم القول ان "…"»: «completed the saying» named القول.
    [InlineData("قال مدير الدفاع المدني نؤاس صباح إن الفرق تعمل ليلا ونهارا.\nوتابع: \"لا يزال العمل مستمرا لسحب مياه الأمطار من التقاطعات\".\nواتم القول ان \"فرق الدفاع المدني في محافظات بابل والمثنى ساندت الفرق الموجودة\".", "القول")]
    // «بدوره أكد لاعب المنتخب صالح الشهري أهمية أن …، وقال: "…"»: the stance after his name was read into it and printed.
    [InlineData("بدوره أكد لاعب المنتخب صالح الشهري أهمية أن يبدأ المنتخب البطولة بشكل جيد، وقال: \"إعدادنا كان جيداً ونسعى لتحقيق النتائج الجيدة\".", "أهمية")]
    // «… يؤكد اهتمامهم بالثقافة …، مضيفًا … وواصل قائلًا:"…"»: a noun with «their» after the verb is its object.
    [InlineData("وأوضح الروائي يوسف القعيد، خلال لقائه في برنامج تلفزيوني، أن إقبال الشباب يؤكد اهتمامهم بالثقافة والكلمة المكتوبة.\nوواصل قائلًا:\"بحضر معارض الكتاب منذ دورتها الأولى، ولكن هذا العام حقق نجاح كبير\".", "اهتمامهم")]
    // «… من أبرز أغانيها الوطنية مثل “عهد الله”، “يا بلادي أنت شمس”»: أبرز after من is «the most prominent», and her songs speak no words.
    [InlineData("الحفل الذي قاده المايسترو راسم دمق شهد أداء باقة من أبرز أغانيها الوطنية والعاطفية مثل “عهد الله”، “يا بلادي أنت شمس” و”أقسمت بالوطن”، إلى جانب كوكتيل من الأغاني الشعبية التونسية.", "أغانيها")]
    // «وقال مازالنا على القائمة السوداء … " . وأضاف "عندي أمل …"»: «we are still» is the start of the words, not a name.
    [InlineData("وقال مازالنا على القائمة السوداء في الدول قليلة التطعيم ، ولن نخرج من هذه القائمة إلا بعد تطعيم كل المحافظات السياحية \" .\nوأضاف \"عندي أمل قبل موسم الشتاء القادم ، نكون خلصنا تطعيم المواطنين ، ونعود للعمل مرة أخرى بشكل كامل\".", "مازالنا")]
    public void Extract_WordThatIsNoName_IsNeverTheSpeaker(string text, string word) =>
        Assert.DoesNotContain(Quotes(text), q => q.Speaker == word);

    [Fact]
    public void Extract_AliSpeltWithAlefMaksuraBeforeAbd_IsTheName() =>
        // w104_033 (youm7): the Egyptian press spells the name علي as على; before عبد it is no «on», and the byline's writer
        // (كتبت سماح عبد الحميد) is not who goes on (وتابع).
        Assert.Equal("عبد العال", Quotes(
            "كتبت سماح عبد الحميد قال على عبد العال رئيس مجلس النواب، إن البرلمان هو أكثر مجلس فى تاريخ مصر به قاعدة كبيرة للاختلاف، "
            + "وتابع: \"وأنا أدير أكبر اختلاف برلمانى على مستوى العالم فى مجلس النواب\".").Single().Speaker);

    [Fact]
    public void Extract_ReplyAfterAQuestion_IsTheReplier() =>
        // w104_037: the minister asked, the prime minister answered «قائلاً»; a common given name (سعد) opens his name even
        // though the article gives it once and an ال-word follows.
        Assert.Equal("الحريري", Quotes(
            "سأل وزير الدولة لشؤون مجلس النواب محمود قماطي خلال جلسة مجلس الوزراء أمس الخميس عن سبب درس جدول أعمال خفيف، "
            + "فردّ رئيس الحكومة سعد الحريري عليه قائلاً: “كل وزير في صدد إعداد ملفات تعنى بوزارته وسنبدأ قريباً بإدراجها على جدول الأعمال”.")
            .Single().Speaker);

    [Fact]
    public void Extract_ParticipleAfterARelativeClause_IsTheAntecedent() =>
        // w105_029: «الذي أشاد …، مشيراً» carries on the sheikh's clause, not the visiting minister's.
        Assert.All(Quotes(
            "زار وزير الاقتصاد والتجارة في حكومة تصريف الأعمال أمين سلام، رابطة رجال الأعمال القطريين في الدوحة، والتقى رئيسها "
            + "الشيخ فيصل بن قاسم آل ثاني، الذي أشاد بـ\"العلاقات الأخوية المتينة بين دولة قطر ولبنان\"، مشيراً إلى أن \"لدى رجال الأعمال "
            + "القطريين استثمارات عدة في لبنان منذ السبعينيات\"، مؤكداً أن \"هناك معرفة حقيقية بالسوق اللبناني والفرص المتاحة به\"."),
            q => Assert.StartsWith("فيصل بن قاسم", q.Speaker));

    [Fact]
    public void Extract_RoleSetOffAfterAName_BelongsToThatName() =>
        // w106_036: «أكد إيهاب أبو جزر، مدرب المنتخب الوطني، أهمية المشاركة»: the role is his; أهمية المشاركة is what he stressed.
        Assert.Equal("إيهاب أبو جزر", Quotes(
            "أكد إيهاب أبو جزر، مدرب المنتخب الوطني، أهمية المشاركة في بطولة كأس العرب.\n"
            + "وأوضح المدرب أن الجهاز الفني عمل على إعداد الفريق بشكل جيد، مؤكدًا أن تلك المباريات \"ستنعكس إيجابًا على أداء المنتخب في مواجهة ليبيا\".")
            .Single().Speaker);

    [Fact]
    public void Extract_ThanksWithHisPronoun_IsNoName() =>
        // w106_037: «ووجّه النجم السوري شكره»: his thanks, not a person called شكره, and قال after it is still the star's.
        Assert.Equal("النجم السوري", Quotes(
            "أكد قصي خولي أنّ إنتاج 28 مسلسلاً سورياً يثبت أن الشعب السوري حي. ووجّه النجم السوري شكره لكل الفنانين والفنيين. "
            + "وخلال استضافته في برنامج \"نورت سمانا\" على قناة \"سما\"، قال: \"تلقيت عروضاً سورية عدة، لكني اعتذرت بسبب ارتباطي بعمل آخر\".")
            .Single().Speaker);

    [Fact]
    public void Extract_MasculineParticipleAfterFeminineVerb_IsTheClauseSubject() =>
        // w107_015: «وقالت مصادر مطلعة … إن وزير التعليم وجه انتقادات …، قائلاً» — the sources (قالت) cannot say قائلاً; the
        // minister the إن-clause opens with does.
        Assert.Equal("وزير التعليم", Quotes(
            "وقالت مصادر مطلعة بالوزارة، إن وزير التعليم وجه انتقادات حادة لقيادات الامتحانات، مؤكدًا أنه لن يكون هناك أي تهاون مع أي مقصر، "
            + "قائلاً: \"كل من اشترك في فضيحة امتحانات الثانوية العامة هذا العام سيلقى جزاءه\".").Single().Speaker);

    [Fact]
    public void Extract_FeminineParticipleMutabiaBeforeAColon_CarriesOn() =>
        // w107_044: «…، متابعة: "…"» is «she went on», as متابعا is «he went on».
        Assert.Equal([("مرسي", "ممكن نعمل تشريعات كتير ولكن المجتمع يكون عايز توعية")], Quotes(
            "وأضافت مايا مرسي - خلال مداخلة هاتفية ببرنامج \"حديث القاهرة\"، مع الإعلامي خيري رمضان وكريمة عوض، على قناة القاهرة والناس، مساء اليوم "
            + "الثلاثاء - أننا نعيش في العصر الذهبي لدعم حقوق المرأة والقيادة السياسية ما زالت تقدم تمكينها سياسية واجتماعيا واقتصادية، "
            + "متابعة: \"ممكن نعمل تشريعات كتير ولكن المجتمع يكون عايز توعية\". "
            + "وأشارت مرسي إلى أن المجلس مستمر."));

    [Fact]
    public void Extract_MutabiaWithoutAColon_IsNoCue() =>
        // w12_008: «لاحظت أوساط متابعة … أن "…"»: observing circles; as a cue متابعة would cut the speaker to أوساط.
        Assert.All(Quotes(
            "لاحظت اوساط متابعة عبر صحيفة \"الانباء\" الكويتية ان \"النقاش حول الموازنة داخل جلسات مجلس الوزراء لازال محصورا بتقليص رواتب الموظفين\"."),
            q => Assert.EndsWith("متابعة", q.Speaker));

    [Fact]
    public void Extract_ProgrammeNameAfterHisProgramme_IsNotAQuote() =>
        // w106_020: «ببرنامجه "يحدث في مصر"»: a naming noun with his pronoun names the quotation.
        Assert.Empty(Quotes(
            "علق الإعلامي شريف عامر على انتقاده بسبب استضافته صاحب مهرجان \"شيماء\" المثير للجدل، وذلك أمس الخميس ببرنامجه \"يحدث في مصر\"."));

    [Fact]
    public void Extract_SeriesNameAfterHerSeriesAndAdjective_IsNotAQuote() =>
        // w114_013: «مسلسلها الجديد "…"»: the naming noun with her pronoun sits behind one ال-word.
        Assert.Empty(Quotes(
            "أكد الفنان عادل إمام أن زيارته ليسرا في الستوديو كانت لتهنئتها على مسلسلها الجديد \"نكدب لو قلنا ما بنحبش\"، وليس لعقد جلسة صلح معها."));

    [Fact]
    public void Extract_EpithetAfterTheCue_IsThePreviousSpeaker() =>
        // w114_013: «وتساءل الملقّب بالزعيم قائلاً»: «the one nicknamed the Leader» is the actor already named, never «الملقّب».
        Assert.StartsWith("عادل", Quotes(string.Join("\n",
            "أكد الفنان عادل إمام أن زيارته ليسرا كانت للتهنئة.",
            "وتساءل الملقّب بالزعيم قائلاً: \"هل هناك في الأساس قطيعة بيني وبين يسرا حتى أصالحها\".")).Single().Speaker);

    [Fact]
    public void Extract_MiddleOfTheMonthAfterTheVerb_IsNoSpeaker() =>
        // w115_035: «أوضح منتصف الشهر الماضي أن "…"»: منتصف says when, so the verb's subject before it speaks.
        Assert.Equal("القلاع", Quotes(
            "وقال رئيس الغرفة محمد القلاع إن الأسعار مستقرة. وكان القلاع أوضح منتصف الشهر الماضي أن \"الأسعار سترتفع بشكل كبير خلال الأشهر المقبلة\".")
            .Single().Speaker);

    [Fact]
    public void Extract_TitleOfAPaperOnSomething_IsNotAQuote() =>
        // w115_035: «في مذكرة "حول آثار …"»: a paper «on» something carries a title.
        Assert.DoesNotContain(Quotes(string.Join("\n",
                "وأكد رئيس غرفة تجارة دمشق محمد غسان القلاع حرصها على \"السعي الدائم للمساهمة في تحسين مستوى معيشة المواطن\".",
                "يشار إلى أن \"غرفة تجارة دمشق\" كانت أوضحت منتصف الشهر الماضي، في مذكرة \"حول آثار ومنعكسات تراجع سعر صرف الليرة السورية\"، أهم المنعكسات.")),
            q => q.Text.StartsWith("حول", StringComparison.Ordinal));

    [Fact]
    public void Extract_TitleAfterTitleWordAndColon_IsNotAQuote() =>
        // w123_012 (shortened, the speaker's name put in): «… المؤتمر العلمي الدولي الثاني … وعنوانه: «البحث العلمي …»»: a
        // conference's title, not the speaker's words.
        Assert.Empty(Quotes(
            "كما أشاد داود خلال كلمته في افتتاح فعاليات المؤتمر العلمي الدولي الثاني لكلية الدراسات الإسلامية والعربية للبنات بمدينة السادات وعنوانه: «البحث العلمي في الدراسات الإسلامية والعربية بين مشكلات الواقع وآفاق التطوير» بالمواقف المضيئة للإمام الأكبر."));

    [Fact]
    public void Extract_IsConsideredBeforeTheWords_LeavesThemToTheCueBefore() =>
        // w110_007: «مؤكدا أن حضوره يعتبر "…"»: يعتبر is «is considered» with no person after it, so مؤكدا's doer speaks,
        // never «حضوره».
        Assert.Equal("هامل", Quotes(string.Join("\n",
            "وقال المدير العام للأمن الوطني اللواء عبد الغني هامل إن الزيارة مهمة.",
            "وعلى هامش الزيارة، إلتقى اللواء هامل بنظرائه من الدول الشقيقة، مؤكدا أن حضوره يعتبر \"تعزيزا لأواصر الأخوة والتعاون التي تربط شعوب الدول الحاضرة\"."))
            .Single().Speaker);

    [Fact]
    public void Extract_IsExpectedWithNobodyAfterIt_LeavesThePreviousSpeaker() =>
        // w119_030: «أماكن يحتمل سقوط شظايا فيها أو يتوقع سقوط صواريخ إضافة إلى …»: يتوقع is «is expected», so the next
        // «وأضاف» still carries on the brigadier, never «إضافة».
        Assert.Equal("الغريب", Quotes(string.Join("\n",
            "وقال العميد محمد الغريب إنه تم توزيع نقاط في أماكن يحتمل سقوط شظايا فيها أو يتوقع سقوط صواريخ إضافة إلى نشر فرق للتدخل السريع.",
            "وأضاف: \"نحن منذ الصباح الباكر متواجدون في غرفة العمليات، وتم تفعيل غرفة الحوادث الكبرى\".")).Single().Speaker);

    [Fact]
    public void Extract_FeminineVerbAfterAWomansRole_IsHerWordsNotTheEarlierSpeakers() =>
        // w118_027: the Qatari minister speaks first; then «استعرضت الوزيرة بنت انتهاه …، وركزت على … “…”» is the Mauritanian's.
        Assert.Equal("بنت انتهاه", Quotes(string.Join("\n",
            "أبدت وزيرة التنمية الاجتماعية القطرية، مريم بنت علي المسند، استعداد دولة قطر لدعم موريتانيا في المجال الاجتماعي.",
            "وخلال اللقاء، استعرضت الوزيرة بنت انتهاه أولويات موريتانيا في مجال الحماية الاجتماعية، وركزت على قضايا هامة تشمل “التعليم المتخصص للأطفال ذوي الإعاقة، وبرامج التمويل الصغيرة للأسر الهشة”."))
            .Single().Speaker);

    [Fact]
    public void Extract_WomanCoordinatorBeforeHerName_IsNamed() =>
        // w116_041: منسقة is a role as منسق is, so the name after the comma speaks, never «منسقة».
        Assert.Equal("غراندي", Quotes(
            "كشفت منسقة الأمم المتحدة للشؤون الإنسانية في اليمن، ليز غراندي عن مستوى المعاناة قائلة \"إن الظروف أصبحت صعبة للغاية بالنسبة لآلاف الأسر النازحة\".")
            .Single().Speaker);

    [Fact]
    public void Extract_UnProgramme_IsNamedWholeWithoutWhatItBelongsTo() =>
        // w116_011: «حذّر برنامج الأغذية العالمي التابع للأمم المتحدة»: the programme is a body, named by its ال-words up to
        // «التابع», never «برنامج» alone.
        Assert.Equal("برنامج الأغذية العالمي", Quotes(
            "حذّر برنامج الأغذية العالمي التابع للأمم المتحدة من أن \"الوضع في قطاع غزة يتدهور بشكل متسارع في وقت لم يبق في المتاجر إلا القليل\".")
            .Single().Speaker);

    [Fact]
    public void Extract_WomanOfALineage_IsCalledByHerGivenAndFathersNames() =>
        // w118_025: «الأميرة حصة بنت سلمان» prints «حصة بنت سلمان», not «بنت سلمان».
        Assert.Equal("حصة بنت سلمان", Quotes(
            "وقالت الأميرة حصة بنت سلمان: «باسم كل المهتمين بالعمل الإنساني أرفع كل الشكر والامتنان».").Single().Speaker);

    [Fact]
    public void Extract_RevealedAfterTheSpeakerAndAn_IsSpeech() =>
        // w116_027: «وكشف الوزير المرعبي عن "…"»: عن after a cue and its speaker brings in what he revealed, as right after the cue.
        Assert.Equal("وجود محاولات لسحب المساعدات المقدمة إلى النازحين لمصلحة المناطق التي تهمهم", Quotes(string.Join("\n",
            "قال وزير شؤون النازحين معين المرعبي إن الملف متعثر.",
            "وكشف الوزير المرعبي عن \"وجود محاولات لسحب المساعدات المقدمة إلى النازحين لمصلحة المناطق التي تهمهم\"."))
            .Single().Text);

    [Fact]
    public void Extract_BerberAitInAName_JoinsItLikeBen() =>
        // w110_005: آيت («sons of») joins a Kabyle family name as بن does: «المحامي» is آيت العربي, never آيت alone.
        Assert.Equal("آيت العربي", Quotes(
            "دعا المحامي مقران آيت العربي السلطة الحالية إلى تصحيح أخطاء السلطة السابقة، بالإفراج عن جميع المعتقلين السياسيين.\n"
            + "وقال المحامي في حوار مع جريدة \"الخبر\" إنه \"على الرئيس تبون إعادة ما فعله الرئيس السابق الشاذلي بن جديد عندما أمر بالإفراج عن المعتقلين\".")
            .Single().Speaker);

    [Fact]
    public void Extract_OneNameAfterAnBeforeAVerbOfSaying_IsTheSpeaker() =>
        // w108_014: «وأوضحت البعثة الأممية …، أن وليامز قالت …، "…"»: the mission reports what Williams said; one name word
        // the article spells this way once is still the subject of قالت after أن.
        Assert.Equal("وليامز", Quotes(
            "وأوضحت البعثة الأممية عبر موقعها الرسمي، أن وليامز قالت لجمهور من الشباب والنساء وشخصيات رسمية ونشطاء، "
            + "\"كان ينبغي أن نكون اليوم في غدامس لإطلاق الملتقى الوطني الليبي، لكن عوضاً عن ذلك، نجد أنفسنا في وسط الحرب\".").Single().Speaker);

    [Fact]
    public void Extract_ParticipleOfMannerAfterTheVerb_IsNoName() =>
        // w111_024: «وقال مخاطبا سمو الأمير «…»»: how he spoke, not who; the speaker goes on from before.
        Assert.Equal("غوتيريس", Quotes(
            "قال الأمين العام للأمم المتحدة انطونيو غوتيريس، في كلمة له خلال افتتاح المؤتمر، إنه يشكر الكويت. "
            + "وقال مخاطبا سمو الأمير «ولكن بفضل رؤيتكم، وشجاعتكم، وصبركم، وعزمكم، كان من الممكن أن نجمع الأسرة الدولية»."
            ).Single().Speaker);

    [Theory]
    // A name that merely starts with م and ends with ا stays a name (w17_002).
    [InlineData("و اكد موكوينا في تصريحاته على أن “المواجهة لا تقبل القسمة على اثنين” قبل المباراة.", "موكوينا")]
    public void Extract_NameShapedLikeAParticiple_StaysAName(string text, string speaker) =>
        Assert.Equal(speaker, Quotes(text).Single().Speaker);

    [Fact]
    public void Extract_MayAccuse_IsNoReport() =>
        // w110_040: «أن التحقيقات قد تتهم افرادا من الجيش، مضيفا أن "…"»: قد + a present verb is «may», so مضيفا carries on
        // the lawyer's words, not «افرادا».
        Assert.Equal("اديب", Quotes(
            "شدد رئيس لجنة التحقيق في فض اعتصام القيادة العامة المحامي نبيل اديب على عدم اتهام المؤسسة العسكرية بفض الاعتصام، موضحا أن "
            + "التحقيقات قد تتهم افرادا من الجيش، مضيفا أن\" بعض جهلة القانون احدثوا استقطابا حادا وقدموا معلومات غير منطقية\".").Single().Speaker);

    [Fact]
    public void Extract_BodyAfterThePersonsName_IsTheVerbsObject() =>
        // w120_001 (the quotation cut and closed here): «وانتقد العماري الحكومة الحالية …، واسترسل قائلا»: the government is
        // whom he criticised; the speaker was printed «العماري الحكومة الحالية».
        Assert.Equal("العماري", Quotes(
            "كشف إلياس العماري، الأمين العام لحزب الأصالة والمعاصرة عن سعادته بالكم الهائل من الحضور للمهرجان الخطابي لحزبه. "
            + "وانتقد العماري الحكومة الحالية المنتهية ولايتها حيث اعتبر أن ثقة المواطنين لم تكن في محلها. "
            + "واسترسل قائلا: « يريدون 5 سنوات أخرى لكي لا يقدموا أي شيء لا في مجال التعليم ولا الشغل ولا الصحة »."
            ).Single().Speaker);

    [Fact]
    public void Extract_SidiTownAfterTheVerb_IsWhereNotWho() =>
        // w120_006: «دربال قال بسيدي بلعباس: ”…”»: «in Sidi Bel Abbès»; the name before the verb speaks.
        Assert.Equal("دربال", Quotes(
            "اعترف رئيس الهيئة العليا لمراقبة الانتخابات، عبد الوهاب دربال، بحقيقة الإرهاق الذي نال منه جراء تنقلاته المكوكية صوب مختلف ولايات الجمهورية. "
            + "دربال قال بسيدي بلعباس: ”بلدنا قارة والحمد لله. سأعمل على زيارة البقية إذا بقي من صحة وعمر”.").Single().Speaker);

    [Fact]
    public void Extract_FamilyNameWithAbi_PrintsWhole()
    {
        // w123_032: «سامي أبي المنى … كلام أبي المنى»: أبي is أبو's genitive in a Lebanese family name; alone it reads «my father».
        var quotes = Quotes(
            "حذر شيخ العقل لطائفة الموحدين الدروز الشيخ الدكتور سامي أبي المنى من مغبة «التفكك والانهيار العام الذي يستوجب تدارك الأسوأ وتفادي الأفخاخ السياسية ومؤامرات الدول». ورأى أن «الهوية التوحيدية والإسلامية والعربية لا بديل لها، مهما تعددت الحدود وتعقدت الدروب».\n"
            + "كلام أبي المنى ورد خلال استقباله في دارته في شانيه.");
        Assert.Equal(["أبي المنى", "أبي المنى"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    // w121_027: صباح («morning») is the man's given name before a name word; the quotation was lost with it.
    [InlineData("قال سعادة الدكتور صباح عبود جاسم، مدير عام هيئة الشارقة للآثار: “يسعدنا المساهمة في رعاية مهرجان فرنج الشارقة، الحدث الترفيهي الفني الأكبر من نوعه على مستوى الإمارة”.", "جاسم")]
    // …and still the morning before a time word (w80, a web batch; and a made-up one with the name right before it).
    [InlineData("قال نصر الحريري، رئيس هيئة المفاوضات السورية، خلال مؤتمر صحفي ألقاه صباح اليوم، الأربعاء، في العاصمة السعودية الرياض، إن “اللجنة الدستورية لن يكون لها معنى دون الإفراج عن المعتقلين”.", "نصر الحريري")]
    [InlineData("وقال بوتين صباح اليوم: «سنناقش كافة المواضيع مع ضيفنا دون أي تسرع».", "بوتين")]
    public void Extract_Sabah_IsANameBeforeANameWord(string text, string speaker) =>
        Assert.Equal(speaker, Quotes(text).Single().Speaker);

    [Fact]
    public void Extract_RoleSpeakingToJournalists_IsTheRoleWithoutThem() =>
        // argen_ntg_train_0172: «وقال الوزير للصحفيين '…'»: للصحفيين is whom the words were said to, no qualifier of the role
        // (it had printed «الوزير للصحفيين»).
        Assert.Equal("الوزير", Quotes("وقال الوزير للصحفيين 'سوف نعلن عنه قريبا و ستفاجئكم قيمة هذا المبلغ'.").Single().Speaker);

    [Fact]
    public void Extract_RoleAfterInThePresenceOf_IsNotNamedByIt() =>
        // argen_ntg_train_0172: «جرت بحضور وزير المالية …» and «بحضور 400 مشارك»: «in the presence of», used twice, had
        // passed for the name the article introduced the minister with.
        Assert.Equal("وزير المالية", Quotes(string.Join("\n",
            "وتم الإعلان عن المبلغ في نهاية السهرة التي جرت بحضور وزير المالية والأمين العام للاتحاد العام للعمال الجزائريين.",
            "وجرت السهرة بحضور 400 مشارك من رؤساء منظمات أرباب العمل.",
            "وقال وزير المالية 'سوف نعلن عنه قريبا و ستفاجئكم قيمة هذا المبلغ'.")).Single().Speaker);

    [Fact]
    public void Extract_BareRoleAfterALoneMister_StaysTheRole() =>
        // argen_ntg_train_0172: «أكد السيد بابا عمي» reads بابا as a role (البابا) and leaves «السيد»; a bare «الوزير» after it
        // had been given to that «Mr», no name.
        Assert.Equal("الوزير", Quotes(string.Join("\n",
            "وعن سؤال حول المبلغ الإجمالي أكد السيد بابا عمي انه سيتم قريبا الإعلان عن هذا المبلغ.",
            "وقال الوزير 'سوف نعلن عنه قريبا و ستفاجئكم قيمة هذا المبلغ'.")).Single().Speaker);

    [Fact]
    public void Extract_BodyAfterKanaThenItsVerb_IsTheBodyWithoutTheVerb() =>
        // argen_ntg_train_0866: «وكان صندوق النقد الدولي استثنى تركيا …، قائلا: '…'» had printed «صندوق النقد الدولي استثنى
        // تركيا»: the body's name ends at its last ال-word.
        Assert.Equal("صندوق النقد الدولي", Quotes(
            "وكان صندوق النقد الدولي استثنى تركيا من أي تطورات إيجابية في النمو للاقتصادات الصاعدة، قائلا: 'لا تزال التوقعات مواتية بالنسبة لآسيا الصاعدة وأوروبا الصاعدة، ما عدا تركيا'.").Single().Speaker);

    [Theory]
    // argen_ntg_train_0437: «وذكرت شركة طيران 'الاتحاد' الإماراتية …» then «وقالت الشركة في بيان إنه '…'»: the company as the
    // article named it, its name in marks and all (it had printed «شركة طيران», «an airline»); in single marks too.
    [InlineData("“", "”")]
    [InlineData("'", "'")]
    public void Extract_BodyCalledBackAfterAConstructAndANameInMarks_IsTheWholeName(string open, string close) =>
        Assert.Equal("شركة طيران الاتحاد", Quotes(string.Join("\n",
            $"وذكرت شركة طيران {open}الاتحاد{close} الإماراتية اليوم الخميس أن الرحلات القادمة إلى أبوظبي حولت إلى مطارات أخرى.",
            "وقالت الشركة في بيان إنه 'تم تحويل 37 رحلة طيران ونظرا لتحسن الأحوال الجوية في أبوظبي شرع المطار في استئناف العمليات'.")).Single().Speaker);

    [Fact]
    public void Extract_ParticipleAfterARelativeClausesCue_IsTheMainClausesSubjects() =>
        // argen_ntg_train_0485: «ودعا رئيس جمعية المصدرين … مكاتب الخبرة الأجنبية التي أعلن رئيس الجمهورية في مجلس الوزراء عن
        // وقفها، …، مشددا “…”»: the president is spoken of in a relative clause; the words are the association head's.
        Assert.Equal("رئيس جمعية المصدرين", Quotes("ودعا رئيس جمعية المصدرين أيضا إلى عدم استثناء واردات الخدمات من قائمة المواد المنوعة من الاستيراد، ويتعلق الأمر "
            + "بمكاتب الخبرة الأجنبية التي أعلن رئيس الجمهورية في مجلس الوزراء عن وقفها، وكذا شركات النقل والشحن البحري الأجنبية، "
            + "مشددا “فاتورة الخدمات تكلف الخزينة الجزائرية 12 مليار دولار شهريا، ويجب تقليصها بشكل كبير”.").Single().Speaker);

    [Fact]
    public void Extract_RoleOverABodyWordEndingLikeAnAdjective_KeepsTheBodysName() =>
        // جمعية ends like an adjective of origin (ـية): «رئيس جمعية المصدرين» had printed «رئيس جمعية», a role «placed» by it.
        Assert.Equal("رئيس جمعية المصدرين", Quotes("وقال رئيس جمعية المصدرين إن “فاتورة الخدمات تكلف الخزينة الجزائرية 12 مليار دولار شهريا”.").Single().Speaker);

    [Fact]
    public void Extract_NameClosedByItsFamilyName_EndsBeforeAWordBehindBa() =>
        // «أشاد وزير المعادن أحمد محمد الكاروري بانضباط العاملين»: بانضباط opens what the minister praised; read as one more
        // name word, it had made «العاملين», which the quotation repeats, the speaker.
        Assert.Equal("الكاروري", Quotes(
            "أشاد وزير المعادن أحمد محمد الكاروري بانضباط العاملين، وتابع: ” هذا ما عهدناه في العاملين بهذه الوزارة العريقة ”.").Single().Speaker);
}
