using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 29: what blind round 310–313 (European politics and Africa south of the Sahara in translation; Latin
/// America; prisoners and detainees) missed.
/// </summary>
public class QuoteExtractorRound310Tests
{
    [Fact]
    public void Extract_WhomHeAddressed_IsNotTheSpeaker() =>
        // w310_27: «وقال أوهارا مخاطبا ستارمر، مستنكرا: “…”» had printed «ستارمر», whom the article names most.
        Assert.Equal(["أوهارا"], SpeakersIn(
            "وأشار النائب براندان أوهارا إلى دعوة وجهها ستارمر لحكومة إسرائيل، وقال ستارمر إنه يدرس الأمر، ثم التقى ستارمر بالوفد.",
            "وقال أوهارا مخاطبا ستارمر، مستنكرا: “ألم يحن الوقت للقيام بما هو أكثر من مجرد انتقاد الحكومة الإسرائيلية؟”."));

    [Fact]
    public void Extract_ForeignNameReadLikeKafAndTheArticle_IsAName() =>
        // w310_40: «وقالت كالاس: “…”» — كالاس reads as ك and الاس («like the …») once normalised.
        Assert.Equal(["كالاس", "كالاس"], SpeakersIn(
            "أعلنت الممثلة العليا للشؤون الخارجية في الاتحاد الأوروبي، كايا كالاس، أنّ تخفيف العقوبات عن سوريا مدرج في جدول أعمال الاتحاد.",
            "وقالت كالاس: “سننظر في كيفية تخفيف العقوبات، ولكن بعد ذلك، يجب تحقيق تقدم ملموس في عملية الانتقال السياسي”.",
            "وقبل يومين، قالت كالاس، إن “الاتحاد المكوّن من 27 دولة قد يبدأ في رفع العقوبات عن سوريا”."));

    [Fact]
    public void Extract_GeneralAndACompoundGivenNameSetOffByCommas_IsThePerson() =>
        // w311_20: «رئيس المجلس العسكري الحاكم في النيجر، الجنرال عبد الرحمن تياني، نية نظامه إقامة “…”» had printed «إقامة».
        Assert.DoesNotContain("إقامة", QuotesIn(
            "أعلن رئيس المجلس العسكري الحاكم في النيجر، الجنرال عبد الرحمن تياني، نية نظامه إقامة “علاقات مستقبلية مع فرنسا وشركائها”، بعد الانقلاب.")
            .Select(q => q.Speaker));

    [Fact]
    public void Extract_CompoundGivenNameWithTheArticle_ClosesWithTheFamilyName() =>
        Assert.Equal(["تياني"], SpeakersIn(
            "وقال الجنرال عبد الرحمن تياني، في خطاب بثه التلفزيون الرسمي، إن: “الشعب النيجري سيحدد الآن شكل العلاقات مع فرنسا”."));

    [Fact]
    public void Extract_CouncilOfAFederationOfBodies_IsPrintedWhole() =>
        // w313_36: «مجلس الاتحاد الوطني لمنظمات المحامين الجزائريين» had printed «مجلس الاتحاد الوطني».
        Assert.Equal(["مجلس الاتحاد الوطني لمنظمات المحامين الجزائريين"], SpeakersIn(
            "طالب مجلس الاتحاد الوطني لمنظمات المحامين الجزائريين السلطة القضائية بالإفراج عن جميع معتقلي الرأي، داعيًا القضاة \"باعتبارهم سلطة مستقلة أن لا يخضعوا إلا للقانون وضمائرهم\"."));

    [Fact]
    public void Extract_YoungManDescribedAfterAVerbOfGoingOn_IsTheOneSpeaking() =>
        // w320_28 (round 318–321): «وتابع الشاب المولود في 4 كانون الأول/ ديسمبر 2002 …: "…"» after «وقال الحفناوي».
        Assert.Equal(["الحفناوي", "الحفناوي"], SpeakersIn(
            "وقال الحفناوي لشبكة \"أن بي سي\" الأميركية بعد تتويجه: \"لا أصدق ذلك، هذا رائع\"، وتابع الشاب المولود في 4 كانون الأول/ ديسمبر 2002 الذي حلّ في مركز ثامن في نصف النهائي: \"وضعت رأسي في الماء وهذا ما حصل\"."));
}
