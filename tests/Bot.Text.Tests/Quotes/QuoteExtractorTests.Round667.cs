using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 42: what blind rounds 587–666 (w587_… to w666_…) and the pooled dev pages (132–583) missed.
/// </summary>
public class QuoteExtractorRound667Tests
{
    [Fact]
    public void Extract_BodyOpeningAClauseBeforeAVerbOfDescribing_Describes() =>
        // w638_02: «…، لكن مجلس الوزراء وصف الرقم بأنه «…»»: the phrase after the verb, what is described, had been printed.
        Assert.Equal(["مجلس الوزراء"], SpeakersIn(
            "والفائض الأولي البالغ 1.8 في المئة من الناتج المحلى يقل عن المستوى المستهدف الذي يبلغ 2 بالمئة، لكن مجلس الوزراء وصف الرقم بأنه «نتيجة جيدة جدا في ظل الظروف الاقتصادية الصعبة والاستثنائية»."));

    [Fact]
    public void Extract_NameBeforeAVerbOfDescribing_Describes() =>
        // w304_40: «خالد العامري، 35 عاماً، يصف اللحظة …: "…"»: «معلومات» inside what is described had been printed.
        Assert.Equal(["العامري"], SpeakersIn(
            "خالد العامري، 35 عاماً، يصف اللحظة المرعبة عندما تلقى مكالمة تدعي وجود معلومات عن شقيقه المفقود: \"شعرت بخفقان قلبي يتسارع، ويدي ترتجف وأنا أمسك الهاتف\"."));

    [Fact]
    public void Extract_RoleBeforeAVerbOfDescribingABody_DescribesIt() =>
        Assert.Equal(["الوزير"], SpeakersIn(
            "لكن الوزير وصف الحكومة بأنها «حكومة عاجزة عن حل أبسط مشكلات المواطنين اليومية»."));

    [Fact]
    public void Extract_BodyOpeningTheSentenceBeforeItsVerb_IsTheSpeaker() =>
        // w627_44: «الاتحاد الأوروبي قال اليوم الأربعاء، إنه …» — a body before its verb had been read by no rule.
        Assert.Equal(["الاتحاد الأوروبي"], SpeakersIn(
            "الاتحاد الأوروبي قال اليوم الأربعاء، إنه سيفرض رسومًا جمركية أعلى على واردات السيارات الكهربائية الصينية، والتي وجد أنها تستفيد \"بشكل كبير من الدعم غير العادل\" وتشكل \"تهديدًا بإلحاق ضرر اقتصادي\" بمنتجي السيارات."));

    [Fact]
    public void Extract_BareIndefiniteBodyWordBeforeAVerb_IsNoSpeaker() =>
        // Guard for the rule above: «وزارة» alone names no body.
        Assert.Empty(SpeakersIn(
            "وزارة قالت إن «النتيجة جيدة جدا في ظل الظروف الاقتصادية الصعبة»."));

    [Fact]
    public void Extract_ShortLabelAfterAFemininePassiveOfDescribing_IsNoQuotation() =>
        // w596_12: «في قضية وُصفت بأنها "أضخم قضية غسيل أموال"»: وصفت had not been read as a verb of describing (its و was
        // taken for «and»), and the label went to the agency.
        Assert.DoesNotContain("أضخم قضية غسيل أموال", QuotesIn(
            "قالت وكالة الأنباء البحرينية الرسمية (بنا) إنّ القضاء البحريني أيّد حكماً صادراً بإدانة بنك \"المستقبل\" المحلي و6 من مسؤوليه، في قضية وُصفت بأنها \"أضخم قضية غسيل أموال\" في تاريخ البلاد.")
            .Select(q => q.Text));

    [Fact]
    public void Extract_LamWithTatweelBeforeATwoWordMediumInMarks_IsWhomItWasSaidTo() =>
        // w667_36: «وأضاف المصدر لـ«الشرق الأوسط»: «…»»: the role phrase had run on through the ل and the paper's name.
        Assert.Equal(["المسؤول"], SpeakersIn(
            "وأضاف المسؤول لـ«الشرق الأوسط»: «في عام 2012 قُتل 5 أشخاص جنوب السلوم بعد انفجار لغم من مخلفات الحرب العالمية الثانية»."));

    [Fact]
    public void Extract_TwoNounsAfterIsConsidered_AreNoSpeaker() =>
        // w667_36: «وتعتبر منطقة توزيع رئيسية» («is considered a main distribution area») had been read as a person of two
        // name words, and «المصدر» two sentences on went back to it.
        Assert.DoesNotContain("منطقة توزيع", SpeakersIn(
            "وغالباً ما تسلك هذه العصابات ممرات رئيسية مثل طريق البحر المتوسط حيث تستخدم مراكب الصيد المصرية لنقل المهاجرين إلى الشواطئ الليبية، ومنها يتم نقلهم إلى مدينتي طبرق وأجدابيا التي يتمركز فيها المهربون وتعتبر منطقة توزيع رئيسية للعمال المصريين.",
            "ويقع ممر آخر للتهريب بين مصر وليبيا جنوب منفذ السلوم وهي منطقة معروفة بوجود الكثير من حقول الألغام فيها والتي تسببت في مقتل عدد من المهاجرين غير الشرعيين في أثناء تسللهم إلى ليبيا، وفق ما قال مصدر أمني في مديرية أمن محافظة مطروح، فضل عدم ذكر اسمه.",
            "وأضاف المصدر: «في عام 2012 قُتل 5 أشخاص جنوب السلوم بعد انفجار لغم من مخلفات الحرب العالمية الثانية»."));

    [Fact]
    public void Extract_GivenNameInTaAfterIsConsidered_IsAPerson() =>
        // Guard for the rule above: a woman's given name ends in ة too.
        Assert.Equal(["فاطمة الزهراء"], SpeakersIn(
            "وتعتبر فاطمة الزهراء أن «الحكومة لم تقدم حتى الآن أي حل حقيقي لأزمة السكن في المدينة»."));

    [Fact]
    public void Extract_BodyBehindKanaBeforeItsVerb_IsTheParticiplesSpeaker() =>
        // w678_07: «وكانت الحركة الإسلامية والنقابات المهنية انتقدت قرار الحكومة …، معتبرة أن …»: the verb's object, «قرار»,
        // had been printed.
        Assert.Equal(["الحركة الإسلامية"], SpeakersIn(
            "وكانت الحركة الإسلامية والنقابات المهنية انتقدت قرار الحكومة الأردنية رفع أسعار بعض أنواع الوقود، معتبرة أن هذه السياسة \"تمعن في تأزيم الأوضاع\" و\"تدفع إلى مزيد من الاحتقان في البلاد\"."));

    [Fact]
    public void Extract_RoleBehindKanaBeforeItsVerb_KeepsTheRolePhraseTheArticleGave() =>
        // Guard for the rule above: «وكان الوزير أشار» is read by the role's own rules, which print the minister as an
        // earlier sentence named him (وزير النفط السورى), not the bare «الوزير».
        Assert.DoesNotContain("الوزير", SpeakersIn(
            "ونقلا عن وزير النفط والثروة المعدنية سليمان العباس \"أن تغيرات طرأت على واقع إنتاج النفط نتيجة الأحداث الراهنة ما أدى إلى تراجع إنتاج النفط إلى نحو 4%.",
            "وأوضح وزير النفط السورى إن الإنتاج \"انخفض من 385 ألف برميل يوميا إلى 14 ألف برميل\" الذى كان يشكل موردا أساسيا للحكومة السورية.",
            "وكان الوزير أشار فى يناير 2014 إلى \"أن الأزمة الراهنة التى تمر بها سوريا أدت إلى إضرار كبيرة على قطاع النفط وخلقت واقع صعب\"."));

    [Fact]
    public void Extract_MediumInMarksAfterWhatItMentioned_IsNoQuotation() =>
        // w684_42: «ووفقاً لما ذكره «سكاي نيوز»، فإنه …»: «ذكره» had been printed as the speaker of the channel's name.
        Assert.Empty(SpeakersIn(
            "ووفقاً لما ذكره «سكاي نيوز»، فإنه بعد أن أصاب العشرات من المدعوين حالات تسمم متباينة، تبيّن أن الكيك الذي يقدم عادة بمناسبات الزفاف كانت فاسدة."));

    [Fact]
    public void Extract_BodyAfterWhatItMentioned_IsTheSpeaker() =>
        // Guard for the rule above: w137_33, «وبحسب ما ذكرته الوزارة … فإن "…"» — the one who mentioned it speaks.
        Assert.Equal(["وزارة الصحة العراقية"], SpeakersIn(
            "أعلنت وزارة الصحة العراقية تسجيل إصابات جديدة بفيروس كورونا في عدد من المحافظات.",
            "وبحسب ما ذكرته الوزارة في الموقف فإن \"محافظة ذي قار سجلت 29 إصابة و6 وفيات، والمثنى 5 إصابات و4 وفيات\"."));

    [Fact]
    public void Extract_BodyWithItsAdjectiveBeforeWhichAndItsVerb_IsTheSpeaker() =>
        // w689_41: «إعلان مماثل من الحكومة البريطانية التي أوضحت … أن "…"»: only a body right before التي had been read, and
        // the American ministry quoted before took the words.
        Assert.Equal(["وزارة الخارجية الأميركية", "الحكومة البريطانية"], SpeakersIn(
            "وقالت وزارة الخارجية الأميركية في بيان نُشر على موقعها المخصص لإرشادات السفر، إنها \"أمرت موظفيها غير الأساسيين وعائلاتهم بمغادرة مالي بسبب المخاطر الأمنية\".",
            "وأعقب القرار إعلان مماثل من الحكومة البريطانية التي أوضحت عبر موقعها الإلكتروني أن \"الموظفين غير الأساسيين في السفارة البريطانية أُجلوا موقتا من باماكو\"."));

    [Fact]
    public void Extract_WhichTakenUpAfterTheVerb_LeavesTheVerbAnotherSubject() =>
        // Guard for the rule above: w424_20, «المذكرة الرسمية التي أعربت من خلالها الجزائر عن "…"» — Algeria speaks
        // through the note, which is no speaker.
        Assert.DoesNotContain("المذكرة الرسمية", SpeakersIn(
            "ويأتي ذلك في أعقاب المذكرة الرسمية التي أعربت من خلالها الجزائر عن \"احتجاجها بشدة على عملية الإجلاء السرية وغير القانونية لرعية جزائرية\"."));

    [Fact]
    public void Extract_PositionAVerbOfSayingExplains_IsNoName() =>
        // w682_37: «وأوضح وزير الخارجية المغربي ناصر بوريطة موقف المملكة الداعي إلى “…”»: «موقف», the verb's object, had been
        // read as the name closing the phrase.
        Assert.Equal(["بوريطة"], SpeakersIn(
            "وأوضح وزير الخارجية المغربي ناصر بوريطة موقف المملكة الداعي إلى “ضرورة الخروج من الجمود الحالي واستئناف المفاوضات”."));

    [Fact]
    public void Extract_AfterItsVerbOfSaying_EndsTheName() =>
        // w669_38: «وقال غروسي بعدما زار محطة كورسك إن “…”»: «بعدما» («after») had not ended the name, and «زار» was printed.
        Assert.Equal(["غروسي"], SpeakersIn(
            "وقال غروسي بعدما زار محطة كورسك إن “محطة للطاقة النووية من هذا النوع قريبة إلى هذا الحد من نقطة تماس أو جبهة عسكرية هي حقيقة خطيرة للغاية”."));

    [Fact]
    public void Extract_SecondFieldAfterAnAlField_StaysInTheRolePhrase() =>
        // w691_26: «رئيسة رابطة التخدير وتدبير الألم في نقابة الأطباء السورية زبيدة شموط قالت»: the phrase had stopped at
        // «وتدبير», and «الألم» was printed as a family name.
        Assert.Equal(["شموط"], SpeakersIn(
            "تناقلت وسائل اعلامية مقربة من النظام السوري في دمشق، أن رئيسة رابطة التخدير وتدبير الألم في نقابة الأطباء السورية زبيدة شموط قالت: \"إن سوريا خسرت حوالي 60 بالمئة من الكادر الطبي\"."));

    [Fact]
    public void Extract_MediumNamedInMarksBeforeTheVerb_IsNotWhoSpoke() =>
        // w691_20: «الغوج وفي تصريحات خاصة لشبكة “لام” أضاف: “…”»: the words before the verb had been read as a name, up to
        // the network's.
        Assert.DoesNotContain("لام", SpeakersIn(
            "وقال وزير الصحة السابق علي الغوج إن الأطباء يغادرون البلاد.",
            "الغوج وفي تصريحات خاصة لشبكة “لام” أضاف: “أغلب الأطباء والأخصائيين والاستشاريين أبلغونا أنهم سيقدمون على تقاعد اختياري وهذا سيتسبب في انهيار في النظام الصحي في البلاد”."));

    [Fact]
    public void Extract_MannerNounAfterTheName_IsNoNameWord() =>
        // w691_24: «يتحدث نقيب الأطباء الدكتور شرف أبو شرف بحسرة عن …» then «ويقول “…”»: «بحسرة» («with sorrow») had been
        // read as the name closing the phrase.
        Assert.Equal(["أبو شرف"], SpeakersIn(
            "يتحدث نقيب الأطباء الدكتور شرف أبو شرف بحسرة عن هجرة الاطباء اللبنانيين الى الخارج بسبب الاوضاع الاقتصادية التي يشهدها لبنان.",
            "ويقول “لقد وصل عدد الاطباء المهاجرين حتى اليوم الى 1200، قسم كبير منهم من أصحاب الاختصاص والكفاءات العالية”."));

    [Fact]
    public void Extract_OnTheTongueOfItsSpokesman_IsTheSpokesman() =>
        // w705_12: «وكانت حكومة الإقليم قد أعلنت على لسان متحدثها بيشوا هورماني …، وقال إن “…”»: the government had been
        // printed for its spokesman's words.
        Assert.Equal(["هورماني"], SpeakersIn(
            "وكانت حكومة الإقليم قد أعلنت على لسان متحدثها بيشوا هورماني في بيان أمس عن هذه الزيارة، وقال إن “هذه الزيارة جاءت بعد اتفاق رئيس وزراء الإقليم مسرور بارزاني، مع رئيس الوزراء الاتحادي محمد شياع السوداني، لحل مشكلات ملف النفط”."));

    [Fact]
    public void Extract_OnTheTongueOfARoleAndName_IsThatPerson() =>
        // w591_23: «الحكومة أكدت على لسان وزير البترول … الناني ولد اشروقه أنها "…"».
        Assert.Equal(["ولد اشروقه"], SpeakersIn(
            "الحكومة أكدت على لسان وزير البترول والطاقة والمعادن الناطق الرسمي الناني ولد اشروقه أنها \"لا علم لها بقانون النوع الذي يثار حوله جدل واسع\"."));

    [Fact]
    public void Extract_MouthpieceOfOthers_LeavesTheSpeaker() =>
        // Guard for the rule above: «على لسان حال المواطنين» says whom the words stand for, not who said them.
        Assert.Equal(["الحكومة"], SpeakersIn(
            "وأكدت الحكومة على لسان حال المواطنين أن \"الأوضاع المعيشية صعبة للغاية في كل المحافظات\"."));

    [Fact]
    public void Extract_RoleSetOffByAndHeIs_IsTheNamedPersons() =>
        // w700_33: «وأوضح يوسف صادق، وهو سائق مغربي يقود شاحنة، أن …» then «وأضاف السائق ذاته “…”»: the driver had been
        // taken for whoever followed the role, «شاحنة».
        Assert.Equal(["يوسف صادق"], SpeakersIn(
            "وأوضح يوسف صادق، وهو سائق مغربي يقود شاحنة لنقل مواد متنوعة، أن حوالي 280 شاحنة رابطت بالجمهورية الإسلامية الموريتانية لما يناهز 26 يوما.",
            "وأضاف السائق ذاته “عانينا خلال هذه المدة من نقص في المرافق الصحية والتطبيب ومواد التغذية”."));

    [Fact]
    public void Extract_NameInMarksBeforeOneOf_IsNoQuotation() =>
        // w706_12: «وكشف باجانو أن "أكوا باور"، إحدى الكيانات الرئيسية …»: the company's name had been quoted as his words.
        Assert.DoesNotContain("أكوا باور", QuotesIn(
            "وكشف باجانو أن \"أكوا باور\"، إحدى الكيانات الرئيسية في المملكة لبناء مشاريع الطاقة المتجددة، ستبني منشأة لتخزين البطاريات في موقع المشروع.")
            .Select(q => q.Text));

    [Fact]
    public void Extract_AgencyASourceTold_IsNoSpeaker() =>
        // w705_41: «وأبلغ المصدر وكالة شفق نيوز؛ ان "…"» then «واضاف ان "…"»: the agency told had been read into the source's
        // phrase as a name, and the next quotation went to «نيوز».
        Assert.DoesNotContain("نيوز", SpeakersIn(
            "شفق نيوز/ افاد مصدر من حكومة اقليم كوردستان يوم الثلاثاء، بموافقة بغداد على ارسال 400 مليار دينار الى الاقليم.",
            "وأبلغ المصدر وكالة شفق نيوز؛ ان \"الحكومة الاتحادية وافقت على ارسال 400 مليار دينار الى الاقليم لتمويل رواتب الموظفين\".",
            "واضاف ان \"هذا القرار جاء كجزء من اتفاق مبدئي بين أربيل وبغداد حول حصة الإقليم المالية\"."));

    [Fact]
    public void Extract_Told_IsAVerbOfSaying() =>
        // w548_11: «وأبلغ الرئيس التنفيذي للخطوط القطرية، أكبر الباكر، مؤتمرا عبر الإنترنت: "…"»: أبلغ («told») had been no
        // cue, though أخبر was.
        Assert.Equal(["أكبر الباكر"], SpeakersIn(
            "وأبلغ الرئيس التنفيذي للخطوط القطرية، أكبر الباكر، مؤتمرا عبر الإنترنت: \"لا نتوقع أن نستخدم طائراتنا من نوع (380 A) للعامين القادمين على الأقل\"."));

    [Fact]
    public void Extract_WhomTheOneWhoToldTold_IsNoSpeaker() =>
        // Guard for the rule above (argen-news 0681): «بحكم كونه هو الذي أبلغ مصالح الدرك الوطني» — after الذي, what follows
        // «told» is who was told; «مصالح» had gone on to the next quotation.
        Assert.DoesNotContain("مصالح", SpeakersIn(
            "كما يمثل المبلغ عن الفساد تونسي نور الدين، المسؤول السابق للمصلحة التجارية في ميناء وهران كشاهد. بحكم كونه هو الذي أبلغ مصالح الدرك الوطني عن تلك التعاملات التي سببت للخزينة العمومية خسارة كبيرة.",
            "حيث ابلغ ذات الإطار المحققين أن 'جهات في ميناء وهران كانت تتعمد تأخير تفريغ شحنات الحبوب، مقابل الإسراع في إدخال البواخر التي يستأجرها المتعاملون الخواص لشحن سلعهم'."));

    [Fact]
    public void Extract_HeadOfABodyWithoutBorders_IsNamedAfterTheComma() =>
        // w710_34: «وقال مدير منظمة "أطباء بلا حدود" في السودان، يحيى كليلة …: "…"»: «بلا» had ended the phrase and «حدود» was
        // printed as the name closing it.
        Assert.Equal(["كليلة"], SpeakersIn(
            "وقال مدير منظمة \"أطباء بلا حدود\" في السودان، يحيى كليلة في بيان له، اليوم الاثنين: \"إن وقف مشروعنا في خضم الكارثة المتفاقمة في زمزم، هو قرار مؤلم\"."));

    [Fact]
    public void Extract_WhatHePointedTo_IsSaidByTheSubjectAfterThePronoun() =>
        // w704_07: «وبحسب ما أشار له وزير الخارجية البحريني عبد اللطيف بن راشد الزياني، فإن … “…”»: «له» after the verb had
        // stopped the reading of its subject.
        Assert.Equal(["الزياني"], SpeakersIn(
            "وبحسب ما أشار له وزير الخارجية البحريني عبد اللطيف بن راشد الزياني، فإن زيارة ولي العهد البحريني “مهمة ومثمرة بكل المقاييس وتعكس عمق العلاقات الأخوية بين البلدين الشقيقين”."));

    [Fact]
    public void Extract_WhatItStatedWithATimeBetween_KeepsTheStatementsIssuer() =>
        // Guard for the rule above: w232_20, «حسب ما أفاد به يوم الإثنين بيان لوزارة الدفاع الوطني» — read from «به», the
        // time between hides the issuer; read from the verb, it is found.
        Assert.Equal(["وزارة الدفاع الوطني"], SpeakersIn(
            "ضبط عناصر الدرك الوطني أمس الأحد, 342 كيلوغرام من الكيف المعالج بكل من ولاية تلمسان و مستغانم, حسب ما أفاد به يوم الإثنين بيان لوزارة الدفاع الوطني.",
            "وأوضح ذات المصدر أنه \"في إطار محاربة الجريمة المنظمة, ضبط عناصر الدرك الوطني وحرس الحدود يوم 24 يوليو 2016 ,(322) كيلوغرام من الكيف المعالج بتلمسان\"."));

    [Fact]
    public void Extract_ClauseOfALawInMarks_IsNoQuotation() =>
        // w695_04: «المحكمة رأت أن ما نشرته يندرج تحت بند "…"»: the charge's wording had been given to the court.
        Assert.DoesNotContain("الإخلال بالآداب العامة والتحريض على الفسق", QuotesIn(
            "أصدرت محكمة الجنح حكمًا يقضي بحبس مروة يسري المعروفة إعلاميًا بـ\"ابنة مبارك\" لمدة سنتين مع تغريمها مبلغ 100 ألف جنيه، في قضية أثارت جدلًا واسعًا على منصات التواصل.",
            "النيابة العامة فتحت تحقيقات موسعة في الأمر.",
            "المحكمة رأت أن ما نشرته يندرج تحت بند \"الإخلال بالآداب العامة والتحريض على الفسق\".")
            .Select(q => q.Text));

    [Fact]
    public void Extract_WhatSomeoneIsAccusedOf_IsNoQuotation() =>
        // w695_38: «واتهموا بـ”إذاعة أخبار كاذبة وتحريض الناس على الفوضى”، بحسب وثائق قضائية اطلعت عليها …»: the charge
        // had been quoted, and «اطلعت» printed as its speaker.
        Assert.DoesNotContain("إذاعة أخبار كاذبة وتحريض الناس على الفوضى", QuotesIn(
            "وطنا اليوم:بدأت محاكمة ثلاثة مؤثرين يمنيين على منصة “يوتيوب”، اليوم الأربعاء، في صنعاء الخاضعة لسيطرة المتمردين الحوثيين، واتهموا بـ”إذاعة أخبار كاذبة وتحريض الناس على الفوضى”، بحسب وثائق قضائية اطلعت عليها وكالة فرانس برس.")
            .Select(q => q.Text));
}
