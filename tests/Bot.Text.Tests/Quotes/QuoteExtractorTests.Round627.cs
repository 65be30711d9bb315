using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 41: what blind rounds 587–634 (w587_… to w634_…) and the pooled dev pages (132–583) missed.
/// </summary>
public class QuoteExtractorRound627Tests
{
    [Fact]
    public void Extract_SourceInAMovementNamedByItsOwnName_IsPrintedWithTheMovement() =>
        // w593_19: «أفادت مصادر في حركة حماس الفلسطينية أن …» then «وأضافت المصادر: “…”»: the phrase had stopped at the
        // body word, a name without ال after it, and the quotation went without a speaker.
        Assert.Equal(["مصادر في حركة حماس"], SpeakersIn(
            "أفادت مصادر في حركة حماس الفلسطينية أن الحركة ستقدم ردها على المبادرة المصرية القطرية في وقت لاحق اليوم الأحد.",
            "وأضافت المصادر: “نتوقع أن يستمر الاحتلال الإسرائيلي في حربه على قطاع غزة لعدة أشهر قادمة”."));

    [Fact]
    public void Extract_LeaderInAMovement_IsPrintedWithTheMovement() =>
        Assert.Equal(["قيادي في حركة حماس"], SpeakersIn(
            "وقال قيادي في حركة حماس: “الرد سيسلم للوسطاء مساء اليوم بشكل مكتوب”."));

    [Fact]
    public void Extract_SourceCloseToSomeone_IsPrintedWithWhomItIsCloseTo() =>
        // w285_21: «مصدر مقرب» alone had been printed.
        Assert.Equal(["مصدر مقرب من الحكومة السعودية"], SpeakersIn(
            "وقال مصدر مقرب من الحكومة السعودية: “هذا ليس قرضا، بل هي وديعة ولن يتعين على الحكومة اليمنية سدادها”."));

    [Fact]
    public void Extract_LongListOfNamesInMarksInsideAQuotation_IsNestedInIt() =>
        // w619_15: the nested “…” holds ten words, more than a name; it had been read as a quotation of its own after one left
        // open, though a second ” after it closes the outer one.
        Assert.Equal(["مصرف قطر المركزي بصدد إطلاق الخطة الاستراتيجية الثانية لتنظيم القطاع المالي والتي تأتي نتيجة التعاون بين الجهات الرقابية الثلاث “المصرف المركزي، وهيئة قطر للأسواق المالية، وهيئة تنظيم مركز قطر للمال” وفي ضوء رؤية قطر الوطنية 2030"],
            QuotesIn("جاء هذا في تصريحات أدلى بها محافظ مصرف قطر المركزي الشيخ عبدالله بن سعود آل ثاني لوكالة الأنباء القطرية، وقال:“مصرف قطر المركزي بصدد إطلاق الخطة الاستراتيجية الثانية لتنظيم القطاع المالي والتي تأتي نتيجة التعاون بين الجهات الرقابية الثلاث “المصرف المركزي، وهيئة قطر للأسواق المالية، وهيئة تنظيم مركز قطر للمال” وفي ضوء رؤية قطر الوطنية 2030”.")
                .Select(q => q.Text));

    [Fact]
    public void Extract_RoleWordAsFamilyNameBeforeAHeadRole_IsThePerson() =>
        // w630_03: «قال مجدى أمين رئيس القطاع العقارى …» then «وأضاف أمين لرويترز»: أمين (a role word) had not been taken for
        // the family name, as «أمين رئيس» was read like a construct, and the quotation was dropped.
        Assert.Equal(["مجدى أمين"], SpeakersIn(
            "قال مجدى أمين رئيس القطاع العقارى بشركة العاصمة الإدارية للتنمية العمرانية، إن شركته تسعى لطرح ستة آلاف فدان للبيع.",
            "وأضاف أمين لرويترز، أن المرحلة الأولى من العاصمة “تم بيع 17500 فدان منها حتى الآن ونخطط لبيع ستة آلاف فدان حتى يونيو 2020.”"));

    [Fact]
    public void Extract_DeputyBeforeAHeadRole_IsNoFamilyName() =>
        // Guard for the rule above: «نائب رئيس» is a construct, so «وقال نائب» is no one's family name.
        Assert.DoesNotContain("محمد نائب", SpeakersIn(
            "التقى محمد نائب رئيس الوزراء بالوفد الزائر في العاصمة.",
            "وقال نائب: “تم بيع 17500 فدان منها حتى الآن ونخطط لبيع ستة آلاف فدان حتى يونيو 2020.”"));

    [Fact]
    public void Extract_ItCameInHisStatement_IsTheOneAlreadySpeaking() =>
        // w628_03: «وصرح حميدتي بأن …» then «وجاء في بيانه على تيليغرام “…”»: no cue had been read, and the quotation dropped.
        Assert.Equal(["حميدتي"], SpeakersIn(
            "وصرح حميدتي بأن قوات الدعم السريع تبني دولة قانون لا دولة يحكمها أفراد.",
            "وجاء في بيانه على تيليغرام “لا نسعى للهيمنة، بل للوحدة، ونؤمن بأنه لا قبيلة ولا منطقة ولا دين يحتكر الهوية السودانية”."));

    [Fact]
    public void Extract_SameRoleOfACountryEndingInYa_IsAnotherPerson() =>
        // w633_27: «وزير الخارجية التركي» after «وزير الخارجية العراقي فؤاد حسين» had been حسين: تركي was not read as the
        // adjective of تركيا, so the two phrases did not differ by country, and the Turkish minister's words went to حسين.
        Assert.Equal(["حسين", "وزير الخارجية التركي"], SpeakersIn(
            "وصف وزير الخارجية العراقي فؤاد حسين، اليوم الأحد، علاقات بلاده مع تركيا بأنها تاريخية.",
            "وقال حسين خلال مؤتمر صحفي مشترك مع نظيره التركي هاكان فيدان إن \"زيارة الوزير فيدان إلى بغداد تأتي لبحث قضية المياه\".",
            "ومن جانبه، أكد وزير الخارجية التركي أن الاتفاقية مع العراق حول المياه هي الأولى من نوعها.",
            "وقال: \"بحثنا في بغداد العمل المشترك في مجالي المياه والتجارة\"."));

    [Fact]
    public void Extract_NameInMarksAfterATitle_IsNoQuotation() =>
        // w634_10: «أعلن الشيخ “محمد بن راشد آل مكتوم” نائب رئيس الدولة» had been a quotation of his own name.
        Assert.Empty(QuotesIn(
            "أعلن الشيخ “محمد بن راشد آل مكتوم” نائب رئيس دولة الإمارات رئيس مجلس الوزراء، حاكم دبي، عن مشروع متكامل لتطوير شبكة تصريف الأمطار."));

    [Fact]
    public void Extract_NameInMarksAfterATitle_LeavesTheQuotationAfterItToThem() =>
        // w594_36: «قالت الدكتورة “حنان سليمان” وكيل وزارة السياحة إن ليبيا تتعافى، و”ستستقطب …”»: the name in marks had been
        // read as a quotation, and the words after it went to nobody.
        Assert.Equal(["سليمان"], SpeakersIn(
            "من جانبها قالت الدكتورة “حنان سليمان” وكيل وزارة السياحة إن ليبيا تتعافى من أزماتها، و”ستستقطب بتاريخها الحافل وتراثها الثقافي والطبيعي المتنوع أفواج السياح”."));

    [Fact]
    public void Extract_MediumAfterAnUnnamedSource_IsNoNameOfTheSource() =>
        // w613_40: «وقال مصدر أمني لفرانس برس» had introduced «برس» as the source's name, and the later «قال لفرانس برس "…"»
        // and «وأكد مصدر مسؤول» were printed under «برس».
        Assert.DoesNotContain("برس", SpeakersIn(
            "وقال مصدر أمني لفرانس برس الاثنين، إن \"حصيلة انفجار شاحنة نقل الوقود في بلدة بنت بيه تسببت في مقتل 6 أشخاص\".",
            "وتقع بلدة بنت بيه في منتصف الطريق الرابط بين مدينتي أوباري وسبها.",
            "وأكد مصدر مسؤول بمديرية أمن سبها، بأن عدد الضحايا \"ربما يتجاوز سبعة قتلى و60 جريحاً\".",
            "وعن تفاصيل الحادثة، قال لفرانس برس \"فجر اليوم انقلبت شاحنة نقل وقود على الطريق الرئيسي لبلدة بنت بيه\"."));

    [Fact]
    public void Extract_PressConferenceAfterARole_IsNoPartOfTheRole() =>
        // w635_08: «وأضاف مدرب الرياض في المؤتمر الصحفي عقب المباراة:"…"» printed «مدرب الرياض في المؤتمر الصحفي».
        Assert.Equal(["مدرب الرياض"], SpeakersIn(
            "وأضاف مدرب الرياض في المؤتمر الصحفي عقب المباراة:\"الإصابات المتلاحقة للاعبين حالت دون تحقيق الفوز بالرغم من تأخر الفريق بهدف\"."));

    [Fact]
    public void Extract_SourceFromAMeeting_KeepsTheMeeting() =>
        // Guard for the rule above: «مصدر من اللقاء» is where the source was, not the circumstances of the words.
        Assert.Equal(["مصدر من اللقاء"], SpeakersIn(
            "وقال مصدر من اللقاء إن \"اللقاء تقني فقط، والأصل أن يتم الاستماع إلى البرلمانين\"."));

    [Fact]
    public void Extract_StanceWithAlAfterTheRole_IsNoPartOfTheRole() =>
        // w636_16: «جدد الوزير الجزائري التأكيد على أن "…"» printed «الوزير الجزائري التأكيد».
        Assert.Equal(["الوزير الجزائري"], SpeakersIn(
            "وبعد تذكيره بموقف الجزائر الثابت، جدد الوزير الجزائري التأكيد على أن \"لغة المدفعية ليست هي الحل وإنما الحل يمكن في التشاور بين كافة الليبيين\"."));

    [Theory]
    // w638_32: «وأكد مسؤول كبير في البنك المركزي اليمني في عدن لرويترز أن "…"» printed «كبير»; «مسؤول رفيع في البنك» gave no
    // quotation at all.
    [InlineData("وأكد مسؤول كبير في البنك المركزي اليمني في عدن لرويترز أن \"البنك بدأ اليوم الأحد في صرف رواتب الموظفين الحكوميين المتأخرة\".", "مسؤول كبير")]
    [InlineData("وقال مسؤول رفيع في البنك المركزي اليمني إن \"البنك بدأ اليوم في صرف رواتب الموظفين الحكوميين المتأخرة\".", "مسؤول رفيع")]
    [InlineData("وقال قيادي كبير في طالبان إن \"الملا برادر يحضر إلى كابول للقاء قادة جهاديين وسياسيين\".", "قيادي كبير")]
    public void Extract_UnnamedRoleWithItsRank_IsPrintedWithIt(string sentence, string speaker) =>
        Assert.Equal([speaker], SpeakersIn(sentence));

    [Fact]
    public void Extract_TwoUnnamedOfficialsAndTheirCountry_ArePrintedWhole() =>
        // The dual, common in wire copy, had printed the adjective alone: «أمريكيان».
        Assert.Equal(["مسؤولان أمريكيان"], SpeakersIn(
            "وقال مسؤولان أمريكيان إن \"الإدارة لم تتخذ قرارا نهائيا بعد بشأن العقوبات\"."));

    [Fact]
    public void Extract_ClauseBeforeHaythu_IsNoName() =>
        // w641_19: «… بأن الشعب الفلسطيني مازال يحب الحياة, حيث قالت … “…”»: «مازال يحب الحياة» had been read as a name after
        // the adjective الفلسطيني, and «الحياة» was printed.
        Assert.Equal(["بو أمنة"], SpeakersIn(
            "وفي هذا السياق صرحت دلال بو أمنة بانها جاءت تحمل رسالة حب من فلسطين لتبين للعالم بان الشعب الفلسطيني مازال يحب الحياة, حيث قالت في ختام وصلتها الغنائية لوسائل الاعلام “أجمل مشروعي الفني الهادف الى المحافظة على التراث الفلسطيني”."));

    [Theory]
    // «خالد بن علي» printed «بن» (علي read as «on»); «بو أمنة», «بو عزيزي» printed the word after بو alone.
    [InlineData("وقال خالد بن علي إن \"مشروعي الفني يهدف إلى المحافظة على التراث\".", "بن علي")]
    [InlineData("وقال كمال بو عزيزي إن \"مشروعي الفني يهدف إلى المحافظة على التراث\".", "بو عزيزي")]
    public void Extract_FamilyNameAfterBinOrBu_IsPrintedWithIt(string sentence, string speaker) =>
        Assert.Equal([speaker], SpeakersIn(sentence));

    [Fact]
    public void Extract_DutchVanInANameGivenOnce_IsPartOfTheName() =>
        // w644_40: «وأوضح الهولندي فيرجيل فان دايك مدافع ليفربول: “…”» printed «الهولندي»: فان (فإن once normalised) was
        // read as a name word only when the article repeats the family name.
        Assert.Equal(["فان دايك"], SpeakersIn(
            "وأوضح الهولندي فيرجيل فان دايك مدافع ليفربول، بعد المباراة: “الاستقبال الذي وجده صلاح كان رائعاً ومهماً بعد خسارته لقب كأس الأمم”."));

    [Fact]
    public void Extract_OpinionInConstruct_IsNoVerbOfSaying() =>
        // w643_30: «مضيفة أن تونس قررت على خلاف رأي اليابان "…"»: رأي («the opinion of») had been read as «he saw», and
        // «اليابان» printed as the speaker.
        Assert.Equal(["الخارجية المغربية", "الخارجية المغربية"], SpeakersIn(
            "وقالت الخارجية المغربية في بيانها \"بعد أن ضاعفت تونس مؤخرا من المواقف السلبية تجاه المملكة، جاء موقفها ليؤكد هذا التوجه العدائي\"، مضيفة أن تونس قررت على خلاف رأي اليابان \"وفي انتهاك لعملية الإعداد والقواعد المعمول بها، بشكل أحادي دعوة الكيان الانفصالي\"."));

    [Fact]
    public void Extract_ShortWawClauseClosingALinkedHeadline_IsPartOfTheLink() =>
        // w644_34: «طالع أيضًا | فالفيردي …: رأسي كانت ستنفجر.. ونعيش أسوأ أيام حياتنا بسبب الصحافة» was cut at «..», and the
        // و-clause after it, read as the story's own, made «أيام» the speaker of the next «وأضاف».
        Assert.Equal(["أنشيلوتي", "أنشيلوتي"], SpeakersIn(
            "وقال أنشيلوتي في المؤتمر الصحفي: \"ستكون مواجهة صعبة، نحن نعلم ذلك، أتالانتا يؤدي بشكل جيد هذا الموسم\".",
            "طالع أيضًا | فالفيردي عن الخطأ أمام أتلتيك بلباو: رأسي كانت ستنفجر.. ونعيش أسوأ أيام حياتنا بسبب الصحافة",
            "وأضاف: \"غدًا ليس أمامنا سوى أن نحقق الثلاث نقاط، سيكون من الصعب الوصول إلى المركز الثامن\"."));

    [Fact]
    public void Extract_StanceAfterASourceInABody_IsNoName() =>
        // w649_33: «أكد مصدر في وزارة الطيران المدني صعوبة تحديد أسباب سقوط الطائرة» had named the source «تحديد», who then
        // spoke the «قائلًا: "…"» of the next sentence.
        Assert.DoesNotContain("تحديد", SpeakersIn(
            "أكد مصدر في وزارة الطيران المدني صعوبة تحديد أسباب سقوط الطائرة الروسية إلا بعد انتهاء التحقيقات.",
            "وأضاف أن من حق السلطات الروسية المشاركة في عمليات التحقيق، قائلًا: \"نرحب بالتعاون مع السلطات الروسية في هذه التحقيقات\"."));

    [Fact]
    public void Extract_StanceBehindBaAfterAVerbOfPraise_IsNoName() =>
        // w648_39: «وأشاد رئيس اللجنة المنظمة للمعرض بنجاح الحدث» had read «بنجاح الحدث» as a name and «الحدث» spoke the next
        // «وقال: "…"».
        Assert.Equal(["رئيس اللجنة المنظمة للمعرض"], SpeakersIn(
            "وأشاد رئيس اللجنة المنظمة للمعرض بنجاح الحدث قائلا إنه لم يكن هناك أي نوع من الرقابة.",
            "وقال: \"أكثر من 400 دار نشر شاركت في هذا المهرجان الثقافي\"."));

    [Fact]
    public void Extract_LamGluedToAMediumInMarks_IsWhomTheWordsWentTo() =>
        // w645_17: «وأكد مدير المراقبة بوزارة الزراعة الروسية ل"سبوتنيك"» — a ل typed without its tatweel before the marks had
        // made the agency the speaker.
        Assert.Equal(["الوزير"], SpeakersIn(
            "وقال الوزير ل\"سبوتنيك\" إن \"سلطات الجزائر ستتخذ قرارها قريباً بعد إجراء تحاليل\"."));

    [Fact]
    public void Extract_RepliedOpeningItsClause_IsAVerbOfSaying() =>
        // w644_02: «وعن ذلك الإنجاز …، رد سلوت في تصريحات نشرها الموقع الرسمي للنادي: "…"» — رد was no cue, and the quotation
        // and the «وأضاف» after it went to صلاح, named before.
        Assert.Equal(["سلوت", "سلوت"], SpeakersIn(
            "وحقق محمد صلاح رقمًا قياسيًا، بعدما سجل وصنع في مباراة واحدة في الدوري الإنجليزي، 8 مرات متتالية.",
            "وعن ذلك الإنجاز وكون محمد صلاح استثنائيًا، رد سلوت في تصريحات نشرها الموقع الرسمي للنادي: \"لقد سمعت كثيرًا عن صلاح وكلمة استثنائي في الأشهر الستة الماضية\".",
            "وأضاف: \"إنه يستحق هذا حقًا وربما لمدة ثماني سنوات\"."));

    [Fact]
    public void Extract_ReplyAsANoun_IsNoVerbOfSaying() =>
        // Guard for the rule above: «رد فعل» and «ويأتي رد حماس» are the noun.
        Assert.Empty(QuotesIn(
            "وكان رد فعل الجماهير \"غاضبا جدا على ما جرى في الملعب أمس\".",
            "ويأتي رد حماس \"في وقت يزور فيه وزير الخارجية الأمريكي المنطقة\"."));

    [Fact]
    public void Extract_QuestionInMarks_IsNotTheWordsOfWhoAnswersIt() =>
        // w137_04: «رد الدكتور محفوظ رمزي … على سؤال " هل هناك 250 صنف …"»: the question is someone else's.
        Assert.Empty(QuotesIn(
            "رد الدكتور محفوظ رمزي رئيس لجنة التصنيع الدوائي بنقابة صيادلة القاهرة، على سؤال \" هل هناك 250 صنف من الأدوية ناقص بالأسواق؟\" بالإيجاب."));

    [Fact]
    public void Extract_SourcePreferringNotToBeNamed_IsTheSource() =>
        // w651_15: «وقال مصدر قضائي مفضّلا عدم الكشف عن هويته لوكالة فرانس برس إن "…"» printed «مفضّلا».
        Assert.Equal(["مصدر قضائي"], SpeakersIn(
            "وقال مصدر قضائي مفضّلا عدم الكشف عن هويته لوكالة فرانس برس إن \"قاضي التحقيق الأول في بيروت أصدر قراره اليوم\"."));

    [Fact]
    public void Extract_YesterdayAndAStatementAroundTheName_AreNoPartOfIt() =>
        // w656_11: «لقد أدلى الأمس الرئيس تبون بتصريح بشأن سجناء الرأي: “…”» printed «الأمس» — and, that mended, «بتصريح».
        Assert.Equal(["تبون"], SpeakersIn(
            "لقد أدلى الأمس الرئيس تبون بتصريح بشأن سجناء الرأي: \"لا سجناء رأي في الجزائر، الإهانة ليست رأي\"."));

    [Fact]
    public void Extract_StatementOpeningAVerbsSubject_IsNoOneSpeaking() =>
        // w651_41: «وفجر حديث المسؤول اللبناني تساؤلات واسعة» had made «حديث» the speaker the next quotations went to.
        Assert.DoesNotContain("حديث", SpeakersIn(
            "أثار حديث نائب رئيس الحكومة اللبنانية سعادة الشامي، عن إفلاس الدولة ردود فعل صادمة.",
            "وفجر حديث المسؤول اللبناني تساؤلات واسعة حول مستقبل بلدان عربية أخرى.",
            "خبراء، توقعوا سقوط مصر في فخ الإفلاس، بينهم الخبير الاقتصادي الدكتور عبد النبي عبد المطلب الذي تساءل: “هل بدأ مسلسل إفلاس الدول العربية؟”"));

    [Fact]
    public void Extract_CompoundNameBeforeWhoAsked_IsTheSpeaker() =>
        // The same sentence after an earlier speaker: «عبد المطلب الذي تساءل» had lost its عبد, and the words went to الشامي.
        Assert.Equal(["عبد المطلب"], SpeakersIn(
            "وقال نائب رئيس الحكومة سعادة الشامي إن الدولة مفلسة والبنك المركزي كذلك.",
            "خبراء، توقعوا سقوط مصر في فخ الإفلاس، بينهم الخبير الاقتصادي الدكتور عبد النبي عبد المطلب الذي تساءل: “هل بدأ مسلسل إفلاس الدول العربية؟”"));

    [Fact]
    public void Extract_WomanNamedBeforeWhoSaid_IsTheSpeaker() =>
        // w666_43: «… المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، التي قالت إن بلادها "…"»: التي was checked against
        // a participle's ة only, so «قالت» did not agree, and the words went to «موسكو».
        Assert.Equal(["زاخاروفا"], SpeakersIn(
            "حيث علقت موسكو على قرار المحكمة، من خلال تصريح المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، التي قالت إن بلادها \"ليست عضوا في نظام روما المؤسس للمحكمة الجنائية الدولية\"."));

    [Fact]
    public void Extract_WawAndABodyBeforeAVerb_IsNoSpeaker() =>
        // w660_09: «وعن رأيه في محمد صلاح، نجم فريق ليفربول ومنتخب قال: "…"» printed «ومنتخب».
        Assert.DoesNotContain("ومنتخب", SpeakersIn(
            "وعن رأيه في محمد صلاح، نجم فريق ليفربول ومنتخب قال: \"محمد صلاح هو الأفضل في العالم وأنا عارف دماغه وتفكيره\"."));

    [Fact]
    public void Extract_WhatAVerbOfConsideringMakesOfItsObject_IsNoName() =>
        // w659_21: «واعتبرها الرئيس المصري بداية للتسوية السياسية … "…"» printed «بداية».
        Assert.DoesNotContain("بداية", SpeakersIn(
            "وتمنى الرئيس المصري عبد الفتاح السيسي أن تعقد الانتخابات الوطنية في ليبيا خلال شهر ديسمبر.",
            "واعتبرها الرئيس المصري بداية للتسوية السياسية للأزمة في ليبيا \"من خلال تفعيل الإرادة الحرة للشعب الليبي\".",
            "وكانت المنقوش قد عقدت مؤتمرا صحفيا، أمس السبت، مع نظيرها المصري، قالت فيه إن\"العلاقات بين الشعبين المصري والليبي تتسم بعمقها وقوتها\"."));

    [Fact]
    public void Extract_BodyOpeningANominalSentence_SpeaksForItsLaterWawVerb() =>
        // After w663_34: «لكن منظمة العفو الدولية حذرت من …، وقالت إن "…"» gave the quotation to nobody; the body that opens
        // the sentence before its feminine verb is the subject of the «وقالت» after it.
        Assert.Equal(["منظمة العفو الدولية"], SpeakersIn(
            "لكن منظمة العفو الدولية حذرت من أن الإصلاحات المقترحة لن تصنع فارقا كبيرا، وقالت إن \"بعض العمال مازالوا يعيشون كابوسا حقيقيا كل يوم\"."));

    [Fact]
    public void Extract_RepliedBehindWawOpeningTheSentence_IsAVerbOfSaying() =>
        // w664_22: «ورد الزياني بالقول إن “…”» — ورد, two letters behind و, had matched no cue, and بوريطة before kept speaking.
        Assert.Contains(QuotesIn(
            "وقال بوريطة في كلمة أثناء افتتاح القنصلية إن علاقات المملكتين “تقوم على أسس الإخاء والتضامن”.",
            "ورد الزياني بالقول إن “البحرين ترغب في توطيد دعائم التعاون مع المغرب”."),
            q => q.Speaker == "الزياني" && q.Text.StartsWith("البحرين ترغب", StringComparison.Ordinal));

    [Fact]
    public void Extract_ReachedBehindWawAfterANoun_IsNoVerbOfSaying() =>
        // Guard for the rule above: «بيان ورد وكالة شفق نيوز» is a statement that reached the agency, whose words are the body's.
        Assert.Equal(["القيادة"], SpeakersIn(
            "وقالت القيادة في بيان ورد وكالة شفق نيوز، إن \"مفارز لواء الحدود الثالث ضبطت شاحنة محملة بمواد مهربة\"."));

    [Fact]
    public void Extract_WhatADemandTakesWithBaAfterItsObject_IsNoName() =>
        // After w658_18: «وطالب الوزير الحكومة باتخاذ "…"» printed «باتخاذ», read on past the verb's object.
        Assert.Equal(["الوزير"], SpeakersIn(
            "وطالب الوزير الحكومة باتخاذ \"التدابير اللازمة الفورية لوقف بث المسلسل\"."));

    [Fact]
    public void Extract_NameAndRoleInApposition_OpenTheStoryForItsBareCues() =>
        // w652_05: «أبدى جهاد الحسين، مدرب المنتخب السوري …، أهمية مواجهة اليابان» then «وقال: «…»», «وأضاف: «…»»: nobody had
        // been named to carry on, and four quotations were dropped.
        Assert.Equal(["الحسين", "الحسين"], SpeakersIn(
            "أبدى جهاد الحسين، مدرب المنتخب السوري تحت 23 عامًا لكرة القدم، أهمية مواجهة اليابان في افتتاح مباريات المجموعة.",
            "وقال: «ندرك حجم قوة المنتخب الياباني، ونعلم أننا سنواجه حامل اللقب، ونحترمه كثيرًا».",
            "واختتم الحسين حديثه قائلًا: «منتخبنا يمتاز دائمًا بالروح القتالية، وقد عملت على نقل خبراتي للاعبين»."));

    [Fact]
    public void Extract_TheSourceAfterAnUnnamedSourceCue_IsThatSource() =>
        // w607_37: «وفقًا لمصدر مطلع نقلت عنه شبكة …» then «أشار المصدر إلى أن …» — «المصدر» had pointed back to ويتكوف, named
        // before, and «وقال المسؤول: “…”» went to him.
        Assert.DoesNotContain("ويتكوف", SpeakersIn(
            "يعتزم ستيف ويتكوف، مبعوث الرئيس الأمريكي المنتخب دونالد ترامب إلى الشرق الأوسط، زيارة قطاع غزة.",
            "وفقًا لمصدر مطلع نقلت عنه شبكة “إن بي سي نيوز”، تهدف هذه الزيارة إلى تعزيز الاتفاق.",
            "أشار المصدر إلى أن ويتكوف يخطط أيضًا للحفاظ على وجود شبه دائم في المنطقة. وقال المسؤول: “عليك أن تكون مستعدًا للتعامل مع المشكلة في حال حدوثها”."));

    [Fact]
    public void Extract_CurlyOpenedQuotationClosedByAStraightMark_IsRead() =>
        // w658_04: «قائلًا: “نحاول تقديم الدعم … وطلباتها".» — three quotations typed “…" had been left unclosed.
        Assert.Equal(["نحاول تقديم الدعم للفرق المستقلة وإيصال صوتهم إلى المسؤولين"], QuotesIn(
            "وخلال كلمته، أكد الدكتور أشرف زكي أن النقابة تسعى بجدية لدعم هذه الكيانات الفنية، قائلًا: “نحاول تقديم الدعم للفرق المستقلة وإيصال صوتهم إلى المسؤولين\"."
            ).Select(q => q.Text));

    [Fact]
    public void Extract_CurlyOpenedQuotationWithMoreStraightMarks_IsLeftOpen() =>
        // Guard for the rule above: with more straight marks in the sentence, the one ending a word may belong to them.
        Assert.DoesNotContain(QuotesIn(
            "وقال الوزير: “نحاول تقديم الدعم للفرق\" وإيصال \"صوتهم\" إلى المسؤولين في كل مكان."),
            q => q.Text.StartsWith("نحاول", StringComparison.Ordinal));

    [Fact]
    public void Extract_PointsOutAfterAFamilyNameGivenBefore_IsAVerbOfSaying() =>
        // w646_28: «ويشير الغراوي خلال حديثه لوكالة شفق نيوز، إلى أن "…"»: the present يشير speaks only before a person, and
        // an ال-family name the article gave after a first name had not counted as one.
        Assert.Equal(["الغراوي"], SpeakersIn(
            "تتعرض المرأة العاملة في القطاع الخاص لانتهاكات، وفق رئيس المركز الاستراتيجي لحقوق الإنسان الدكتور فاضل الغراوي.",
            "ويشير الغراوي خلال حديثه لوكالة شفق نيوز، إلى أن \"أهم الانتهاكات المؤشرة هي قلة الأجور وزيادة ساعات العمل\"."));

    [Fact]
    public void Extract_WomansVerbAfterAMansWordsInsideAStatement_CarriesOnTheStatementsBody() =>
        // w656_11: a league's statement quotes تبون, then «وأضافت، “…”» — a feminine verb cannot carry on a man's words, and
        // the quotation had been dropped; the body whose statement it is goes on.
        Assert.Contains(QuotesIn(
            "طالبت الرابطة الجزائرية للدفاع عن حقوق الإنسان بالإفراج عن معتقلي الرأي والصحفيين المسجونين.",
            "وجاء بيان الرابطة الجزائرية للدفاع عن حقوق الإنسان، كالآتي:",
            "“لقد أدلى الرئيس تبون بتصريح بشأن سجناء الرأي: “لا سجناء رأي في الجزائر، الإهانة ليست رأي”، وهو تصريح مؤسف”.",
            "وأضافت، “إن الرابطة لا زالت تطالب بالإفراج عن معتقلي الرأي والصحفيين المسجونين”."),
            q => q.Text.StartsWith("إن الرابطة لا زالت", StringComparison.Ordinal) && q.Speaker.Contains("الرابطة", StringComparison.Ordinal));

    [Fact]
    public void Extract_IssuerNamedWithAConstructWord_SpeaksForItsStatement() =>
        // w646_05: «أصدرت مؤسسة قضايا المرأة المصرية، اليوم السبت، بيانًا …» then «وأضاف البيان: "…"»: a body's name with a
        // word before its ال-word had not been read as the issuer, and «البيان» alone was printed below the threshold.
        Assert.Equal(["مؤسسة قضايا المرأة المصرية"], SpeakersIn(
            "أصدرت مؤسسة قضايا المرأة المصرية، اليوم السبت، بيانًا فى ختام فعاليات حملة مناهضة العنف ضد النساء.",
            "وأضاف البيان: \"وعليه، فإن المؤسسة تختتم الحملة بالمطالبة بسرعة إصدار قانون موحد لمناهضة العنف ضد النساء والفتيات\"."));

    [Fact]
    public void Extract_FormerAfterTheNamesARoleWasOver_KeepsThePhraseWhole() =>
        // After w472_41: «وقال مدرب مانشستر سيتي السابق إن "…"» printed «سيتي», a club read as the coach's name.
        Assert.Equal(["مدرب مانشستر سيتي السابق"], SpeakersIn(
            "وقال مدرب مانشستر سيتي السابق إن \"أنا حزين للغاية بعدما استقبلنا هدفًا في الدقيقة الأخيرة\"."));

    [Fact]
    public void Extract_WentOnAtLength_IsAVerbOfSaying() =>
        // w644_02: «واسترسل: "…"» («and he went on») was no cue.
        Assert.Equal(["سلوت", "سلوت"], SpeakersIn(
            "وقال سلوت: \"لا أعتقد أنه يستمر في مفاجأتنا لأننا نعرف ما هو اللاعب الذي يمثله\".",
            "واسترسل: \"بغض النظر عن ذلك، فهو يعمل بجدية كبيرة من أجل الفريق أيضًا\"."));

    [Fact]
    public void Extract_NameOpeningASentenceBeforeWho_SpeaksForTheBareCueAfterIt() =>
        // w612_25: «الخزري، الذي سيكون أحد أبرز لاعبي المنتخب …، عبر عن سعادته» then «وقال في تصريحات خاصة: “…”»: nobody had been
        // named to carry on.
        Assert.Equal(["الخزري"], SpeakersIn(
            "عندما قرر وهبي الخزري تمثيل تونس، لم يكن يتصور أن القدر سيمكنه من مواجهة فرنسا.",
            "الخزري، الذي سيكون أحد أبرز لاعبي المنتخب التونسي في البطولة، عبر عن سعادته الغامرة بمواجهة فرنسا.",
            "وقال في تصريحات خاصة: “الفرنسيون هم المرشحون الأقوى، ونحن نعلم أن التحدي كبير”."));
}
