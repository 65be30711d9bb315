using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 23: what blind round 216–219 (election campaigns, space and science, ports and shipping, food and
/// farming) missed.
/// </summary>
public class QuoteExtractorRound216Tests
{
    [Fact]
    public void Extract_MediumInMarksAfterAsItReported_IsAName() =>
        // w216_33: «حسبما ذكرت «سكاي نيوز عربية»» had been printed as a quotation (and «نيوز» reads like a we-verb).
        Assert.DoesNotContain("سكاي نيوز عربية", QuotesIn(
            "عقيلة صالح يتقدم بأوراق ترشحه لانتخابات الرئاسة في ليبيا رسميا",
            "تقدم عقيلة صالح، رئيس البرلمان الليبي، اليوم السبت، بأوراق ترشحه رسميا للانتخابات الرئاسية المقبلة بمقر المفوضية العليا للانتخابات في بنغازي، حسبما ذكرت «سكاي نيوز عربية».",
            "ولا يزال الغموض يحيط بالانتخابات المزمعة في ظل خلافات حول القواعد الدستورية، بحسب «سكاي نيوز عربية».").Select(q => q.Text));

    [Fact]
    public void Extract_RoleSetOffBeforeTheTimeOfTheNews_IsNotQualifiedByIt() =>
        // w216_33: «عقيلة صالح، رئيس البرلمان الليبي، اليوم السبت، بأوراق ترشحه» had read «اليوم السبت» into the role and
        // introduced «ترشحه» as its holder.
        Assert.Equal(["صالح"], SpeakersIn(
            "عقيلة صالح يتقدم بأوراق ترشحه لانتخابات الرئاسة في ليبيا رسميا",
            "تقدم عقيلة صالح، رئيس البرلمان الليبي، اليوم السبت، بأوراق ترشحه رسميا للانتخابات الرئاسية المقبلة في بنغازي.",
            "24 ديسمبر المقبل انطلاق الانتخابات الرئاسية الليبية بعد تأخير ترشحه.",
            "وقال رئيس البرلمان الليبي في مؤتمر صحفي بعد أن قدم أوراق ترشحه: «حضرت اليوم إلى مقر الهيئة الوطنية العليا للانتخابات في مدينة بنغازي»."));

    [Fact]
    public void Extract_MarksAroundAReportOfSomeonesWords_AreNoQuotation() =>
        // w216_37: «اللواء الأبيض يدعو لانتخابات حرة " رئيس حزب اللواء الأبيض يقول إن حزبه …"» — an editor's summary.
        Assert.Empty(QuotesIn(
            "من جانبها حثت مريم الصادق القيادية بحزب الأمة القومى المواطنين على الإقبال على عملية التسجيل. وشددت على قدرة السودانيين على صنع المستحيلات، واعتبرت أن مقررات مؤتمر جوبا بمثابة عمل سودانى لحل مشاكل البلاد. اللواء الأبيض يدعو لانتخابات حرة \" رئيس حزب اللواء الأبيض يقول إن حزبه يتطلع إلى وطن يتساوى فيه الجميع بعدالة وحرية، بعيداً عن الجهوية والإثنية، تقودان البلاد إلى سلام ووحدة \"من جهة ثانية، دعا حزب اللواء الأبيض إلى ضرورة أن تكون الانتخابات القادمة حرة ونزيهة."));

    [Fact]
    public void Extract_HisHighnessAfterWhatHeConfirmed_IsThatPerson() =>
        // w219_09: «وهو الأمر الذي أكده صاحب السمو الشيخ محمد بن راشد …. وقال سموه: «…»» had given the words to «الحكومة»;
        // أكده («confirmed it») was no cue.
        Assert.Equal(["محمد بن راشد"], SpeakersIn(
            "وتسعى الحكومة في دولة الإمارات، إلى تحسين وتطوير الزراعة الوطنية، وهو الأمر الذي أكده صاحب السمو الشيخ محمد بن راشد آل مكتوم.",
            "وقال سموه: «ترأست اليوم اجتماعاً لمجلس الوزراء، أقررنا خلاله النظام الوطني للزراعة المستدامة»."));

    [Fact]
    public void Extract_NameInMarksAfterTheVerbBeforeWordsOpeningWithThat_IsTheSpeakersName() =>
        // w219_03: «وقال " حمدى الزناتى " نائب نقيب الفلاحين في ظل حكومة الانقلاب بمحافظة البحيرة " أنه لا يجب …"».
        Assert.Equal([("حمدى الزناتى", "أنه لا يجب رفع أسعار الأسمدة في ظل حالة الركود لدى جميع مزارعين محافظة البحيرة")], QuotesIn(
            "وقال \" حمدى الزناتى \" نائب نقيب الفلاحين في ظل حكومة الانقلاب بمحافظة البحيرة \" أنه لا يجب رفع أسعار الأسمدة في ظل حالة الركود لدى جميع مزارعين محافظة البحيرة \"."));

    [Fact]
    public void Extract_BodyBeforeIla_IsPrintedWithoutIt() =>
        // w133_34: «لجنة المعلمين السودانيين إلى» — إلى normalises to an ال-word; the body's name stops before it.
        Assert.DoesNotContain(SpeakersIn(
            "وأشارت لجنة المعلمين السودانيين إلى أن الحكومة لم تسدد الرواتب، وقالت اللجنة في بيان: «إنّ هناك عجزاً من قبل وزارة المالية في تسديد استحقاق المعلمين»."),
            s => s.Contains("إلى"));

    [Fact]
    public void Extract_RoleWithItsPartyBehindLam_IsThePersonIntroducedWithIt() =>
        // w216_39: «زعيم حزب التجمع اليمني للإصلاح عبدالله الأحمر» had read the given name into the role's construct; and
        // «زعيم حزب الاصلاح» later had not matched «للإصلاح».
        Assert.Equal(["الأحمر"], SpeakersIn(
            "أعلن رئيس مجلس النواب اليمني، زعيم حزب التجمع اليمني للإصلاح عبدالله الأحمر، ان حزبه بصدد تجميد علاقاته الانتخابية. واوضح الاحمر أمس بأن العلاقات متوترة.",
            "وتحفظ زعيم حزب الاصلاح عن التعبير عن موقفه، مؤكدا ان حزبه «قادر على حصد نتائج متميزة وكبيرة في الانتخابات المرتقبة»."));
}
