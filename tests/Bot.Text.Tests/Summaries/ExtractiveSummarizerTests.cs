namespace Bot.Text.Tests.Summaries;

public class ExtractiveSummarizerTests
{
    private static readonly ArabicTextEngine Engine = new();

    private static int Words(IEnumerable<string> sentences) => sentences.Sum(ArticleModel.CountWords);

    [Fact]
    public void Summarize_WordBudget_IsRespected()
    {
        var (title, body) = Fixture.Seed();
        var summary = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Words(60)).Summary;
        Assert.NotEmpty(summary);
        Assert.True(Words(summary) <= 60);
    }

    [Fact]
    public void Summarize_SentenceBudget_IsRespected()
    {
        var (title, body) = Fixture.Seed();
        Assert.Equal(2, Engine.AnalyzeUnguarded(title, body, SummaryBudget.Sentences(2)).Summary.Count);
    }

    [Fact]
    public void Summarize_Seed_KeepsDocumentOrderOfWholeSentences()
    {
        var (title, body) = Fixture.Seed();
        var analysis = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Words(120));
        var indexes = analysis.Summary.Select(s => analysis.Sentences.ToList().IndexOf(s)).ToList();
        Assert.DoesNotContain(-1, indexes);
        Assert.Equal(indexes.Order(), indexes);
    }

    [Fact]
    public void Summarize_Seed_StartsWithTheLead()
    {
        var (title, body) = Fixture.Seed();
        var analysis = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Words(60));
        Assert.Equal(analysis.Sentences[0], analysis.Summary[0]);
    }

    [Fact]
    public void Summarize_FirstSentenceLongerThanBudget_IsReturnedAlone()
    {
        var first = "تعهد الزعيم الكوري الشمالي كيم جونغ أون الأربعاء تعزيز العلاقات مع موسكو وقال إن بلده المعزول سيقف دائما إلى جانب روسيا.";
        var second = "أصبحت روسيا معزولة من الغرب عقب غزوها أوكرانيا العام الماضي وتسعى لتعزيز التحالفات مع زعماء آخرين.";
        var summary = Engine.AnalyzeUnguarded(null, first + " " + second, SummaryBudget.Words(5)).Summary;
        Assert.Equal([first], summary);
    }

    [Fact]
    public void Summarize_OpeningSentenceOverBudget_StandsAloneRatherThanWhatFitsAfterIt()
    {
        // argen-news «KIB» report: a 71-word opening sentence, then 44 and 35 words that fit a 60-word budget but begin
        // «ووفق التقرير، …» and «في التفاصيل، …».
        var body = "قال التقرير الشهري الصادر عن بنك الكويت الدولي «KIB» إن مبيعات سوق العقار الكويتي بلغت نحو 341 مليون دينار (عقودا ووكالات) خلال شهر مايو 2019، لتسجل ارتفاعا بنسبة قاربت 11 في المئة على أساس سنوي، كما بلغ مؤشر عدد الصفقات العقارية نحو 602 صفقة مرتفعا بنحو 22 في المئة على أساس سنوي، فيما تراجع مؤشر متوسط قيمة الصفقة بنحو 10 في المئة على أساس سنوي ليبلغ 566 ألف دينار للصفقة الواحدة. "
            + "ووفق التقرير، وفي حين شهدت القطاعات الرئيسية الثلاثة «السكني والاستثماري والتجاري» تراجعا وبنسب متفاوتة في قيمة مبيعاتها، فقد ساهمت صفقة كبيرة نسبيا وبقيمة 50 مليون دينار سجلت في محافظة مبارك الكبير في دعم مبيعات السوق خلال الشهر لتشهد المبيعات الإجمالية ارتفاعا على أساس سنوي. "
            + "في التفاصيل، وبمتابعة مستويات الأسعار، ارتفع المتوسط العام لسعر المتر المربع في القطاع السكني بنحو 12.5 في المئة على أساس سنوي، في حين ارتفع متوسط سعر المتر المربع في القطاع الاستثماري بنحو 2.5 في المئة.";
        var analysis = Engine.AnalyzeUnguarded("«KIB»: 341 مليون دينار مبيعات سوق العقار خلال مايو", body, SummaryBudget.Words(60));
        Assert.Equal(3, analysis.Sentences.Count);
        Assert.Equal(71, ArticleModel.CountWords(analysis.Sentences[0]));
        Assert.Equal([analysis.Sentences[0]], analysis.Summary);
    }

    [Fact]
    public void Summarize_ContinuationWithoutTheSentenceBeforeIt_IsNotPicked()
    {
        // argen_ntg_train_0763: the run-on second sentence is cut before «مؤكدا أن الحملات مستمرة …», whose speaker is named
        // in the part before it; after the opening sentence alone it read as a slip.
        var body = "أزال جهاز مدينة برج العرب الجديدة التعديات على مساحة 820 فدانا، بخلاف 1880 فدانا تمت إزالة التعديات عليها خلال الأيام الماضية، كما تمت إزالة التعديات على 305 أفدنة بمدينة أخميم الجديدة. "
            + "على جانب آخر شهدت مدينة برج العرب الجديدة إزالة التعديات على الأراضي، حيث أوضح المهندس أمين غنيم، رئيس جهاز تنمية مدينة برج العرب الجديدة، أنه تم تنفيذ 4 قرارات وزارية لإزالة التعديات والمبانى المخالفة بدون ترخيص، بجانب 5 حالات إزالة فورية داخل الكتلة السكنية بإجمالي مساحات 820 فدانا، وشملت المباني التى تمت إزالتها مخازن مواد بناء، ومستودعات، وورش بأنشطة مختلفة، ومنازل وأسوار، حيث تم الإخلاء وتنفيذ الإزالات بالكامل، مؤكدا أن الحملات مستمرة بشكل يومي حتى الانتهاء من إزالة جميع التعديات على أراضى المدينة. "
            + "كما صرح المهندس حسام فتحي، رئيس جهاز تنمية مدينة أخميم الجديدة، بأنه قد تم إزالة التعديات الواقعة على مساحة 305 أفدنة داخل كردون المدينة، بمشاركة جهاز المدينة، والجهات الأمنية، والقوات المسلحة، وشرطة التعمير";
        var analysis = Engine.AnalyzeUnguarded("الإسكان: إزالة التعديات على نحو 820 فدانا بمدينة برج العرب الجديدة", body, SummaryBudget.Words(60));
        Assert.Contains(analysis.Sentences, s => s.StartsWith("مؤكدا أن الحملات", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Summary, s => s.StartsWith("مؤكدا", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_ContinuationRightAfterItsSentence_MayBePicked()
    {
        // argen_ntg_train_0801: «مشددا على …» goes on from the prime minister's sentence, which the summary holds.
        const string opening = "كشف رئيس الوزراء، معتز موسى عن وجود مبالغ ضخمة من النقود خارج النظام المصرفي، وأضاف: “لا يمكن للحكومة أن تضخ الأموال والمواطن يسحب ويخزن” .";
        const string continuation = "مشددا على ضرورة إعادة هذه الأموال للبنوك عن إجراءات ناجزة مع الاحتفاظ بانها أموال للمواطن ويستحق له التعامل معها، وقطع موسى بأنه لا يستهدف المبالغ الصغيرة، بل المبالغ الهائلة والكبيرة الموجودة .";
        var body = opening + " " + continuation + " وأضاف: الحق الشرعي أن يحتفظ لصاحب المال بماله ويعطي الحق في أن يستخدمه متى ما شاء وفي الوقت الذي يريد، "
            + "وأوضح وبحسب صحيفة السوداني أن السياسات سوف تتدرج حتى يصبح الناس لديهم قدرة على إدارة الإقتصاد";
        var analysis = Engine.AnalyzeUnguarded("رئيس الوزراء: لا يمكن ضخ أموال بالبنوك والمواطن يسحب ويخزن", body, SummaryBudget.Words(60));
        Assert.Equal([opening, continuation], analysis.Summary);
    }

    [Fact]
    public void Summarize_DatelineLineBeforeTheLead_IsNotPicked()
    {
        // A web page's text as it came (w10_036): its first line is the date and time of publication.
        var body = "الخميس 31/ديسمبر/2020 - 02:59 م\n"
            + "أعلن عمر قمر الدين وزير خارجية السودان، إن القوات المسلحة السودانية باتت تسيطر على كل أراضي السودان.\n"
            + "وكان كشف وزير الخارجية السوداني المكلف، سابقا، موقف بلاده من قضية الحدود مع إثيوبيا وأزمة سد النهضة.";
        var analysis = Engine.AnalyzeUnguarded("وزير خارجية السودان: القوات المسلحة تسيطر على جميع أراضي الدولة", body, SummaryBudget.Words(60));
        Assert.Equal(analysis.Sentences.Skip(1), analysis.Summary);
    }

    [Fact]
    public void Summarize_HeadlineRepeatedAboveTheLead_IsNotPicked()
    {
        // w16_031 as the page came: the headline (13 words, too long for a bare line) printed again above the story.
        const string title = "نائب غانتس: حكومة الاحتلال تسعى لزيادة عدد العمال الفلسطينيين في الداخل المحتل";
        var body = title + "\n\nحجم الخط\n\nالقدس المحتلة - وكالة خبر\n\n"
            + "أكّد نائب وزير الحرب \"الإسرائيلي\" ألون شوستر، اليوم السبت، على أنّ حكومة الاحتلال تسعى لزيادة عدد العمال الفلسطينيين الذين يدخلون الأراضي المحتلة.\n\n"
            + "وأضاف: \"هذا الأمر في مصلحتنا الأمنية، سنزيد عدد العمال من غزّة بعدة آلاف\".";
        var analysis = Engine.AnalyzeUnguarded(title, body, SummaryBudget.Words(60));
        Assert.DoesNotContain(analysis.Sentences[0], analysis.Summary);
        Assert.StartsWith("أكّد نائب وزير الحرب", analysis.Summary[0]);
    }

    [Fact]
    public void Summarize_LeadSentenceTheHeadlineShortens_IsStillPicked()
    {
        // w29_026: the headline is the lead without «قال متحدث … إن» and without its full stop.
        var body = "قال متحدث الهلال الأحمر الفلسطيني، إن الاحتلال يواصل استهداف الطواقم الطبية وهناك إصابات خطيرة للغاية.\n"
            + "وأضاف متحدث الهلال الأحمر الفلسطيني، لـ \"القاهرة الإخبارية\"، أن \"قوات الاحتلال مستمرة في استهداف سيارات الإسعاف والمستشفيات\".";
        var analysis = Engine.AnalyzeUnguarded("الهلال الأحمر الفلسطيني: الاحتلال يواصل استهداف الطواقم الطبية وهناك إصابات خطيرة للغاية", body, SummaryBudget.Sentences(1));
        Assert.Equal([analysis.Sentences[0]], analysis.Summary);
    }

    [Fact]
    public void Summarize_EnglishSentencesInAnArabicArticle_AreNotPicked()
    {
        // w94_025 and w76_033: an embedded tweet's error text and a comment form came with the story.
        var body = "أكد الفنان الكويتي، حسن البلام، أنه لا يهتم بمكان اسمه على أفيش المسرحيات، موضحاً: \"اسمي بالمسرحيات آخر اسم، لأن مكان الاسم ليس مهماً\".\n\n"
            + "An error occurred while retrieving the Tweet. It might have been deleted.\n\n"
            + "وأشار إلى أن المنتج، باسم عبدالأمير، له الفضل في عودته إلى المسرح بعد غياب طويل عن الجمهور.\n\n"
            + "Your email address will not be published. Required fields are marked *";
        var analysis = Engine.AnalyzeUnguarded(null, body, SummaryBudget.Sentences(10));
        Assert.Equal([analysis.Sentences[0], analysis.Sentences[3]], analysis.Summary);
    }

    [Fact]
    public void Summarize_ArticleInFrench_KeepsItsSentences()
    {
        // argen_ntg_train_0691 is a French press release: the Arabic-article rule above must not empty its summary.
        var body = "L’enseigne Monoprix, leader de la grande distribution en Tunisie, fête cette année son 85ème anniversaire. "
            + "85 fructueuses années au cours desquelles l’enseigne a révolutionné le secteur du commerce. "
            + "عيد ميلاد سعيد.";
        var analysis = Engine.AnalyzeUnguarded(null, body, SummaryBudget.Sentences(2));
        Assert.Equal(analysis.Sentences.Take(2), analysis.Summary);
    }

    [Fact]
    public void Summarize_PublicationLineAboveTheLead_IsNotPicked()
    {
        // w110_018: eleven words, one too many for a bare line.
        var body = "آخر تحديث: السبت 30 نوفمبر 2019 - 7:25 م بتوقيت القاهرة\n\n"
            + "أكد اللواء محمد الشريف محافظ الإسكندرية الجديد اليوم، السبت، أنه سيعمل على حل جميع مشاكل المواطن والشارع السكندري.\n\n"
            + "وأضاف أنه سيعمل بالتوازي في جميع الملفات وعلى رأسها ملفات القمامة والبناء المخالف.";
        var analysis = Engine.AnalyzeUnguarded(null, body, SummaryBudget.Sentences(10));
        Assert.Equal(analysis.Sentences.Skip(1), analysis.Summary);
    }

    [Fact]
    public void Summarize_ReadAlsoLinkBetweenParagraphs_IsNotPicked()
    {
        // w138_56: another story's headline behind «اقرأ أيضا», eleven words, one too many for a bare line.
        var body = "أصدر القضاء التونسي، السبت، حكما بسجن شاب 3 سنوات مع غرامة مالية لإدانته بالتحريض على قتل رجال أمن.\n\n"
            + "اقرأ أيضا: القضاء يبرئ مواطنا اتهم بارتكاب أمر موحش ضد الرئيس الراحل\n\n"
            + "وأوضح الناطق باسم النيابة العمومية أن الشاب نشر تدوينات على موقع فيسبوك تحرض على قتل رجال الأمن.";
        var analysis = Engine.AnalyzeUnguarded(null, body, SummaryBudget.Sentences(10));
        Assert.Equal([analysis.Sentences[0], analysis.Sentences[2]], analysis.Summary);
    }

    [Fact]
    public void Summarize_ShortParagraphWithAStop_CanBePicked()
    {
        var body = "وافق مجلس الوزراء على الموازنة.\nوقال الوزير إن الموازنة الجديدة تزيد الإنفاق على الصحة والتعليم.";
        var analysis = Engine.AnalyzeUnguarded(null, body, SummaryBudget.Sentences(1));
        Assert.Equal([analysis.Sentences[0]], analysis.Summary);
    }

    [Fact]
    public void Summarize_OnlyTheLeadAfterALabelLine_StandsAloneNotTheLabel()
    {
        // w100_036: «بيان», then a 70-word sentence, then the spokesman's signature and the date; at 60 words the
        // summary was «بيان».
        var body = "بيان\n•••••\n"
            + "وجّه رئيس مجلس الوزراء محمد شياع السوداني بعقد جلستين لمجلس الوزراء خلال الأسبوع الحالي، الأولى الجلسة الاعتيادية وستُعقد يوم الثلاثاء القادم الموافق 4 تموز، فيما ستُعقد الجلسة الثانية يوم الخميس المقبل الموافق 6 تموز، وذلك تعويضاً عن جلسة الأسبوع الماضي التي لم تُعقد بسبب عطلة عيد الأضحى المبارك، وحرصاً على استمرار العمل الحكومي في متابعة أعمال مجلس الوزراء بلا تأخير أو تأجيل.\n"
            + "باسم العوادي\nالناطق باسم الحكومة\n2- تموز- 2023";
        var analysis = Engine.AnalyzeUnguarded(null, body, SummaryBudget.Words(60));
        var summary = Assert.Single(analysis.Summary);
        Assert.StartsWith("وجّه رئيس مجلس الوزراء", summary);
    }

    [Fact]
    public void Summarize_ZeroBudget_IsEmpty()
    {
        var (title, body) = Fixture.Seed();
        Assert.Empty(Engine.AnalyzeUnguarded(title, body, SummaryBudget.Words(0)).Summary);
    }

    [Fact]
    public void Summarize_NoLimit_UsesDefaultWords()
    {
        var (title, body) = Fixture.Seed();
        var summary = Engine.AnalyzeUnguarded(title, body, new SummaryBudget(null, null)).Summary;
        Assert.Equal(Engine.AnalyzeUnguarded(title, body, SummaryBudget.Default).Summary, summary);
    }

    [Fact]
    public void Summarize_RepeatedSentence_IsPickedOnce()
    {
        var s = "وقال بوتين إن موسكو ستساعد كوريا الشمالية على بناء أقمار اصطناعية.";
        var other = "واستمرت محادثات الزعيمين نحو ساعتين قبل مأدبة عشاء رسمية.";
        var summary = Engine.AnalyzeUnguarded(null, $"{s}\n{s}\n{other}", SummaryBudget.Sentences(2)).Summary;
        Assert.Equal([s, other], summary);
    }

    [Fact]
    public void Summarize_Empty_IsEmpty() => Assert.Empty(Engine.AnalyzeUnguarded(null, null, SummaryBudget.Default).Summary);

    [Fact]
    public void Features_LeadCentroid_RanksOnTopicSentenceAboveDigression()
    {
        // Feature 9: cosine with the centroid weighted towards the opening; the sentence about the lead's topic
        // (Kim, Putin, satellites) outranks the one about the dinner.
        var body = "تعهد الزعيم الكوري الشمالي كيم جونغ أون تعزيز العلاقات مع روسيا خلال لقائه بوتين.\n"
            + "وأصبحت روسيا معزولة من الغرب وتسعى لتعزيز العلاقات مع كوريا الشمالية.\n"
            + "وأكد كيم أن بلده سيقف إلى جانب روسيا.\n"
            + "واستمرت المأدبة الرسمية نحو ساعتين في قاعة كبيرة بحضور الفرقة الموسيقية.\n"
            + "وقال بوتين إن روسيا ستساعد كوريا الشمالية على بناء أقمار اصطناعية.";
        var model = new ArticleModel(null, body);
        var features = ExtractiveSummarizer.Features(model, new SummarizerOptions(), out _, out _);
        Assert.All(features, f => Assert.Equal(ExtractiveSummarizer.FeatureCount, f.Length));
        Assert.True(features[4][9] > features[3][9]);
    }
}
