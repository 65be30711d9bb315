using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>Rules from the blind round 132–135 (water and climate, labour, diplomacy, media and technology), each on its own page.</summary>
public class QuoteExtractorRound132Tests
{
    [Fact]
    public void Extract_ClauseEndingWithAListOfPlaces_IsTheUnionsWords() =>
        // w133_25: the list rule (short items between commas) had read the union's statement as a list of names.
        Assert.Equal(["النقابة"], QuotesIn(
            "وبدت المدارس شبه فارغة مع أول يوم للإضراب، والتزم المعلمون بقرار نقابتهم.",
            "وقالت النقابة - في صفحتها الرسمية على فيسبوك -: \"وصلت نسبة الإضراب في مدارس محافظة الطفيلة، والزرقاء، والموقر، وجرش إلى 100%\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_StatementOfTheParliament_IsPrintedAsTheParliament() =>
        // w133_32: «بيان البرلمان» names its issuer; a parliament was no body, so the statement stayed a bare one and was dropped.
        Assert.Equal(["البرلمان العراقي"], QuotesIn(
            "وذكر البرلمان العراقي على موقعه الرسمي أن القانون يهدف لشمول أوسع للعاملين في القطاعات الثلاثة.",
            "وأضاف بيان البرلمان أن تشريع القانون “يأتي للتأكيد على المبادئ التي نص عليها الدستور، واستجابة لتطورات المرحلة الحالية”."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_NameInMarksRightAfterTheVerb_IsTheSpeakerWhole() =>
        // A body's name in marks after قالت had been read as the words said, and the statement after إن lost its speaker.
        Assert.Equal([("هيومن رايتس ووتش", "السلطات تحتجز مئات الأشخاص دون محاكمة منذ أشهر")], QuotesIn(
            "وقالت \"هيومن رايتس ووتش\" في تقرير إن \"السلطات تحتجز مئات الأشخاص دون محاكمة منذ أشهر\"."));

    [Fact]
    public void Extract_BodyWordBeforeItsNameInMarks_PrintsBoth() =>
        // «منظمة» alone had been printed: no reader can tell which body that is.
        Assert.Equal(["منظمة هيومن رايتس ووتش"], QuotesIn(
            "وقالت منظمة \"هيومن رايتس ووتش\" في تقرير إن \"السلطات تحتجز مئات الأشخاص دون محاكمة منذ أشهر\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_CommitteeNamedInMarks_SpeaksOnInTheNextSentence() =>
        // w134_35: the committee announcing an exchange, then «وأوضحت أنّ "…"».
        Assert.Contains(("اللجنة الوطنية لشؤون الأسرى", "الصفقة شملت 66 أسيرًا من مقاتلي الجماعة"), QuotesIn(
            "أعلنت \"اللجنة الوطنية لشؤون الأسرى\" التابعة لحركة \"أنصار الله\" (الحوثيين)، \"صفقةً لتبادل الأسرى مع القوات الحكومية في اليمن، في جبهات الساحل الغربي بوساطة محلية\".",
            "وأوضحت أنّ \"الصفقة شملت 66 أسيرًا من مقاتلي الجماعة\"."));

    [Fact]
    public void Extract_ShortWordsSaidRightAfterTheVerb_StaySpeech() =>
        // The subject-in-marks rule takes only words with no clause in them: «نحن جاهزون» after وقال is what the coach said.
        Assert.Contains(("جلال", "نحن جاهزون"), QuotesIn(
            "أكد المدرب خالد جلال جاهزية فريقه للمباراة.",
            "وقال \"نحن جاهزون\"، مضيفا أن \"اللاعبين تدربوا جيدا طوال الأسبوع الماضي استعدادا للمباراة\"."));

    [Fact]
    public void Extract_ReadAlsoLine_GivesNoSpeakerToTheNextCue() =>
        // w138_56: «اقرأ أيضا: … "أمر موحش" …» between the spokesman's words had made «موحش» the one who «added».
        QuoteAssert.AllBy("السليطي", 2, QuotesIn(
            "جاء ذلك في تصريحات للأناضول أدلى بها سفيان السليطي، الناطق باسم النيابة العمومية.",
            "وأوضح السليطي أنّ الشاب \"نشر تدوينات على موقع التواصل الاجتماعي فيسبوك قام فيها بتكفير الرئيس\".",
            "اقرأ أيضا: القضاء يبرئ مواطنا اتهم بارتكاب \"أمر موحش\" ضد السبسي",
            "وأضاف أنه \"تمت إحالة الملف إلى الدائرة المختصة بالنظر في الجرائم الإرهابية ليحكم عليه بثلاث سنوات سجنا\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_AmmaSubjectThenFaVerb_IsTheSpeakerNotTheObject() =>
        // w138_22: «أما محامي الدفاع … فوصف المحاكمة بأنها "…"» had printed «المحاكمة», the verb's object.
        Assert.Equal(["عبد الناصر المهري"], QuotesIn(
            "أما محامي الدفاع عبد الناصر المهري فوصف المحاكمة بأنها “انتهاك صارخ للقانون.. إنها قضية ملفقة وغير مبررة”."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_LawyerForTheDefence_IsNamedAfterWhomHeStandsFor() =>
        // w138_22: «المحامي عن هيئة الدفاع سمير ديلو»: عن had cut the role's phrase before the name.
        Assert.Equal(["ديلو"], QuotesIn(
            "وقال المحامي عن هيئة الدفاع سمير ديلو إن المحاكمة كانت “غير مسبوقة في تونس على الإطلاق”."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_StatementNamedWithItsIssuer_IsTheIssuers() =>
        // w138_35: «وفق بيان المجلس» had made the subject of «وجرت مراسم أداء اليمين» («أداء») the statement's issuer.
        Assert.Equal(["مجلس السيادة السوداني"], QuotesIn(
            "أدى النائب العام اليمين الدستورية أمام مجلس السيادة السوداني رئيسا للجنة جرائم الحرب.",
            "وجرت مراسم أداء اليمين الدستورية بمدينة بورتسودان شرقي البلاد، وفق بيان المجلس.",
            "وأضاف البيان: \"أدى القسم أمام نائب رئيس مجلس السيادة اليوم بمدينة بورتسودان النائب العام المكلف\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_EnvoyToACountryOpeningTheStory_SpeaksOnAfterJaaDhalik() =>
        // w134_05: a headline-like lead (its verb dropped) names the envoy; «جاء ذلك … قائلا “…”» is his tweet.
        Assert.Equal(["ولد الشيخ"], QuotesIn(
            "المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد استجابة الأطراف اليمنية الدخول في مفاوضات سياسية جديدة.",
            "جاء ذلك على حسابه على موقع التواصل الاجتماعي “تويتر” اليوم قائلا “تجاوبت جميع الأطراف مع الجهود الرامية الى استئناف المسار السياسي”."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_HeadlinesObjectAndAccordingToWhatItSaid_GiveTheMinistry() =>
        // w137_33: «الصحة العراقية تعلن الموقف الوبائي» had made «الموقف الوبائي» (the headline's object) the one who «added»;
        // «وبحسب ما ذكرته الوزارة» names the ministry, as the article introduced it (not «…، اليوم»).
        QuoteAssert.AllBy("وزارة الصحة العراقية", 3, QuotesIn(
            "الصحة العراقية تعلن الموقف الوبائي للحمى النزفية",
            "نشرت وزارة الصحة العراقية، اليوم الثلاثاء، الموقف الوبائي للحمى النزفية في العراق.",
            "وبحسب ما ذكرته الوزارة في الموقف فإن \"محافظة ذي قار سجلت 29 إصابة و6 وفيات، والمثنى 5 إصابات و4 وفيات\".",
            "وأضافت أن \"بابل سجلت 4 إصابات ووفاة واحدة، كما سجلت محافظات كربلاء وواسط 3 إصابات لكل منها\".",
            "وتابعت أن \"كركوك سجلت إصابة واحدة وحالة وفاة واحدة\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_TalkedToUs_IsNoSpeaker() =>
        // argen 0238: «كما تحدث إلينا الشيخ …» had printed «إلينا» («to us»).
        Assert.DoesNotContain("إلينا", QuotesIn(
            "وتخفف معاناة السير والتنقل كما تحدث إلينا الشيخ ناصر الخضر حسين قائلا: \"صندوق صيانة الطرق احد اهم الصناديق الخدمية التي تقدم خدماتها في ظروف قاهرة\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_ItCameInTheStatementIssuedBy_IsTheIssuers() =>
        // w136_36: «وجاء في البيان الصادر عن الاتحاد …: “…”» had no cue at all.
        Assert.Equal(["الاتحاد اللبناني لكرة القدم"], QuotesIn(
            "وجاء في البيان الصادر عن الاتحاد اللبناني لكرة القدم: “يعلن الاتحاد اللبناني لكرة القدم عن تأجيل كافة المباريات والبطولات حتى إشعار آخر”."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_ItCameInTheStatementABodyIssued_IsTheBodys() =>
        // «أصدرت وزارة الصحة بيانا»: the body after the opening verb issued the statement the next sentence quotes.
        Assert.Equal(["وزارة الصحة"], QuotesIn(
            "أصدرت وزارة الصحة بيانا اليوم حول حملة التطعيم.",
            "وجاء في البيان: “سيتم توزيع اللقاحات على جميع المحافظات خلال الأسبوع المقبل”."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_WaVerbAfterKamaClauseWithARole_GoesOnFromThatRole() =>
        // w136_59: the second player's apology had gone to the first, who spoke before.
        Assert.Equal(["فتحى", "فيصل"], QuotesIn(
            "حرص اللاعب مصطفى فتحى، لاعب المنتخب الوطني، على تقديم الاعتذار للجماهير المصرية، بعد تسببه في إهدار فرص حقيقية أمام المرمى، "
            + "ونشر فتحي صورة له من المباراة عبر حسابه الشخصي بموقع فيس بوك، وكتب: \"أنا آسف.. الحمد لله على كل شيء\"",
            "مصطفى فتحي يعتذر للجماهير كما حرص اللاعب حسين فيصل على تقديم اعتذار للجماهير المصرية، وكتب عبر حسابه الشخصى بموقع فيس بوك "
            + "\"الحمد لله قدر الله وما شاء فعل كنا نتمنى الوصول إلى النهائي والحصول على البطولة\"."
        ).OrderBy(q => q.Text.Length).Select(q => q.Speaker));

    [Fact]
    public void Extract_AccordingToWhatAStatementAnnounced_IsTheIssuers() =>
        // w143_44: «ووفقا لما أعلن عنه بيان صادر عن وزارة الثقافة العراقية فان “…”» had gone to an earlier subject.
        Assert.Equal(["وزارة الثقافة العراقية"], QuotesIn(
            "ووفقا لما أعلن عنه بيان صادر عن وزارة الثقافة العراقية فان “فعاليات المهرجان تتضمن مشاركة من فنانين عرب وعراقيين وفرق شعبية عربية وأجنبية”."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_SentenceOpeningWithRoleAndName_IsTheSpeakerOfItsVerb() =>
        // w143_49: «عازف الكمان عبد الباسط الحارثي، قائد …، قال لوكالة «رويترز»: «…»» had gone to an earlier «إحدى».
        Assert.Equal(["عبد الباسط الحارثي"], QuotesIn(
            "قالت إحدى الصحف المحلية إن الغناء الصنعاني يواجه خطر الاندثار.",
            "عازف الكمان عبد الباسط الحارثي، قائد «الفرقة الموسيقية الوطنية اليمنية»، قال لوكالة «رويترز»: «للأسف يجري هذا الجيل الآن وراء الفيديو كليب والأغاني الصريحة فقط»."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_SaidAndAStanceWord_IsAName() =>
        // w140_40: «قال امل عبدالله، باحثة إجتماعية …» — أمل («hope») is a stance after أكد, a woman's name after قال.
        Assert.Contains("عبدالله", QuotesIn(
            "قال امل عبدالله، باحثة إجتماعية ومرشدة نفسية في مقابلة خاصة: \"الفترة الفاتتة كان الطلبة مضغوطين واصطدموا بعد الحرب والامتحانات\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_AnnouncedAboutItBy_NamesWhoAnnounced() =>
        // w141_07: «أعلن عنه الشيخ محمد بن راشد …» («announced it»): عنه had ended the speaker's phrase before the name.
        Assert.Equal(["محمد بن راشد"], QuotesIn(
            "افتتاح محطة براكة للطاقة النووية أعلن عنه الشيخ محمد بن راشد آل مكتوم نائب رئيس الإمارات في تغريدة على تويتر.",
            "وأكد \"نجحت فرق العمل في تحميل حزم الوقود النووي واجراء اختبارات شاملة وإتمام عملية التشغيل بنجاح\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_RoleAfterMinJihatihiBeforeTheVerb_IsTheSpeaker() =>
        // argen 0238: a subheading glued to «من جهته أمين العاصمة صنعاء حمود عباد، قال …:”…”» had left the words to an
        // earlier phrase of common words.
        Assert.Equal(["السماوي", "عباد"], QuotesIn(
            "وقال رئيس مجلس ادارة الصندوق المهندس انيس السماوي إن \"الصندوق مستمر في عمله رغم كل الظروف الصعبة\".",
            "إرادة الإعمار من جهته أمين العاصمة صنعاء حمود عباد، قال في تعليقه على الاتفاقيات وانجازات الصندوق:”37 مليون دولار هو المبلغ الذي خصص لصيانة الطرق والجسور”."
        ).OrderBy(q => q.Text.Length).Select(q => q.Speaker));

    [Fact]
    public void Extract_GivenNameAfterADefiniteRole_IsNoConstructNoun() =>
        // w145_52: «النائب محمد العماري لوكالة فرانس برس» had read «محمد العماري» as the role's qualifiers and printed «برس».
        Assert.Equal(["العماري"], QuotesIn(
            "وقال النائب محمد العماري لوكالة فرانس برس، إن الحكومة نالت ثقة المؤتمر الوطني \"بأكثرية 83 صوتا من أصل 94 نائبا حضروا\" الجلسة."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_VerbAndInItAfterAStatement_IsTheIssuers() =>
        // w146_40: «وأصدرت سلطة الطيران المدني السودانية بيانا أكدت فيه أنها “…”» had gone to an earlier subject.
        Assert.Equal(["سلطة الطيران المدني السودانية"], QuotesIn(
            "وعرضت قناة القاهرة الإخبارية خبرا عاجلا عن انفجارات في محيط مطار الخرطوم.",
            "وأصدرت سلطة الطيران المدني السودانية بيانا أكدت فيه أنها “أصدرت نشرة الطيارين تفيد بإعادة تشغيل مطار الخرطوم الدولي للرحلات الداخلية”."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_NameInMarksBeforeInnahu_SpeaksOnInTheNextSentence() =>
        // w144_10: «قال "التحالف العربي"، إنه …» had left the coalition unnamed for «وأضاف في بيان، أنه "…"».
        QuoteAssert.AllBy("التحالف العربي", 1, QuotesIn(
            "قال \"التحالف العربي\"، إنه اعترض ودمر طائرة بدون طيار مفخخة أطلقتها جماعة الحوثي باتجاه خميس مشيط.",
            "وأضاف في بيان، أنه \"يتخذ الإجراءات العملياتيه لحماية المدنيين والتعامل مع التهديد الوشيك\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_ThatClauseWithLongAsides_ReachesItsQuotation() =>
        // w147_31: «وذكر البنك، في بيان، أن التمويل، الذي وافق عليه المجلس، …، سيسمح «…»»: the أن more than sixteen words back
        // still opens the clause the quotation ends.
        Assert.Equal(["البنك الدولي"], QuotesIn(
            "قال البنك الدولي إن مجلس المدراء التنفيذيين للمجموعة وافق على تقديم تمويل إضافي لدعم الأسر الفقيرة في لبنان.",
            "وذكر البنك، في بيان، أن التمويل، الذي وافق عليه المجلس، للمشروع الطارئ لدعم شبكة الأمان الاجتماعي للاستجابة للأزمة وجائحة كورونا في لبنان، "
            + "سيسمح «بمواصلة وتوسيع نطاق تقديم التحويلات النقدية للأسر اللبنانية الفقيرة والأكثر احتياجاً»."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_ThreeNamesInMarksJoinedByWa_AreNoQuotations() =>
        // argen 0381: a list of shops, one of them two words, had become a quotation once its أن-clause reached it.
        Assert.Empty(QuotesIn(
            "وأوضح العربيد أن بإمكان العميل توفير خمسة دنانير عند الشراء بقيمة 30 دينارا لدى محلات «Burton menswear» و«دبنهامز» و«دوروثي بيركينز» و«إيفانز»."));

    [Fact]
    public void Extract_ToMediaAfterAName_EndsTheName() =>
        // w150_48: «تشاو ليجيان لوسائل إعلام "…"» had printed «إعلام». (The whole name since round 258: تشاو is a Chinese
        // family name, which comes first.)
        Assert.Equal(["تشاو ليجيان"], QuotesIn(
            "وقال الناطق باسم وزارة الخارجية الصينية تشاو ليجيان لوسائل إعلام \"في ما يتعلق بالمسائل المتعلقة بالمصالح الأساسية للصين، يجب عدم خداع بعض الناس\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_SaidDuringIt_IsNoSpeaker() =>
        // w148_56: «منشورا عبر "فيسبوك"، قالت خلاله: "…"» had printed «خلاله» («during it»).
        QuoteAssert.AllBy("سعيد", 2, QuotesIn(
            "أثارت الإعلامية المصرية جدلا واسعا خلال الساعات الماضية، بعدما أعلنت عزمها \"الاختفاء عن المشهد\" بحسب قولها.",
            "وكتبت الإعلامية ريهام سعيد منشورا عبر \"فيسبوك\"، قالت خلاله: \"سأختفي لمدة طويلة حتى تعود إليّ روحي ونفسي وطموحاتي\".",
            "أضافت: \"أشباه البشر كثر، وأنا ضقت من لعب دور الضحية\"."
        ).Select(q => q.Speaker));

    [Theory]
    // «عقد الرئيس مؤتمرا صحفيا»: the role's object had been read as the president's name and printed for his words
    [InlineData("عقد الرئيس مؤتمرا صحفيا في القاهرة.", "وقال الرئيس: \"الدولة ستتحمل جزءا كبيرا من الزيادة في الأسعار\".", "الرئيس")]
    [InlineData("وعقد وزير الخارجية اجتماعا موسعا في القاهرة.", "وأضاف: \"الدولة ستتحمل جزءا كبيرا من الزيادة في الأسعار\".", "وزير الخارجية")]
    public void Extract_AccusativeNounAndAdjectiveAfterARole_AreNoName(string lead, string quoted, string speaker) =>
        Assert.Equal([speaker], QuotesIn(lead, quoted).Select(q => q.Speaker));

    [Fact]
    public void Extract_ParticipleAfterAVerbWhoseSubjectComesFirst_IsThatSubjects() =>
        // w148_08: «رئيس المهرجان محمد حفظي علّق على الاختيار، قائلاً: "…"» had gone to the festival's management.
        Assert.Equal(["حفظي"], QuotesIn(
            "وأعلنت إدارة المهرجان إضافة فيلمين إلى المسابقة الدولية.",
            "رئيس المهرجان محمد حفظي علّق على الاختيار، قائلاً: \"استكمال المسابقة الدولية بالفيلمين يؤكد على التزامنا بالمعايير التي أعلناها\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_StatementIssuedByWithAnAdjectiveBetween_IsTheIssuers() =>
        // w155_01: «وجاء في بيان مقتضب صدر عن جيش الاحتلال أن "…"» had printed «صدر».
        Assert.Equal(["جيش الاحتلال"], QuotesIn(
            "وجاء في بيان مقتضب صدر عن جيش الاحتلال أن \"قوات الأمن تعمل في هذه الأثناء داخل مخيم جنين\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_BodyAfterTheOpeningWaVerb_SpeaksOn() =>
        // w155_38: «وعزا المعهد الوطني التونسي للإحصاء …» names the institute that «أفاد» after it.
        Assert.Equal(["المعهد الوطني التونسي للإحصاء"], QuotesIn(
            "ارتفعت نسبة التضخم في تونس إلى 5.9 في المئة الشهر الماضي.",
            "وعزا المعهد الوطني التونسي للإحصاء في تقرير نشره على موقعه الإلكتروني هذا الارتفاع أساساً إلى زيادة أسعار المواد الغذائية.",
            "وأفاد بأن «أسعار اللحوم ازدادت بنسبة 13.9 في المئة، والخضار 11.3 في المئة»."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_CrownPrince_IsARole() =>
        // w154_55: «ولي العهد الكويتي الشيخ مشعل الأحمد الجابر الصباح» had printed «ولي» or «الكويتي».
        Assert.Equal(["مشعل الأحمد"], QuotesIn(
            "قال ولي العهد الكويتي الشيخ مشعل الأحمد الجابر الصباح في افتتاح الدورة إنهم أمام مرحلة جديدة.",
            "وأضاف \"نتطلع لممارسات ديمقراطية تساهم في تحقيق النهضة لبلادنا\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_FemininePastAndABodyThenAFeminineParticiple_IsTheBodys() =>
        // w154_54: «أدانت وزارة الخارجية الفلسطينية، اقتحام وزير الأمن القومي …، معتبرة أنه “…”» had given the ministry's words to
        // the minister it condemned.
        Assert.Equal(["وزارة الخارجية الفلسطينية"], QuotesIn(
            "أدانت وزارة الخارجية الفلسطينية، اقتحام وزير الأمن القومي الإسرائيلي، إيتمار بن غفير للمسجد الأقصى، معتبرة أنه “تصعيد إسرائيلي خطير ضمن مخططات تهويد القدس وتغيير هويتها”."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_HonorificBeforeARole_IsNoName() =>
        // w157_01: «استقبل فضيلة الإمام الأكبر أ.د/ أحمد الطيب …. قال فضيلة الإمام الأكبر: "…"» had printed «فضيلة».
        Assert.DoesNotContain("فضيلة", QuotesIn(
            "استقبل فضيلة الإمام الأكبر أ.د/ أحمد الطيب، شيخ الأزهر الشريف، اليوم الأحد، رئيس أساقفة كنيسة يورك.",
            "قال فضيلة الإمام الأكبر: \"نسعى للتواصل مع كافة المؤسسات الدينية في الشرق والغرب بما يحقق الأمن والسلام للبشرية كافة\"."
        ).Select(q => q.Speaker));

    [Theory]
    // w157_40: «قالت دار الإفتاء الليبية» had printed «دار»
    [InlineData("قالت دار الإفتاء الليبية، اليوم الاثنين، في بيان نشرته على صفحتها: \"انعقد إجماع علماء المسلمين على تحريم إقامة أي علاقات مع العدو\".", "دار الإفتاء الليبية")]
    // w157_27: «مدير اوقاف نينوى كنعان ابو بكر» had printed the governorate
    [InlineData("اعلنت مديرية اوقاف نينوى، اليوم السبت، اعادة اعمار جامعين في الموصل القديمة.\nوقال مدير اوقاف نينوى كنعان ابو بكر لوكالة الانباء العراقية: إن \"الملاكات الهندسية باشرت اعمار جامع علي بن ابي طالب في الموصل القديمة\".", "ابو بكر")]
    public void Extract_HouseOfFatwaAndAGovernorate_PrintTheSpeaker(string text, string speaker) =>
        Assert.Equal([speaker], QuotesIn(text).Select(q => q.Speaker));

    [Fact]
    public void Extract_HisHolinessWithNobodyNamedBefore_IsNoSpeaker() =>
        // w157_08: «قداسته» («his holiness») stands for someone named before; printed alone it names nobody.
        Assert.DoesNotContain("قداسته", QuotesIn(
            "في مناسبة مميزة، قدم قداسة البابا تواضروس الثاني، بابا الإسكندرية، تهنئة للشعب المصري بمناسبة تزامن الصوم الكبير مع شهر رمضان.",
            "جاءت هذه التهنئة خلال عظة قداسة البابا في اجتماع الأربعاء الأسبوعي، حيث بدأ قداسته حديثه بالتهنئة بمناسبة بدء الصوم الكبير.",
            "أشار قداسته إلى أهمية هذه اللحظة بقوله: “أستغل هذه الفرصة لأهنئ إخوتنا المسلمين ببداية شهر رمضان، ومن الجميل أن نرى كل المصريين صائمين معًا”."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_HonorificAndANameOpeningTheSentence_SpeakForItsVerb() =>
        // w158_11: «معالي تركي بن عبدالمحسن آل الشيخ، رئيس …، أكد أن "…"» had gone to the body the sentence before named.
        Assert.Equal(["تركي بن عبدالمحسن"], QuotesIn(
            "أطلقت هيئة الحكومة الرقمية بالتعاون مع الهيئة العامة للترفيه مشروع كود المنصات.",
            "معالي تركي بن عبدالمحسن آل الشيخ، رئيس مجلس إدارة الهيئة العامة للترفيه، أكد أن \"الهوية الرسمية لليوم الوطني تجسد القيم الأصيلة المتجذرة في المجتمع السعودي\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_AMeetingsTheme_IsNoQuotation() =>
        // w158_27: «حول موضوع “البريد الإفريقي في مواجهة التحولات العالمية الكبرى”» is the forum's theme, not the group's words.
        Assert.Empty(QuotesIn(
            "وذكرت مجموعة بريد المغرب، في بلاغ لها، أنه تم التوقيع على المذكرتين بالموازاة مع انعقاد الدورة 11 للمنتدى البريدي الإفريقي، بمراكش، "
            + "حول موضوع “البريد الإفريقي في مواجهة التحولات العالمية الكبرى”."));
}
