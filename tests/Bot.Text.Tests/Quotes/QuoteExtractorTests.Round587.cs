using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 40: what blind rounds 587–626 (w587_… to w626_…) and the pooled dev pages (132–583) missed.
/// </summary>
public class QuoteExtractorRound587Tests
{
    [Fact]
    public void Extract_RoleWordInsideANameAfterTheRole_IsPartOfTheName() =>
        // w181_25: «وأعرب وزير الخارجية الإيراني حسين أمير عبد اللهيان، …»: أمير (emir) had ended the name after the given name,
        // and «حسين» was printed.
        Assert.Equal(["عبد اللهيان"], SpeakersIn(
            "وقال وزير الخارجية الإيراني حسين أمير عبد اللهيان، إن \"المقاومة في لبنان وفلسطين تعيش أقوى مراحلها\"."));

    [Fact]
    public void Extract_RoleWordInsideANameAfterTheVerb_IsPartOfTheName() =>
        Assert.Equal(["عبد اللهيان"], SpeakersIn(
            "وقال حسين أمير عبد اللهيان وزير الخارجية الإيراني: \"المقاومة في لبنان وفلسطين تعيش أقوى مراحلها\"."));

    [Fact]
    public void Extract_RoleWordInsideANameBeforeThatClause_IsPartOfTheName() =>
        // w318_38: with no comma, the name's words were weighed only up to عبد.
        Assert.Equal(["عبد اللهيان"], SpeakersIn(
            "وأكد وزير الخارجية الإيراني حسين أمير عبد اللهيان أن \"لبنان سيتمكن من تخطي كافة الصعوبات التي يعاني منها\"."));

    [Fact]
    public void Extract_FamilyNameThatOpensWithLamBeforeARole_IsTheName() =>
        // w335_02: «وقال محمد لوكال وزير المالية الجزائري – …»: لوكال had been read as «to» someone, and «محمد» was printed.
        Assert.Equal(["لوكال"], SpeakersIn(
            "وقال محمد لوكال وزير المالية الجزائري – في كلمته خلال الجلسة – “إن قانون المالية أبقى على الدعم، وحماية الشرائح الهشة”."));

    [Fact]
    public void Extract_LamWordAfterAGivenNameWithNoRoleAfterIt_IsStillWhomTheWordsWentTo() =>
        // Guard for the rule above: «قال محمد لرويترز» — no role follows, so لرويترز is the medium, not a family name.
        Assert.DoesNotContain("لرويترز", SpeakersIn(
            "وقال محمد لرويترز إن “قانون المالية أبقى على الدعم، وحماية الشرائح الهشة”."));

    [Fact]
    public void Extract_CoastGuard_IsABodyNamedWhole() =>
        // w588_35: «وقالت خفر السواحل اليمنية، في بيان لها، إن "…"»: «خفر» (guarding) alone had been printed.
        Assert.Equal(["خفر السواحل اليمنية"], SpeakersIn(
            "وقالت خفر السواحل اليمنية، في بيان لها، إن \"دوريات خفر السواحل في محافظة المهرة تمكنت من ضبط سفينة تحمل مخدرات\"."));

    [Fact]
    public void Extract_PoliceOfACity_IsABodyNamedWhole() =>
        // w556_10: «وقالت شرطة عمان السلطانية إن "…"»: «شرطة» alone had been printed.
        Assert.Equal(["شرطة عمان السلطانية"], SpeakersIn(
            "وقالت شرطة عمان السلطانية في بيان إن \"الإدارة العامة للتحريات والبحث الجنائي أحبطت عملية احتيال إلكتروني\"."));

    [Fact]
    public void Extract_ChannelInMarksAfterACorrespondent_IsNoQuotation() =>
        // w587_37: «وأفاد مراسل "سكاي نيوز عربية"، اليوم الثلاثاء، بعودة خدمة الإنترنت»: the channel's name had been a quotation.
        Assert.DoesNotContain("سكاي نيوز عربية", QuotesIn(
            "سمحت السلطات في السودان، اليوم الثلاثاء، بعودة خدمة الإنترنت إلى شبكات المحمول، وذلك وفقًا لما ذكرته فضائية \"إكسترا نيوز\" في نبأ عاجل.",
            "وأفاد مراسل \"سكاي نيوز عربية\"، اليوم الثلاثاء، بعودة خدمة الإنترنت لعدد من شبكات الهاتف النقال في السودان.")
            .Select(q => q.Text));

    [Fact]
    public void Extract_FamilyNameAfterACompoundGivenName_EndsTheNameBeforeTheVerbsObject() =>
        // w587_37: «برر الكباشي تأخير إعادة خدمة الإنترنت بقوله: "…"»: after «شمس الدين الكباشي», the family name alone ends the
        // name; «خدمة», the article's most repeated word of the object, had been printed.
        Assert.Equal(["الكباشي"], SpeakersIn(
            "كان المتحدث باسم المجلس العسكري في السودان، شمس الدين الكباشي، أعلن منذ أيام عودة خدمة الإنترنت قريبًا.",
            "برر الكباشي تأخير إعادة خدمة الإنترنت بقوله: \"أخرنا إعادة خدمة الإنترنت حفاظًا على الاتفاق\"."));

    [Fact]
    public void Extract_DemonstrativeAfterWaw_OpensNoVerbsSentence() =>
        // w589_18: «وهذه ثاني ميدالية لتونس …» had been read as a verb and its subject, and «ميدالية» (medal) spoke the swimmer's
        // words; the swimmer named at the story's opening does.
        Assert.Equal(["الحفناوي"], SpeakersIn(
            "حقق السباح التونسي، أحمد الحفناوي، مفاجأة كبيرة في أول أيام ميداليات السباحة في أولمبياد طوكيو.",
            "وكان السباح التونسي البالغ 18 عاما، الأبطأ بين المتأهلين إلى النهائي، لكنه تألق في الأمتار الأخيرة.",
            "وهذه ثاني ميدالية لتونس في أولمبياد طوكيو، بعد تتويج محمد خليل الجندوبي، أمس السبت.",
            "كما أن هذه هي الذهبية الخامسة لتونس في تاريخها، وكان الحفناوي مذهولا بعد الأداء الذي قدمه.",
            "وقال: «لا أصدق. إنه حلم وأصبح حقيقة. هذا رائع. كان سباقي الأفضل على الإطلاق»."));

    [Fact]
    public void Extract_MonthAndItsAdjectiveAfterTheVerb_AreWhenNotWho() =>
        // w591_33: «وكانت وزارة العدل اعلنت الشهر الماضي انها …»: «الشهر» (the month) had become the speaker carried on to the
        // next words.
        Assert.Equal("وزارة العدل", QuotesIn(
            "وكانت وزارة العدل اعلنت الشهر الماضي انها بصدد انشاء محكمة خاصة.",
            "وأضافت أن \"المحكمة ستنظر في القضايا خلال ثلاثة أشهر من رفعها\".").Single().Speaker);

    [Fact]
    public void Extract_BodyAfterIllaAnnaBeforeTheVerb_IsTheSpeaker() =>
        // w591_33: «الا ان المنظمة رأت ان "…"»: the body between أن and its verb says the words, not the ministry before it.
        Assert.Equal(["منظمة العفو الدولية"], SpeakersIn(
            "وانتقدت منظمة العفو الدولية قانون العقوبات في رسالة بعثت بها الى وزارة العدل.",
            "وكانت وزارة العدل اعلنت الشهر الماضي انها بصدد انشاء محكمة خاصة للاستماع الى مثل هذه القضايا.",
            "الا ان المنظمة رأت ان \"انشاء مثل هذه المحاكم الخاصة ليس حلا كافيا\"."));

    [Fact]
    public void Extract_StandingByAfterTheVerb_IsWhatIsStressedNotWho() =>
        // w593_10: «واكد وقوف العراق وتضامنه مع السودان» had made «وقوف» (standing by) the speaker of the next words.
        Assert.Equal(["حسين", "حسين"], SpeakersIn(
            "أعلن وزير الخارجية العراقي، فؤاد حسين، انتهاء أعمال الجلسة الافتتاحية، وقال “ان القضية الفلسطينية تبقى الاساسية في وجداننا”.",
            "واكد وقوف العراق وتضامنه مع السودان ودعمه لسيادته، داعيا إلى إيقاف الحرب هناك.",
            "كذلك اكد “وقوف العراق إلى جانب لبنان وادانته الاعتداءات المتكررة على سيادة لبنان”."));

    [Fact]
    public void Extract_VerbOfARelativeClause_DoesNotStandBetweenTheOpeningVerbAndWaQala() =>
        // w594_13: «وتابع نصار … حملة الوزارة التي دعت إلى "…"، وقال: "…"»: the campaign's «دعت» had passed the minister's
        // words to the ministry.
        Assert.Equal("نصار", QuotesIn(
            "دعا وزير السياحة وليد نصار المغتربين للقدوم إلى لبنان في خلال موسم الصيف.",
            "وتابع نصار من محيط المطار حملة الوزارة التي دعت إلى \"استبدال الشعارات الحزبية على الطرق بصور عن جمال لبنان\"، وقال: \"أعدكم أن هذه الحملة الإعلانية ستكون على الأراضي اللبنانية كافة\".")
            .Single(q => q.Text.StartsWith("أعدكم", StringComparison.Ordinal)).Speaker);

    [Fact]
    public void Extract_ObjectInConstructWithABodyAfterTheName_EndsTheRolesPhrase() =>
        // w587_30: «وصف وزير الاتصالات في حكومة تصريف الأعمال اللبنانية جوني القرم وضع هيئة الاتصالات "أوجيرو" بأنه "…"»: the
        // phrase had read on through the object to the body's name in marks, which was printed.
        Assert.Equal(["القرم", "القرم"], SpeakersIn(
            "وصف وزير الاتصالات في حكومة تصريف الأعمال اللبنانية جوني القرم وضع هيئة الاتصالات \"أوجيرو\" بأنه \"تعبان كتير والخدمة عاطلة\".",
            "وشدد القرم في تصريح على \"الحاجة الماسة للأموال في هيئة أوجيرو لقيام الوزارة بواجباتها\"."));

    [Fact]
    public void Extract_FieldBehindLamBeforeABodyInARolesPhrase_StaysInThePhrase() =>
        // Guard for the rule above, w324_07: «ووزير الدولة لشؤون مجلس الوزراء في الكويت أنس الصالح إن "…"» — a ل-word before a
        // body is the role's field, not an object ending the phrase («الدولة» was printed).
        Assert.DoesNotContain("الدولة", SpeakersIn(
            "أعلن نائب رئيس مجلس الوزراء، وزير الداخلية ووزير الدولة لشؤون مجلس الوزراء في الكويت أنس الصالح إن \"أمن البلاد خط أحمر\"."));

    [Fact]
    public void Extract_DefiniteVerbalNounAfterAFeminineVerb_IsItsObject() =>
        // w596_13: «وكانت النيابة العامة أعلنت الانتهاء من تحقيقاتها …، إذ قالت حينها إن «…»»: «الانتهاء» (the completion), a
        // masculine noun after a feminine verb, had been read as its subject and printed.
        Assert.Equal(["النيابة العامة"], SpeakersIn(
            "وكانت النيابة العامة أعلنت الانتهاء من تحقيقاتها بواقعة تعامل مسؤولين بشركة مالية، إذ قالت حينها إن «جملة ما أمكن رصده من معاملات مالية مشبوهة وصل إلى 350 مليون دينار»."));

    [Fact]
    public void Extract_VerbAfterHaythu_GoesBackToThePersonIntroducedBeforeTheComma() =>
        // w600_12: «منشور للفنان والممثل السعودي علي الحميدي، حيث قال: “…”»: «where he said» had carried on the sources quoted
        // before.
        Assert.Equal("الحميدي", QuotesIn(
            "وقالت مصادر فنية إن \"الفنان ناصر القصبي سيغيب عن الدراما الرمضانية هذا العام\".",
            "ومن أبرز تلك العبارات منشور للفنان والممثل السعودي علي الحميدي، حيث قال: “وإن غاب المطر لا يغيبُ أثره.. ناصر وفن ناصر ومسيرة ناصر لها الخلود”.")
            .Single(q => q.Text.StartsWith("وإن غاب", StringComparison.Ordinal)).Speaker);

    [Fact]
    public void Extract_OneOfAGroupWithoutAlBeforeAName_IsTheSpeaker() =>
        // w600_12: «وأضاف أحد نشطاء منصة “إكس” قائلا: “…”»: «one of the activists» of a platform named in marks had named
        // nobody, and the speaker before was carried on.
        Assert.Equal("أحد نشطاء", QuotesIn(
            "ومن أبرز تلك العبارات منشور للفنان والممثل السعودي علي الحميدي، حيث قال: “وإن غاب المطر لا يغيبُ أثره.. ناصر وفن ناصر ومسيرة ناصر لها الخلود”.",
            "وأضاف أحد نشطاء منصة “إكس” قائلا: “استراحة محارب، راح نفقد إبداعه ورسائله الهادفة”.")
            .Single(q => q.Text.StartsWith("استراحة", StringComparison.Ordinal)).Speaker);

    [Fact]
    public void Extract_RoleSetOffAfterANameBehindAnyVerbCue_IsThatNamesLater() =>
        // w336_01: «تحدث محمد يوسف، المدير الرياضي للنادي الأهلي، عن …» then «واصل المدير الرياضي في الأهلي: «…»»: the name set off
        // before the role was read only after قال، أكد … (a short list), not after تحدث, and the role was printed.
        Assert.Equal("محمد يوسف", QuotesIn(
            "تحدث محمد يوسف، المدير الرياضي للنادي الأهلي، عن فوز فريق الكرة الأول بالنادي بدرع الدوري للمرة الـ45 في تاريخه.",
            "أوضح محمد يوسف في تصريحات تليفزيونية بعد مباراة فاركو أن الفوز بالدوري سيمنح الفريق دفعة معنوية.",
            "واصل المدير الرياضي في الأهلي: «حصدنا لقب الدوري وجئنا من بعيد، والمنافسة كانت قوية مع منافس عنيد وقوي»")
            .Single().Speaker);

    [Fact]
    public void Extract_PlaceAfterARoleAcrossAHeadlinesEnd_IsNoRoleHoldersName() =>
        // w604_38: the headline «… بحضور وزير الإعمار» and the dateline «بغداد –» after it had made «بغداد» the minister's name,
        // printed for «وأكد الوزير».
        Assert.DoesNotContain("بغداد", SpeakersIn(
            "افتتاح مجسر الصرافية في بغداد بحضور وزير الإعمار",
            "بغداد – وكالة هنا العراق الإخبارية",
            "افتتح وزير الإعمار والإسكان، اليوم، مجسر الصرافية في العاصمة بغداد، بعد استكمال أعمال التطوير.",
            "وأكد الوزير خلال الافتتاح أن “المجسر يمثل أحد المشاريع الاستراتيجية لتخفيف الزخم المروري في بغداد”."));

    [Fact]
    public void Extract_NounInTaBeforeWhatItIsTitled_IsNoNameAfterTheRole() =>
        // w610_20: «القى البطريرك الراعي عظة بعنوان:"…" قال فيها: "…"»: the role's phrase had read on through «عظة بعنوان» (a
        // sermon titled) and printed «بعنوان».
        Assert.EndsWith("الراعي", QuotesIn(
            "وبعد الإنجيل المقدس القى البطريرك الراعي عظة بعنوان:\"كنت جائعا فأطعمتموني\" قال فيها: \"لبنان قبل أن يكون دولة وكيانًا سنة 1920، كان مجتمعًا\".")
            .Single().Speaker);

    [Fact]
    public void Extract_NameInMarksAfterARoleWithASecondField_IsTheRoleHoldersName() =>
        // w252_34: «وكان قد أعلن وزير الاستخبارات والنقل الإسرائيلي، «يسرائيل كاتس»، دخول …، وأكد أن … «…»»: the second field
        // joined by و had hidden the role, so the name in marks was a quotation, and the role was printed for his words.
        Assert.Equal([("كاتس", "لن تسمح لها بتثبيت وجودها في سوريا")], QuotesIn(
            "وكان قد أعلن وزير الاستخبارات والنقل الإسرائيلي، «يسرائيل كاتس»، دخول بلاده مواجهة مفتوحة مع إيران، وأكد أن دولة الاحتلال «لن تسمح لها بتثبيت وجودها في سوريا»."));

    [Fact]
    public void Extract_NameInMarksAfterCalled_IsNoQuotation() =>
        // w266_24: «أن طفل يدعى "محمد عبد الولي هزاع" لقي مصرعه»: a name after «called» was a quotation of the local sources.
        Assert.Empty(QuotesIn(
            "ونقل موقع \"الثورة نت\" عن مصادر محلية أن طفل يدعى \"محمد عبد الولي هزاع\" لقي مصرعه على أيدي مجموعة مسلحة."));

    [Fact]
    public void Extract_AgencyNamedByTwoWordsBehindLam_IsWhomTheWordsWentTo() =>
        // w613_40: «وعن تفاصيل الحادثة، قال لفرانس برس "…"»: «برس» had been read as the speaker's name.
        Assert.DoesNotContain("برس", SpeakersIn(
            "وأكد مصدر مسؤول بمديرية أمن سبها، بأن عدد الضحايا \"ربما يتجاوز سبعة قتلى و60 جريحاً\".",
            "وعن تفاصيل الحادثة، قال لفرانس برس \"فجر اليوم انقلبت شاحنة نقل وقود على الطريق الرئيسي لبلدة بنت بيه\"."));

    [Fact]
    public void Extract_WordsAMediumRelaysFromHim_AreTheOneAlreadySpeaking() =>
        // w614_07: «ونقلت “روسيا اليوم ” عنه قوله: “…”»: «from him» is the minister already quoted, not the channel.
        Assert.Equal("محمد بن عبد الرحمن", QuotesIn(
            "أكد وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني أنه “بحث مع وزير الخارجية الأميركي أنتوني بلينكن، أفق التوصل إلى اتفاق في المفاوضات النووية مع إيران”.",
            "ونقلت “روسيا اليوم ” عنه قوله: “نحن نريد عودة الجهات للاتفاق النووي، لأنه يشكل ركيزة أساسية للأمن والسلم بالمنطقة”.")
            .Single(q => q.Text.StartsWith("نحن نريد", StringComparison.Ordinal)).Speaker);

    [Fact]
    public void Extract_FeelingWithHisPronounAfterTheName_EndsTheName() =>
        // w621_06: «أبدى مدرب النصر بيدرو مانويل أسفه لخسارة فريقه … وقال «…»»: the name had run on through «أسفه لخسارة فريقه»
        // (his regret at his team's loss) and printed «فريقه».
        Assert.Equal(["مانويل"], SpeakersIn(
            "أبدى مدرب النصر بيدرو مانويل أسفه لخسارة فريقه أمام الشباب دورياً بهدف من دون رد يوم أمس الجمعه وقال «تلقى مرمانا هدفاً عن طريق الخطأ، حاولنا العودة إلى نقطة التعادل»."));
}
