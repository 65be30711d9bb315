using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 36: what blind rounds 430–449 and the pooled dev pages (132–429) missed.
/// </summary>
public class QuoteExtractorRound430Tests
{
    [Fact]
    public void Extract_StatementWithAnAdjectiveBeforeTheRole_IsTheRoleHolders() =>
        // w407_31: «وبحسب حديث سابق للمتحدث باسم وزارة الداخلية، مقداد ميري، فإنّ "…"» had printed «سابق» (former) as the
        // speaker.
        Assert.Equal(["ميري"], SpeakersIn(
            "أصدرت محكمة الجنايات حكما بالإعدام على مدان بالاتجار بالمخدرات.",
            "وبحسب حديث سابق للمتحدث باسم وزارة الداخلية، مقداد ميري، فإنّ \"عدد المحكومين بجريمة المخدرات خلال عام 2023 بلغ 7397 شخصًا\"، إذ أنّ العراق من بين أكثر البلدان."));

    [Fact]
    public void Extract_NameAfterTheOpeningVerbBeforeATimeWord_SpeaksAfterABareCue() =>
        // w430_35: «وقدم خليفة حفتر اليوم أوراق ترشحه …» and then «وقال بمناسبة إعلان ترشحه: "…"» — «اليوم» after the name
        // had made it a thing («the papers of today»), and the bare cue found nobody.
        Assert.Equal(["حفتر", "حفتر"], SpeakersIn(
            "وقدم خليفة حفتر اليوم أوراق ترشحه رسميا لمفوضية الانتخابات في بنغازي.",
            "وقال بمناسبة إعلان ترشحه: \"أترشح للانتخابات لقيادة الشعب في مرحلة مصيرية وليس طلبا للسلطة\"، مشيرا إلى أنه \"لا يليق بانتخابات ليبيا أن تكون مناسبة للوعود الجوفاء\"."));

    [Fact]
    public void Extract_CircumstanceAfterABareCue_IsNoSpeaker() =>
        // w430_35: «وقال بمناسبة إعلان ترشحه:» had printed «ترشحه» (his candidacy), a word the article repeats.
        Assert.Equal(["المرشح"], SpeakersIn(
            "قدم المرشح أوراق ترشحه رسميا لمفوضية الانتخابات في بنغازي.",
            "وقال بمناسبة إعلان ترشحه: \"أترشح للانتخابات لقيادة الشعب في مرحلة مصيرية وليس طلبا للسلطة\"."));

    [Fact]
    public void Extract_RoleAfterQadOpeningTheStory_SpeaksAfterBareCues() =>
        // w430_36: «قد قدم قائد الجيش الليبي خليفة حفتر أوراق ترشحه …» — a verb after قد was not read as the opening verb,
        // and «أوراق ترشحه» ran on as the name; three quotations after «وأكد» and «وشدد» were lost.
        Assert.Equal(["حفتر", "حفتر"], SpeakersIn(
            "قد قدم قائد الجيش الليبي خليفة حفتر أوراق ترشحه للانتخابات الرئاسية إلى المفوضية العليا للانتخابات، من مقرها في مدينة بنغازي.",
            "وأكد، في كلمة مقتضبة له بعد تقديم أوراقه، أنه ترشح “ليس طلبًا للسلطة بل لقيادة الشعب الليبي في مرحلة مصيرية”.",
            "وختم: “إذا قدر لنا تولي الرئاسة، فإن عقلنا مليء بأفكار لا تنضب استجابة لأحلام الليبيين”."));

    [Fact]
    public void Extract_StatementInConstructWithAClub_IsTheClubs()
    {
        // w431_12: «وقال بيان العين في بيان نشر اليوم …: "…"» had printed «بيان العين» and dropped the quotation.
        var speaker = Assert.Single(SpeakersIn(
            "أنهى نادي العين الإماراتي، اليوم الأربعاء، عقد مديره الفني الهولندي ألفريد شرودر بالتراضي.",
            "وقال بيان العين في بيان نشر اليوم الأربعاء، عبر منصة \"إكس\": \"أعلنت شركة نادي العين لكرة القدم، عن التوصل لاتفاق مع المدرب الهولندي ألفريد شرودر حول إنهاء التعاقد بالتراضي\"."));
        Assert.Contains("العين", speaker);
        Assert.DoesNotContain("بيان", speaker);
    }

    [Fact]
    public void Extract_SupervisorWithTheArticle_IsARole() =>
        // w432_07: «وأوضح المشرف العام على المشاريع … المهندس أحمد البيز، أن …» and then «وأضاف:"…"» had gone on with the
        // minister the story opened with: المشرف was no role, and Al-Baiz never became the one speaking.
        Assert.Equal(["البيز"], SpeakersIn(
            "وجّه وزير الصحة الدكتور حمد المانع بجدولة افتتاح وتشغيل 43 مستشفى خلال العام الحالي.",
            "وأوضح المشرف العام على المشاريع والشؤون الهندسية المهندس أحمد البيز، أن هذه المستشفيات منها 8 في منطقة الرياض.",
            "وأضاف:\"المستشفيات الجديدة تتوافر فيها التخصصات المختلفة مثل خدمات التنويم والعلاج والجراحات\"."));

    [Fact]
    public void Extract_SupervisorsWordAsAFamilyName_StaysAName() =>
        // A guard: bare مشرف is a family name (برويز مشرف), only المشرف is a role.
        Assert.Equal(["مشرف"], SpeakersIn(
            "وقال الرئيس الباكستاني السابق برويز مشرف إن \"الوضع صعب جدا في البلاد\"."));

    [Fact]
    public void Extract_ForExampleAfterABareCue_IsNoSpeaker() =>
        // w432_15: «وأضاف مثلا “…”» had printed «مثلا» (for example).
        Assert.Equal(["إحدى الصيادلة", "إحدى الصيادلة"], SpeakersIn(
            "ونقلت صحيفة “TSA” الجزائرية عن إحدى الصيادلة في الجزائر العاصمة قوله إن “أكثر من هذا، هناك العديد من الأدوية غير الموجودة في المخزون”، وأضاف مثلا “دواء فونتولين يتم توزيع عشرة علب مرة أو مرتين في الشهر”."));

    [Fact]
    public void Extract_SemicolonBeforeInna_KeepsTheCue() =>
        // w435_06: «وقالت مديرية الإعلام التابعة للحشد في بيان ورد لوكالة شفق نيوز؛ إن "…"» — the semicolon had cut the
        // quotation off from its verb.
        Assert.Equal(["مديرية الإعلام"], SpeakersIn(
            "وقالت مديرية الإعلام التابعة للحشد في بيان ورد لوكالة شفق نيوز؛ إن \"قوة من الفوج الثاني في اللواء 62 بالحشد نجحت بالتصدي لتعرض نفذه إرهابيو داعش\"."));

    [Fact]
    public void Extract_SemicolonBeforeAnotherClause_StillEndsTheCue() =>
        // A guard: a semicolon before anything but إن/أن still ends what the verb brings in.
        Assert.Empty(SpeakersIn(
            "وقالت الوزارة في بيان إن الحصيلة ارتفعت؛ وتظهر الصور \"دمارا واسعا في المباني السكنية المحيطة بالمستشفى\"."));

    [Fact]
    public void Extract_OneOfAGroupInConstruct_IsTheSpeakerAsGiven() =>
        // w436_21: «فيما قال أحد أقارب المعتقلين والذي تمكن من زيارة قريبه "…"» had gone on with «أحد المعتقلين», quoted
        // just before.
        Assert.Equal(["أحد المعتقلين", "أحد أقارب المعتقلين"], SpeakersIn(
            "وقال أحد المعتقلين للمنظمة \"نُعامل كالأغنام، لا كرامة لنا، فنحن نتعرض للسب والضرب والعزل الانفرادي\".",
            "فيما قال أحد أقارب المعتقلين والذي تمكن من زيارة قريبه بعد عام كامل من الإخفاء القسري \"أثناء زيارتي، وجدته يعاني من حالة نفسية صعبة ووجهه نحيل\"."));

    [Theory]
    // w440_02-like: «مدرب منتخب مصر» had printed «منتخب» (national team) as the coach's name.
    [InlineData("مدرب منتخب مصر", "مدرب منتخب مصر")]
    [InlineData("المدير الفني لمنتخب مصر", "المدير الفني لمنتخب مصر")]
    public void Extract_CoachOfANationalTeam_IsTheRoleNotTheTeam(string role, string expected) =>
        Assert.Equal([expected], SpeakersIn(
            $"وقال {role} عبر القناة: \"أريد أن يشعر الجمهور بالسعادة، أردنا تحقيق الفوز ليساعدنا في التصنيف\"."));

    [Fact]
    public void Extract_OriginBeforeARepeatedName_IsNoSpeaker() =>
        // w440_12: «وأضاف الإسباني لوبيز في مؤتمر صحافي: «…»» had printed «الإسباني»; «وأضاف المدرب البالغ عمره 62 عاماً»
        // had printed «عمره» (his age).
        Assert.Equal(["لوبيز", "لوبيز"], SpeakersIn(
            "قال ماركيز لوبيز مدرب قطر إن الجميع يتذكر الفائز فقط بعد تتويج فريقه بلقب كأس آسيا.",
            "وأضاف الإسباني لوبيز في مؤتمر صحافي: «خضنا مباراة صعبة ومتوترة، ولم تكن مواجهة جميلة، لكن في النهاية لا يتذكر أحد سوى الفائز».",
            "وتولى لوبيز تدريب قطر مؤقتاً بعد رحيل البرتغالي كارلوس كيروش.",
            "وأضاف المدرب البالغ عمره 62 عاماً الآن: «سأعود إلى الوكرة فأنا لم أتحدث إلى الاتحاد بشأن المستقبل»."));

    [Fact]
    public void Extract_FamilyNameLikeANisbaBeforeASecondSubject_StaysTheSpeaker() =>
        // w402_44 (a guard): «أكّد الصفدي وبراك "…"» is Safadi's (and Barrack's); الصفدي reads like an adjective of origin, but
        // the article names him again and again.
        Assert.Equal(["الصفدي"], SpeakersIn(
            "التقى وزير الخارجية أيمن الصفدي المبعوث الأمريكي توم براك في عمان.",
            "وبحث الصفدي وبراك الأوضاع في سوريا.",
            "وخلال اللقاء، أكّد الصفدي وبراك \"دعمهما اتفاق وقف إطلاق النار وجهود الحكومة السورية المستهدفة إعادة الاستقرار\"."));

    [Theory]
    // w441_05: «وقال والد الطفل: «…»» had printed «والد» alone (read as و and an ال-word); «والدة الطفلة» found nobody.
    [InlineData("والد الطفل")]
    [InlineData("والدة الطفلة")]
    public void Extract_ParentOfSomeone_IsNamedWhole(string parent) =>
        Assert.Equal([parent], SpeakersIn(
            $"وقال {parent}: «ابني تلميذ بالصف الأول الابتدائي واختطفه أحد البلطجية بالقرية وطلب فدية»."));

    [Fact]
    public void Extract_CustodianOfTheTwoHolyMosques_IsTheKing() =>
        // w438_08: «وقال خادم الحرمين في كلمة له …» had printed «الحرمين» (the two holy mosques).
        Assert.StartsWith("عبدالله بن عبدالعزيز", Assert.Single(SpeakersIn(
            "طلب خادم الحرمين الشريفين العاهل السعودي الملك عبدالله بن عبدالعزيز آل سعود خلال ترؤسه للجلسة الأسبوعية لمجلس الوزراء من الوزراء مقابلة الشعب.",
            "وقال خادم الحرمين في كلمة له بعد إعلان الميزانية السنوية «أرجوكم قابلوا شعبكم كبيرهم وصغيرهم كأنهم أنا».")));

    [Fact]
    public void Extract_NameAndARelativeClauseBeforeTheVerb_IsTheSpeaker() =>
        // w443_12: «الفلاح أبو حسن الذي خسر مواسم زراعته … يقول في حديث لمنصة "المشهد": "…"» had gone on with «نهر», read as
        // a name in «ويظهر نهر الفرات» the sentence before.
        Assert.Equal(["أبو حسن"], SpeakersIn(
            "ويظهر نهر الفرات وهو منحسر بشكل كارثي لمسافات شاسعة، حيث يعتبر الفرات من أهم الأنهار في سوريا.",
            "الفلاح أبو حسن الذي خسر مواسم زراعته بسبب انخفاض منسوب الفرات يقول في حديث لمنصة \"المشهد\": \"جاء فصل الصيف ونفتقر إلى المياه لنسقي أراضينا ولا كهرباء\"."));

    [Fact]
    public void Extract_ThreatenedWithBa_IsNoSpeaker() =>
        // w445_31: «واعترفت الحكومة بتأثر الإنتاج … وتوعّدت بمحاسبة «كل من يتسبب …»» had printed «بمحاسبة» (with holding to
        // account), the verb's object.
        Assert.Equal(["الحكومة"], SpeakersIn(
            "بدأ عمال النفط في الكويت أمس إضراباً شاملاً عن العمل واعترفت الحكومة بتأثر الإنتاج نتيجة الإضراب وتوعّدت بمحاسبة «كل من يتسبب في تعطيل المرافق الحيوية للبلاد والإضرار بمصالحها»."));

    [Fact]
    public void Extract_GovernorOfACity_IsNotTheWordCity() =>
        // w442_21: «قال والي مدينة إسطنبول على يرلي كايا» (على for علي) and then «وقال إن “…”» had printed «مدينة».
        Assert.Equal(["والي مدينة إسطنبول"], SpeakersIn(
            "قال والي مدينة إسطنبول على يرلي كايا، الخميس، أنهم لا يستطيعون إيقاف الخطاب ضد اللاجئين.",
            "وقال إن “السوريين الآن جزء من المجتمع، والسوريين والأتراك شعبان شقيقان متصاهران”."));

    [Fact]
    public void Extract_ThatClauseCutFromItsVerbByAFullStop_IsTheVerbsSpeakers() =>
        // w442_36: «وقال وكيل الوزارة كريم النوري، في تصريح للوكالة الرسمية، وتابعه “العراق اولا”. إنه “…”» — the stray full
        // stop left the إنه-clause without a cue, and its quotation was lost.
        Assert.Equal(["النوري"], SpeakersIn(
            "أعلنت وزارة الهجرة والمهجرين، اليوم الأربعاء، إغلاق أكثر من 60 مخيماً للنازحين من أصل 170.",
            "وقال وكيل الوزارة كريم النوري، في تصريح للوكالة الرسمية، وتابعه “العراق اولا”. إنه “بعد تنفيذ البرنامج الحكومي بإغلاق وإعادة النازحين إلى ديارهم، بدأنا بغلق أكثر من 60 مخيماً خلال الفترة الأخيرة”."));

    [Fact]
    public void Extract_ThatClauseAfterASentenceWithoutACue_HasNoSpeaker() =>
        // A guard: إنه “…” goes on only from the sentence right before it, when that one's verb named who spoke.
        Assert.Equal(["النوري"], SpeakersIn(
            "وقال وكيل الوزارة كريم النوري في تصريح صحفي: “بدأنا بغلق أكثر من 60 مخيماً خلال الفترة الأخيرة”.",
            "وتقع أغلب المخيمات المتبقية في إقليم كردستان.",
            "إنه “ملف إنساني معقد يحتاج إلى سنوات طويلة من العمل المشترك بين الحكومة والإقليم”."));

    [Fact]
    public void Extract_FamilyNameAfterAVerbBeforeItsObject_EndsTheName() =>
        // w446_02: «وانتقد الغامدي طاقم تحكيم المباراة …، قائلاً: “…”» after «خالد الغامدي» had printed «تحكيم» (refereeing):
        // the name ran on into the verb's object.
        Assert.Equal(["الغامدي", "الغامدي"], SpeakersIn(
            "علق رئيس النادي الأهلي خالد الغامدي، على تعادل فريقه أمام نظيره الاتحاد بهدفين لكل فريق.",
            "وانتقد الغامدي طاقم تحكيم المباراة في تصريحات لقناة “الإخبارية” عقب اللقاء، قائلاً: “ما يحدث من التحكيم لدينا يشوّه الكرة السعودية والأخطاء الفادحة مستمرة”.",
            "وأضاف: “يجب إيجاد حل عاجل لمسألة التحكيم في الدوري”."));

    [Fact]
    public void Extract_TradeBeforeAName_StaysWithTheName() =>
        // w148_56 (a guard): «وكتبت الإعلامية ريهام سعيد منشورا …» — الإعلامية is no family name given after a first name,
        // though a word (أثارت) stands before it elsewhere; the name after it is the speaker.
        Assert.Equal(["سعيد", "سعيد"], SpeakersIn(
            "أثارت الإعلامية المصرية جدلا واسعا خلال الساعات الماضية، بعدما أعلنت عزمها \"الاختفاء عن المشهد\" بحسب قولها.",
            "وكتبت الإعلامية ريهام سعيد منشورا عبر \"فيسبوك\"، قالت خلاله: \"سأختفي لمدة طويلة حتى تعود إليّ روحي ونفسي وطموحاتي\".",
            "تابعت \"سعيد\": \"الفترة الماضية مررت بأشياء كثيرة وتعرضت للتشويه ليس فقط على الصعيد الشكلي\"."));
}
