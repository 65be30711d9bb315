using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 28: what blind round 270–273 (Iraq and Kurdistan; Lebanon and Syria; Egyptian football; football in
/// the Maghreb) missed.
/// </summary>
public class QuoteExtractorRound270Tests
{
    [Fact]
    public void Extract_BodyWordCalledBack_IsTheBodyOfItsKindJustNamed() =>
        // w270_25: «وقالت الوزارة» right after «بدورها أعلنت وزارة النفط الاتحادية» had printed the ministry the article named
        // first, وزارة الثروات الطبيعية.
        Assert.Equal(["وزارة الثروات الطبيعية", "وزارة النفط الاتحادية"], SpeakersIn(
            "وأعلنت وزارة الثروات الطبيعية في حكومة إقليم كوردستان في بيان لها اليوم، أن \"استئناف تصدير نفط الإقليم قد بدأ في تمام الساعة السابعة صباحاً\".",
            "بدورها أعلنت وزارة النفط الاتحادية، صباح اليوم السبت، عن استئناف عمليات تصدير نفط إقليم كوردستان عبر الخط العراقي التركي.",
            "وقالت الوزارة في بيانٍ لها، إن \"عمليات التشغيل انطلقت عند الساعة السادسة صباحاً بوتيرة عالية وانسيابية تامة\"."));

    [Fact]
    public void Extract_DoublePrimeAfterADigit_ClosesAReversedOpener() =>
        // w271_36: «لـ”فرانس 24″: “نرفض …”» — WordPress types the closing mark after a digit as ″; the reversed opener ran on
        // to the next “ and swallowed the quotation.
        Assert.Equal(["جنبلاط"], SpeakersIn(
            "قال الرئيس السابق للحزب التقدمي الاشتراكي وليد جنبلاط أنه لا بد من وقف إطلاق النار في السويداء.",
            "وأضاف جنبلاط لـ”فرانس 24″: “نرفض أي حماية خارجية”، والإسرائيليون يُؤججون النار بتدخلهم."));

    [Fact]
    public void Extract_CompoundNameBeforeARoleAfterAVerb_NamesTheRole() =>
        // w272_12: «شدد مصطفى أبو زهرة عضو اتحاد الكرة أن …», then «وقال عضو اتحاد الكرة» had printed the role.
        Assert.Equal(["مصطفى أبو زهرة"], SpeakersIn(
            "شدد مصطفى أبو زهرة عضو اتحاد الكرة أن حسام حسن سيكون المدير الفني لمنتخب مصر في كأس العالم 2026.",
            "وقال عضو اتحاد الكرة عبر DMC: \"حسام حسن طُلب منه التأهل لأمم إفريقيا وكأس العالم ونجح في ذلك بنسبة 100%\"."));

    [Fact]
    public void Extract_AskedTypedWithYehHamza_IsACue() =>
        // w272_12: «وتسائل "إذا وصل حسام حسن …؟"» — تساءل as it is often typed.
        Assert.Contains(QuotesIn(
            "وقال مصطفى أبو زهرة: \"حسام حسن طُلب منه التأهل لأمم إفريقيا وكأس العالم ونجح في ذلك\".",
            "وتسائل \"إذا وصل حسام حسن لنصف نهائي بطولة إفريقيا وتعرض 3-4 لاعبين للإصابات، هل سنقيله؟\"."),
            q => q.Speaker == "أبو زهرة" && q.Text.StartsWith("إذا وصل", StringComparison.Ordinal));

    [Fact]
    public void Extract_CoachByHisCountryAdjective_IsTheCoachSpeaking() =>
        // w273_13: «وشدد المدرب البوسني على أن …، مؤكداً: "…"» after «وقال بيتكوفيتش» had printed the epithet.
        Assert.Equal(["بيتكوفيتش", "بيتكوفيتش"], SpeakersIn(
            "وقال بيتكوفيتش لشبكة beIN SPORTS: \"بالتأكيد هي مجموعة مثيرة للاهتمام، الأرجنتين هو المنتخب المرشح\".",
            "وشدد المدرب البوسني على أن \"الخُضر\" سيلعبون للفوز بكل المباريات، مؤكداً: \"حتى في مباراة الأرجنتين لن نلعب كمنتخب خاسر، وسنحاول تحقيق نتيجة إيجابية\"."));

    [Fact]
    public void Extract_PresidentByHisCountryAdjective_StaysAnotherMan() =>
        // Guard: الرئيس القبرصي beside «الرئيس عون» is the guest, not the host already speaking.
        Assert.Contains("الرئيس القبرصي", SpeakersIn(
            "وقال الرئيس جوزاف عون: \"لبنان يقدر وقوف قبرص إلى جانبه في المحافل الدولية\".",
            "وقال الرئيس القبرصي: \"ندعم مقترح إشراك لبنان في المجالس الأوروبية، ما يتيح له إيصال صوته\"."));

    [Fact]
    public void Extract_StraightOpenerClosedByACurlyMark_IsAQuotation() =>
        // w272_31: «وتابع "بعد مباراة السودان تعافينا جيدا …”.» — the marks typed mixed.
        Assert.Contains(QuotesIn(
            "وقال أرنولد في مؤتمر صحفي: \"تنتظرنا مباراة صعبة أمام الجزائر، فاللعب أمام المنتخبات الإفريقية من التحديات الكبيرة\".",
            "وتابع \"بعد مباراة السودان تعافينا جيدا، وسنرى من سيخوض اللقاء قبل ساعات من انطلاقه”."),
            q => q.Speaker == "أرنولد" && q.Text == "بعد مباراة السودان تعافينا جيدا، وسنرى من سيخوض اللقاء قبل ساعات من انطلاقه");

    [Fact]
    public void Extract_WordOfTimeAfterARole_EndsTheName() =>
        // w273_13: a caption «فلاديمير بيتكوفيتش مدرب الجزائر أثناء قرعة نهائيات كأس العالم» had given the coach's role a
        // second holder, «كأس», so «المدرب البوسني» stood for nobody.
        Assert.Equal(["بيتكوفيتش", "بيتكوفيتش"], SpeakersIn(
            "فلاديمير بيتكوفيتش مدرب الجزائر أثناء قرعة نهائيات كأس العالم 2026 بواشنطن",
            "يعتقد فلاديمير بيتكوفيتش مدرب منتخب الجزائر أن المواجهتين ضد النمسا والأردن هما مفتاح التأهل إلى الدور الثاني من كأس العالم 2026.",
            "وقال بيتكوفيتش لشبكة beIN SPORTS: \"بالتأكيد هي مجموعة مثيرة للاهتمام، الأرجنتين هو المنتخب المرشح\".",
            "وشدد المدرب البوسني على أن \"الخُضر\" سيلعبون للفوز بكل المباريات، مؤكداً: \"حتى في مباراة الأرجنتين لن نلعب كمنتخب خاسر، وسنحاول تحقيق نتيجة إيجابية\"."));

    [Fact]
    public void Extract_SourceRightAfterAnEarlierQuotation_IsThatOnesNotTheNext() =>
        // w277_01: «وقال إنه أمر بات "حتميًا" وفق العلماء، "بأقل شدة …”» — وفق العلماء says whose «حتميًا» is; the next
        // quotation is still Guterres's, and so is the one after «وحذّر».
        Assert.DoesNotContain("العلماء", SpeakersIn(
            "شدّد الأمين العام للأمم المتحدة أنطونيو غوتيريش على ضرورة أن يكون تجاوز الاحترار عتبة 1,5 درجة مئوية.",
            "وقال إنّه أمر بات \"حتميًا\" وفق العلماء، \"بأقل شدة ممكنة ولأقصر فترة ممكنة”.",
            "وحذّر من \"تزايد الشكوك حيال ظروف العيش السليم في المستقبل\"."));

    [Fact]
    public void Extract_AdverbAfterAVerbOfCalling_IsNoName() =>
        // w277_01: «ودعا تحديدًا إلى بلوغ "…"» had printed «تحديدًا».
        Assert.Equal(["غوتيريش"], SpeakersIn(
            "وقال غوتيريش إن العالم يواجه أزمة مناخية.",
            "ودعا تحديدًا إلى بلوغ \"مستوى صفر انبعاثات صافية لغازات الدفيئة\" في حلول عام 2050."));

    [Fact]
    public void Extract_WordBeforeInWhichItSaid_IsNoSpeaker() =>
        // w273_09: «اكتفى النادي بعبارة مقتضبة قال فيها: "…"» had printed the adjective «مقتضبة».
        Assert.DoesNotContain("مقتضبة", SpeakersIn(
            "أعلن نادي مولودية الجزائر عن تعيين الجنوب إفريقي رولاني موكوينا مديراً فنياً للفريق الأول.",
            "وجاء الإعلان عبر الحسابات الرسمية للنادي، حيث اكتفى النادي بعبارة مقتضبة قال فيها: \"رولاني موكوينا مدربًا جديدًا لعميد الأندية الجزائرية\"، دون الكشف عن تفاصيل العقد."));

    [Fact]
    public void Extract_WithTheseWordsOpeningTheNextSentence_NamesTheSpeaker() =>
        // w273_35: a quotation alone in its sentence, then «بهذه العبارة استهل مدرب مولودية الجزائر نور الدين زكري حديثه».
        Assert.Contains(QuotesIn(
            "يواجه فريق مولودية الجزائر، مساء اليوم، ضيفه شباب بلوزداد. ''بعد أن تحقق شرط اللعب ببولوغين، الآن ما علينا إلا الفوز في المقابلات''.. بهذه العبارة استهل مدرب مولودية الجزائر نور الدين زكري حديثه عن مباراة اليوم."),
            q => q.Speaker.EndsWith("زكري", StringComparison.Ordinal) && q.Text.StartsWith("بعد أن تحقق", StringComparison.Ordinal));

    [Fact]
    public void Extract_WithTheseWordsAfterTheQuotation_TakesAnyVerb() =>
        // w278_07: «”…“، بهذه الكلمات تصف لنا إحدى الطبيبات الوضع» — تصف is no cue of its own here.
        Assert.Equal(["إحدى الطبيبات"], SpeakersIn(
            "“المرضى يفترشون الأرض. لا توجد أسرة، ولا توجد مستلزمات طبية. الوضع كارثي جدا”، بهذه الكلمات تصف لنا إحدى الطبيبات الوضع من داخل أحد المستشفيات في قطاع غزة."));

    [Fact]
    public void Extract_CaptainBeforeAName_IsATitle() =>
        // w272_35: «قال الكابتن عمرو الحديدي، نجم النادي الأهلي …» had printed «الكابتن».
        Assert.Equal(["الحديدي"], SpeakersIn(
            "قال الكابتن عمرو الحديدي، نجم النادي الأهلي ومنتخب مصر السابق، إن المنتخب المصري تراجع كثيرا، معقبًا: \"هيبة منتخب مصر انتهت في البطولة الحالية\"."));

    [Fact]
    public void Extract_FeminineRankAdjective_IsNoName() =>
        // w275_32: «ونقل البيان عن مديرة عامة فى البنك هى سرى موليانى اندراواتى "…"» had printed «عامة».
        Assert.DoesNotContain("عامة", SpeakersIn(
            "أعلن البنك الدولى اليوم اعترافه بالمجلس الوطنى الانتقالى كحكومة فى ليبيا.",
            "ونقل البيان عن مديرة عامة فى البنك هى سرى موليانى اندراواتى \"إن خبراءنا قد بدؤوا بالتنسيق مع شركائهم ونسعى جاهدين للانطلاق فى عملنا\"."));

    [Fact]
    public void Extract_FeminineTimeAdjective_IsNoName() =>
        // «وأكد يوم الجمعة الماضية وزير الخارجية …» had printed «الماضية»; «الليلة الماضية» after a body is no part of it.
        Assert.Equal(["وزير الخارجية الأردني", "وزارة الصحة"], SpeakersIn(
            "وأكد يوم الجمعة الماضية وزير الخارجية الأردني أن \"الأردن سيواصل جهوده لوقف الحرب على غزة بكل الوسائل\".",
            "وأعلنت وزارة الصحة الليلة الماضية أن \"المستشفيات ستتوقف عن العمل خلال ساعات\"."));

    [Fact]
    public void Extract_VerbOfARelativeClauseAfterTheQuotation_SaysNotWhose() =>
        // w275_32: «“بالتعاون مع صندوق النقد الدولي” الذى أعلن الجمعة الماضية اعترافه» — the relative verb's subject is what
        // it describes, not «الماضية» after it.
        Assert.DoesNotContain("الماضية", SpeakersIn(
            "وقالت المؤسسة في بيان إنها مستعدة لمساعدة ليبيا.",
            "كما تعتزم أيضا \"العمل بالتعاون مع صندوق النقد الدولي\" الذى أعلن الجمعة الماضية اعترافه بالمجلس الوطنى الانتقالي."));

    [Fact]
    public void Extract_ExplainedAndTheHolderOfAnEpithet_AreTheAthlete() =>
        // w276_31: «شرح فارهولم …: "…"», then «تابع صاحب الشعبية الكبرى في بلاده: "…"».
        Assert.Equal(["فارهولم", "فارهولم"], SpeakersIn(
            "استقبل فارهولم كنجم خارق في استاد بيسليت، بيد أن حامل الرقم القياسي العالمي خسر السباق.",
            "شرح فارهولم قبل 57 يوماً من أولمبياد باريس: \"أنا راض عن السباق لكن بالطبع اسعى دائماً لتحقيق الفوز\".",
            "تابع صاحب الشعبية الكبرى في بلاده: \"اصطدمت بالحاجز الأخير، ما صعّب علي المهمة في نهاية السباق\"."));

    [Fact]
    public void Extract_StraightOpenerClosedByAGuillemet_IsAQuotation() =>
        // w277_44: «قائلًا: "كل حياة فُقدت … المتضررين».» — the marks typed mixed.
        Assert.Equal(["المنظري"], SpeakersIn(
            "وقد صرح الدكتور أحمد المنظري، مدير المكتب الإقليمي لمنظمة الصحة العالمية لشرق المتوسط قائلًا: \"كل حياة فُقدت جراء هذه الكارثة الأخيرة هي خسارة كبيرة. ونحن نتقدم بالشكر لجميع الشركاء على جهودهم المتضافرة لمساعدة المتضررين»."));

    [Fact]
    public void Extract_SultanWithTheArticle_IsARole() =>
        // w277_28: «دعا السلطان هيثم "…"» had printed «السلطان»; سلطان alone stays a given name.
        Assert.Equal(["هيثم"], SpeakersIn(
            "وفي خطاب متلفز، دعا السلطان هيثم \"اللجنة الوزارية المكلفة بتقييم الأضرار إلى توفير المساعدة في أسرع وقت ممكن\"."));

    [Fact]
    public void Extract_ToTypedApartAfterARole_IsWhomItSpokeTo() =>
        // w280_25: «قالت مصادر مطلعة لـ"سكاي نيوز عربية" إن …» had printed «عربية».
        Assert.Equal(["مصادر مطلعة"], SpeakersIn(
            "قالت مصادر مطلعة لـ\"سكاي نيوز عربية\" إن القوات المسلحة الأردنية \"تتخذ كافة الاستعدادات اللازمة لحماية أمن الوطن، والدفاع عنه\"."));

    [Fact]
    public void Extract_ToTypedAloneAfterASpokesman_IsWhoseSpokesman() =>
        // Guard (argen-news 0498): «والمتحدث الرسمي ل 'مدن'، بندر الطعيمي» — the name after the body is the spokesman's.
        Assert.Equal(["الطعيمي"], SpeakersIn(
            "وفي هذا الخصوص، أوضح مدير إدارة التسويق والاتصال المؤسسي والمتحدث الرسمي ل 'مدن'، بندر الطعيمي، أن برنامج 'اطمئن' جاء ضمن باقة مبادرات، مبينا أن: 'البرنامج يهدف إلى ضم هذه المنشآت إلى قائمة الأفضل عالميا في معايير سلامة الغذاء'."));

    [Fact]
    public void Extract_AdjectiveUsedAsNounAndItsPlace_IsTheUnnamedSpeaker() =>
        // w279_18: «أكد دبلوماسي أميركي شارك في التخطيط للغارات … أن "…"» had printed the verb «شارك».
        Assert.Equal(["دبلوماسي أميركي"], SpeakersIn(
            "وفي سياق متصل، أكد دبلوماسي أميركي شارك في التخطيط للغارات على اليمن أن “السعوديين يعارضون هذا الإجراء بشدة بسبب تأثيره المحتمل على محادثات السلام”."));

    [Fact]
    public void Extract_MediumReportingFromSomeone_GivesTheWordsToThem() =>
        // w279_37: «وكانت أشارت صحيفة "هآرتس" عن مصدر في قطاع التجارة البحرية الإسرائيلي الى أنه "…"» had printed the paper.
        Assert.Equal(["مصدر في قطاع التجارة"], SpeakersIn(
            "وكانت أشارت صحيفة \"هآرتس\" عن مصدر في قطاع التجارة البحرية الإسرائيلي الى أنه \"لم تصل أي حاوية بضاعة عبر البحر منذ أسبوعين، ونتوقع استمرار ذلك\"."));

    [Fact]
    public void Extract_ExpressedAboutFarFromItsVerb_IsSpeech() =>
        // w280_40: «وأعرب الصفدي في تصريحات صحفية، عن "تطلع مجلس النواب …"» — أعرب takes its words with عن across the aside.
        Assert.Equal(["الصفدي"], SpeakersIn(
            "يزور العاصمة السعودية الرياض اليوم الأحد، وفد نيابي أردني برئاسة رئيس مجلس النواب الأردني أحمد الصفدي.",
            "وأعرب الصفدي في تصريحات صحفية، عن \"تطلع مجلس النواب الأردني لمزيد من التشاور والتعاون مع الأشقاء في مجلس الشورى السعودي\"."));
}
