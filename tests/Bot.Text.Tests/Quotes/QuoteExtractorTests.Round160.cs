using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from the dev pages 132–159, the blind rounds 160–167 and argen-news, mostly how a speaker is named: a father's name
/// between the given and the family name, علي closing a name, role words that are family names, the medium a role spoke to.
/// </summary>
public class QuoteExtractorRound160Tests
{
    [Fact]
    public void Extract_FathersNameBeforeTheFamilyName_IsNotTheSpeaker() =>
        // w146_55: «عبدالحميد», the father's name, had been printed for وليد عبدالحميد العلوي.
        Assert.Equal(["وليد عبدالحميد العلوي"], SpeakersIn(
            "وقال وليد عبدالحميد العلوي نائب الرئيس التنفيذي في تصريحات له \"نريد في الوقت الحالي إعادة توطيد مركزنا في الشرق الأوسط\"."));

    [Fact]
    public void Extract_FathersNameBeforeARepeatedFamilyName_PrintsTheFamilyName() =>
        Assert.Equal(["الحربي", "الحربي"], SpeakersIn(
            "وقال طلال عبدالله الحربي: \"إن الحادث وقع صباح اليوم على الطريق السريع بين المدينتين\".",
            "وأضاف الحربي: \"فرق الدفاع المدني باشرت الحادث فور تلقي البلاغ\"."));

    [Fact]
    public void Extract_NounAndItsObjectAfterAName_AreNoFathersAndFamilyNames() =>
        // Guard: only a given name can be a father's name; «تفاصيل العمل» is what the director revealed.
        // (w148_14)
        Assert.DoesNotContain(SpeakersIn(
            "كشفت المخرجة المصرية بتول عرفة عن استعداد الفنانة اللبنانية كارول سماحة للمشاركة في الموسم الرمضاني المقبل.",
            "وأعلنت عرفة تفاصيل العمل فكتبت في صفحتها الرسمية :\"أنتظروا صديقتي الغالية كارول سماحة في تتر مسلسل من أهم مسلسلات الدراما الرمضانية\"."),
            s => s.Contains("تفاصيل"));

    [Fact]
    public void Extract_RoleThenGivenFatherAndFamilyNameBeforeAn_IsTheFamilyName() =>
        // w159_57: the writer had been printed as «عبدالله», her father's name.
        Assert.Equal(["الخيال"], SpeakersIn(
            "أكدت الكاتبة الصحفية تهاني عبدالله الخيال أن المرأة \"ليست مجرد أرقام جامدة، بل تعبير حي عن تمكين اقتصادي متسارع\"."));

    [Fact]
    public void Extract_AliClosingANameBeforeAComma_IsTheName() =>
        // w144_02: «العقيد أركان حرب أحمد محمد علي،» had been printed «محمد»: علي, spelt like the preposition, was left out.
        Assert.Equal(["علي"], SpeakersIn(
            "وقال الناطق الرسمي باسم القوات المسلحة العقيد أحمد محمد علي، «إن عناصر حرس الحدود ضبطت شحنة كبيرة من الأسلحة»."));

    [Fact]
    public void Extract_AlaBetweenAVerbAndThat_IsStillThePreposition() =>
        // Guard: in «شدد الوزير أحمد علي أن» the verb takes على (typed with ي) before أن: the minister is أحمد.
        Assert.Equal(["أحمد"], SpeakersIn(
            "وشدد الوزير أحمد علي أن \"الحكومة ماضية في تنفيذ خطتها لإصلاح قطاع الكهرباء\"."));

    [Fact]
    public void Extract_RoleInConstructBeforeACommaAndTheName_IsThePerson() =>
        // w145_18: «وزير شؤون الاعلام، عيسى الحمادي» had been read as a first name «شؤون» and a family name «الإعلام».
        Assert.Equal(["عيسى الحمادي"], SpeakersIn(
            "وقال وزير شؤون الإعلام، عيسى الحمادي: \"صوت 37 نائبا من أصل أربعين لمصلحة برنامج الحكومة\"."));

    [Fact]
    public void Extract_RoleWordClosingANameBeforeAComma_IsTheFamilyName() =>
        // w152_26: «النقيب» (also «captain») after her given name had cut the name to «غانية».
        Assert.Equal(["غانية النقيب"], SpeakersIn(
            "قالت غانية النقيب، أستاذ التغذية المشارك في كلية الزراعة بجامعة صنعاء، \"الحياة البحثية أصيبت بشلل تام في اليمن\"."));

    [Fact]
    public void Extract_RoleWordWithoutAlAfterAGivenNameBeforeAComma_IsTheFamilyName() =>
        // w148_44: «أمين» (also «secretary») after محمد had left the painter as «محمد».
        Assert.Equal(["محمد أمين"], SpeakersIn(
            "ويقول الفنان التشكيلي محمد أمين، الذي اضطر لمغادرة الخرطوم، إن \"الفن هو وسيلة للتعبير عن مشاعرنا وآلامنا وأحلامنا\"."));

    [Fact]
    public void Extract_RoleGoingOnAfterAName_IsNoFamilyName() =>
        // Guard: in «سامر الرئيس التنفيذي للشركة» the role goes on past الرئيس: a name and his role, not a family name.
        Assert.Equal(["سامر"], SpeakersIn(
            "وقال سامر الرئيس التنفيذي للشركة: \"سنفتتح ثلاثة فروع جديدة في المدن الكبرى خلال العام المقبل\"."));

    [Fact]
    public void Extract_ReasonAttributedByANamedCritic_IsHisWords() =>
        // w148_40: عزا («attributed to») was no cue, so the critic's reason in marks had no speaker.
        Assert.Contains(("حسين", "غياب الجهد الحكومي في دعم الفنون العراقية عموماً، والدراما خصوصاً"), QuotesIn(
            "ويعزو الناقد علي حسين الأسباب في ذلك الى «غياب الجهد الحكومي في دعم الفنون العراقية عموماً، والدراما خصوصاً»."));

    [Fact]
    public void Extract_ReasonAttributedWithTheThingFirst_IsTheOneAlreadySpeaking() =>
        // w135_21: «وعزا السبب إلى» — السبب is what is attributed, not who attributes it. (The source, accusative after أن,
        // is printed in the form a reader names it: مرجع حكومي, not «حكوميا».)
        Assert.Contains(("مرجع حكومي", "نفاد قطع الغيار وتأخر برامج الصيانة للشبكات والكابلات والمحطات"), QuotesIn(
            "وذكرت صحيفة \"نداء الوطن\" أن مرجعا حكوميا حذر \"من اقتراب أزمة تردي خدمات الانترنت في معظم المناطق اللبنانية\"، وعزا السبب إلى \"نفاد قطع الغيار وتأخر برامج الصيانة للشبكات والكابلات والمحطات\"."));

    [Fact]
    public void Extract_ThingsOfAPlaceAfterAnOpeningVerb_AreNoSpeaker() =>
        // w139_28: «وبلغ حجم احتياطي تونس» had made «حجم» the one speaking on in the next sentence.
        Assert.Equal(["المصرف المركزي التونسي", "المصرف المركزي التونسي"], QuotesIn(
            "وقال المصرف المركزي التونسي في بيان إن \"العجز التجاري لتونس واصل تفاقمه خلال الأشهر الخمسة الأولى من العام الحالي\".",
            "وبلغ حجم احتياطي تونس من النقد الأجنبي 1.026 بليون دينار، أي ما يغطي 94 يوماً فقط من الواردات.",
            "وعزا هذا التراجع \"الخطير\" إلى \"تراجع فائض ميزان العمليات المالية نتيجة تقلص الاستثمار الأجنبي\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_UnnamedSourceInTheAccusative_IsPrintedAsItIsNamed() =>
        Assert.Equal(["مصدر أمني"], QuotesIn(
            "وأفادت الصحيفة أن مصدرا أمنيا أكد \"أن الوضع تحت السيطرة تماما في العاصمة والمدن الكبرى\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_NameBetweenKanaAndQad_SpeaksInTheTweetAfterIt() =>
        // w165_23 (round 164–167): «وكانت نانسي قد كشفت …، قالت فيها: “…”» had no speaker for either of her tweets.
        QuoteAssert.AllBy("نانسي", 2, SpeakersIn(
            "وكانت نانسي قد كشفت في وقت سابق عن موعد طرح الأغنية من خلال تغريدة عبر “تويتر”، قالت فيها: “لكل عشاق بيروت الكتار وكل شخص مآمن إنو بيروت ما بتموت”، كما قالت في تغريدة أخرى: “إن كونا ليس لبنان فيه سوف يبقى عدما أو مستحيلا”."));

    [Fact]
    public void Extract_RoleWordGivenAsAFamilyName_IsThatPersonLater() =>
        // w164_29: «نجم» («star») is a role word, but the article gave it as خالد نجم's family name; «وقال نجم،» is him.
        QuoteAssert.AllBy("خالد نجم", 2, SpeakersIn(
            "أكد خالد نجم، أمين السر لاتحاد كرة السلة العراقي، أن المجموعة صعبة.",
            "وقال نجم، في تصريحات له: \"المجموعة ليست سهلة، وتتطلب منا كاتحاد التحضير المناسب للبطولة\".",
            "وأشار إلى أن \"نتائج البطولة، لن تؤثر على تصفيات كأس العالم\"."));

    [Fact]
    public void Extract_RoleWordQualifiedAfterAGivenName_StaysARole() =>
        // Guard: «محمد لاعب الفريق الأول» is a player of the team; «لاعب» is no family name there, so another player later
        // («وقال لاعب، طلب عدم ذكر اسمه») is not him.
        Assert.DoesNotContain("محمد لاعب", SpeakersIn(
            "أكد محمد لاعب الفريق الأول أن \"المباراة المقبلة صعبة جدا على الجميع\".",
            "وقال لاعب، طلب عدم ذكر اسمه: \"سنقاتل من أجل الفوز في المباراة المقبلة\"."));

    [Fact]
    public void Extract_RoleWordAfterAGivenNameBeforeAComma_PrintsTheFullName() =>
        // «أكد خالد نجم، أمين السر» had printed «خالد», the given name alone.
        Assert.Equal(["خالد نجم"], QuotesIn(
            "أكد خالد نجم، أمين السر لاتحاد كرة السلة العراقي، أن \"المجموعة ليست سهلة وتتطلب منا الإعداد الجيد\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_RoleWordGivenAsAFamilyNameBeforeTheDay_IsThatPersonLater() =>
        // argen_ntg_train_0005: «دراج» («cyclist») after عمرو is the minister's family name; «وقال دراج لرويترز» had been
        // printed «لرويترز», and the first quotation «عمرو».
        QuoteAssert.AllBy("عمرو دراج", 2, SpeakersIn(
            "أعلن وزير التخطيط المصري عمرو دراج اليوم الاثنين أن \"مصر تتفاوض مع السعودية للحصول على قرض بقيمة 500 مليون دولار\".",
            "وقال دراج لرويترز إن القرض \"يأتي في إطار حزمة التمويل السعودية لمصر التي أعلنت العام الماضي\"."));

    [Theory]
    [InlineData("وقال الوزير لوكالة فرانس برس: \"الدور المصري يقوم على تقديم أراض مؤجرة على المدى الطويل\".", "الوزير")]
    [InlineData("وقال وزير الخارجية لوكالة فرانس برس إن \"الدور المصري يقوم على تقديم أراض مؤجرة على المدى الطويل\".", "وزير الخارجية")]
    [InlineData("وقال الوزير لوكالة الصحافة الفرنسية: \"الدور المصري يقوم على تقديم أراض مؤجرة على المدى الطويل\".", "الوزير")]
    public void Extract_RoleThenTheMediumItSpokeTo_IsTheRole(string text, string speaker) =>
        // argen_ntg_train_0582: the name after «لوكالة» is the agency's; «برس» had been printed as the speaker.
        Assert.Equal([speaker], SpeakersIn(text));

    [Fact]
    public void Extract_PlaceAfterAnOpeningVerb_IsNoOneTheOfficialSpeaksAs() =>
        // argen_ntg_train_0145: «وتواجه مصر أزمة طاقة» had made «طاقة» the one «المسؤول» stands for.
        Assert.DoesNotContain("طاقة", SpeakersIn(
            "قال مسؤول في الهيئة المصرية العامة للبترول إن \"الإمارات اتفقت بشكل مبدئي على تزويد مصر بجزء كبير من احتياجاتها البترولية\".",
            "وتواجه مصر أزمة طاقة هي الأسوأ منذ سنوات، وقال المسؤول إن مصر \"تستورد مواد بترولية بين مليار و1.3 مليار دولار شهريا\"."));

    [Fact]
    public void Extract_ChiefHeadingAConstructAfterAName_IsTheRole() =>
        // argen_ntg_train_0564: «كبير» («chief») had been printed for the analyst.
        Assert.Equal(["مويا"], SpeakersIn(
            "وقال إدوارد مويا كبير محللي السوق في أونادا \"ينبغي ألا نفاجأ إذا رأينا مجلس الاحتياطي يخفض الفائدة\"."));

    [Fact]
    public void Extract_ExpertsOfAField_AreNamedWhole() =>
        // argen_ntg_train_0354: «سوق» had been printed for خبراء سوق المال.
        Assert.Equal(["خبراء سوق المال"], SpeakersIn(
            "واعتبر خبراء سوق المال في مصر، أن \"التعديل سيكون له تأثير كبير في السوق لدى بدء التطبيق\"."));

    [Fact]
    public void Extract_BodyWordInConstructBeforeItsNameInMarks_IsNamedWhole() =>
        // argen_ntg_train_0437: «طيران» had been printed for شركة طيران "الاتحاد".
        Assert.Equal(["شركة طيران الاتحاد"], SpeakersIn(
            "وذكرت شركة طيران \"الاتحاد\" الإماراتية اليوم الخميس أنه \"تم تحويل جميع رحلاتها القادمة إلى مطارات أخرى\"."));

    [Fact]
    public void Extract_StatementOfABodyNamedInMarks_IsTheBodys() =>
        // Guard: «بيان شركة "سومو"» is the company's statement, not a body called «بيان شركة».
        Assert.Equal(["سومو"], SpeakersIn(
            "أعلنت شركة تسويق النفط العراقية \"سومو\" اليوم الأحد أن الصادرات تجاوزت 3 ملايين برميل يوميا.",
            "وجاء في بيان شركة \"سومو\" أن غالبية هذه الكميات انطلقت من موانئ البصرة.",
            "وأضاف البيان: \"حققت صادرات العراق النفطية للشهر الماضي إيرادات مالية تجاوزت 7 مليارات دولار\"."));
}
