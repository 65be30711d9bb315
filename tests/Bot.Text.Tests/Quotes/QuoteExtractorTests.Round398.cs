using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 33: what blind rounds 398–401 (children; pensions; bread and food; floods and fires) and 402–405
/// (ceasefire mediation; Kurdistan and Baghdad; transport accidents; migrants at sea) missed.
/// </summary>
public class QuoteExtractorRound398Tests
{
    [Fact]
    public void Extract_SpeakerSayingItPerAStatement_IsTheOneWhoSaidIt() =>
        // w402_15: «وقال … السفير حسين عوض وفقا لبيان صادر عن مجلس السيادة " إن …"» had printed «صادر».
        Assert.Equal(["عوض"], SpeakersIn(
            "وقال وكيل وزارة الخارجية السودانية السفير حسين عوض وفقا لبيان صادر عن مجلس السيادة بالسودان \" إن المباحثات تناولت الدعوة لاستئناف منبر جدة\"."));

    [Fact]
    public void Extract_AccordingToAStatementIssuedBy_IsTheIssuer() =>
        Assert.Equal(["وزارة الدفاع"], SpeakersIn(
            "ووفقا لبيان صادر عن وزارة الدفاع فإن \"القوات تمكنت من صد الهجوم بالكامل خلال الليلة الماضية\"."));

    [Theory]
    // w398_33: «وقال تقرير صادر عن نادي الأسير الفلسطيني» had printed «صادر», the word for «issued».
    [InlineData("وقال تقرير صادر عن نادي الأسير الفلسطيني إن الأطفال", "نادي الأسير الفلسطيني")]
    [InlineData("وقالت دراسة صادرة عن جامعة القاهرة إن الأطفال", "جامعة القاهرة")]
    public void Extract_ReportIssuedByABody_IsTheBodys(string opening, string speaker) =>
        Assert.Equal([speaker], SpeakersIn(opening + " \"يحتجزون في ظروف قاسية جدا ولا تليق بالبشر\"."));

    [Fact]
    public void Extract_WishingParticiple_GoesOnWithTheSpeaker() =>
        // w403_19: «وأضاف يلدز، “…”، متمنياً “بأن يتوصل الطرفان …“» had missed the wish.
        Assert.Equal(["يلدز", "يلدز"], SpeakersIn(
            "وأضاف يلدز، “سنناقش أيضاً اتفاق النفط بين أربيل وبغداد”، متمنياً “بأن يتوصل الطرفان إلى اتفاقيات نهائية حول جميع النقاط “."));

    [Fact]
    public void Extract_SourceInABodyForTheAffairsOfSomething_PrintsTheBody() =>
        // w405_18: «وقال مصدر في مفوضية شؤون اللاجئين بصنعاء "…"» had printed «مصدر» and dropped the quotation.
        Assert.Equal(["مصدر في مفوضية شؤون اللاجئين"], SpeakersIn(
            "وقال مصدر في مفوضية شؤون اللاجئين بصنعاء \"ان 40 من اللاجئين الافارقة لقوا حتفهم عندما غرق مركبهم قبالة منطقة بير علي بساحل شبوة فيما نجا 30 آخرين\" ."));

    [Theory]
    // w140_53, w177_36 and kin: a United Nations body had printed as «منظمة الأمم المتحدة» or «وكالة الأمم المتحدة», the UN
    // itself.
    [InlineData("قالت منظمة الأمم المتحدة للطفولة إن", "منظمة الأمم المتحدة للطفولة")]
    [InlineData("وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية")]
    [InlineData("وقالت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين إن", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين")]
    [InlineData("وقالت الأمم المتحدة لرويترز إن", "الأمم المتحدة")]
    public void Extract_UnitedNationsBody_PrintsWhatItIsFor(string opening, string speaker) =>
        Assert.Equal([speaker], SpeakersIn(opening + " \"8.1 ملايين طفل يمني بحاجة إلى مساعدة تعليمية طارئة بسبب الصراع في البلاد\"."));

    [Theory]
    // w295_14, w177_36: the short name in marks after a body's full name is the one readers know.
    [InlineData("أكدت منظمة الامم المتحدة للطفولة \"يونيسيف\" أن", "يونيسيف")]
    [InlineData("أفادت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين “الأونروا”، بأن", "الأونروا")]
    [InlineData("قالت منظمة الأغذية والزراعة للأمم المتحدة (فاو) إن", "فاو")]
    // …but not an adjective in brackets, nor a news agency's short name, nor the words of a quotation
    [InlineData("وقالت هيئة النزاهة العامة (رسمية)، في بيان، إن", "هيئة النزاهة العامة")]
    [InlineData("وقالت وكالة الأنباء السعودية “واس”، إن", "وكالة الأنباء السعودية")]
    [InlineData("وقالت وزارة الصحة العامة \"لا تعليق\" على", "وزارة الصحة العامة")]
    public void Extract_BodysShortNameInMarks_IsPrinted(string opening, string speaker) =>
        Assert.Equal([speaker], SpeakersIn(opening + " \"8.1 ملايين طفل يمني بحاجة إلى مساعدة تعليمية طارئة بسبب الصراع في البلاد\"."));

    [Theory]
    // w413_42: «وذكرت وسائل إعلام غربية» had printed «غربية»; w288_21 «وسائل الإعلام …» had printed «وسائل».
    [InlineData("وذكرت وسائل إعلام غربية أن", "وسائل إعلام غربية")]
    [InlineData("وأكدت وسائل إعلام رسمية أن السلطات ضبطت", "وسائل إعلام رسمية")]
    [InlineData("وذكرت وسائل الإعلام الرسمية السورية أن", "وسائل الإعلام الرسمية السورية")]
    public void Extract_PressOfAPlace_PrintsWhole(string opening, string speaker) =>
        Assert.Equal([speaker], SpeakersIn(opening + " \"الوكالة تهدف إلى العودة إلى دير الزور في أسرع وقت ممكن\"."));

    [Fact]
    public void Extract_AccordingToHisDescription_IsTheSpeakerAlreadyNamed() =>
        // w412_34: «“فليبيا تملك عدة مواهب في السباحة” حسب وصفه» had printed «وصفه».
        Assert.Equal(["المقصبي"], SpeakersIn(
            "قال رئيس الاتحاد الفرعيّ للسباحة بمدينة بنغازي “خالد المقصبي” إن السباق نُظّم في ظروف قاهرة نظرا لتفشي الوباء في البلاد.",
            "و أضاف المقصبي أن هذا التحدي هو الثاني “لقطاط والفلاح”؛ إذ قطعا مسافة 30 كيلومترا في خليج البمبا العام الماضي، ملفتا إلى أنه سيتم تنظيم تحدي جديد للسيدات بمسافة 10 كيلو متر الفترة المقبلة، “فليبيا تملك عدة مواهب في السباحة” حسب وصفه."));

    [Theory]
    // w411_36: «أما أبو العبد، وهو أحد زبائن الأحواش، فأبدى استياءه … قائلاً: "…"» had gone on with the trader quoted before.
    [InlineData("أما أبو العبد، وهو أحد زبائن الأحواش، فأبدى استياءه من غلاء ثمن الأضاحي قائلاً:")]
    [InlineData("أما أبو العبد فأبدى استياءه من غلاء ثمن الأضاحي قائلاً:")]
    public void Extract_ParticipleAfterAsForSomeone_IsTheirs(string sentence) =>
        Assert.Equal(["خالد الجرجاوي", "أبو العبد"], SpeakersIn(
            "وقال خالد الجرجاوي: \"أضحية العيد لم تعد في متناول المواطن الغزي بسبب ارتفاع الأسعار\".",
            sentence + " \"المواطن البسيط لن يستطيع توفير كل ما يحتاج إليه في هذه المناسبة المباركة\"."));
}
