using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 45: what blind rounds 736–739 (w736_… to w739_…) printed wrong at their first run. The sentences are
/// written after the pages' patterns, with other words and names, not copied from them.
/// </summary>
public class QuoteExtractorRound736Tests
{
    [Fact]
    public void Extract_MedicalSource_IsPrintedWithItsAdjective() =>
        // w739_06: «وقال مصدر طبي في مستشفى …» had printed «طبي»: the adjective is three letters, too short for the test
        // that finds adjectives of origin or field.
        Assert.Equal(["مصدر طبي"], SpeakersIn(
            "وقال مصدر طبي في مستشفى المدينة “استقبلنا جثث أربعة أشخاص بينهم امرأة، ونعالج عشرة جرحى”."));

    [Fact]
    public void Extract_UnnamedSourceAfterKanaBeforeItsVerb_IsTheSpeaker() =>
        // w739_06: «وكان مصدر في وزارة الداخلية أكد أن “…”» gave the words to the doctor quoted before: an unnamed source after
        // كان, running into its verb, is the verb's subject.
        Assert.Equal(["مصدر طبي", "مصدر في وزارة الداخلية"], SpeakersIn(
            "وقال مصدر طبي في مستشفى المدينة “استقبلنا جثث أربعة أشخاص بينهم امرأة، ونعالج عشرة جرحى”.",
            "وكان مصدر في وزارة الداخلية أكد أن “مسلحا فتح النار على نقطة التفتيش عند مدخل المدينة”."));

    [Fact]
    public void Extract_BodyClosingTheSpeakersPhraseBeforeSpeech_DoesNotMakeTheWordsAName() =>
        // w739_06: «ذكر طبيب في مستشفى الكندي “…”»: a naming noun (مستشفى) and its ال-word right before marks had made any
        // short quotation a name; after a verb of saying, words that read as speech are the speaker's.
        Assert.Equal(["مدير مستشفى الرازي"], SpeakersIn(
            "وقال مدير مستشفى الرازي “لقد استقبلنا عشرين جريحا منذ ساعات الصباح الأولى”."));

    [Fact]
    public void Extract_ProductNameAfterANamingNoun_StaysAName() =>
        // Guard: after a verb and a speaker's phrase closing with a naming noun and its ال-word, marks whose words read as no
        // speech still hold a name (what was announced).
        Assert.Empty(SpeakersIn("وأعلن مدير شركة الاتصالات “باقة الإنترنت المنزلي السريع للعائلات” للمشتركين الجدد."));

    [Fact]
    public void Extract_BareStatementRightAfterABodysQuotation_IsThatBody() =>
        // w739_30: «نشر برنامج الأغذية العالمي على حسابه: "…"» then «وقال البيان: "…"» and «وتابع البيان: "…"»: the statement
        // goes on giving the body's words (they had been dropped, the statement naming nobody).
        Assert.Equal(["برنامج الأغذية العالمي", "برنامج الأغذية العالمي", "برنامج الأغذية العالمي"], SpeakersIn(
            "نشر برنامج الأغذية العالمي على حسابه على وسائل التواصل الاجتماعي: \"إن تراجع التمويل يهدد بوقف المساعدات عن ملايين الأسر في البلاد\".",
            "وقال البيان: \"إن الأسر النازحة تحصل على حصص أقل بكثير مما تحتاجه\".",
            "وتابع البيان: \"نطلب من المانحين مزيدا من الموارد لمنع انتشار الجوع\"."));

    [Fact]
    public void Extract_BareStatementAfterAPersonsQuotation_StillNamesNobody() =>
        // Guard: after a person's quotation a bare «البيان» is no one the reader knows; it is not given to the person.
        Assert.DoesNotContain(QuotesIn(
            "وقال بوتين: \"إن روسيا مستعدة للحوار مع جميع الأطراف دون شروط مسبقة\".",
            "وقال البيان: \"إن الجانبين اتفقا على مواصلة المشاورات في الأسابيع المقبلة\"."),
            q => q.Speaker == "بوتين" && q.Text.StartsWith("إن الجانبين", StringComparison.Ordinal));

    [Fact]
    public void Extract_NameAfterAPlaceAndTheCompassAdjective_IsTheRoleHolder() =>
        // w736_08: «رئيس اللجنة الطبية العليا في محافظة عدن جنوبي اليمن، عبد الناصر الوالي، إن» had printed «جنوبي»: the
        // compass's adjective and the place after it say where the province lies, as غرب السعودية does.
        Assert.Equal(["عبد الناصر الحكيمي"], SpeakersIn(
            "قال رئيس اللجنة الطبية في محافظة تعز جنوبي اليمن، عبد الناصر الحكيمي، إن “عدد المصابين بالحمى تجاوز ثلاثة آلاف حالة”."));

    [Fact]
    public void Extract_RoleWordClosingAName_IsAFamilyNameNotTheRoleTheNameWasGivenWith() =>
        // w736_08: «عبد الناصر الوالي» then «وأوضح الوالي «…»»: الوالي («the governor») closes the name before a comma, so
        // it is his family name; read as a role introduced with «عبد الناصر» (a name the article repeats its «عبد» of), it had
        // printed «عبد الناصر».
        Assert.Equal(["الوالي", "عبد الناصر الوالي"], SpeakersIn(
            "قال رئيس اللجنة الطبية العليا، عبد الناصر الوالي، إن “عدد المصابين بالحمى تجاوز ثلاثة آلاف حالة”.",
            "وأوضح الوالي «أن عدد الوفيات ارتفع بشكل لافت خلال الأسابيع الثلاثة الماضية».",
            "وتشهد المدينة معارك منذ أشهر بين الحوثيين وقوات الرئيس السابق علي عبد الله صالح.").Order(StringComparer.Ordinal));

    [Fact]
    public void Extract_TechnicianAndOriginAfterTheCoach_IsTheCoach() =>
        // w737_10: «قال الفني البرتغالي: "…"» after the coach had spoken by name: the North African press's «technician» and
        // an origin are the head coach, as «المدرب البرتغالي» is.
        Assert.Equal(["ديمورايس", "ديمورايس"], SpeakersIn(
            "أكد المدير الفني للترجي الرياضي جوزي ديمورايس أن فريقه حقق المهم، وقال ديمورايس: \"قدمنا مباراة طيبة وأنا سعيد بالأهداف الأربعة\".",
            "وعن الغيابات قال الفني البرتغالي: \"خسرنا لاعبا آخر بسبب الإصابة، لكن لدينا الحلول البديلة في الفريق\"."));
}
