using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 38: what blind rounds 502–541, and the pooled dev pages (132–501), missed.
/// </summary>
public class QuoteExtractorRound502Tests
{
    [Theory]
    [InlineData("‘‘", "’’")]
    [InlineData("‘‘", "‘‘")]
    public void Extract_DoubledCurlySingleMarks_AreAQuotationMark(string open, string close) =>
        // w424_28: «وأعلنت وزارة الخارجية السورية إن ‘‘الاتحاد الأوروبي …’’» and w457_22 «انه ‘‘من غير المعقول …‘‘»: two
        // single marks typed for one double mark had not been read at all.
        Assert.Equal(["وزارة الخارجية السورية"], SpeakersIn(
            $"وأعلنت وزارة الخارجية السورية إن {open}الاتحاد الأوروبي يكرّر أكاذيبه عندما يدعي بأن العقوبات المفروضة لا تستهدف الشعب السوري{close}."));

    [Fact]
    public void Extract_TheMissionCalledBack_IsTheMissionTheArticleNamed() =>
        // w168_39: «أعربت بعثة الأمم المتحدة للدعم في ليبيا عن …» then «ودعت البعثة إلى "…"» had printed «البعثة» (the mission).
        Assert.StartsWith("بعثة الأمم المتحدة", Assert.Single(SpeakersIn(
            "أعربت بعثة الأمم المتحدة للدعم في ليبيا عن عميق قلقها إزاء تصاعد أعمال العنف في الأحياء السكنية المكتظة في العاصمة طرابلس.",
            "ودعت البعثة إلى \"وقف فوري وغير مشروط لإطلاق النار\"، محذّرة من أن استمرار الاشتباكات لن يؤدي إلا إلى مزيد من زعزعة الاستقرار.")));

    [Fact]
    public void Extract_SourceFromInsideABodyWithItsWord_IsThatSource() =>
        // w509_32: «كشف مصدر من داخل اتحاد الكرة …» then «وقال المصدر …، إن "…"»: the source had been cut to «مصدر», no speaker
        // at all, and both quotations were lost.
        Assert.Equal(["مصدر من داخل اتحاد الكرة", "مصدر من داخل اتحاد الكرة"], SpeakersIn(
            "كشف مصدر من داخل اتحاد الكرة، اليوم الاربعاء، عن تلقي اتحاده اشعارا رسميا بإحالته الى لجنة الانضباط في \"فيفا\"، فيما رجح بتلقي الاتحاد عقوبة مالية.",
            "وقال المصدر في حديث لـ ( بغداد اليوم)،إن \" الاتحاد العراقي باللعبة تلقى اشعارا رسميا باحالته الى لجنة الانضباط في الاتحاد الدولي\".",
            "واضاف\" نرجح ان تكون العقوبة مالية قد تصل الى عشرة آلاف دولار بحسب لوائح لجنة الانضباط في (فيفا)\"."));

    [Fact]
    public void Extract_NameAfterAClausesKanaWithAsidesBeforeQad_GoesOnSpeaking() =>
        // w509_02: «…، وكان كريم عوام، المدير الجهوي لمكتب الدراسات «بينيدير»، …، قد كشف عن …» then «وأضاف « …»»: the
        // ministry that opened the sentence had been taken to go on speaking.
        Assert.Equal(["عوام", "عوام"], SpeakersIn(
            "وأفادت الوزارة أنه تم تحسيس السلطات الصينية حول ضرورة إنهاء ملعبي وهران وبراقي في أقرب الآجال ، وكان كريم عوام، المدير الجهوي لمكتب الدراسات «بينيدير»، المتابع لتطور الأشغال في ملعب وهران الجديد، قد كشف عن آخر التطورات الحاصلة في التحفة التي ستدخل الخدمة قريبا.",
            "وأضاف « اليد العاملة المحلية، هي من تقوم بمتابعة الأوضاع حاليا، بسبب عجز الأجانب عن التنقل للجزائر نظرا لظرف كورونا».",
            "ليردف « الملعب يتطلب عناية دائمة ويومية، خاصة للتغيرات المناخية في الجزائر ما بين الفترة والأخرى»."));

    [Fact]
    public void Extract_NameAfterAClausesKanaWithAsidesBeforeQad_SpeaksTheQuotationAfterTheVerb() =>
        // The same clause quoting in its own sentence: «…، وكان كريم عوام، المدير …، قد قال «…»».
        Assert.Equal(["عوام"], SpeakersIn(
            "وأفادت الوزارة أنه تم تحسيس السلطات الصينية حول ضرورة إنهاء الملعب ، وكان كريم عوام، المدير الجهوي لمكتب الدراسات، المتابع لتطور الأشغال في الملعب، قد قال «اليد العاملة المحلية هي من تقوم بمتابعة الأوضاع حاليا بسبب عجز الأجانب عن التنقل»."));

    [Fact]
    public void Extract_RevealAfterNot_IsANoun() =>
        // w506_22: «وأوضح القيادي الذي اشترط عدم كشف هويته، أنّ …، مبينًا أنّ "…"»: كشف after عدم («not revealing») was read as
        // «he revealed», and «هويته» (his identity) printed as the speaker.
        Assert.Equal(["القيادي"], SpeakersIn(
            "وأوضح القيادي الذي اشترط عدم كشف هويته، أنّ الاجتماع شهد حضور جميع زعماء أطراف الإطار التنسيقي، مبينًا أنّ \"الأطراف المجتمعة توصلت إلى اتفاق على ورقة اتفاق تضمنت شروطًا للقوى الكردية والسنية\"."));

    [Fact]
    public void Extract_Lana_IsAName() =>
        // w512_34: «وحول مستعيدي الجنسية أوضح لانا: “…”» and «وقال لانا: “…”»: لانا was read as ل and «I», and both quotations of
        // the coach خوسيه لانا were lost.
        Assert.Equal(["لانا", "لانا"], SpeakersIn(
            "عقد الاتحاد السوري لكرة القدم مؤتمراً صحفياً قدّم من خلاله المدرب الجديد الإسباني خوسيه لانا.",
            "وحول مستعيدي الجنسية أوضح لانا: “سيكون هناك تقييم والذي يستحق سيبقى”.",
            "ووعد لانا السوريين بالعمل الجاد.",
            "وقال لانا: “نقطة قوة المنتخب سابقا الدفاع”."));

    [Fact]
    public void Extract_BodyAfterSpokesmanAndAdjective_IsNoName() =>
        // w510_36: «إذ قال المتحدث الرسمي باسم المنافذ علاء الدين القيسي، …، إن “…”»: باسم behind an adjective had ended the
        // role's phrase, and «المنافذ», repeated in the article, was read as the spokesman's name.
        Assert.Equal(["القيسي", "القيسي"], SpeakersIn(
            "أعلنت هيئة المنافذ الحدودية عن إحصائية جديدة.",
            "إذ قال المتحدث الرسمي باسم المنافذ علاء الدين القيسي، في تصريح لعدد من وسائل الإعلام ، إن “أعداد الوافدين بلغت 3367449 زائراً”.",
            "وأضاف أن “أعداد المغادرين عبر هذه المنافذ للفترة المذكورة أعلاه بلغت 2221070 زائراً”."));

    [Fact]
    public void Extract_BothOfAfterTheVerb_IsItsObject() =>
        // w513_09: «مشروع قرار تونسي يدعو كلا من “مصر وإثيوبيا والسودان …”» had printed «كلا» («both/each of»), the verb's object.
        Assert.DoesNotContain("كلا", SpeakersIn(
            "ويجتمع أعضاء المجلس لمناقشة مشروع قرار تونسي يدعو كلا من “مصر وإثيوبيا والسودان لاستئناف مفاوضاتهم… ليتوصلوا، في غضون ستة أشهر، إلى نص اتفاقية ملزمة لملء السد وإدارته”."));

    [Fact]
    public void Extract_AfterWordsRelayedFromWitnesses_TheRelayerGoesOn() =>
        // w518_17: «وتابع نقلا عن شهود أن "…". وأضاف أن "…"»: the witnesses' words are theirs, but «وأضاف» after them is the
        // agency head's, who relays them; the witnesses (and once «نقلا» itself) had gone on speaking.
        Assert.Contains(("بودية", "يونس، على غرار جميع صحفيى الوكالة، ليس له أى توجه سياسى"), QuotesIn(
            "أعلن مدير وكالة الأنباء الليبية الرسمية عبد الباسط بودية، الثلاثاء، لفرانس برس، عن خطف محرر فى الوكالة.",
            "وصرح بودية بأن المحرر اختطف مساء الاثنين \"أمام مقهى مجاور لفندق المهارى بطرابلس بيد مسلحين\"، وتابع نقلا عن شهود أن \"خمسة رجال بلباس عسكرى اقتادوا يونس على يونس إلى جهة مجهولة\".",
            "وأضاف أن \"يونس، على غرار جميع صحفيى الوكالة، ليس له أى توجه سياسى\"."));

    [Theory]
    [InlineData("وأوضح علي أن")]
    [InlineData("وقال علي ان")]
    public void Extract_AliSpeltWithYaBeforeThatAfterAVerbOfSaying_IsTheName(string opening) =>
        // w520_06: «وأوضح علي أن المنتخب كان "…"» after «مهند علي»: علي had been read as the preposition على, and the words
        // went to the captain quoted before.
        Assert.Contains(("علي", "الأفضل خلال الشوطين، ووصل كثيرًا إلى المرمى وأضاع العديد من الفرص"), QuotesIn(
            "من جانبه أكد حارس وقائد المنتخب العراقي، جلال حسن أن اللاعبين كانوا \"رجالًا في الملعب وحققوا المطلوب، وهذا ما يستحقه جمهورنا\".",
            "بدوره، أهدى نجم المباراة، مهند علي (ميمي)، الفوز إلى الجمهور، معربًا عن شكره لله على تحقيق الفوز.",
            $"{opening} المنتخب كان \"الأفضل خلال الشوطين، ووصل كثيرًا إلى المرمى وأضاع العديد من الفرص\"."));

    [Fact]
    public void Extract_AliSpeltWithYaAfterAVerbTakingAla_StaysThePreposition() =>
        // Guard: «وأكد علي أن "…"» — أكد takes على, here typed with ي as some pages type every ى; even in an article that names
        // someone علي, the words are the lawyer's who goes on speaking.
        Assert.Equal(["خالد المصري", "خالد المصري"], SpeakersIn(
            "وكان الوزير السابق حسين كامل علي قد أصدر القرار الوزاري عام 1994.",
            "وقال المحامي خالد المصري إن \"القرار لم يطبق في أي مدرسة منذ صدوره قبل ثلاثين عاما\".",
            "وأكد علي أن \"التلميذة يمكن أن ترتدي غطاء للشعر بناء على طلب ولي أمرها\"."));

    [Fact]
    public void Extract_VerbalNounAfterTheOpeningVerb_IsItsObject() =>
        // w519_30: «وأرجع الانفجار إلى "ارتفاع درجات الحرارة"، لافتًا أن "…"»: الانفجار («the explosion»), repeated in the
        // article, was taken for the subject, and the military source's words went to it.
        Assert.Equal(["مصدر عسكري", "مصدر عسكري"], SpeakersIn(
            "أفاد مصدر عسكري لوكالة \"الأناضول\" بأنه \"أصيب 15 مدنياً إثر انفجار مخزن ذخيرة تابع لأحد الفصائل في محافظة كربلاء جنوبي العراق\".",
            "وأرجع الانفجار إلى \"ارتفاع درجات الحرارة\"، لافتًا أن \"قوات الأمن أغلقت محيط المنطقة، وحثت السكان على ملازمة منازلهم خشية انطلاق صواريخ جراء الانفجار\"."));

    [Fact]
    public void Extract_PressReportsAfterASourceCue_SpeakNot() =>
        // w520_24: «لكنه وحسب تقارير صحفية أبلغ اللاعبين باستقالته بسبب "…"» had printed «تقارير» (reports) as the speaker.
        Assert.DoesNotContain("تقارير", SpeakersIn(
            "ولم يمر شهران على تعيين عبد العظيم لكنه وحسب تقارير صحفية أبلغ اللاعبين باستقالته بسبب \"عدم وفاء ادارة النادي لتعهداتها بتعزيز صفوف الفريق.\""));

    [Fact]
    public void Extract_AsForANameThenItsRoleWithAMarkedName_SaidTheWordsAfterFaQad() =>
        // w522_05: «أما خالد الحصن ، الرئيس التنفيذي ل "تداول" فقد أكد "…"»: the ف on قد, and the marked «تداول» inside the
        // description, hid the «as for» subject; the words went to the official quoted before.
        Assert.Equal(["الحصن", "الكويز"], SpeakersIn(
            "من جهته أكد محمد الكويز ، رئيس هيئة السوق المالية أن هذه الخطوة تمثل \"تتويجا لتطور سوق رأس المال السعودي\". وقال الكويز إن السوق ستنمو.",
            "أما خالد الحصن ، الرئيس التنفيذي ل \"تداول\" فقد أكد \"سنستمر في جذب وتطوير أسواقنا من خلال الكفاءة والشفافية والحكم الجيد للتنافس مع أسواق الأسهم العالمية\". وأضاف الحصن أن التداول سيزيد."));

    [Fact]
    public void Extract_JudgedLikely_IsAVerbOfSaying() =>
        // w522_33: «ورجّح عبد السلام في تصريح إلى وكالة «رويترز» …، أن «تتضاعف القيمة …»»: رجّح («judged likely») was no cue,
        // as توقع («expected») is.
        Assert.Equal(["عبد السلام"], SpeakersIn(
            "ورجّح عبد السلام في تصريح إلى وكالة «رويترز» على هامش مؤتمر عن البورصة عقد في أربيل، أن «تتضاعف القيمة الترسملية الحالية البالغة 4 بلايين دولار إلى مثليها ما إن تتمكن الشركات من إدراج أسهمها في الأشهر المقبلة»."));

    [Fact]
    public void Extract_NounTheArticleWritesWithAl_IsNoNameAfterARole() =>
        // w344_02: «قدم المهندس كامل الوزير، وزير النقل والصناعة، التعازي لأسر ضحايا حادث قطار مطروح» — read after the role, the
        // words «لأسر ضحايا حادث قطار» gave «قطار» (a train), repeated in the article, as the minister's name; the article also
        // writes القطار, so it is a noun.
        Assert.DoesNotContain("قطار", SpeakersIn(
            "قدم المهندس كامل الوزير، وزير النقل والصناعة، التعازي لأسر ضحايا حادث قطار مطروح، متمنيًا الشفاء العاجل للمصابين.",
            "وأوضح أن القطار كان يسير بسرعة عادية قبل خروج عربتين من القضبان.",
            "وأضاف وزير النقل، خلال مداخلة هاتفية: \"نعتذر لكل المصريين إن كان فيه حد اتألم أو اتأثر أو اتأخر عن مصلحته بسبب حادث قطار مطروح\"."));

    [Fact]
    public void Extract_NameInMarksAfterTheDualOfOrganisation_IsNoQuotation() =>
        // w526_13: «حذر تقرير مشترك صادر عن منظمتي “هيومن رايتس ووتش” و”…”» had printed «منظمتي: هيومن رايتس ووتش».
        Assert.Empty(SpeakersIn(
            "بالتزامن مع ذلك، حذر تقرير مشترك صادر عن منظمتي “هيومن رايتس ووتش” و”الديمقراطية الآن للعالم العربي”، من أن اتفاق القرض الجديد يهدد الحقوق."));

    [Fact]
    public void Extract_TimeInMarksAfterABody_IsNotItsName() =>
        // w531_35: «أعلنت هيئة الأنواء الجوية" اليوم الأحد" حالة الطقس» — the day in marks was taken for the body's name, and
        // «وذكرت الهيئة … أن "…"» printed «اليوم الأحد».
        Assert.Equal(["هيئة الأنواء الجوية"], SpeakersIn(
            "أعلنت هيئة الأنواء الجوية\" اليوم الأحد\" حالة الطقس في البلاد للأيام المقبلة.",
            "وذكرت الهيئة في بيان، أن \"طقس البلاد ليوم غد الاثنين سيكون مغبراً مع حدوث عواصف ترابية في المنطقتين الوسطى والجنوبية\"."));

    [Fact]
    public void Extract_LamOnAHamzasAlefAfterTheVerb_IsWhomItWasSaidTo() =>
        // w526_20: «قد ذكر لأعضاء المجلس أن «…»» («told the members of the council») had printed «لأعضاء».
        Assert.Equal(["الوزير الصالح", "الوزير الصالح"], SpeakersIn(
            "وأعرب الوزير الصالح في بيان تلاه أمام مجلس الأمة عن الأسف أن العجز في ميزانية دولة الكويت «تحقق بأسرع مما يتصور الجميع وبعكس كل التوقعات».",
            "وذكر أنه حين قدم بيان وزير المالية عن مشروع ميزانية العام الماضي قد ذكر لأعضاء المجلس أن «المالية العامة للدولة تواجه تحديات عديدة أهمها استمرار زيادة المصروفات الجارية»."));

    [Theory]
    [InlineData("هذا وباركت السفارة الإيرانية لـ \"لبنان الشقيق، انتخاب العماد جوزيف عون رئيسا للجمهورية في ظل أجواء توافقية جامعة\"، معربة عن تطلعها إلى \"العمل سويا لتعزيز العلاقات بين الجمهوريتين الإسلامية الإيرانية واللبنانية\".", "السفارة الإيرانية")]
    [InlineData("وعلى الصعيد العربي، هنأ الرئيس الفلسطيني محمود عباس، الرئيس اللبناني المنتخب، معربا عن ثقته بأن \"لبنان الشقيق سيتجاوز تداعيات عدوان الاحتلال الإسرائيلي عليه\".", "عباس")]
    public void Extract_ParticipleAfterAVerbBehindHathaOrAFrontedPhrase_IsThatVerbsSubjects(string sentence, string speaker) =>
        // w528_34: «هذا وباركت السفارة الإيرانية …، معربة عن …» and «وعلى الصعيد العربي، هنأ الرئيس الفلسطيني محمود عباس، …،
        // معربا عن ثقته بأن "…"»: هذا, or the phrase set off before the verb, hid the verb's subject, and the words went to
        // Macron, quoted before. (هنأ also normalises to هنا, «here».)
        Assert.Equal(["ماكرون", speaker], SpeakersIn(
            "ومن بين المهنئين، الرئيس الفرنسي إيمانويل ماكرون، الذي قال إن \"انتخاب عون فتح باب الإصلاح في لبنان\".",
            sentence));

    [Fact]
    public void Extract_VerbAndNameSetOffByAComma_IsNoFrontedPhrase() =>
        // Guard, w192_10: «ووجه كاسترو، رسالة حاسمة للجميع، بالقول: "…"» — a verb and its subject before the comma, not a phrase
        // of where or when; read as one, «رسالة» opened the clause and «حاسمة» was printed.
        Assert.Equal(["كاسترو", "كاسترو"], SpeakersIn(
            "وشدد لويس كاسترو، على أنه \"لم تتم إقالته أو قدم استقالته من أي فريق طوال مسيرته\".",
            "ووجه كاسترو، رسالة حاسمة للجميع، بالقول: \"لا أخاف من الإقالة.. أكثر ما يحزنني اليوم، هو عدم إسعاد جماهير النصر\"."));

    [Theory]
    [InlineData("لكن ")]
    [InlineData("")]
    public void Extract_ParticipleAfterANominalSentencesRoleAndName_IsThatPersons(string opening) =>
        // w528_42: «لكن وزير الخارجية الأميركية مايك بومبيو، تجنّب التعليق على تأليف الحكومة، مكتفياً بالقول: «…»» — the words
        // went to دياب, quoted before; without لكن, وزير was read as و and a verb, and «الخارجية الأميركية» printed.
        Assert.Equal(["دياب", "بومبيو"], SpeakersIn(
            "كما اعلن الرئيس دياب انه التقى عددا من السفراء «الذين اعربوا عن تأييدهم واستعدادهم لمساعدة لبنان».",
            $"{opening}وزير الخارجية الأميركية مايك بومبيو، تجنّب التعليق على تأليف الحكومة، مكتفياً بالقول: «نريد حكومة غير فاسدة تعكس إرادة اللبنانيين»."));

    [Fact]
    public void Extract_WordAfterARoleOpeningTheSentence_IsNoNameBeforeAParticiple() =>
        // Guard, w499_13: «المدرب الإسباني تقدم عقب اللقاء باعتذاره …، مضيفًا "…"» — تقدم («stepped forward») is the verb, not
        // the coach's name; the coach named before goes on.
        Assert.Equal(["جارسيا", "جارسيا"], SpeakersIn(
            "وقال مدرب الشباب الإسباني بيتوري جارسيا إن \"الفريق قدم مباراة جيدة رغم الخسارة أمام الاتحاد\". واعترض جارسيا كثيرًا على الحكم.",
            "المدرب الإسباني تقدم عقب اللقاء باعتذاره لجماهير الشباب عن هذه الخسارة التي وصفها بالقاسية، مضيفًا \"أعتذر للجميع عن تلك الخسارة القاسية أمام الاتحاد\"."));

    [Fact]
    public void Extract_CueInARelativeClauseAboutAThingAnnounced_NamesNobodySpeaking() =>
        // w527_14: «…الخفض التطوعي الذي سبق أن أعلنت عنه المملكة …» then «وأكد المصدر أن "…"»: the kingdom that announced the
        // cut before had become the one speaking, and «المصدر» went back to it.
        Assert.DoesNotContain("المملكة", SpeakersIn(
            "قال مصدر مسؤول في وزارة الطاقة إن الخفض سيشمل شهر سبتمبر.",
            "وأوضح المصدر أن هذا الخفض هو بالإضافة إلى الخفض التطوعي الذي سبق أن أعلنت عنه المملكة في أبريل الماضي.",
            "وأكد المصدر أن هذا التخفيض التطوعي الإضافي، \"يأتي لتعزيز الجهود الاحترازية التي تبذلها دول أوبك+ بهدف دعم استقرار أسواق البترول\"."));

    [Theory]
    [InlineData("ونقلت وكالة \"رويترز\" عن مصدر في صناعة الشحن: ", "مصدر في صناعة الشحن")]
    [InlineData("وقالت مصادر في مجال الاتصالات إن ", "مصادر في مجال الاتصالات")]
    public void Extract_SourceInAFieldAndItsAlWord_IsPrintedWhole(string opening, string speaker) =>
        // w527_37 (and w135_29 on the dev pages): «عن مصدر في صناعة الشحن: "…"» had been cut to a bare «مصدر», which names no
        // one, and the quotation was dropped.
        Assert.Equal([speaker], SpeakersIn(
            $"{opening}\"جميع الموانئ الرئيسية أغلقت اليوم الخميس بسبب تصاعد الصراع في البلاد\"."));

    [Fact]
    public void Extract_SemicolonClosingAnAsideInAThatClause_EndsNothing() =>
        // w527_05: «أكد وزير النفط حيان عبد الغني لـ"الشرق" أن العراق، الذي يمثل …؛ "لم يأخذ حصته الحقيقية …"»: the semicolon
        // typed for the comma closing the aside had cut the quotation off from its cue.
        Assert.Equal(["عبد الغني"], SpeakersIn(
            "أكد وزير النفط حيان عبد الغني لـ\"الشرق\" أن العراق، الذي يمثل ثاني أكبر منتج للبترول ضمن دول منظمة أوبك؛ \"لم يأخذ حصته الحقيقية من إنتاج النفط الخام\"."));

    [Fact]
    public void Extract_RoleWordAloneInMarks_ReadsAsARole() =>
        // w535_09: «واصل "سفير" جبهة البوليساريو، عبد القادر الطالب عمر، …، مشيرا " أن …"»: the role in ironic marks had been
        // read as a name in marks, and all five quotations of the page were lost. (The name set off by commas after the
        // role's phrase is still not read: the role's phrase is printed.)
        Assert.Equal(["سفير جبهة البوليساريو"], SpeakersIn(
            "وفي هذا الصدد واصل \"سفير\" جبهة البوليساريو، عبد القادر الطالب عمر، جملة تصريحاته المعادية للمغرب، مشيرا \" أن جبهة البوليساريو باتت على قناعة بأن العمل العسكري هو ما سيصنع الفارق\"."));

    [Fact]
    public void Extract_WaPrepositionAndAl_IsNoName() =>
        // w535_09: «واتهم مسؤول جبهة البوليساريو المغرب ب " …" وباللجوء إلى " …"» had printed «وباللجوء» («and by resorting»).
        Assert.DoesNotContain("وباللجوء", SpeakersIn(
            "واتهم مسؤول جبهة البوليساريو المغرب ب \" تعطيل كل المبادرات السياسية لحل القضية\" وباللجوء إلى \" فرض سياسة الأمر الواقع عبر ترسيم الحدود البحرية ومنع تعيين مبعوث أممي للصحراء الغربية\"."));

    [Fact]
    public void Extract_NameSetOffAfterARoleFromAProvince_IsThePerson() =>
        // w539_17: «وقال الناشط من محافظة البصرة، ستار الجزائري، انه "…"» after «أكد ناشطون عراقيون»: «from a province and its
        // place» ended the role's phrase, and the bare role went back to the activists named before.
        Assert.Equal(["ستار الجزائري"], SpeakersIn(
            "أكد ناشطون عراقيون، الاثنين، عزمهم على اطلاق حملة من أجل الضغط على الجهات المعنية بخفض سعر الطماطم.",
            "وقال الناشط من محافظة البصرة، ستار الجزائري، انه \"نظراً لارتفاع أسعار الطماطم بالأسواق خلونا نسوي حملة مقاطعة ومحد يشتريها\"."));
}
