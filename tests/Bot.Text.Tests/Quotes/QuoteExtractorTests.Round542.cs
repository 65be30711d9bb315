using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 39: what blind rounds 542–586, and the pooled dev pages (132–583), missed.
/// </summary>
public class QuoteExtractorRound542Tests
{
    [Fact]
    public void Extract_OriginBeforeANameSetOffAfterTheRole_NamesThatPersonForTheNextWords() =>
        // w545_40: «من جهته، أكد مدرب النصر، البرتغالي لويس كاسترو، على …» then «وختم: «…»»: the coach's name behind his origin
        // had not been read, and his words went to the coach quoted before him.
        Assert.Equal("كاسترو", QuotesIn(
            "وقال مدرب الهلال جيسوس، في المؤتمر الصحافي عقب المباراة: «المباراة كانت محتدمة وتنافسية وأظهرت قوة الدوري السعودي».",
            "من جهته، أكد مدرب النصر، البرتغالي لويس كاسترو، على استحقاق الهلال الفوز.",
            "وختم: «الهزيمة ثقيلة وقاسية بالنسبة لنا، لكننا لن نستسلم وسنقاتل حتى الرمق الأخير في الدوري».")
            .Single(q => q.Text.StartsWith("الهزيمة", StringComparison.Ordinal)).Speaker);

    [Fact]
    public void Extract_OriginAfterWhereTheRoleIsHeld_IsNoName() =>
        // w520_12: «رئيس لجنة المسابقات فى الاتحاد السوري لكرة القدم، محيي الدين دولة»: an origin with no comma before it still
        // qualifies the body; «لكرة القدم» is no person.
        Assert.DoesNotContain("لكرة القدم", SpeakersIn(
            "وذكر رئيس لجنة المسابقات في الاتحاد السوري لكرة القدم، محيي الدين دولة، أسباب التأجيل، وقال: “حتى الآن لم يتم الانتهاء من صيانة بعض الملاعب التي ستستضيف مباريات الدوري”."));

    [Fact]
    public void Extract_AlsoBetweenTheVerbAndARole_IsSkipped() =>
        // w545_23: «وفي ذات الوقت انتقد أيضاً رئيس الشباب خالد البلطان …، وقال: “…”»: «also» had hidden the subject, and the words
        // went to the coach quoted before.
        Assert.Equal(["هيكتور", "البلطان"], SpeakersIn(
            "وقال مدرب الشباب الأرجنتيني أنزو هيكتور: “عندما أخذ رأيهم في ركلة الجزاء فأكدوا صحتها أشار لهم بيده بالذهاب”.",
            "وفي ذات الوقت انتقد أيضاً رئيس الشباب خالد البلطان الحكم المجري الذي أدار المواجهة، وقال: “من المفترض أن يوضع في القائمة السوداء بعد أخطائه المؤثرة”."));

    [Fact]
    public void Extract_AlsoBeforeTheVerbsObject_KeepsThePreviousSpeaker() =>
        // w546_16: «وأكد أيضا تطلع بلاده إلى "…"»: what follows «also» there is what he stressed, not who.
        Assert.Equal(["أمير البلاد", "أمير البلاد"], SpeakersIn(
            "وقال الديوان الأميري، في بيان له، إن أمير البلاد أكد، خلال استقباله رئيس مجلس السيادة السوداني، دعوته \"لوقف القتال في السودان وانتهاج الحوار والطرق السلمية\".",
            "وأكد أيضا تطلع بلاده إلى \"انخراط كل القوى السياسية السودانية في مفاوضات واسعة بعد الوقف الدائم للنزاع العسكري\"."));

    [Fact]
    public void Extract_ConstructNounAfterAGivenAndFamilyName_IsTheVerbsObject() =>
        // w545_23: «وانتقد رئيس الشباب خالد البلطان طاقم التحكيم المجري …، وقال: “…”»: the name had run on through «طاقم
        // التحكيم المجري» and printed «المجري» (the Hungarian).
        Assert.Equal(["البلطان"], SpeakersIn(
            "وانتقد رئيس الشباب خالد البلطان طاقم التحكيم المجري الذي أدار مواجهة فريقه أمام الهلال، وقال: “لم يكن طاقم التحكيم جيدا في هذه المباراة المهمة”."));

    [Fact]
    public void Extract_WordAVerbOfPraiseTakesWithBa_IsNoNameAfterTheEpithet() =>
        // w545_01: «وأشاد النجم البرتغالي بزملائه في الفريق قائلا “…”»: «بزملائه» (his team-mates), what he praised, had been read
        // as his name, and the quotation was lost.
        Assert.Equal(["رونالدو", "رونالدو"], SpeakersIn(
            "وصرح رونالدو لقناة (ثمانية) بأنه “يجب علينا أن نواصل العمل، إنه الفوز السابع على التوالي”.",
            "وأشاد النجم البرتغالي بزملائه في الفريق قائلا “نحن فريق واحد، ولا يهم الحصول على الجوائز الفردية”."));

    [Fact]
    public void Extract_NameOpeningWithBaAfterAVerbOfDemand_StaysTheName() =>
        // w240_09: «طالب البطريرك الماروني بشارة الراعي «…»»: بشارة is a given name, not what was demanded.
        Assert.Equal(["الراعي"], SpeakersIn(
            "طالب البطريرك الماروني بشارة الراعي «المعنيين في الداخل وفي الخارج بتحرير انتخاب رئيس للجمهورية من رهنه لما يرتبط بالأزمات»."));

    [Fact]
    public void Extract_PresentOfCompleted_GoesOnSpeaking() =>
        // w545_24: «وقال خيسوس: "…"» then «ويكمل: "…"»: the present «he goes on» was no cue, and the second quotation was lost.
        Assert.Equal(["خيسوس", "خيسوس"], SpeakersIn(
            "مدرب الهلال يتحدث بعد التعادل وقال خيسوس: \"التحكيم لم يكن بمستوى المباراة، الطاقم واجه صعوبات في إدارة المباراة\".",
            "ويكمل: \"لم أشرك سافيتش من البداية، لوجود آلام عضلية لديه، لم يكن بإمكانه لعب المباراة كاملة\"."));

    [Fact]
    public void Extract_WithTheseWordsAfterTheQuotationInItsSentence_NamesTheSpeakerWhateverTheVerb() =>
        // w547_27: «"نشعر وكأن منطقتنا تتحوّل إلى صحراء"، بهذه الكلمات رد المزارع أبو عمر …»: رد is no cue, and a sentence without
        // one had not been read for quotations at all.
        Assert.Equal(["أبو عمر"], SpeakersIn(
            "\"نشعر وكأن منطقتنا تتحوّل إلى صحراء\"، بهذه الكلمات رد المزارع أبو عمر عند سؤاله عن أحوال دير الزور بعد انخفاض منسوب نهر الفرات."));

    [Fact]
    public void Extract_OriginOpeningWithLamBeforeHisAffirming_IsTheSourcesAdjective() =>
        // w549_15: «نقل مصدر لبناني تأكيده أن "…"»: «لبناني» (Lebanese) was read as ل and a name, and «بناني» printed.
        Assert.Equal(["مصدر لبناني"], SpeakersIn(
            "ونقل مصدر لبناني تأكيده أن \"إسرائيل ستنسحب عاجلاً أم آجلاً من الجنوب كما وعدت\"."));

    [Fact]
    public void Extract_NameBehindLamLamBeforeHisSaying_IsStillThePerson() =>
        // argen_ntg_train_0022: «ونسبت وكالة الأنباء السودانية الرسمية للموسى قوله إن “…”»: a name behind لل that ends like an
        // adjective of origin is the one whose saying it is.
        Assert.Equal(["الموسى"], SpeakersIn(
            "ونسبت وكالة الأنباء السودانية الرسمية للموسى قوله إن “انفصال جنوب السودان سبب الأزمة الاقتصادية وكان سببا في فقدان الموارد”."));

    [Fact]
    public void Extract_BySayingAfterAVerbAndAGivenName_IsThatNamesWords() =>
        // w557_43: «ورحب نجیب محفوظ بذلك بقوله "…"»: رحب is no cue and no role stood before the name, so the words went to the
        // publisher the article had named before.
        Assert.Equal(["محفوظ"], SpeakersIn(
            "تعلن دار نشر الجامعة الأمريكية بالقاهرة عن الفائز بجائزة نجيب محفوظ للأدب يوم 12 ديسمبر المقبل.",
            "وكانت الجائزة قد انطلقت في عام 1996، ورحب نجيب محفوظ بذلك بقوله \"إن الإعلان عن هذه الجائزة التي تكرم الأدباء هو الحدث الأكثر متعة في عيد ميلادي\"."));

    [Fact]
    public void Extract_ItHappenedBeforeToANameThat_NamesTheVerbsSubject() =>
        // w557_24: «وسبق للمغني والممثل التونسي محمد الجبالي أن عبّر عن استيائه …، معتبراً أن المهرجان "…"»: the name after
        // «سبق لـ» had not been read as the subject, and a phrase of the sentence («إدارة المهرجان العرض الذي») printed.
        Assert.Equal(["الجبالي"], SpeakersIn(
            "وسبق للمغني والممثل التونسي محمد الجبالي أن عبّر عن استيائه من رفض إدارة المهرجان العرض الذي قدّمه للمشاركة في الدورة المقبلة، معتبراً أن المهرجان \"غير منصف للفنان التونسي\"."));

    [Fact]
    public void Extract_RoleOfARegion_IsPrintedWithTheRegion() =>
        // w562_30: «واعتبر رئيس إقليم كردستان، أن "…"»: the phrase had been cut to «رئيس», which then resolved to the president
        // named in the quotation before (أردوغان).
        Assert.Equal("رئيس إقليم كردستان", QuotesIn(
            "وأوضح بارزاني أن \"تعرض عملية السلام للتهديد لا يتعلق بالرئيس رجب طيب أردوغان وحده بل بصقور الحزب\".",
            "واعتبر رئيس إقليم كردستان، أن \"العمال الكردستاني يبالغ في قوته، وأن الاتفاق سيكون له أثر كبير في المنطقة\".")
            .Single(q => q.Text.StartsWith("العمال", StringComparison.Ordinal)).Speaker);

    [Fact]
    public void Extract_RoleOfARegionsGovernment_IsPrintedWhole() =>
        Assert.Equal(["رئيس حكومة إقليم كردستان"], SpeakersIn(
            "واعتبر رئيس حكومة إقليم كردستان، أن \"العمال الكردستاني يبالغ في قوته كثيرا في الشمال\"."));

    [Fact]
    public void Extract_RoleSetOffFromTheVerbByAComma_IsTheSpeaker() =>
        // w560_39: «بدوره قال، قائد المدرسة العسكرية … اللواء الداه ولد محمد العاقب، إن هذه الدفعة "…"»: the comma after the verb
        // had hidden the role, and the words went to the minister quoted before.
        Assert.Equal(["العاقب"], SpeakersIn(
            "بدوره قال، قائد المدرسة العسكرية لمختلف الأسلحة بأطار اللواء الداه ولد محمد العاقب، إن هذه الدفعة \"ستكون مددا لقواتنا المسلحة وسندا لها بما اكتسبوه من علوم ومهارات\"."));

    [Fact]
    public void Extract_RoleWordAfterANounOfAContest_IsNoSubject() =>
        // w558_19: «النجمة الجزائرية فازت بذهبية مسابقة الملاكمة للسيدات وزن 66 كيلو جرام، …، وصرحت بعد المباراة قائلة: "…"»:
        // «الملاكمة» (boxing) after «مسابقة» was read as the subject's role, and «وزن» (weight) printed.
        Assert.DoesNotContain("وزن", SpeakersIn(
            "النجمة الجزائرية فازت بذهبية مسابقة الملاكمة للسيدات وزن 66 كيلو جرام، بعد تغلبها على منافستها الصينية، وصرحت بعد المباراة قائلة: \"أنا امرأة مثل كل النساء\"."));

    [Fact]
    public void Extract_RoleAfterAVerbalNounOfCongratulating_IsItsDoer() =>
        // w211_36: «بتهئنة الملك الأردني عبد الله الثاني منتخب بلاده وقال “…”»: after تهنئة (form تفعلة) the construct is who
        // congratulated.
        Assert.Equal(["عبد الله الثاني"], SpeakersIn(
            "وتواصلت الأفراح من الدوحة حتى عمّان بتهئنة الملك الأردني عبد الله الثاني منتخب بلاده وقال “قدها النشامى، رفعتوا راسنا، مبارك لكم ولكل الأردنيين وصولكم لنهائي آسيا”."));

    [Fact]
    public void Extract_WhatAThreatTakesWithBa_IsNoPartOfTheRole() =>
        // w569_24: «وهدد زعيم الحوثيين باستهداف المصالح البحرية لتل أبيب قائلا “…”»: the leader's phrase had run on through what
        // he threatened, and «أبيب» printed.
        Assert.Equal(["زعيم الحوثيين"], SpeakersIn(
            "وهدد زعيم الحوثيين باستهداف المصالح البحرية لتل أبيب قائلا “سنظفر بسفن العدو الإسرائيلي في البحر الأحمر وسننكل بها”."));

    [Fact]
    public void Extract_OnConditionAfterAVerb_NamesNobody() =>
        // w569_42: «وقال مسؤول دفاعي أمريكي آخر تحدث شريطة عدم نشر اسمه لرويترز "…"»: «شريطة» (on condition) was read as the
        // subject of تحدث.
        Assert.Equal(["مسؤول دفاعي أمريكي"], SpeakersIn(
            "وقال مسؤول دفاعي أمريكي آخر تحدث شريطة عدم نشر اسمه لرويترز \"نقيم الموقف. كل سفننا وأطقمنا بخير ولم يصبهم أذى.\""));

    [Fact]
    public void Extract_FeminineVerbAfterAllati_IsTheThingsNotWhatFollows() =>
        // w573_18: «وذكر التوفيق … خطبة الجمعة الموحدة التي دعت المغاربة إلى …، وقال «…»»: the sermon called on Moroccans; «المغاربة»
        // had become the one speaking on.
        Assert.Equal(["التوفيق"], SpeakersIn(
            "وذكر التوفيق خلال اللقاء خلفيات خطبة الجمعة الموحدة التي دعت المغاربة إلى التصويت بنعم على الدستور، وقال «لما قال أمير المؤمنين صوتوا للدستور اعتبرنا المسألة شرعية وقلناها في الخطبة»."));

    [Fact]
    public void Extract_FeminineVerbAfterAllatiBeforeInWhich_StillNamesWhoSpoke() =>
        // The guard of the rule above: «in which» after the verb brings in its subject (الجلسة التي قالت فيها الوزيرة), who then
        // goes on speaking.
        Assert.Equal("حداد", QuotesIn(
            "وقال رئيس الوفد خالد العمري: \"نحن هنا لدعم الجهود الصحية في المنطقة كلها\".",
            "وشارك الوفد في الجلسة الافتتاحية التي قالت فيها وزيرة الصحة ليلى حداد إن المستشفيات ستعمل بكامل طاقتها.",
            "وأضافت: \"لن نغلق أي قسم للطوارئ خلال الأيام المقبلة مهما كانت الظروف\".")
            .Single(q => q.Text.StartsWith("لن نغلق", StringComparison.Ordinal)).Speaker);

    [Fact]
    public void Extract_BetweenAfterAQuotation_IsNoCue() =>
        // w572_37: «… يجعلها 'حلقة وصل ومحور تفاعل' بين الشرق والغرب» and then «وأضاف: '…'»: بين («between») after the marks
        // was read as بيّن, «الشرق» (the East) as its speaker, and the next words went to it too.
        Assert.DoesNotContain("الشرق", SpeakersIn(
            "وفي لقائه ببرنامج 'في الصورة' على قناة 'خليجية'، أوضح أتياس أن اختيار الرياض لاستضافة المؤتمر سنويًا هو 'أمر منطقي للغاية'، لأن موقعها الجغرافي يجعلها 'حلقة وصل ومحور تفاعل' بين الشرق والغرب والشمال والجنوب.",
            "وأضاف: 'الرياض اليوم متصلة بشكل ممتاز بكل القارات، مما يسهل القدوم إليها'."));

    [Fact]
    public void Extract_OneOfThemCalled_IsTheNameUpToWhatHeDoes() =>
        // w566_11: «وقال احدهم يدعى محمد مختار يعمل معدناً في جبل عامر ” … ”»: «يعمل» (works) had printed.
        Assert.Equal(["مختار"], SpeakersIn(
            "وقال احدهم يدعى محمد مختار يعمل معدناً في جبل عامر ” اننا نعرف الذهب ونعرف سعره الذي يناسبنا وليس لدينا ادنى معرفة بما صدر عن البنك ” ."));

    [Theory]
    [InlineData("صدمة هائلة")]
    [InlineData("انفراجة تاريخية")]
    public void Extract_TwoWordsWithoutAClause_AreNoQuotation(string words) =>
        // w265_05 «وأكدت كيت أن اكتشاف إصابتها … شكّل “صدمة هائلة”» (not counted by its annotator), argen_0609 «'انفراجة
        // تاريخية'»: two words with no verb, negation or pronoun are a label, even with a speaker and a cue near them.
        Assert.Empty(QuotesIn($"وأكد رئيس اللجنة المنظمة خالد العمري أن الاتفاق الذي وقع أمس “{words}” في تاريخ البلدين."));

    [Fact]
    public void Extract_TwoWordsAfterDescribingAs_AreALabel() =>
        // argen_0609: «ووصف دانيال بولاك … العرض بأنه 'انفراجة تاريخية' في المفاوضات»: بأنه brings in what it is called, not a clause.
        Assert.Empty(QuotesIn(
            "ووصف دانيال بولاك الوسيط الذي عينته محكمة أمريكية العرض بأنه 'انفراجة تاريخية' في المفاوضات مع حملة السندات."));

    [Theory]
    [InlineData("وأكد المحتجون أن أي اتفاق تبرمه أي جهة “لا تعنيهم ” وأنهم مستمرون في التوقف عن العمل لحين تخفيض الأسعار.", "المحتجون")]
    [InlineData("وأكد مكوي أن اتفاق السلام الذي أنهى الحرب الأهلية بين عامي 2013 و2018 «لم ينهَر» على الرغم من اعتقال مشار.", "مكوي")]
    public void Extract_TwoWordsWithAClause_StaySpeech(string sentence, string speaker) =>
        // w175_25, w351_24: a verb or a negation makes two words speech.
        Assert.Equal([speaker], SpeakersIn(sentence));

    [Fact]
    public void Extract_NightAfterAName_IsNoPartOfIt() =>
        // w581_02: «وأعلن رئيس السلطة الوطنية المستقلة للانتخابات محمد شرفي ليل السبت أن "…"»: «ليل» (the night of) had closed
        // the name and printed.
        Assert.Equal(["شرفي"], SpeakersIn(
            "وأعلن رئيس السلطة الوطنية المستقلة للانتخابات محمد شرفي ليل السبت أن \"نسبة المشاركة الأولية في الانتخابات الرئاسية عند إغلاق مكاتب الاقتراع بلغت 48 بالمئة\"."));

    [Fact]
    public void Extract_NameInMarksSetOffByCommasAfterARole_IsNoQuotation() =>
        // w583_36: «دعا رئيس الوزراء العراقي، "نوري المالكي"، المجتمع الدولي إلى …»: the prime minister's name in marks had been
        // printed as his words (نوري reads as a verb of «we»).
        Assert.Empty(QuotesIn(
            "وفي كلمة ألقاها في المؤتمر، دعا رئيس الوزراء العراقي، \"نوري المالكي\"، المجتمع الدولي إلى ممارسة ضغوط على إسرائيل من أجل إجبارها على الإفراج عن الأسرى."));

    [Fact]
    public void Extract_InAStatementOfThenFaInna_IsTheIssuers() =>
        // w583_26: «وفي بيان لنادي الأسير الفلسطيني، اليوم الأحد، فإن "…"»: no verb of saying, and the quotation was lost.
        Assert.Equal(["نادي الأسير الفلسطيني"], SpeakersIn(
            "وفي بيان لنادي الأسير الفلسطيني، اليوم الأحد، فإن \"الأسيرات يشتكين من عدة سياسات تمارسها إدارة المعتقل بحقهن وتحرمهن من أبسط حقوقهن اليومية\"."));

    [Fact]
    public void Extract_DetailsAVerbOfExplainingTakes_AreNoSpeaker() =>
        // w545_08: «تريم يوضح تفاصيل الخلاف بين حمدالله وكاراسكو» between a coach's words: «تفاصيل الخلاف» (the details of the
        // quarrel) is what is explained, not who goes on speaking.
        Assert.Equal(["يايسله", "يايسله"], SpeakersIn(
            "ظهر المدرب الألماني ماتياس يايسله مدرب الأهلي قبل مواجهة الوحدة في الدوري.",
            "وقال يايسله في المؤتمر الصحفي: \"بكل تأكيد هناك تأثير من الحكام على نتائجنا في الدوري\".",
            "تريم يوضح تفاصيل الخلاف بين حمدالله وكاراسكو على ركلة الجزاء",
            "وأضاف: \"نعرف أن الوحدة غير مدربه لكن تركيزنا على لاعبينا\"."));

    [Fact]
    public void Extract_WhatIsHighlightedRightAfterTheVerb_IsNoSpeaker() =>
        // w265_42: «علق الفنان … على مشاركته … وأبرز المصاعب التى واجهته …، وقال: "…"»: «المصاعب» (the difficulties) had become
        // the speaker of the words after it.
        Assert.DoesNotContain("المصاعب", SpeakersIn(
            "علق الفنان الشاب أحمد مالك على مشاركته فى فيلم \"حارس الذهب\" وأبرز المصاعب التى واجهته خلال تجسيده لإحدى الشخصيات في الفيلم، وقال: \"الأزمة أن الشخصية كانت أفغانستانية، وأنا مثل أي أحد لا أعرف أفغانستان جيدا\"."));

    [Fact]
    public void Extract_TitleRightAfterHighlighted_StartsTheSpeakersName() =>
        // w580_34: «وأبرز السيد عساف في تصريح لوأج … بأن "…"»: «Mr» after the verb opens its subject.
        Assert.Equal(["عساف"], SpeakersIn(
            "وأبرز السيد عساف في تصريح لوأج على هامش الصالون الدولي للصيد البحري بأن \"هناك إرادة قوية في الجزائر لتطوير قطاع الصيد البحري وتربية المائيات\"."));

    [Fact]
    public void Extract_PluralOfPeopleAfterTwoNameWords_IsTheVerbsObject() =>
        // w446_27: «وحمّل رئيس اتحاد الريشة الطائرة سعد مالح اعضاء في الاولمبية … مؤكداً ان "…"»: «اعضاء» (members), whom he blamed,
        // had closed his name and printed.
        Assert.Equal(["مالح"], SpeakersIn(
            "وحمّل رئيس اتحاد الريشة الطائرة سعد مالح اعضاء في الاولمبية لم يسمِّهم بالعمل على تاجيل الانتخابات، مؤكداً ان \"اغراضاً شخصية تقف وراء عمليات العرقلة تلك\"."));

    [Fact]
    public void Extract_AdjectiveOfOriginOpeningTheQuotation_IsNoPartOfTheSpeaker() =>
        // w336_27: «وأردف: "الفيصلي قدم مباراة محترمة …"»: the club's name (read as an adjective of origin) opening the words was
        // taken for the speaker's origin, and the name read on inside the quotation («محترمة»).
        Assert.All(SpeakersIn(
            "وقال مدرب الفيصلي الليلي: \"الخسارة في أرضنا مريرة، لكن نتطلع دائمًا للأفضل خلال المرحلة المقبلة\".",
            "وأردف: \"الفيصلي قدم مباراة محترمة قياسًا لتوقف المسابقات وعدم خوضه لفترة طويلة أي لقاءات تنافسية قوية\"."),
            speaker => Assert.EndsWith("الليلي", speaker));

    [Fact]
    public void Extract_FamilyNameAfterACompoundWithAbd_ClosesTheName() =>
        // w369_13: «اعلن رئيس حكومة الوحدة الوطنية المؤقتة في ليبيا عبد الحميد الدبيبة ان "…"»: the name had stopped at «عبد
        // الحميد» (the family name is said once), and six quotations printed the given name.
        Assert.Equal(["الدبيبة"], SpeakersIn(
            "اعلن رئيس حكومة الوحدة الوطنية المؤقتة في ليبيا عبد الحميد الدبيبة ان \"استمرار وجود المرتزقة والمقاتلين الأجانب على الأراضي الليبية أمر مرفوض\"."));

    [Fact]
    public void Extract_NounAndItsAdjectiveAfterAName_AreTheVerbsObject() =>
        // w586_25: «دعا رئيس هيئة الحماية الاجتماعية أحمد الموسوي الأسر المستفيدة إلى "…"»: «الأسر» (the families), which the
        // article mentions often, had been read as his family name.
        Assert.Equal(["الموسوي"], SpeakersIn(
            "أعلنت الوزارة إطلاق دفعة الإعانة الاجتماعية للأسر المشمولة، وتشمل الأسر في جميع المحافظات.",
            "بالمقابل، دعا رئيس هيئة الحماية الاجتماعية أحمد الموسوي الأسر المستفيدة إلى \"مراجعة منافذ الصرف لاستلام الإعانات المخصصة لها في جميع المحافظات\"."));
}
