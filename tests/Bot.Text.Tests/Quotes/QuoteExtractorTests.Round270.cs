using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 28: what blind round 270–273 (Iraq and Kurdistan; Lebanon and Syria; Egyptian football; football in
/// the Maghreb) missed.
/// </summary>
public class QuoteExtractorRound270Tests
{
    [Fact]
    public void Extract_BodyWordCalledBack_IsTheBodyOfItsKindJustNamed() =>
        // w270_25: «وقالت الوزارة» right after «بدورها أعلنت وزارة النفط الاتحادية» had printed the ministry the article named
        // first, وزارة الثروات الطبيعية.
        Assert.Equal(["وزارة الثروات الطبيعية", "وزارة النفط الاتحادية"], SpeakersIn(
            "وأعلنت وزارة الثروات الطبيعية في حكومة إقليم كوردستان في بيان لها اليوم، أن \"استئناف تصدير نفط الإقليم قد بدأ في تمام الساعة السابعة صباحاً\".",
            "بدورها أعلنت وزارة النفط الاتحادية، صباح اليوم السبت، عن استئناف عمليات تصدير نفط إقليم كوردستان عبر الخط العراقي التركي.",
            "وقالت الوزارة في بيانٍ لها، إن \"عمليات التشغيل انطلقت عند الساعة السادسة صباحاً بوتيرة عالية وانسيابية تامة\"."));

    [Fact]
    public void Extract_DoublePrimeAfterADigit_ClosesAReversedOpener() =>
        // w271_36: «لـ”فرانس 24″: “نرفض …”» — WordPress types the closing mark after a digit as ″; the reversed opener ran on
        // to the next “ and swallowed the quotation.
        Assert.Equal(["جنبلاط"], SpeakersIn(
            "قال الرئيس السابق للحزب التقدمي الاشتراكي وليد جنبلاط أنه لا بد من وقف إطلاق النار في السويداء.",
            "وأضاف جنبلاط لـ”فرانس 24″: “نرفض أي حماية خارجية”، والإسرائيليون يُؤججون النار بتدخلهم."));

    [Fact]
    public void Extract_CompoundNameBeforeARoleAfterAVerb_NamesTheRole() =>
        // w272_12: «شدد مصطفى أبو زهرة عضو اتحاد الكرة أن …», then «وقال عضو اتحاد الكرة» had printed the role.
        Assert.Equal(["مصطفى أبو زهرة"], SpeakersIn(
            "شدد مصطفى أبو زهرة عضو اتحاد الكرة أن حسام حسن سيكون المدير الفني لمنتخب مصر في كأس العالم 2026.",
            "وقال عضو اتحاد الكرة عبر DMC: \"حسام حسن طُلب منه التأهل لأمم إفريقيا وكأس العالم ونجح في ذلك بنسبة 100%\"."));

    [Fact]
    public void Extract_AskedTypedWithYehHamza_IsACue() =>
        // w272_12: «وتسائل "إذا وصل حسام حسن …؟"» — تساءل as it is often typed.
        Assert.Contains(QuotesIn(
            "وقال مصطفى أبو زهرة: \"حسام حسن طُلب منه التأهل لأمم إفريقيا وكأس العالم ونجح في ذلك\".",
            "وتسائل \"إذا وصل حسام حسن لنصف نهائي بطولة إفريقيا وتعرض 3-4 لاعبين للإصابات، هل سنقيله؟\"."),
            q => q.Speaker == "أبو زهرة" && q.Text.StartsWith("إذا وصل", StringComparison.Ordinal));

    [Fact]
    public void Extract_CoachByHisCountryAdjective_IsTheCoachSpeaking() =>
        // w273_13: «وشدد المدرب البوسني على أن …، مؤكداً: "…"» after «وقال بيتكوفيتش» had printed the epithet.
        Assert.Equal(["بيتكوفيتش", "بيتكوفيتش"], SpeakersIn(
            "وقال بيتكوفيتش لشبكة beIN SPORTS: \"بالتأكيد هي مجموعة مثيرة للاهتمام، الأرجنتين هو المنتخب المرشح\".",
            "وشدد المدرب البوسني على أن \"الخُضر\" سيلعبون للفوز بكل المباريات، مؤكداً: \"حتى في مباراة الأرجنتين لن نلعب كمنتخب خاسر، وسنحاول تحقيق نتيجة إيجابية\"."));

    [Fact]
    public void Extract_PresidentByHisCountryAdjective_StaysAnotherMan() =>
        // Guard: الرئيس القبرصي beside «الرئيس عون» is the guest, not the host already speaking.
        Assert.Contains("الرئيس القبرصي", SpeakersIn(
            "وقال الرئيس جوزاف عون: \"لبنان يقدر وقوف قبرص إلى جانبه في المحافل الدولية\".",
            "وقال الرئيس القبرصي: \"ندعم مقترح إشراك لبنان في المجالس الأوروبية، ما يتيح له إيصال صوته\"."));

    [Fact]
    public void Extract_StraightOpenerClosedByACurlyMark_IsAQuotation() =>
        // w272_31: «وتابع "بعد مباراة السودان تعافينا جيدا …”.» — the marks typed mixed.
        Assert.Contains(QuotesIn(
            "وقال أرنولد في مؤتمر صحفي: \"تنتظرنا مباراة صعبة أمام الجزائر، فاللعب أمام المنتخبات الإفريقية من التحديات الكبيرة\".",
            "وتابع \"بعد مباراة السودان تعافينا جيدا، وسنرى من سيخوض اللقاء قبل ساعات من انطلاقه”."),
            q => q.Speaker == "أرنولد" && q.Text == "بعد مباراة السودان تعافينا جيدا، وسنرى من سيخوض اللقاء قبل ساعات من انطلاقه");

    [Fact]
    public void Extract_WordOfTimeAfterARole_EndsTheName() =>
        // w273_13: a caption «فلاديمير بيتكوفيتش مدرب الجزائر أثناء قرعة نهائيات كأس العالم» had given the coach's role a
        // second holder, «كأس», so «المدرب البوسني» stood for nobody.
        Assert.Equal(["بيتكوفيتش", "بيتكوفيتش"], SpeakersIn(
            "فلاديمير بيتكوفيتش مدرب الجزائر أثناء قرعة نهائيات كأس العالم 2026 بواشنطن",
            "يعتقد فلاديمير بيتكوفيتش مدرب منتخب الجزائر أن المواجهتين ضد النمسا والأردن هما مفتاح التأهل إلى الدور الثاني من كأس العالم 2026.",
            "وقال بيتكوفيتش لشبكة beIN SPORTS: \"بالتأكيد هي مجموعة مثيرة للاهتمام، الأرجنتين هو المنتخب المرشح\".",
            "وشدد المدرب البوسني على أن \"الخُضر\" سيلعبون للفوز بكل المباريات، مؤكداً: \"حتى في مباراة الأرجنتين لن نلعب كمنتخب خاسر، وسنحاول تحقيق نتيجة إيجابية\"."));

    [Fact]
    public void Extract_SourceRightAfterAnEarlierQuotation_IsThatOnesNotTheNext() =>
        // w277_01: «وقال إنه أمر بات "حتميًا" وفق العلماء، "بأقل شدة …”» — وفق العلماء says whose «حتميًا» is; the next
        // quotation is still Guterres's, and so is the one after «وحذّر».
        Assert.DoesNotContain("العلماء", SpeakersIn(
            "شدّد الأمين العام للأمم المتحدة أنطونيو غوتيريش على ضرورة أن يكون تجاوز الاحترار عتبة 1,5 درجة مئوية.",
            "وقال إنّه أمر بات \"حتميًا\" وفق العلماء، \"بأقل شدة ممكنة ولأقصر فترة ممكنة”.",
            "وحذّر من \"تزايد الشكوك حيال ظروف العيش السليم في المستقبل\"."));

    [Fact]
    public void Extract_AdverbAfterAVerbOfCalling_IsNoName() =>
        // w277_01: «ودعا تحديدًا إلى بلوغ "…"» had printed «تحديدًا».
        Assert.Equal(["غوتيريش"], SpeakersIn(
            "وقال غوتيريش إن العالم يواجه أزمة مناخية.",
            "ودعا تحديدًا إلى بلوغ \"مستوى صفر انبعاثات صافية لغازات الدفيئة\" في حلول عام 2050."));
}
