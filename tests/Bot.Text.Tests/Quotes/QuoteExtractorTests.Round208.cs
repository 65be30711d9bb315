using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 23: what blind round 208–211 (ceasefire talks, Arab players abroad, protests, social media) missed.
/// </summary>
public class QuoteExtractorRound208Tests
{
    [Fact]
    public void Extract_ParticipleAfterKamaAndAVerbThatIsNoCue_IsSaidByTheVerbsSubject() =>
        // w208_01: «كما أبدى رئيس الوزراء القطري تفاؤلًا حذرًا …، قائلًا إن بلاده "…"» had printed «اتفاق», a word of the
        // verb's object.
        Assert.Equal(["محمد آل ثاني"], SpeakersIn(
            "قال رئيس الوزراء القطري محمد آل ثاني إن الانتهاكات مخيبة للآمال ومحبطة للغاية.",
            "كما أبدى رئيس الوزراء القطري تفاؤلًا حذرًا بإمكانية استمرار الهدوء النسبي وتثبيت اتفاق غزة، قائلًا إن بلاده \"تتوقع صمود وقف إطلاق النار رغم التحديات\"."));

    [Fact]
    public void Extract_WordWithTanweenAfterARole_IsNoName() =>
        // w208_01: the role «رئيس الوزراء القطري» had been read as introducing «استمرار», four words on past «تفاؤلًا حذرًا».
        Assert.Equal(["رئيس الوزراء القطري"], SpeakersIn(
            "أبدى رئيس الوزراء القطري تفاؤلًا حذرًا بإمكانية استمرار الهدوء النسبي، قائلًا إن بلاده \"تتوقع صمود وقف إطلاق النار رغم التحديات\".",
            "ولم يتضح بعد موعد استمرار المحادثات في القاهرة."));

    [Fact]
    public void Extract_FullGulfNameOfSixWordsAfterARole_IsTheRoleHolders() =>
        // w208_01: «رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني», a name the article gives once, had been cut at five
        // words and so introduced nobody; the role alone later named no one.
        Assert.Equal(["محمد بن عبد الرحمن آل ثاني"], SpeakersIn(
            "أكد رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني، أن المحادثات مستمرة.",
            "وقال رئيس الوزراء القطري في مؤتمر صحفي إن بلاده \"تتوقع صمود وقف إطلاق النار رغم التحديات\"."));

    [Fact]
    public void Extract_RolePhraseWhoseWordsTheIntroducedPhraseHolds_IsThatPerson() =>
        // w208_01: «رئيس الوزراء ووزير الخارجية القطري الشيخ محمد …», then «رئيس الوزراء القطري» — the same man, under two
        // joined roles.
        Assert.Equal(["محمد بن عبد الرحمن آل ثاني"], SpeakersIn(
            "أكد رئيس الوزراء ووزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، أن المحادثات مستمرة.",
            "وقال رئيس الوزراء القطري في مؤتمر صحفي إن بلاده \"تتوقع صمود وقف إطلاق النار رغم التحديات\"."));

    [Fact]
    public void Extract_BodyWordBeforeARole_IsTheRoleHoldersOffice() =>
        // w208_13: «نقلت القناة الـ12 العبرية، عن ديوان رئيس الوزراء أن …» had printed «ديوان» alone.
        Assert.Equal(["ديوان رئيس الوزراء"], SpeakersIn(
            "بدورها، نقلت القناة الـ12 العبرية، عن ديوان رئيس الوزراء أن بنيامين نتنياهو \"مصمم على إعادة المخطوفين وبقاء محور فيلادلفيا بيد إسرائيل\"."));

    [Fact]
    public void Extract_StatementAsideBeforeTheQuotation_IntroducesIt() =>
        // w208_30: «وأكدت وزارة الخارجية العراقية، في بيان لها اليوم، “دعم العراق الكامل …”» — a verbal noun phrase, no
        // إن/أن — had scored below the threshold.
        Assert.Equal(["وزارة الخارجية العراقية"], SpeakersIn(
            "أعربت الجمهورية العراقية عن ترحيبها بالجهود الإقليمية والدولية لوقف إطلاق النار في قطاع غزة.",
            "وأكدت وزارة الخارجية العراقية، في بيان لها اليوم، “دعم العراق الكامل لجميع المساعي الرامية إلى وقف الحرب على القطاع، والتخفيف من معاناة المدنيين”."));

    [Fact]
    public void Extract_SpeechNamedAfterTheRole_EndsTheRolesPhrase() =>
        // w208_32: «وقال زعيم الحوثيين في خطاب متلفز يبث الآن -تابعه محرر مأرب برس-: ''…''» had printed «برس», read on from
        // the role through the speech to the paper.
        Assert.Equal(["زعيم الحوثيين"], SpeakersIn(
            "هدد عبدالملك الحوثي، اليوم الجمعة، باستئناف العمليات العسكرية في البحر الأحمر.",
            "وقال زعيم الحوثيين في خطاب متلفز يبث الآن -تابعه محرر مأرب برس-: ''نعلن عن مهلة 4 أيام لإدخال المساعدات الإنسانية إلى غزة وإذا استمر العدو في منعها سنعود لاستئناف عملياتنا البحرية''."));

    [Fact]
    public void Extract_ShortQuotationAfterThatAndItsSubject_IsThePredicateInHisWords() =>
        // w208_42: «أكد ترامب خلال كلمته أن الاتفاق "بداية جديدة لشعوب المنطقة"، مشدداً …» had been taken for the name of
        // the agreement.
        Assert.Equal([("ترامب", "بداية جديدة لشعوب المنطقة")], QuotesIn(
            "وتشارك في القمة أكثر من 20 دولة وزعيماً دولياً، لمناقشة آليات دعم الاتفاق.",
            "من جانبه، أكد ترامب خلال كلمته أن الاتفاق \"بداية جديدة لشعوب المنطقة\"، مشدداً على أهمية الحفاظ على الهدنة والعمل من أجل سلام دائم."));

    [Fact]
    public void Extract_ShortQuotationAfterThatAndItsSubject_StaysANameBeforeAVerb() =>
        // Guard: «أن الحملة "معا نحو الغد" تهدف …» — the campaign's name, the clause going on after it.
        Assert.Empty(QuotesIn(
            "وأكد المدير أن الحملة \"معا نحو الغد الأفضل\" تهدف إلى توعية الشباب."));

    [Fact]
    public void Extract_ParticipleAfterExpressedAndAName_IsThatNamesWords() =>
        // w209_02: «وفي أول تعليق له عقب التمديد، عبّر صلاح عن سعادته، قائلًا …: "…"» had given the words to the club named
        // in the sentence before.
        Assert.Equal(["صلاح", "صلاح"], SpeakersIn(
            "أعلن نادي ليفربول الإنجليزي، تجديد عقد نجمه محمد صلاح حتى عام 2027.",
            "وفي أول تعليق له عقب التمديد، عبّر صلاح عن سعادته، قائلًا عبر الموقع الرسمي للنادي: \"أنا متحمس للغاية للاستمرار، لدينا فريق مميز في الوقت الحالي\".",
            "وتابع: \"هذه السنوات التي قضيتها في ليفربول كانت الأفضل في مسيرتي\"."));

    [Fact]
    public void Extract_StarAndAdjectiveOfOrigin_StandForThePlayerTheClubIntroducedWithThem() =>
        // w209_02: «واختتم النجم المصري رسالته للجماهير قائلًا: "…"» after «نجمه المصري محمد صلاح».
        Assert.Equal(["صلاح"], SpeakersIn(
            "أعلن نادي ليفربول الإنجليزي، تجديد عقد نجمه المصري محمد صلاح حتى عام 2027، وقال صلاح إنه سعيد.",
            "واختتم النجم المصري رسالته للجماهير قائلًا: \"أنا ممتن لدعمكم الدائم، وسنواصل القتال من أجلكم\"."));

    [Fact]
    public void Extract_ParticipleAfterExpressedANameAndAnAside_IsThatNamesWords() =>
        // w209_18: «وعبّر العاشوري، في مقابلة خاصة مع موقع "العربي الجديد"، عن أسفه …، قائلا: "…"» (here after an opening
        // phrase, so that the verb does not open the sentence).
        Assert.Equal(["العاشوري"], SpeakersIn(
            "قال مدرب المنتخب التونسي سامي الطرابلسي إن الفريق جاهز، وأكد اللاعب إلياس العاشوري جاهزيته.",
            "وبعد المباراة، عبّر العاشوري، في مقابلة خاصة مع موقع \"العربي الجديد\"، عن أسفه بسبب الحضور الضعيف للجماهير التونسية، قائلا: \"للأسف، نحن اللاعبون نريد دعما أكثر\"."));

    [Fact]
    public void Extract_MasculineParticipleAfterAFeminineRelativeClause_IsNotItsAntecedents() =>
        // w209_18: «… في مواجهة بوركينا فاسو، التي أُقيمت على استاد حمادي العقربي برادس، قائلا: "…"» had printed «فاسو».
        Assert.Equal(["العاشوري"], SpeakersIn(
            "قال مدرب المنتخب التونسي سامي الطرابلسي إن الفريق جاهز، وأكد اللاعب إلياس العاشوري جاهزيته.",
            "وبعد المباراة، عبّر العاشوري عن أسفه بسبب الحضور الضعيف في مواجهة بوركينا فاسو، التي أُقيمت على استاد حمادي العقربي برادس، قائلا: \"للأسف، نحن اللاعبون نريد دعما أكثر\"."));

    [Fact]
    public void Extract_OfficialStatementOfADescribedClub_IsTheNamedClubs() =>
        // w209_10: «جاء في بيان رسمي لبطل الدوري الألماني بايرن ميونيخ: “…”» had printed «رسمي».
        Assert.Equal(["بايرن ميونيخ"], SpeakersIn(
            "جاء في بيان رسمي لبطل الدوري الألماني بايرن ميونيخ: “نصير مزراوي لن يكون قادراً على السفر مع فريق بايرن إلى الدوحة الجمعة”."));

    [Fact]
    public void Extract_OfficialStatementOfAMinistry_IsTheMinistrys() =>
        Assert.Equal(["وزارة الصحة"], SpeakersIn(
            "وجاء في بيان رسمي لوزارة الصحة: “الوضع الوبائي مستقر ولا داعي للقلق في الوقت الحالي”."));

    [Fact]
    public void Extract_OpeningCurlyMarkTypedAloneBeforeTheStop_ClosesTheQuotation() =>
        // w209_16: «قال حنبعل “أنا متحمس … الجزائر. سنبذل قصارى جهدنا ونركز على تحقيق هدفنا “.» — a “ for the closing mark,
        // after a space — had left the first sentence unclosed and the quotation unfound.
        Assert.Equal([("حنبعل", "أنا متحمس للغاية بشأن المباراة الأخيرة ضد الجزائر. سنبذل قصارى جهدنا ونركز على تحقيق هدفنا")], QuotesIn(
            "وفي مقابلة خاصة مع القسم الإعلامي بالنادي، قال حنبعل “أنا متحمس للغاية بشأن المباراة الأخيرة ضد الجزائر. سنبذل قصارى جهدنا ونركز على تحقيق هدفنا “."));

    [Fact]
    public void Extract_AccountOfALeague_IsTheSpeakerWithItsName() =>
        // w209_19: «وكتب حساب الدوري الفرنسي …: “…”» had printed «حساب».
        Assert.Equal(["حساب الدوري الفرنسي"], SpeakersIn(
            "وأثنى حساب الدوري الفرنسي على التعمري باللهجة الأردنية، حيث كتب حساب الدوري الفرنسي عبر منصة “إكس”: “إيش يا معلم، ديروا بالكم موسى بيك هنا”."));

    [Fact]
    public void Extract_LeaderNamedAfterHisRoleBeforeHisSpeech_IsTheSpeaker() =>
        // w210_02: «وأعلن القيادى العمالى في الشركة عبد العزيز الحسنين في حديث ل"رويترز"، ان "…"» had printed the role.
        Assert.Equal(["الحسنين", "الحسنين"], SpeakersIn(
            "دخل إضراب يشارك فيه آلاف العمال في أكبر مصانع الغزل والنسيج في مصر يومه الرابع.",
            "وأعلن القيادى العمالى في الشركة عبد العزيز الحسنين في حديث ل\"رويترز\"، ان \"العمال في حالة غليان بسبب سياسة الحكومة تجاه قطاع الغزل والنسيج\".",
            "وأضاف: \"العمال لا يتحملون أدنى مسؤولية عن خسائر الشركة\"."));

    [Fact]
    public void Extract_QuarterOfACityInMarks_IsAName() =>
        // w210_17: «بعد أن كانت في حي “سيدي حسين” غربي العاصمة» had been taken for the witnesses' words.
        Assert.Empty(QuotesIn(
            "ووفق شهود عيان للأناضول امتدت الاحتجاجات إلى حيي “الانطلاقة” و”التضامن” بعد أن كانت في حي “سيدي حسين” غربي العاصمة."));

    [Fact]
    public void Extract_PoliticianSetOffWithHisName_IsThatName() =>
        // w210_28: «وانتقد السياسي العراقى، محمد أبو كلل، …، قائلا في منشور له …، " ما يحصل في البصرة جريمة متكاملة الأركان"».
        Assert.Equal(["أبو كلل"], SpeakersIn(
            "وانتقد السياسي العراقى، محمد أبو كلل، طريقة التعامل مع المحتجين على الفساد وسوء الخدمات، قائلا في منشور له على صفحته الرسمية بموقع التواصل الاجتماعى \"فيس بوك\"، \" ما يحصل في البصرة جريمة متكاملة الأركان\"."));

    [Fact]
    public void Extract_SourceWithTheWordPolitical_StaysASourceAndItsAdjective() =>
        // w178_29: «مرجع سياسيّ», the Lebanese press's unnamed source, had printed «سياسيّ» as if a name; and a first version
        // that took سياسي without ال for a role word printed «مرجع».
        Assert.Equal(["مرجع سياسيّ"], SpeakersIn(
            "وأوضح مرجع سياسيّ في هذا الإطار، أنّ \"المنتشرين في أستراليا كان لهم دور كبير في العام 2022 في المشاركة في الانتخابات\"."));

    [Fact]
    public void Extract_NameInMarksAfterTheVerbThenWriting_IsTheWriter() =>
        // w210_22: «وانتقد "سلطان العجلوني" قرار اغلاق النقابة كاتباً:"…"» — the family name ending in ني had read as a verb
        // with «me», and كاتبا was no cue.
        Assert.Equal(["سلطان العجلوني"], SpeakersIn(
            "وانتقد \"سلطان العجلوني\" قرار اغلاق النقابة كاتباً:\"لما تقبلوا تدخل السفارة الأمريكية والبنك الدولي بالمناهج وتستنكروا تدخل نقابة المعلمين فيها فهذا يعني انو احنا دولة مستقلة\"."));

    [Fact]
    public void Extract_AssociationOfProfessionals_IsTheSpeakerWithItsName() =>
        // w210_29: «دعا تجمع المهنيين السودانيين "…"» had printed «تجمع».
        Assert.Equal(["تجمع المهنيين السودانيين", "تجمع المهنيين السودانيين"], SpeakersIn(
            "دعا تجمع المهنيين السودانيين \"جماهير الشعب السوداني وقواه الثورية ولجان المقاومة في الأحياء بكل المدن والقرى للخروج للشوارع\"، وفق العربية.",
            "وأشار في بيان إلى أن \"الأنباء تتوارد عن تحرك عسكري يهدف للاستيلاء على السلطة، ما يعني العودة لحكم التسلط\"."));

    [Fact]
    public void Extract_PublishedOnHerPageBeforeAColon_ReportsHerWords() =>
        // w211_05: «ونشرت سما المصري عبر صفحتها الرسمية: “…”» — نشر was no cue.
        Assert.Equal(["المصري"], SpeakersIn(
            "ردت الفنانة المصرية سما المصري على الانتقادات التي طالت ظهورها خلال انتخابات مجلس النواب.",
            "ونشرت سما المصري عبر صفحتها الرسمية: “هي مين دي اللي تسيب البلد وتمشي؟ انتوا بتحلموا، أنا قاعدة على قلبكم”."));

    [Fact]
    public void Extract_PublishedWithAnObject_StaysNoCue() =>
        // Guard: «ونشرت وزارة النفط عبر صفحتها … شهادات لبعض المواطنين وعلقت قائلة "…"» — what was published is no
        // quotation; the words are the comment's.
        Assert.Empty(QuotesIn(
            "ونشرت الوزارة عبر صفحتها الرسمية صورا للمشروع الجديد، في حين أعلن المواطنون \"رضاهم\" عن الخدمات."));

    [Fact]
    public void Extract_ReversedOpeningMarkRightAfterAVerbCue_RunsIntoTheNextSentence() =>
        // w211_04: «وأوضح ” شكرًا يا علي معلول.. هتوحشنا كلكم.”» — the splitter cuts at «..»; the quotation opened by the
        // reversed mark after the verb goes on.
        Assert.Equal([("أفشة", "شكرًا يا علي معلول.. هتوحشنا كلكم.")], QuotesIn(
            "ووجّه محمد مجدي أفشة، نجم النادي الأهلي، رسالة مؤثرة إلى زميله علي معلول، عقب إعلان الأخير رحيله.",
            "وأوضح أفشة ” شكرًا يا علي معلول.. هتوحشنا كلكم.”"));

    [Fact]
    public void Extract_FamilyNameBehindKanaBeforeTheVerb_IsTheSpeaker() =>
        // w211_15: «وكان الصنهاجي قد كتب عام 2014 في حسابه تدوينة … كان نصها "…"» had found no speaker.
        Assert.Equal(["الصنهاجي"], SpeakersIn(
            "وربطت تقارير إخبارية بين التدوينة واستدعاء عضو شبيبة الحزب عمر الصنهاجي إلى مقر المكتب المركزي للأبحاث القضائية.",
            "وكان الصنهاجي قد كتب عام 2014 في حسابه تدوينة وحذفها فيما بعد كان نصها \"الذين يكتبون الهراء، ويظنون أنهم يحققون من خلاله ذواتهم هم نماذج لأشخاص لا يعرفون شيئا\" ليعود نشطاء لنسخها."));

    [Fact]
    public void Extract_ThreatenedWithBa_ReportsTheWords() =>
        // w211_09: «وتوعد بـ"لن نسمح أن تعبث مجموعة من المغردين …"» — توعد was no cue.
        Assert.Equal(["بن راشد", "بن راشد"], SpeakersIn(
            "وكتب بن راشد \"العبث والفوضى على وسائل التواصل الاجتماعي يأكلان من منجزات تعبت آلاف فرق العمل من أجل بنائها\" وتوعد بـ\"لن نسمح أن تعبث مجموعة من المغردين بإرث زايد الذي بناه لنا\"."));

    [Fact]
    public void Extract_FirstMarkOfASentenceOpeningWithAVerbCue_OpensAQuotationThatRunsOn() =>
        // w211_20: «وأكد جمال بلماضي في خلال ندوة صحفية ”الهدرة … كارثية. في هذا الميدان، …، دعونا من الشعبوية”.» — a reversed
        // opening mark with no colon, cut by the splitter.
        Assert.Equal(["بلماضي"], SpeakersIn(
            "وأكد جمال بلماضي في خلال ندوة صحفية ”الهدرة والشعبوية في المجال الرياضي أصبحت كارثية. في هذا الميدان، واحد يقول نملك منتخبين والآخر يقول نملك عشرة، دعونا من الشعبوية”."));

    [Fact]
    public void Extract_BySayingAfterAName_IsThatNamesWords() =>
        // w211_20: «قبل أن يفاجئهم محرز بالقول “شكون قالكم استناوني”» had printed «مدته», from «مقطع فيديو مدته 33 ثانية».
        Assert.Equal([("محرز", "شكون قالكم استناوني")], QuotesIn(
            "وأظهر مقطع فيديو مدته 33 ثانية، رفض رياض محرز إعطاء أي تصريح للصحافيين الذين انتظروه لساعات قبل أن يفاجئهم محرز بالقول “شكون قالكم استناوني”."));

    [Fact]
    public void Extract_BySayingAfterTheNameItAnswers_IsNotThatNamesWords() =>
        // Guard: w211_09, «وردّ وزير الخارجية الإماراتي، عبد الله بن زايد، على بن راشد بالقول إنّ "…"» — the first version of
        // the بالقول rule gave the answer to the man answered.
        Assert.DoesNotContain("بن راشد", SpeakersIn(
            "وكتب بن راشد أن العبث على وسائل التواصل يأكل من المنجزات.",
            "وردّ وزير الخارجية الإماراتي، عبد الله بن زايد، على بن راشد بالقول إنّ \"التغريد من أجل الوطن يزيده ولا ينقصه، يبنيه ولا يهدم ما تم بناؤه\"."));

    [Fact]
    public void Extract_ProminentAfterARole_IsNoName() =>
        // w211_44: «أقدم مسؤول إماراتي بارز على حذف تغريدة» had printed «بارز» for the official. (Since session 26 the rank
        // adjective prints after the placing one, as in «مصدر مصري رفيع».)
        Assert.Equal(["مسؤول إماراتي بارز"], SpeakersIn(
            "أقدم مسؤول إماراتي بارز على حذف تغريدة نشرها على حسابه الرسمي بتويتر، وكتب فيها: “الحملة ضد الإعلامي من أقسى الحملات العنصرية التي شاهدتها”."));

    [Fact]
    public void Extract_RoleAndNameOpeningASentenceBeforeKanaQad_GoOnSpeaking() =>
        // w211_44: «رئيس مركز أبوظبي للغة العربية علي بن تميم، كان قد نشر تغريدة …» and then «وكتب ما نصه: “…”».
        Assert.Equal(["بن تميم"], SpeakersIn(
            "أقدم مسؤول إماراتي بارز على حذف تغريدة نشرها على حسابه الرسمي بتويتر.",
            "رئيس مركز أبوظبي للغة العربية علي بن تميم، كان قد نشر تغريدة استنكر فيها هجوما على الإعلامي نبيل الخطيب.",
            "وكتب ما نصه: “الحملة ضد نبيل الخطيب من الذباب الالكتروني من أقسى الحملات العنصرية التي شاهدتها”."));

    [Fact]
    public void Extract_KingWithARegnalNumber_IsNamedWithItAndNotTheWordsAfterIt() =>
        // w211_36: «بتهئنة الملك الأردني عبد الله الثاني منتخب بلاده وقال “…”» had printed «منتخب», the object after the
        // regnal number, and then «عبد الله», which the article also gives in «الأمير الحسين بن عبد الله».
        Assert.Equal(["عبد الله الثاني"], SpeakersIn(
            "وتواصلت الأفراح من الدوحة حتى عمّان بتهئنة الملك الأردني عبد الله الثاني منتخب بلاده وقال “قدها النشامى، رفعتوا راسنا، مبارك لكم ولكل الأردنيين”.",
            "كما احتفل ولي عهد الأردن الأمير الحسين بن عبد الله في شوارع العاصمة عمّان بتأهل المنتخب إلى نهائي كأس آسيا."));

    [Fact]
    public void Extract_ParticipleOfManner_IsNoName() =>
        // w211_36: «وأكمل محييا اللاعبين “…”» had printed «محييا اللاعبين».
        Assert.DoesNotContain("محييا اللاعبين", SpeakersIn(
            "وهنأ الملك عبد الله الثاني منتخب بلاده، وأكمل محييا اللاعبين “راية الأردن مرفوعة دوما بهمة أبنائه وعزيمتهم، حيّا الله النشامى”."));

    [Fact]
    public void Extract_CrowdsOfFootballOpeningTheArticle_AreNoSpeaker() =>
        // w211_36: «تفاعلت جماهير كرة القدم العربية …» had made «كرة» the speaker the next quotations carried on.
        Assert.DoesNotContain("كرة", SpeakersIn(
            "تفاعلت جماهير كرة القدم العربية والأردنية بفرح كبير مع فوز منتخب الأردن أمس على كوريا الجنوبية.",
            "وأضاف أن “الفوز كان مستحقا بعد أداء رائع من جميع اللاعبين في المباراة”."));

    [Fact]
    public void Extract_BareVerbWithNobodyNamedYet_SpeaksForTheOnePersonTheArticleIsAbout() =>
        // w211_30: the article is about البرهان, named in its first sentence and four times after; «وقال: «…»» had found no
        // speaker, since no sentence before had quoted him.
        Assert.Equal(["البرهان", "البرهان"], SpeakersIn(
            "ظهر قائد الجيش السوداني عبد الفتاح البرهان في مقاطع مصورة انتشرت صباح اليوم، وهو يتجول في قاعدتين عسكريتين في أم درمان.",
            "وعلى منصات التواصل الاجتماعي، تداول العديد من المستخدمين السودانيين مقاطع فيديو للبرهان داخل قاعدة وادي سيدنا العسكرية.",
            "وفي الفيديو بدا البرهان بخير وهو يتجول بين الجنود الذين حيوه بحرارة، ثم صافح البرهان عددا من الضباط.",
            "وقال: «نحن نقاتل لا من أجل جهة أو فئة، وأنا هنا أنقل لكم تحيات القيادة العامة».",
            "وأضاف: «ما نقوم به هو ليطمئن الناس أن هناك رجالاً في الجيش»."));

    [Fact]
    public void Extract_BareVerbWithNobodyNamedYet_FindsNoOneWhenTheArticleNamesTwo() =>
        // Guard: two people the article gives with their given names and repeats; a bare «وقال» is neither's for certain.
        Assert.Empty(QuotesIn(
            "التقى الرئيس عبد الفتاح السيسي نظيره محمد المنفي في القاهرة، وبحث السيسي والمنفي تطورات الأوضاع.",
            "وشهد اللقاء توقيع السيسي والمنفي عدة اتفاقيات للتعاون.",
            "وقال: «نحن نقف إلى جانب الأشقاء في كل الظروف»."));

    [Fact]
    public void Extract_CompanyThatApologised_IsTheSpeaker() =>
        // w211_39: «اعتذرت اتصالات المغرب “عن أي إزعاج …”» — اعتذر was no cue.
        Assert.Equal(["اتصالات"], SpeakersIn(
            "خرجت شركة اتصالات المغرب لتوضح لزبنائها سبب انقطاع الإنترنت.",
            "وفي ختام تدوينة لها على الفيسبوك اعتذرت اتصالات المغرب “عن أي إزعاج ناتج عن هذا الحادث الخارج عن ارادتنا”."));

    [Fact]
    public void Extract_BodyBeforeIla_IsNamedWithoutIt() =>
        // w211_39: «وأنهت الشركة إلى “علم زبنائها …”. ولمعالجة الوضع قالت بأنها “…”» had printed «الشركة إلى»: إلى normalises to
        // an ال-word, and was read as the body's adjective.
        Assert.DoesNotContain("الشركة إلى", SpeakersIn(
            "خرجت شركة “اتصالات المغرب”، لتوضح لزبنائها سبب ذلك.",
            "وأنهت الشركة إلى “علم زبنائها مستعملي الإنترنت، أن أحد الكابلات البحرية قد تضرر في عرض المحيط الأطلسي”.",
            "ولمعالجة الوضع قالت بأنها “قامت بتعبئة جميع الوسائل اللازمة، بما في ذلك سفينة الكابلات المتخصصة”."));
}
