using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 37: what blind rounds 454–501 and the pooled dev pages (132–453) missed.
/// </summary>
public class QuoteExtractorRound454Tests
{
    [Fact]
    public void Extract_DiscoveryAfterAla_IsNoVerbOfSaying() =>
        // w163_04: «تعلن مصر … على كشف أثري جديد وكبير …» — كشف after على («a discovery») was read as «he revealed», and the
        // word after it, «وكبير», was printed as the speaker.
        Assert.DoesNotContain("وكبير", SpeakersIn(
            "تعلن مصر، اليوم السبت، على كشف أثري جديد وكبير في مدينة الأقصر، وصفه وزير الآثار بأنه \"سيهم كل العاملين في مجال المصريات على مستوى العالم\"."));

    [Fact]
    public void Extract_SessionAfterTheName_EndsTheName() =>
        // w447_25: «رفع رئيس مجلس الأمة … جاسم الخرافي جلسة المجلس …، وقال إنه «…»» had printed «جلسة» (a session).
        Assert.Equal(["الخرافي"], SpeakersIn(
            "وفي الوقت نفسه، رفع رئيس مجلس الأمة «البرلمان» الكويتي جاسم الخرافي جلسة المجلس العادية، أمس، نهائيا لعدم اكتمال النصاب وقال إنه «لن يدعو إلى أي جلسة للمجلس إلا بعد تشكيل الحكومة الجديدة»."));

    [Theory]
    [InlineData("تدوينة")]
    [InlineData("فيديو")]
    public void Extract_PostAfterTheName_IsTheVerbsObject(string post) =>
        // w200_42: «نشرت الروائية الجزائرية أحلام مستغانمي تدوينة على صفحتها قالت فيها …» had printed «تدوينة» (a post).
        Assert.Equal(["مستغانمي"], SpeakersIn(
            $"نشرت الروائية الجزائرية أحلام مستغانمي {post} على صفحتها قالت فيها إنها هاتفت \"البارحة السيدة زهور زوجة الشاعر لأبلغها تأثري برحيله\"."));

    [Fact]
    public void Extract_CueInsideAQuotationLeftOpen_NamesNobody() =>
        // w302_35: «وأضاف المركز، “حيث توضح صور الأقمار الصناعية …» never closes its mark; «توضح صور» inside it made «صور»
        // (images) the one speaking, and the next sentence's «وأضاف أن” …”» went to it.
        Assert.Equal(["المركز الوطني للأرصاد"], SpeakersIn(
            "أعلن المركز الوطني للأرصاد أن منخفضا جويا يتشكل في بحر العرب.",
            "وأضاف المركز، “حيث توضح صور الاقمار الصناعية انتظام واضح في السحب المصاحبة حول المركز مع رياح قصوى.",
            "وأضاف أن” حزام السحب المرفقة لمنطقة الضغط المنخفض تؤثر بشكل مباشر على سواحل محافظة المهرة”."));

    [Fact]
    public void Extract_CueAfterAMarkClosedByAnotherKind_StillNamesTheSpeaker() =>
        // Guard, argen_0175: «(…» and «…)» mixed with «: «التنوير … مقبلة)، وقال الفكي إن …» — the ) closes what « opened, and
        // «وقال الفكي» names the one who goes on speaking (not Hamdok, who spoke before).
        Assert.Equal(["الفكي"], SpeakersIn(
            "وقال رئيس الوزراء عبد الله حمدوك إن الحكومة ستعلن برنامجها الأسبوع المقبل.",
            "«التنوير الاقتصادي الذي جرى في اجتماعات مجلس السيادة كشف أن هنالك تحولات كبيرة مقبلة)، وقال الفكي إن المجلس سيقسم إلى ملفات، وتابع: (سينعقد اليوم اجتماع لمجلس السيادة، يقدم فيه تنويرا عن الملف الاقتصادي).",
            "وتابع: «هذا الأمر ستقوم به مؤسسات القضاء والنيابة العامة والمراجع العام، ليأخذ طبيعته»."));

    [Fact]
    public void Extract_TopicAfterABareCue_IsNoSpeaker() =>
        // w454_18: «وقال بشأن التوتر الخليجي مع طهران: "…"» had printed «بشأن» («regarding»).
        Assert.Equal(["ابن علوي", "ابن علوي"], SpeakersIn(
            "وأضاف ابن علوي: \"قلقون من احتمال وقوع أي خطأ من قبل القطع البحرية في مضيق هرمز، ما قد يخلق مشكلة كبرى\".",
            "وقال بشأن التوتر الخليجي مع طهران: \"لو تحدينا إيران كبلد كبير في المنطقة فهذا لن يساعدنا وموقفنا هو قبول السلام والاستقرار\"."));

    [Fact]
    public void Extract_QuotationLeftOpenBeforeAShortNameInMarks_IsNotRead() =>
        // w455_12: «وقال: «تركز الوزارة …، مبيناً أن «الصحة» بصدد تدشين …» — the first « never closes; paired with the «
        // of «الصحة» it had made a quotation of the minister's paraphrase.
        Assert.Empty(SpeakersIn(
            "قال وزير الصحة الكويتي خالد السعيد إن البلاد تجاوزت مرحلة الجائحة.",
            "وقال: «تركز الوزارة حالياً على البناء والاهتمام بتطوير المنظومة الصحية، مبيناً أن «الصحة» بصدد تدشين عدد من المراكز الصحية قريباً، بينها مركز أبوفطيرة الصحي، وذلك خلال أيام."));

    [Fact]
    public void Extract_ShortNameInMarksClosingTheSentence_ClosesTheQuotationToo()
    {
        // Guard, argen_0886: «… ظلت القروض غير المنتظمة عند مستوى «صفر». — the name's » ends the sentence and closes the
        // quotation the « before it opened.
        var (speaker, text) = Assert.Single(QuotesIn(
            "قال رئيس مجلس إدارة البنك التجاري عبدالله الدعيج إن آثار الأزمة غير واضحة حاليا.",
            "وفي كلمته أمام الجمعية العمومية قال الدعيج: «لقد أكملنا عاما آخر في بيئة اقتصادية شهدت العديد من التحديات، وبفضل هذه الإجراءات ظلت القروض غير المنتظمة عند مستوى «صفر». كما استمر البنك في تخصيص المخصصات."));
        Assert.Equal("الدعيج", speaker);
        Assert.EndsWith("عند مستوى «صفر", text);
    }

    [Fact]
    public void Extract_WorkOnAfterTheVerb_IsWhatIsStressed() =>
        // w457_27: «وأكد العمل على "حل هذه المشكلة …"» had printed «العمل» (the work) for Nawaf Salam's words.
        Assert.Equal(["سلام", "سلام"], SpeakersIn(
            "جال رئيس الحكومة اللبنانية نواف سلام، اليوم الجمعة، على أجنحة معرض الصناعة اللبنانية في بيروت.",
            "وأكد العمل على \"حل هذه المشكلة، وفتح الأسواق أمام الصناعات اللبنانية لا سيما الخليجية\"، كاشفاً أن \"هذه المسألة ستُحل قريباً\"."));

    [Fact]
    public void Extract_BodyBetweenAClausesKanaAndQad_IsTheSubject() =>
        // w455_42: «…، كانت وزارة الخارجية البحرينية قد أكد أنها تتابع … “…”» had gone on with the minister the story opened
        // with.
        Assert.Equal(["وزارة الخارجية البحرينية"], SpeakersIn(
            "ووصل وزير الخارجية البحريني إلى دمشق، في زيارة هي الأولى له.",
            "وبعد سقوط نظام الأسد في 8 ديسمبر الماضي، كانت وزارة الخارجية البحرينية قد أكد أنها تتابع عن كثب تطورات الأحداث في سوريا “للاطمئنان على الأوضاع في البلاد، في إطار حرصها على سيادة واستقلال سوريا”."));

    [Theory]
    [InlineData("بشأنها")]
    [InlineData("فيها")]
    public void Extract_AboutItBetweenTheCueAndARole_LeavesTheRoleTheSpeaker(string aboutIt) =>
        // w456_24: «الدورة التي أكد بشأنها وزير الصناعة والمناجم عبد السلام بوشوارب "…"» had found nobody after «بشأنها».
        Assert.Equal(["بوشوارب"], SpeakersIn(
            $"وأبدى الطرفان ارتياحهما لوتيرة الإعدادات لهذه الدورة التي أكد {aboutIt} وزير الصناعة والمناجم عبد السلام بوشوارب \"أنها ستكون موعدا هاما ومفصليا للانطلاق في شراكة اقتصادية نوعية بين الجزائر والسعودية\"."));

    [Fact]
    public void Extract_Told_IsAVerbOfSaying() =>
        // w460_09: «أخبر عزرو «الإمارات اليوم» …: “…”» — «told» was no cue, and the coach's words were lost.
        Assert.Equal(["عزرو"], SpeakersIn(
            "يلعب المغربي عزرو في الدوري الإماراتي منذ ثلاثة مواسم.",
            "أخبر عزرو «الإمارات اليوم» على هامش المواجهة: “لقد كنا هنا من قبل عدد من اللاعبين المغربيين، وفي كل موسم نشهد زيادة في عدد اللاعبين من بلدي”."));

    [Fact]
    public void Extract_ConsideredItAfterTheName_EndsTheNameAndCarriesTheWords()
    {
        // w461_03: «وندد وزير الأوقاف … حاتم البكرى بالاقتحام واعتبره «…»» — «واعتبره» («and he considered it») was read as
        // the name's last word, and the quotation dropped.
        var speaker = Assert.Single(SpeakersIn(
            "وندد وزير الأوقاف والشئون الدينية فى السلطة الفلسطينية حاتم البكرى بالاقتحام واعتبره «انتهاكًا فاضحًا للأماكن المقدسة ودور العبادة»."));
        Assert.DoesNotContain("اعتبر", speaker);
    }

    [Fact]
    public void Extract_ShortLabelAfterConsideredIt_IsNoQuotation() =>
        // Guard, w347_28: «اعتبره البعض “قرارا جريئا جدا”» — what some called a decision is a label, not words said.
        Assert.Empty(SpeakersIn(
            "اتخذ العراق قرارا بشأن مواطني 37 دولة، اعتبره البعض “قرارا جريئا جدا”، اليوم الأحد."));

    [Fact]
    public void Extract_LawAfterTheName_IsWhatIsDescribed()
    {
        // w324_30: «وصف النائب نواف الفزيع قانون الإعلام الجديد … بأنه “…”» had printed «قانون» (the law) for the MP's four
        // quotations.
        var speakers = SpeakersIn(
            "وصف النائب نواف الفزيع قانون الإعلام الجديد الذي اقرته الحكومة ورفعته الى مجلس الامة بأنه “شيوعي لايتناسق مع الديموقراطية , وهو ضد التوسع في الحريات “.",
            "وذكر ان “غرامة ال ٣٠٠ الف دينار التي تتضمنها بعض مواده, تمثل اعداما اكثر من عقوبة الحبس ولن نسمح بالموافقة علي هذا القانون “.",
            "ولفت إلى أن ” القانون لن يخدم سوي التضييق علي الحريات”, موضحا أن “قانون المرئي والمسموع افضل بكثير من هذا القانون “.");
        Assert.Equal(4, speakers.Length);
        Assert.All(speakers, speaker => Assert.Contains("الفزيع", speaker));
    }

    [Fact]
    public void Extract_NounWithHerPronounBehindWa_IsNobody() =>
        // w415_43: «"…" هكذا وصفت تونسية ناجية وعائلتها اللحظات الأولى للزلزال» had printed «وعائلتها» (and her family).
        Assert.DoesNotContain("وعائلتها", SpeakersIn(
            "''اهتزت الارض تحتنا في مدينة هاتاي التركية.. شعرنا بهزة صغيرة اعقبها صوت قوي وضوء لامع كالبرق ثم اهتزت بنا الارض بقوة فسارعت بإخراج ابنائي من المبنى\" هكذا وصفت تونسية ناجية وعائلتها اللحظات الأولى للزلزال المرعب الذي هز مدنا عديدة في تركيا وسوريا."));

    [Fact]
    public void Extract_NewAndFansAfterANameOrARole_AreNoName() =>
        // w463_34: «أعلن لاعب جديد …» made «جديد» (new) the one speaking, and «ودع اللاعب أحمد يحيي جماهير نادي الشرطة …
        // قائلًا:”…”» ran the name on into «جماهير» (the fans).
        Assert.All(SpeakersIn(
            "أعلن لاعب جديد في صفوف فريق الشرطة العراقي، رحيله بشكل رسمي خلال فترة الانتقالات الصيفية.",
            "ودع اللاعب أحمد يحيي جماهير نادي الشرطة عبر حسابه الرسمي على موقع التواصل الاجتماعي “إنستجرام” قائلًا:”أعلن لكم بحزن كبير مغادرتي هذا الكيان الكبير نادي الشرطة، النادي الذي حققت معه جميع الألقاب”.",
            "وأضاف:”أتمنى أني قد وقفت في تقديم ما أملك لنادي الشرطة الذي سيبقى في قلبي”."),
            speaker => Assert.StartsWith("أحمد", speaker));

    [Fact]
    public void Extract_PresentVerbAfterFiAndAnIndefiniteNoun_NamesNobody() =>
        // w465_43: «… في بادرة تؤكد متانة العلاقات …، موضحاً أن زيارته … "…"» — «a gesture that confirms» made «متانة»
        // (the strength) the one speaking, and the ambassador's words went to it.
        Assert.Equal(["سيبيريل"], SpeakersIn(
            "قام سفير الولايات المتحدة لدى البحرين جاستين سيبيريل بزيارة إلى مركز الاتصال الوطني، في بادرة تؤكد متانة العلاقات العميقة بين البلدين، موضحاً أن زيارته لهذا المركز الناشئ خطوة \"تأتي للتأكيد على العلاقة الوثيقة القائمة بين البلدين، وللتعرف على الدور الهام الذي يقوم به المركز\".",
            "فيما عبّر السفير سيبيريل عن سعادته بالزيارة التي قام بها لمركز الاتصال الوطني."));

    [Fact]
    public void Extract_PastVerbAfterWhereas_StillNamesASpeaker() =>
        // Guard, w466_22: «في حين تحدث الإعلامي … مصطفى بكري، عن «…». لكنه أضاف أن «…»» — «whereas» opens a clause whose past
        // verb names the one who goes on speaking; the quotation is kept.
        Assert.Single(SpeakersIn(
            "قبل أشهر من الانطلاق الرسمي للانتخابات الرئاسية المقبلة في مصر، يشهد الاستحقاق انضمام المزيد من المُنافسين المحتملين. في حين تحدث الإعلامي والبرلماني المصري مصطفى بكري، عن «مرشح قوي لم يتم الإعلان عنه بعد». لكنه أضاف أن «قائمة المرشحين المحتملين للانتخابات الرئاسية سوف تشهد انضمام المزيد من الشخصيات»."));

    [Fact]
    public void Extract_WordsInMarksBetweenTheSubjectAndThat_DescribeTheSubject() =>
        // w469_25: «وقال أحمد عواجي مدخلي "خصائي مشاريع لدى البرنامج السعودي"، إن الزيارة …» had read his job as his words.
        Assert.Empty(SpeakersIn(
            "وقال أحمد عواجي مدخلي \"خصائي مشاريع لدى البرنامج السعودي\"، إن الزيارة تأتي للنظر والدراسة للمشاريع التي يسعى البرنامج تنفيذها."));

    [Fact]
    public void Extract_Claimed_IsAVerbOfSaying() =>
        // w468_30: «وزعم ديروان أن …» — «claimed» was no cue.
        Assert.Equal(["ديروان"], SpeakersIn(
            "رفعت الحكومة أسعار الأدوية بنسبة كبيرة هذا الشهر.",
            "وزعم مدير الشركة سامي ديروان أن \"هذه الزيادات ستساهم في حل مشكلة انقطاع الأدوية من الأسواق\"."));

    [Theory]
    [InlineData("وبيّن أن")]
    [InlineData("وبين أن")]
    public void Extract_ExplainedOpeningTheSentenceBeforeThat_IsTheVerb(string explained) =>
        // w467_10 and seven pooled pages (w304_28, w438_30 …): «وبيّن أن «…»» — بيّن is guarded (بين is «between»), and
        // before أن with no name it had been left as «between».
        Assert.Equal(["بن سويدان", "بن سويدان"], SpeakersIn(
            "قال مدير إدارة المرور العميد حمد بن سويدان إن الحملة تستمر شهرا كاملا.",
            $"{explained} «القيادة بسرعات عالية تقلل قدرة السائق على السيطرة على المركبة»، مشيراً إلى أن «ثواني قليلة من التهور قد تغيّر حياة أسر بأكملها»."));

    [Fact]
    public void Extract_BetweenInsideASentence_IsStillNoVerb() =>
        // Guard: «الفرق بين أن …» — mid-sentence, without its shadda, بين before أن is «between».
        Assert.Empty(SpeakersIn(
            "قال مدير المرور إن الحملة تستمر شهرا.",
            "والفرق بين أن \"تلتزم بالسرعة المحددة أو لا تلتزم بها\" كبير جدا على الطرق."));

    [Fact]
    public void Extract_AsTheMediaReported_CarriesTheWordsOfTheOneSpeaking() =>
        // w472_28: «وأضاف المدرب البالغ 69 عاماً عن تلقيه عرضا … كما ذكرت وسائل الإعلام: «…»» had printed «وسائل الإعلام»
        // for the coach's words.
        Assert.Equal(["ايفانوفيتش", "ايفانوفيتش"], SpeakersIn(
            "قال مدرب عمان برانكو ايفانوفيتش: \"الإرهاق هو أحد الأسباب الرئيسة لخسارتنا المتأخرة\".",
            "وأضاف المدرب البالغ 69 عاماً عن تلقيه عرضا لتدريب أحد الأندية في إيران كما ذكرت وسائل الإعلام: «كما تعلمون ينتهي عقدي مع الاتحاد العماني في نهاية البطولة الحالية، لكن تركيزي الآن هو على المنتخب العماني»."));

    [Fact]
    public void Extract_AsARadioReported_CarriesTheBanksWords() =>
        // w475_40: «وقال البنك الدولي … – حسبما ذكر راديو “فرنسا الدولي” اليوم، إنه “…”» had printed «راديو» (radio was no
        // medium).
        Assert.Equal(["البنك الدولي"], SpeakersIn(
            "وقال البنك الدولي ، في تقرير يصدره كل عام – حسبما ذكر راديو “فرنسا الدولي” اليوم /الثلاثاء/ ، إنه “لا تلوح في الأفق أي نقطة تحول واضحة للأزمة في لبنان، فالتقاعس في تنفيذ السياسات الإنقاذية يهدد الأوضاع الاجتماعية”."));

    [Fact]
    public void Extract_ThatClauseInMarksAfterBa_IsSpeech() =>
        // w476_07: «ووصف، تصريحات غريفيث بـ"أنها ترضية للحوثيين وتبرر تصرفاتهم"» — after ب the quotation was read as a name.
        Assert.Contains(QuotesIn(
            "انتقد وزير الخارجية اليمني خالد اليماني \"تصريحات المبعوث الأممي الخاص إلى اليمن مارتن غريفيث بشأن سبب عدم وصول وفد الحوثيين إلى مشاورات السلام في جنيف\" ووصف، تصريحات غريفيث بـ\"أنها ترضية للحوثيين وتبرر تصرفاتهم\"، مشيرا إلى أن \"المبعوث الأممي سبق أن انتقد موقف الحوثيين أمام وفد الحكومة\"."),
            q => q.Text == "أنها ترضية للحوثيين وتبرر تصرفاتهم" && q.Speaker == "اليماني");

    [Fact]
    public void Extract_ExplainedOpeningTheSentenceBeforeARole_IsTheVerb() =>
        // w474_32: «وبين أمين بغداد أيضا، أن ” …”» — بيّن before a role, with no shadda, had been left as «between».
        Assert.Equal(["أمين بغداد"], SpeakersIn(
            "وبين أمين بغداد أيضا، أن ” المناطق الشعبية ذات الكثافة السكانية العالية تتطلب جهدا استثنائيا من ملاكات الأمانة”."));

    [Fact]
    public void Extract_StatementsFromABody_AreTheBodys() =>
        // w474_34: «افادت تصريحات من مجلس المحافظة، أن “…”» had printed «تصريحات» (statements).
        Assert.Equal(["مجلس المحافظة"], SpeakersIn(
            "وفي الاعوام الماضية افادت تصريحات من مجلس المحافظة، أن “محطات التحلية المتوقفة، مثل مشروع ماء البصرة الكبير، تعاني من نقص التمويل وسوء التخطيط”."));

    [Fact]
    public void Extract_NameAfterAStudio_IsNoQuotation() =>
        // w472_21: «خلال حضوره في استوديو "بي إن سبورتس"» had been printed as Antar's words.
        Assert.DoesNotContain(QuotesIn(
            "وقال رضا عنتر قائد لبنان السابق خلال حضوره في استوديو \"بي إن سبورتس\" لتحليل اللقاء الافتتاحي: \"كنت أتوقع أن تكون النتيجة أفضل لصالح منتخب لبنان\"."),
            q => q.Text == "بي إن سبورتس");

    [Fact]
    public void Extract_SincereBeforeThanks_IsNoName() =>
        // w471_39: «ووجه الزياني خالص شكره …» and then «وأضاف: "…"» had printed «خالص» (sincere). (Nothing names the one
        // who goes on speaking yet: the verb's subject after an opening verb is read only before anyone has spoken.)
        Assert.DoesNotContain("خالص", SpeakersIn(
            "أعلنت \"طيران الخليج\" – الناقلة الوطنية لمملكة البحرين – عن تعيين مجلس إدارتها الجديد برئاسة وزير الصناعة والتجارة زايد الزياني.",
            "ووجه الزياني خالص شكره وتقديره لولي العهد على هذه الثقة السامية.",
            "وأضاف: \"من المؤكد أن مجلس الإدارة الجديد سيسهم بشكل كبير في تحقيق الأهداف الرئيسية للناقلة الوطنية\"."));

    [Fact]
    public void Extract_LifeStoryAfterNarrates_IsNobody() =>
        // w483_08: «مسلسل جديد يروي سيرة محمّد عبده» made «سيرة» (a life story) the one speaking, and «وعلّق: “…”» went to it.
        Assert.DoesNotContain("سيرة", SpeakersIn(
            "أعلن المستشار تركي آل الشيخ عن بدء التحضيرات لمسلسل جديد يروي سيرة فنان العرب محمد عبده.",
            "المسلسل وثائقي تمثيلي، يروي سيرة الفنان محمد عبده ويسلط الضوء على مراحل حياته.",
            "وكان آل الشيخ قد نشر صورة غلاف المسلسل وعلّق: “مع معالي الغالي تركي شبانة في العمل الجديد”."));

    [Fact]
    public void Extract_AccordingToTheLaw_IsNoSource() =>
        // w478_04: «مشددًا على أن العدالة ستسير وفق القانون الدولي، وأنه “…”» had printed «القانون الدولي».
        Assert.Equal(["حميدتي"], SpeakersIn(
            "قال قائد قوات الدعم السريع محمد حمدان دقلو (حميدتي) إن الحرب يجب أن تنتهي.",
            "وأكد حميدتي موافقة قواته على إشراك جميع الأطراف في العملية السياسية، مشددًا على أن العدالة ستسير وفق القانون الدولي، وأنه “لن يفلت أي من مرتكبي الانتهاكات من العقاب”."));

    [Theory]
    [InlineData("نفت دولة الإمارات العربية المتحدة صحة التقرير، مؤكدة أن المزاعم \"لا أساس لها من الصحة وتفتقر إلى أدلة\".", "دولة الإمارات")]
    [InlineData("وقالت سلطنة عمان إن المشروع \"أول نموذج لمدينة متكاملة في المنطقة كلها\".", "سلطنة عمان")]
    public void Extract_WordThatHeadsACountrysName_PrintsWithTheCountry(string sentence, string speaker) =>
        // w478_14, w481_26: «نفت دولة الإمارات …» and «سلطنة عمان» had printed «دولة» and «سلطنة» alone.
        Assert.Equal([speaker], SpeakersIn(sentence));

    [Fact]
    public void Extract_QuotationAfterAColonClosingLongAsides_IsTheOpeningVerbs() =>
        // w482_28: «وقال وزير الخارجية الأردني، أيمن الصفدي، خلال مؤتمر صحفي … ردا على سؤال حول …: “إن الأردن …”» — the
        // asides ran past the reach of the verb, and the quotation was lost.
        // (An ال-family name the article never uses alone prints with the given name.)
        Assert.Equal(["أيمن الصفدي"], SpeakersIn(
            "وقال وزير الخارجية الأردني، أيمن الصفدي، خلال مؤتمر صحفي عقده عقب مشاركته في اجتماع المجلس التنفيذي المشترك لبرلمانيي أحزاب التحالف الحكومي الألماني، اليوم الثلاثاء، ردا على سؤال حول قرار محتمل للإدارة الأمريكية بالخروج من الاتفاق النووي مع إيران: “إن الأردن ثابت في سياسته التي تؤكد ضرورة خلو الشرق الأوسط من جميع أسلحة الدمار الشامل”."));

    [Fact]
    public void Extract_BareVerbAfterAnInterviewWithSomeone_IsTheirs() =>
        // w483_42: «وفي مقابلة مع مديرة المهرجان علياء أرصغلي، قالت إن …» and then «وأضافت "…"» had gone to «الأفلام», the
        // subject of the sentence before.
        Assert.Equal(["أرصغلي"], SpeakersIn(
            "عشرة أفلام لمخرجات شابات عرضت في افتتاح المهرجان، ركزت الأفلام على الهوية الفلسطينية بجودة عالية.",
            "وفي مقابلة مع مديرة المهرجان علياء أرصغلي، قالت إن طبيعة الافلام المعروضة في المهرجان تبحث عن الهوية والانتماء.",
            "وأضافت \"حاولنا من خلال هذه المجموعة أن نظهر معنى الانتماء للشخص من داخله بأساليب سينمائية مختلفة\"."));

    [Fact]
    public void Extract_FutureClauseAfterALawsName_IsSpeech() =>
        // w282_12: «أعلن … ضياء الناصري، أمس ان مشروع قانون الموازنة "سيتم إقراره في جلسة خاصة …"» — after «قانون …» the
        // quotation was read as the law's title.
        Assert.Equal(["الناصري"], SpeakersIn(
            "كما أعلن مستشار رئيس الوزراء ضياء الناصري، أمس ان مشروع قانون الموازنة \"سيتم إقراره في جلسة خاصة لمجلس الوزراء الإثنين المقبل\"."));

    [Fact]
    public void Extract_AdmittedThat_IsAVerbOfSaying() =>
        // w185_15: «أقر علي العريض، نائب رئيس حركة «النهضة» …، بأن حزبه «…»» — أقرّ was no cue.
        Assert.Equal(["علي العريض"], SpeakersIn(
            "أقر علي العريض، نائب رئيس حركة «النهضة» التونسية، الحزب الإسلامي المشارك في الحكم منذ 2011، بأن حزبه «يتحمل جزءا كبيرا من المسؤولية عن تفاقم الأزمة السياسية التي تشهدها تونس»."));

    [Fact]
    public void Extract_ApprovedWithoutThat_ReportsNoWords() =>
        // Guard: «أقر مجلس الوزراء «قانون الاستثمار الجديد» …» — without بأن, أقرّ is «approved», and the marks hold the law's
        // name.
        Assert.Empty(SpeakersIn(
            "أقر مجلس الوزراء في جلسته الأسبوعية «مشروع قانون الاستثمار الجديد في المناطق الحرة» بعد نقاش طويل."));

    [Fact]
    public void Extract_EarlierStatementOfABody_IsTheBodys() =>
        // w338_42: «وأقر بلاغ سابق لوزارة الشؤون الخارجية بأن “…”» had printed «سابق» (earlier).
        Assert.Equal(["وزارة الشؤون الخارجية"], SpeakersIn(
            "وأقر بلاغ سابق لوزارة الشؤون الخارجية بأن “هذه المساعدات الإنسانية تتكون من 40 طنا من المواد الغذائية الأساسية والأغطية، وأدوية للحالات الطارئة”."));

    [Fact]
    public void Extract_SubjectBeforeAnUnprefixedVerbOfDescribing_DescribesAndSpeaks() =>
        // w488_16: «كليم افتاب، مدير البرنامج السينمائي الدولي، وصف مهرجان البحر الأحمر بأنه …» and then «وأضاف: “…”» had
        // gone to «مهرجان» (the festival, what was described).
        Assert.Equal(["افتاب"], SpeakersIn(
            "انطلق مهرجان البحر الأحمر السينمائي الدولي في دورته الثالثة.",
            "كليم افتاب، مدير البرنامج السينمائي الدولي، وصف مهرجان البحر الأحمر بأنه محفل عالمي يفخر به الجميع.",
            "وأضاف: “نسعى في المهرجان إلى تمثيل السينما السعودية ومشاهدة تطورها وتألقها من جميع أنحاء المملكة”."));

    [Fact]
    public void Extract_StanceOpeningTheWordsAfterAVerb_IsSpeech() =>
        // w487_34: «إن عون أكد خلال الاتصال “ضرورة تعزيز التعاون …”» — after «the call» the quotation was read as a name.
        Assert.Equal(["عون"], SpeakersIn(
            "قالت الرئاسة السورية في بيان، إن عون أكد خلال الاتصال “ضرورة تعزيز التعاون بما يحقق الأمن والسلام للشعبين السوري واللبناني”."));

    [Fact]
    public void Extract_PredicateAfterThatAndATwoWordSubject_IsSpeech() =>
        // w318_20: «فإن هذا الدور «سيكون أكبر وأقوى»» — after إن and a subject of two words the quotation was read as a name.
        Assert.Equal(["حسين"], SpeakersIn(
            "قال وزير الخارجية العراقي فؤاد حسين إن الحوار مستمر.",
            "وشدد حسين على أن المملكة العربية السعودية «تلعب دوراً مهماً» خليجياً وإقليمياً وعربياً وإسلامياً ودولياً، معبراً عن اعتقاده بأنه إذا تحسنت علاقتها مع إيران، فإن هذا الدور «سيكون أكبر وأقوى»."));

    [Fact]
    public void Extract_TitleAfterAPaintingWithHerPronoun_IsNoQuotation() =>
        // Guard, w231_39: «وتقول إن لوحتها المفضلة «الطفل يبكي الوطن»» — لوحتها opens with a letter read as a prefix; the
        // painting's name is no speech.
        Assert.Empty(SpeakersIn(
            "وشاركت فنانة يمنية شابة تدعى هويدا الكبسي بثلاث لوحات، وتقول إن لوحتها المفضلة «الطفل يبكي الوطن»."));

    [Fact]
    public void Extract_WordsOpeningWithHuwaAfterANamingNoun_AreSpeech() =>
        // Guard, w472_28: «وأشار إلى أن هدف فريقه المقبل «هو تحقيق نتيجتين …»» — فريقه is a naming noun with its pronoun, but
        // a quotation opening with «هو» is a clause, not a team's name.
        Assert.Equal(["ايفانوفيتش"], SpeakersIn(
            "قال مدرب عمان برانكو ايفانوفيتش إن الإرهاق سبب الخسارة.",
            "وأشار إلى أن هدف فريقه المقبل «هو تحقيق نتيجتين إيجابيتين أمام تايلاند وقيرغيزستان»."));

    [Fact]
    public void Extract_ChargeDAffaires_IsARole() =>
        // w497_26: «أكد القائم بالأعمال بالنيابة لوفد سوريا الدائم لدى الأمم المتحدة منذر منذر أن "…"» had printed «القائم».
        Assert.Equal(["منذر"], SpeakersIn(
            "أكد القائم بالأعمال بالنيابة لوفد سوريا الدائم لدى الأمم المتحدة منذر منذر أن \"حقها السيادي على الجولان المحتل لا يخضع للتفاوض أو التنازل ولا يسقط بالتقادم\"."));
}
