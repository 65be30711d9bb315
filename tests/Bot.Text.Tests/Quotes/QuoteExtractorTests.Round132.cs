namespace Bot.Text.Tests.Quotes;

/// <summary>Rules from the blind round 132–135 (water and climate, labour, diplomacy, media and technology), each on its own page.</summary>
public class QuoteExtractorRound132Tests
{
    private static readonly ArabicTextEngine Engine = new();

    private static (string Speaker, string Text)[] Quotes(params string[] paragraphs) =>
        Engine.AnalyzeUnguarded(null, string.Join("\n", paragraphs), SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    [Fact]
    public void Extract_ClauseEndingWithAListOfPlaces_IsTheUnionsWords() =>
        // w133_25: the list rule (short items between commas) had read the union's statement as a list of names.
        Assert.Equal(["النقابة"], Quotes(
            "وبدت المدارس شبه فارغة مع أول يوم للإضراب، والتزم المعلمون بقرار نقابتهم.",
            "وقالت النقابة - في صفحتها الرسمية على فيسبوك -: \"وصلت نسبة الإضراب في مدارس محافظة الطفيلة، والزرقاء، والموقر، وجرش إلى 100%\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_StatementOfTheParliament_IsPrintedAsTheParliament() =>
        // w133_32: «بيان البرلمان» names its issuer; a parliament was no body, so the statement stayed a bare one and was dropped.
        Assert.Equal(["البرلمان العراقي"], Quotes(
            "وذكر البرلمان العراقي على موقعه الرسمي أن القانون يهدف لشمول أوسع للعاملين في القطاعات الثلاثة.",
            "وأضاف بيان البرلمان أن تشريع القانون “يأتي للتأكيد على المبادئ التي نص عليها الدستور، واستجابة لتطورات المرحلة الحالية”."
        ).Select(q => q.Speaker));
    [Fact]
    public void Extract_NameInMarksRightAfterTheVerb_IsTheSpeakerWhole() =>
        // A body's name in marks after قالت had been read as the words said, and the statement after إن lost its speaker.
        Assert.Equal([("هيومن رايتس ووتش", "السلطات تحتجز مئات الأشخاص دون محاكمة منذ أشهر")], Quotes(
            "وقالت \"هيومن رايتس ووتش\" في تقرير إن \"السلطات تحتجز مئات الأشخاص دون محاكمة منذ أشهر\"."));

    [Fact]
    public void Extract_BodyWordBeforeItsNameInMarks_PrintsBoth() =>
        // «منظمة» alone had been printed: no reader can tell which body that is.
        Assert.Equal(["منظمة هيومن رايتس ووتش"], Quotes(
            "وقالت منظمة \"هيومن رايتس ووتش\" في تقرير إن \"السلطات تحتجز مئات الأشخاص دون محاكمة منذ أشهر\"."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_CommitteeNamedInMarks_SpeaksOnInTheNextSentence() =>
        // w134_35: the committee announcing an exchange, then «وأوضحت أنّ "…"».
        Assert.Contains(("اللجنة الوطنية لشؤون الأسرى", "الصفقة شملت 66 أسيرًا من مقاتلي الجماعة"), Quotes(
            "أعلنت \"اللجنة الوطنية لشؤون الأسرى\" التابعة لحركة \"أنصار الله\" (الحوثيين)، \"صفقةً لتبادل الأسرى مع القوات الحكومية في اليمن، في جبهات الساحل الغربي بوساطة محلية\".",
            "وأوضحت أنّ \"الصفقة شملت 66 أسيرًا من مقاتلي الجماعة\"."));

    [Fact]
    public void Extract_ShortWordsSaidRightAfterTheVerb_StaySpeech() =>
        // The subject-in-marks rule takes only words with no clause in them: «نحن جاهزون» after وقال is what the coach said.
        Assert.Contains(("جلال", "نحن جاهزون"), Quotes(
            "أكد المدرب خالد جلال جاهزية فريقه للمباراة.",
            "وقال \"نحن جاهزون\"، مضيفا أن \"اللاعبين تدربوا جيدا طوال الأسبوع الماضي استعدادا للمباراة\"."));
}
