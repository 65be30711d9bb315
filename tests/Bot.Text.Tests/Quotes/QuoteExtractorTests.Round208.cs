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
}
