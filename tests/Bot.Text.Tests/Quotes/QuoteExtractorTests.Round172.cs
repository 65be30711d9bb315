using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 18: one-word speakers argen-news printed that were no speaker (an index, «most prominent», an
/// assistant's «in», a verbal noun after a name), and the blind rounds 172–175.
/// </summary>
public class QuoteExtractorRound172Tests
{
    [Fact]
    public void Extract_StockIndexNamesInMarks_AreNoQuotations() =>
        // argen 0634: «وزاد مؤشر 'إيجي إكس 30 للعائد الكلي'» had been printed as the words of «مؤشر»: زاد is «rose» here.
        Assert.Empty(QuotesIn(
            "وارتفع مؤشر 'إيجي إكس 30' بنسبة 1.2% ليغلق عند مستوى 10524 نقطة، وصعد مؤشر 'إيجي إكس 50' بنسبة 0.8% ليغلق عند مستوى 1795 نقطة، "
            + "وزاد مؤشر 'إيجي إكس 30 للعائد الكلي' بنسبة 1.1% ليغلق عند مستوى 12339 نقطة."));

    [Fact]
    public void Extract_AbrazBetweenANameAndAnIndefiniteNoun_IsMostProminentNotStressed() =>
        // argen 0222: «سكوت براون أبرز سيناتور ديموقراطي» had made أبرز a cue and «ديموقراطي» the speaker.
        Assert.Equal(["براون"], SpeakersIn(
            "ونقلت شبكة 'سي أن أن' بيانا عن سكوت براون أبرز سيناتور ديموقراطي في مجلس الشيوخ يقول فيه 'أتوقع أن تلقى مسودة القرار الدعم عند طرحها للتصويت'."));

    [Fact]
    public void Extract_AbrazOpeningAClause_IsStillACue() =>
        // Guard: after a comma, أبرز opens the clause as a verb («stressed»).
        Assert.Equal([("آيت الطالب", "المنظومة الصحية تعرف إصلاحا عميقا")], QuotesIn(
            "وفي كلمته بالمناسبة، أبرز وزير الصحة خالد آيت الطالب أن “المنظومة الصحية تعرف إصلاحا عميقا”."));

    [Fact]
    public void Extract_AssistantWithAlBeforeFi_IsARoleBeforeTheName() =>
        // argen 0753: «المساعدة في إعداد التقرير كاترين ساجي» had been printed «المساعدة».
        Assert.Equal(["ساجي"], SpeakersIn(
            "وقالت المساعدة في إعداد التقرير كاترين ساجي أمام الصحافة “يوازي ذلك بشكل عام اقتصاد المملكة المتحدة”."));

    [Fact]
    public void Extract_VerbalNounWithHisAfterAName_EndsTheName() =>
        // argen 0248: «عن وزير السياحة لحسن حداد إشادته بقرار الشركة» had run the name on to «بقرار».
        Assert.Equal(["حداد"], SpeakersIn(
            "ونقلت وكالة فرانس بريس عن وزير السياحة لحسن حداد إشادته بقرار الشركة الإيرلندية، قائلا 'يفتخر قطاع السياحة المغربية جدا بثقة الشركة في قدرة النمو'."));

    [Fact]
    public void Extract_MarksBetweenJaaAndFi_AreReadWithoutFailing() =>
        // Marks right after «وجاء» were looked up as names before the sentence knew which marks name something, and that threw.
        Assert.Equal([("الوزير", "سنواصل الدعم")], QuotesIn(
            "وجاء “في البيان الصادر عن الوزارة” أن الحكومة ستواصل دعم الأسر، وقال الوزير: “سنواصل الدعم”."));

    [Fact]
    public void Extract_SourceCueBeforeAMediumBehindLam_LeavesTheWordsToTheVerbBefore() =>
        // w174_40: «وفقاً لوكالة سبوتنيك» had been taken as the source, with nobody after it, and the quotation lost.
        Assert.Equal([("الحاج", "لا توجد أعداد مؤكدة لعدد الضحايا حتى الآن، وما زال البحث مستمراً عن أحياء بالمدينة")], QuotesIn(
            "أعلن رئيس جمعية الهلال الأحمر الليبي عبد السلام غيث الحاج أن فرق الإنقاذ ما زالت تعمل في درنة.",
            "وقال الحاج وفقاً لوكالة سبوتنيك: “لا توجد أعداد مؤكدة لعدد الضحايا حتى الآن، وما زال البحث مستمراً عن أحياء بالمدينة”."));

    [Fact]
    public void Extract_FeminineVerbAfterABodyOpeningTheSentence_IsTheBodys() =>
        // w172_39: «ونشرت وزارة النفط … وعلقت قائلة "…"» had found no speaker.
        Assert.Equal(["وزارة النفط"], SpeakersIn(
            "ونشرت وزارة النفط عبر صفحتها الرسمية على فيسبوك شهادات لبعض المواطنين وعلقت قائلة \"شكرا لإخلاصكم وصبركم، شكرا لوطنيتكم وتعاونكم\"."));

    [Fact]
    public void Extract_StatementOfABodyWithAFieldBehindLam_NamesTheBodyWhole() =>
        // w174_17: «بلاغ للمديرية العامة للأمن الوطني» had been cut to «المديرية العامة», which then read as another directorate
        // of the article.
        Assert.Equal(["المديرية العامة للأمن الوطني"], SpeakersIn(
            "وأوقفت عناصر المديرية العامة لمراقبة التراب الوطني اليوم الأربعاء مواطنا مغربيا يقيم بفرنسا.",
            "وأوضح بلاغ للمديرية العامة للأمن الوطني، توصل \"تيلكيل عربي\" بنسخة منه، أنه \"جرى توقيف المشتبه فيه خلال عملية أمنية جرى تنفيذها بمدينة مكناس\"."));

    [Fact]
    public void Extract_BodyWithAFieldBehindLamAfterTheVerb_IsNamedWhole() =>
        // (Passed before this session too: pins that a body named right after the verb keeps its field, as its statement does.)
        Assert.Equal(["المديرية العامة للأمن الوطني"], SpeakersIn(
            "وقالت المديرية العامة للأمن الوطني في بيان: \"جرى توقيف المشتبه فيه خلال عملية أمنية بمدينة مكناس\"."));

    [Fact]
    public void Extract_AccordingToTheSameStatement_IsItsIssuer() =>
        // w174_17: «وحسب البلاغ ذاته، "…"» had been printed as «البلاغ», below the threshold.
        Assert.Equal(["المديرية العامة للأمن الوطني", "المديرية العامة للأمن الوطني"], SpeakersIn(
            "وأوضح بلاغ للمديرية العامة للأمن الوطني أنه \"جرى توقيف المشتبه فيه خلال عملية أمنية جرى تنفيذها بمدينة مكناس\".",
            "وحسب البلاغ ذاته، \"أظهرت الأبحاث أيضا تورط المشتبه به في التهديد بارتكاب تصفية جسدية في حق زوجته وأبنائه\"."));

    [Fact]
    public void Extract_AccordingToAStatementWithItsIssuer_IsTheIssuerNotTheSpeakerBefore() =>
        // Guard: «the statement» goes on with the speaker before only when no issuer follows it.
        Assert.Equal(["المنظمة", "وزارة الداخلية"], SpeakersIn(
            "وقالت المنظمة إن \"الأوضاع الإنسانية في المخيمات تزداد سوءا يوما بعد يوم\".",
            "وحسب البيان الصادر عن وزارة الداخلية، \"جرى توقيف المشتبه فيهم خلال عملية أمنية في المدينة\"."));

    [Fact]
    public void Extract_AmmaANameADescriptionAndAFaVerb_IsThatNamesWords() =>
        // w174_34: the description between the name and فيقول had put the verb out of reach.
        Assert.Equal(["يوحنا"], SpeakersIn(
            "أما عماد يوحنا، هو شاب ثلاثيني شهد الحريق بنفسه أيضا فيقول عن لحظات الفزع التي تلت اشتعال الحريق: \"شفنا النار .. تعبر حتى القاعة. اللي طلعوا طلعوا\"."));

    [Fact]
    public void Extract_FeminineCueAfterAWomanNamedAsAVerbsSubject_IsHers() =>
        // w174_34: «تتلقى رانيا وعد … العلاج …، وتذكر … فتقول: "…"», the first quotation of the article, had no speaker.
        Assert.Equal(["وعد", "وعد"], SpeakersIn(
            "في مستشفى الحمدانية، تتلقى رانيا وعد (١٧ عاما) العلاج برفقة شقيقها المصاب أيضا، وتذكر اللحظات الأخيرة قبل اندلاع الحريق فتقول عن العريس والعروس: \"كانا يرقصان.. حين طارت الألعاب النارية إلى السقف واشتعلت كل القاعة\".",
            "وأضافت \"بعد ذلك لم نعد نرى شيئا، فقط اختنقنا ولم نعد نعرف كيف نخرج\".",
            "بحسب وعد، كان عدد حضور حفل الزفاف كبير جدا."));

    [Fact]
    public void Extract_PluralNounsAfterAVerb_AreNoNamedSubject() =>
        // Guard (w141_16): «يجري عمال ومهندسون» are workers and engineers, not a person's name for the words of ويوضح.
        Assert.DoesNotContain(SpeakersIn(
            "يجري عمال ومهندسون في مشروع نور التجارب الاخيرة قبل إفتتاحها، هذا ويوضح أن \"مجمل أشغال البناء قد إنتهت ونعمل اليوم على تجربة مجموعة من مركبات هذه الوحدة\"."),
            s => s.Contains("مهندسون") || s.Contains("عمال"));

    [Fact]
    public void Extract_OneOfAGroup_IsTheSpeakerAndGoesOnSpeaking() =>
        // w175_07: «وقال احد المستهلكين ان …» named nobody, so «وتساءل: «…»» went to an earlier «شكوى».
        Assert.Equal(["احد المستهلكين"], SpeakersIn(
            "وقال احد المستهلكين ان من المفترض أن الجمعيات التعاونية أنشئت من أجل توفير السلع بأقل الأسعار.",
            "وتساءل: «أين وزارة التجارة من تلك الزيادة في الأسعار غير المبررة على الرغم من أن المنتج كويتي»."));

    [Fact]
    public void Extract_OneOfAGroupOpeningTheSentenceBeforeAComma_IsTheVerbsSubject() =>
        // w175_36
        Assert.Equal(["احد اصحاب المحال"], SpeakersIn(
            "احد اصحاب المحال، يقول: \"لايوجد عمل بسبب الظروف التي وضعنا بها بسبب الدولة\"."));

    [Fact]
    public void Extract_OwnerOfAShop_IsNamedByWhatHeOwns() =>
        // w175_36: «ويضيف صاحب محل آخر» had been printed «محل».
        Assert.Equal(["صاحب محل آخر"], SpeakersIn(
            "ويضيف صاحب محل آخر: \"اين هو السوق واين هم الذين جعلو السوق بهذا الوضع\"."));

    [Fact]
    public void Extract_NamesInMarksAfterTheDualOfCompany_AreNoQuotations() =>
        // w173_35: «أعلنت شركتا "إم تي إن" و"سوداني"» had printed a quotation «إم تي إن».
        Assert.Empty(QuotesIn(
            "فقد أعلنت شركتا \"إم تي إن\" و\"سوداني\" في بيانين منفصلين عن انقطاع كامل لخدمات الاتصالات والإنترنت لأسباب فنية لم تحدد."));

    [Fact]
    public void Extract_AndThatBeforeAQuotationAfterAQuotedSentence_GoesOnWithItsSpeaker() =>
        // w175_17: the second quotation of «واعتبر مناضلو التنسيقية أن "…". وأن "…"» had no cue (حسب, later, is not one for it).
        Assert.Equal(["مناضلو التنسيقية", "مناضلو التنسيقية"], SpeakersIn(
            "واعتبر مناضلو التنسيقية أن \"إعلان وزارة التربية الوطنية إنهاء العمل بنظام التعاقد هو مجرد التفاف على مطالب الأساتذة\".",
            "وأن \"خير جواب على عرض الحكومة هو التصعيد والاستمرار في الاحتجاجات عبر أشكال مختلفة\"، حسب تعبيرهم في بيان."));

    [Fact]
    public void Extract_AndThatBeforeAQuotationInASentenceWithoutACue_GoesOnWithItsSpeaker() =>
        Assert.Equal(["مناضلو التنسيقية", "مناضلو التنسيقية"], SpeakersIn(
            "واعتبر مناضلو التنسيقية أن \"إعلان وزارة التربية الوطنية إنهاء العمل بنظام التعاقد هو مجرد التفاف على مطالب الأساتذة\".",
            "وأن \"خير جواب على عرض الحكومة هو التصعيد والاستمرار في الاحتجاجات عبر أشكال مختلفة\"."));

    [Fact]
    public void Extract_WithTheseWordsBeforeTheVerb_PointsBackAtTheQuotation() =>
        // w174_33 (there over several sentences; here in one)
        Assert.Equal(["أحد الناجين"], SpeakersIn(
            "\"نجوت بأعجوبة وأهلي لا يصدقون أني نجوت من هذه الكارثة\"، بهذه الكلمات وصف أحد الناجين من حريق حفل الزفاف لحظات الرعب الأولى."));

    [Fact]
    public void Extract_QuotationOpeningASentenceOverSeveralSentences_IsReadWholeUpToItsCue() =>
        // w174_33: in this paragraph the splitter cut the opening quotation at its stops, leaving its cue, after the closing
        // mark, without it.
        Assert.Contains(("أحد الناجين", "نجوت بأعجوبة.. أهلي لا يصدقون أني نجوت من هذه الكارثة. كانوا يظنون أنني لن أستطيع الخروج. داخل القاعة كان مظلما"),
            QuotesIn(
            "\"نجوت بأعجوبة.. أهلي لا يصدقون أني نجوت من هذه الكارثة. كانوا يظنون أنني لن أستطيع الخروج. داخل القاعة كان "
            + "مظلما\"، بهذه الكلمات وصف أحد الناجين من حريق حفل زفاف الحمدانية في العراق لحظات الرعب الأولى للفاجعة.وقال نبيل "
            + "إبراهيم، 54 عاما، في حديثه مع منصة \"المشهد\": \"الحفلة بدأت حوالي 9 مساء، أنا وعائلتي جالسين هنالك وفي حوالي "
            + "الساعة 10 أو 10:30، قرر العريسان أداء رقصتهما، وترافقهما المفرقعات النارية حولها وفي أثناء اشتعالها كان السقف "
            + "يحتوي على مواد سريعة الاشتعال\".وأضاف: \"اشتعل السقف بسرعة وتناثرت النار وكأنها مطر على الحاضرين، وفي هذه "
            + "الأثناء، ابني جالس بجانبي، قال يا أبي قم لنخرج سوف تصل النار إلينا، قلت له يا ولدي لا تخف اطمئن لن تصل، ولكن "
            + "بعد دقائق قليلة وصلت النار وامتدت إلى الباب\".وتابع: \"قلت له يا ابني اخرج أنت ووالدتك وأختك وعندما وصلوا الباب "
            + "الذي يبعد 3- 4 أمتار بصعوبة حتى نجحوا في الخروج، ونجوا لا أعلم كيف نجاهم الله الشباب هم قاموا بسحب والدتهم "
            + "وأختهم\".ارتفاع عدد ضحايا حريق الحمدانيةوأشار إبراهيم: \"سبب الضوضاء أصبح الناس تحت الكراسي وناس وقعت على الأرض "
            + "ومشى الناس عليهم. لا أعلم ماذا حصل، يوجد باب بالمطبخ لا أحد يعلم به فقلت لهم اذهبوا أنتم لا تقلقوا علي، وفي هذه "
            + "الأثناء انطفأت الكهرباء وبعد"));

    [Fact]
    public void Extract_AccordingToTheSourceBehindLam_IsTheSpeakerBefore() =>
        // w177_23: «ووفقا للمصدر فقد "…"» had no speaker.
        Assert.Equal(["المفوضية", "المفوضية"], SpeakersIn(
            "وذكرت المفوضية اليوم الأربعاء بأن \"المخيم سيستوعب ما يصل إلى مائة وعشرة آلاف شخص مع نهاية العام الحالي\".",
            "ووفقا للمصدر فقد \"وصل مخيم الزعتري إلى أقصى طاقته الاستيعابية إذ يقيم به أكثر من مائة ألف لاجئ سوري\"."));

    [Fact]
    public void Extract_SourceInsideABody_IsNamedWholeAndGoesOnAsTheSource() =>
        // w178_44: «مصدر من داخل السفارة» had been cut to «مصدر», which names nobody; «وبخصوص وضعية محمد ولد السالك» then
        // made «ولد» the one «المصدر» stood for.
        Assert.Equal(["مصدر من داخل السفارة", "مصدر من داخل السفارة"], SpeakersIn(
            "وقال مصدر من داخل السفارة في تصريح صحفي إن \"السفارة تلقت أوامر عليا بضرورة متابعة وضعية أفراد الجالية هناك\".",
            "وبخصوص وضعية محمد ولد السالك رئيس اتحادية الصيد التقليدي، الذي تعرضت سيارته لتوقيف من طرف بعض المتظاهرين، قال المصدر إنه وصل داكار رفقة أسرته مضيفا أنهم \"بخير ويقيمون بفندق جامبور وسط العاصمة\"."));

    [Fact]
    public void Extract_QuotationOpenedRightAfterSaidOverParagraphs_IsReadWhole() =>
        // w177_08: «وقال «نحن ممتنون …» running over three paragraphs had been left open in its first one and dropped.
        Assert.Contains(QuotesIn(
                "وحسب صحيفة الراي الكويتية فقد أثنى المفوض السامي للأمم المتحدة لشؤون اللاجئين، فيليبو غراندي، على التضامن الإنساني المديد لدولة الكويت، "
                + "وقال «نحن ممتنون لقيادة الكويت وحكومتها وشعبها لكرمهم الثابت تجاه النازحين قسراً. هناك رجال ونساء وأطفال حول العالم، سواء كانوا من "
                + "طالبي اللجوء أو اللاجئين أو النازحين داخلياً، ممن هم بحاجة ماسة إلى الدعم.",
                "ومن شأن هذا التبرع الذي جاء في الوقت المناسب أن يمكن المفوضية على نحو واسع من التخفيف من معاناة الأشخاص المتأثرين بإحدى أسوأ الأزمات في العالم.",
                "بالإضافة إلى أكثر من مليوني نازح داخلياً، هناك ما يقرب من 280 ألفا من اللاجئين وطالبي اللجوء المسجلين في اليمن، معظمهم من الصومال وإثيوبيا»."),
            q => q.Speaker == "غراندي" && q.Text.StartsWith("نحن ممتنون لقيادة الكويت", StringComparison.Ordinal));

    [Fact]
    public void Extract_RoleAddressingSomeone_IsTheRoleNotWhomHeAddressed() =>
        // w178_13: «وقال السفير موجهاً حديثه لأبنائه الطلاب» had been printed «لأبنائه الطلاب».
        Assert.Equal(["المنصوري"], SpeakersIn(
            "وأشاد سفير دولة قطر لدى الصين سلطان المنصوري بالجهود الكبيرة التي بذلها الطلاب القطريون.",
            "وقال السفير موجهاً حديثه لأبنائه الطلاب: «لقد كنتم طوال خمس سنوات خير سفراء لبلدكم في الصين»."));

    [Fact]
    public void Extract_WhatSomeoneElseAnnounced_DoesNotMakeHimTheSpeaker() =>
        // w177_04: «ولفت إلى أن ما أعلن عنه رئيس الوزراء مصطفى مدبولي …» had made مدبولي the speaker of the next «وأردف».
        Assert.Equal(["الحمصاني"], SpeakersIn(
            "وقال المستشار نادر سعد المتحدث باسم مجلس الوزراء إن الحكومة تتابع ملف اللاجئين، وأكد الحمصاني أن الدولة ترحب بضيوفها.",
            "ولفت إلى أن ما أعلن عنه رئيس الوزراء الدكتور مصطفى مدبولي من أن تكلفة استضافة اللاجئين 10 مليارات دولار سنويًا هو رقم أولي.",
            "وأردف: \"الدولة تسعى للتواصل مع الجهات المانحة لتحمل جزء من هذه التكلفة\"."));
}
