using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 26: what blind round 252–253 (Israeli politics; American, Russian and Ukrainian leaders, both as
/// the Arabic press translates them) missed.
/// </summary>
public class QuoteExtractorRound252Tests
{
    [Fact]
    public void Extract_QuotationAfterSo_GoesOnWithTheSameSpeaker() =>
        // w252_02: «وتابع: "لن نتوقف …"، لذلك "سنواصل القتال …"» had dropped the second quotation.
        Assert.Equal(["نتنياهو", "نتنياهو"], SpeakersIn(
            "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحرب ستستمر.",
            "وتابع: \"لن نتوقف حتى ننتصر على حركة حماس\"، لذلك \"سنواصل القتال فقد أصدرت تعليمات لتوسيع العمليات العسكرية\"."));

    [Fact]
    public void Extract_HebrewMediaAfterTheWords_IsNoSpeaker() =>
        // w252_03: «مهددا بإعادة لبنان «إلى العصر الحجري …»، وفق إعلام عبري» had printed «عبري».
        Assert.Equal(["غالانت"], SpeakersIn(
            "حذر وزير الدفاع الإسرائيلي يوآف غالانت، امس، زعيم حزب الله، حسن نصر الله، من «ارتكاب أي خطأ»، مهددا بإعادة لبنان «إلى العصر الحجري في حال وقوع تصعيد أو صراع»، وفق إعلام عبري.",
            "وقال غالانت إن إسرائيل لا تريد الحرب."));

    [Fact]
    public void Extract_Threatening_IsACue() =>
        // w252_25: «هدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو جماعة الحوثي بـ"دفع الثمن …"» had dropped the words.
        Assert.Equal(["نتنياهو"], SpeakersIn(
            "هدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو جماعة الحوثي بـ\"دفع الثمن على أي محاولة للمس بإسرائيل\"."));

    [Fact]
    public void Extract_Claimed_IsACue() =>
        // w252_23: «وادعى كاتس في تبرير قراره … أن "…"» had dropped the words.
        Assert.Equal(["كاتس", "كاتس"], SpeakersIn(
            "واعتبر كاتس أن \"من ليس قادرا على التنديد بهجوم إيران ليس جديرا بالدوس على الأراضي الإسرائيلية\".",
            "وادعى كاتس في تبرير قراره ضد أمين عام الأمم المتحدة أن \"من ليس قادرا على التنديد مثلما فعلت جميع دول العالم ليس جديرا بذلك\"."));

    [Fact]
    public void Extract_PrepositionOfTimeBehindWa_OpensNoVerbsSentence() =>
        // w252_07: «وخلال مؤتمر صحفي برفقة رؤساء مجالس المستوطنات …، قال: "…"» had printed «مؤتمر».
        Assert.DoesNotContain("مؤتمر", SpeakersIn(
            "وخلال مؤتمر صحفي برفقة رؤساء مجالس المستوطنات، تحت عنوان \"خطة فرض السيادة\"، قال: \"سنفرض السيادة الإسرائيلية على 82% من الضفة الغربية المحتلة\".",
            "وهاجم سموتريتش مؤتمر الأمم المتحدة والدول التي ستعترف بالدولة الفلسطينية، قائلًا إن ضم الضفة الغربية هو أداتنا."));

    [Fact]
    public void Extract_FeminineBodyAfterAMasculineVerbOfWarning_IsItsObject() =>
        // w252_08: «وحذّر السلطة الفلسطينية بالقول: "…"» had printed «السلطة الفلسطينية».
        Assert.DoesNotContain("السلطة الفلسطينية", SpeakersIn(
            "وقال سموتريتش إن السيادة ستطبق على الضفة.",
            "وحذّر السلطة الفلسطينية بالقول: \"إذا تجرأت السلطة الفلسطينية على رفع رأسها وتهديدنا، فسندمرها كما نفعل مع حماس\"."));

    [Fact]
    public void Extract_MasculineVerbAnnouncingWithAFeminineBody_KeepsTheBody() =>
        // Guard for the rule above: news also writes «واعلن النقابة "…"»; a verb of announcing keeps its subject.
        Assert.Equal(["النقابة"], SpeakersIn(
            "واعلن النقابة \"تضامنها مع من يتم استدعاؤهم واستعدادها للوقوف الى جانبهم في كل الظروف\"."));

    [Fact]
    public void Extract_WhatHeAccusedOfAfterALongObject_IsHisWords() =>
        // w252_10: «اتهم زعيم المعارضة … يائير لابيد رئيس الوزراء … بالسماح لوزرائه …، بـ”التمادي في الجنون …”» had dropped them.
        Assert.Equal(["لابيد"], SpeakersIn(
            "اتهم زعيم المعارضة الصهيونية يائير لابيد رئيس الوزراء بنيامين نتنياهو بالسماح لوزرائه المتشددين، بتسلئيل سموتريتش وإيتمار بن غفير، بـ”التمادي في الجنون والأوهام المتطرفة”.",
            "وطالب لابيد بوقف الحرب والعمل فورًا على إعادة الرهائن."));

    [Fact]
    public void Extract_PresentVerbAfterThatAndItsSubject_IsSpeech() =>
        // w252_10: «قال لابيد إن الحكومة الحالية “تبدد أموال الطبقة الوسطى” على حساب …» had dropped the words as a name.
        Assert.Equal(["لابيد"], SpeakersIn(
            "اتهم زعيم المعارضة يائير لابيد الحكومة بالتقصير.",
            "وفي تصريح لوسائل الإعلام، قال لابيد إن الحكومة الحالية “تبدد أموال الطبقة الوسطى” على حساب استمرار الحرب."));

    [Fact]
    public void Extract_NameWithAnAsideBeforeTheVerb_IsTheSubject() =>
        // w252_18: «غانتس، وهو أبرز المرشّحين لخلافة نتنياهو، دعا إلى انتخاباتٍ جديدة تأتي «…»» had dropped the words.
        Assert.Contains("غانتس", SpeakersIn(
            "مع دخول العدوان على غزّة شهره التاسع، قدّم الوزير بيني غانتس استقالته من حكومة الحرب الإسرائيلية، ليل أمس الأحد. واستقال إلى جانب غانتس الوزيران غادي آيزنكوت وهيلي تروبر.",
            "غانتس، وهو أبرز المرشّحين لخلافة نتنياهو، دعا إلى انتخاباتٍ جديدة تأتي «بحكومة وحدة صهيونية وطنية»، كما حرص في خطاب أمس على دغدغة وزير الدفاع يوآف غالانت، طالباً منه أن يقوم بما هو مطلوب."));

    [Fact]
    public void Extract_InTheOfficialsStatements_IsTheOfficialAsIntroduced() =>
        // w252_20: «وأضاف المسؤول المصري أن … وجاء في تصريحات المسؤول “…”» had dropped the words.
        Assert.Equal(["المسؤول المصري"], SpeakersIn(
            "وأضاف المسؤول المصري أن بلاده ترفض الوجود الإسرائيلي في رفح.",
            "وجاء في تصريحات المسؤول “مصر تجدد تأكيدها على ثوابت ومحددات أي اتفاق للسلام، وفي مقدمتها رفض الوجود الإسرائيلي”."));

    [Fact]
    public void Extract_SeniorSource_PrintsItsRank() =>
        // w252_20: «مصدر مصري رفيع» had printed «مصدر مصري».
        Assert.Equal(["مصدر مصري رفيع"], SpeakersIn(
            "وقال مصدر مصري رفيع إن \"إسرائيل هي التي ترفض التوصل لوقف إطلاق النار في غزة حتى الآن\"."));

    [Fact]
    public void Extract_SeniorOfficials_AreAGroupByRank() =>
        // w252_36: «ونقلت الهيئة عن مسؤولين كبار في الجيش أن "…"» had printed «كبار».
        Assert.Equal(["مسؤولين كبار"], SpeakersIn(
            "ونقلت الهيئة عن مسؤولين كبار في الجيش أن \"الخطط الجديدة مصممة للسماح للجيش بتعميق الإنجازات التي حققها حتى الآن\"."));

    [Fact]
    public void Extract_ArabObservers_AreAPlacedGroup() =>
        // w253_44: «وصف مراقبون عرب مهمة العاهل الأردني … بأنها "…"» had printed «مهمة».
        Assert.Equal(["مراقبون عرب"], SpeakersIn(
            "وصف مراقبون عرب مهمة العاهل الأردني الملك عبدالله الثاني في واشنطن بأنها \"وضعت الرفض العربي لخطة التهجير نقطة ارتكاز حاسمة\"."));

    [Fact]
    public void Extract_SourceBetweenDashesClosedAgainstItsLastWord_IsAnAside() =>
        // w253_18: «وقال بايدن – حسب سي إن إن- "…"» had printed «سي».
        Assert.Equal(["بايدن"], SpeakersIn(
            "وقال بايدن إن بلاده ستواصل دعم أوكرانيا.",
            "وقال بايدن – حسب سي إن إن- \"هذه عمليات نقل مباشرة للمعدات من وزارة دفاعنا إلى الجيش الأوكراني\"."));

    [Fact]
    public void Extract_PressOfficeAfterAccordingToItsStatement_IsTheIssuer() =>
        // w253_35 and w232_34: «أفاد المكتب الصحفي للكرملين … ووفقا لبيان المكتب الصحفي، … "…"» had printed «المكتب» or
        // nothing: الصحفي read as the role «journalist», and «according to a statement of» named no issuer.
        Assert.Equal(["المكتب الصحفي للكرملين"], SpeakersIn(
            "أفاد المكتب الصحفي للكرملين، بأن الرئيس فلاديمير بوتين سيجري غدا محادثات مع رئيس الوزراء العراقي.",
            "ووفقا لبيان المكتب الصحفي، سيبحث الرئيسان \"الوضع في الشرق الأوسط، وكذلك سبل تطوير التعاون بين البلدين في مجالات الطاقة\"."));
}
