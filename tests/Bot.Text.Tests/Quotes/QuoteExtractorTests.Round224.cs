using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 24: what blind round 224–227 (reactions and condemnations, sports pundits, chief executives, sermons
/// and religious occasions) missed.
/// </summary>
public class QuoteExtractorRound224Tests
{
    [Fact]
    public void Extract_RolePhraseOpeningTheReportedClause_IsTheVerbsSubject() =>
        // w224_07: «وذكرت وكالة الأنباء الإماراتية، أن نائب رئيس مجلس الوزراء، وزير الخارجية الشيخ عبد الله بن زايد آل نهيان،
        // أعرب عن …» had given the minister's words to the agency; read back from «آل نهيان», his name had stopped at the house.
        Assert.Equal(["عبد الله بن زايد", "عبد الله بن زايد"], SpeakersIn(
            "رحّبت الإمارات بإعلان الاتفاق على وقف إطلاق النار في قطاع غزة.",
            "وذكرت وكالة الأنباء الإماراتية، أن نائب رئيس مجلس الوزراء، وزير الخارجية الشيخ عبد الله بن زايد آل نهيان، أعرب عن الأمل في أن يمهد الاتفاق \"الطريق لإنهاء المعاناة، ويمنع وقوع المزيد من الخسائر في الأرواح\".",
            "وشدد على \"ضرورة أن يلتزم الطرفان بما تم التوصل إليه من توافقات والتزامات في سبيل إنهاء معاناة الأسرى\"."));

    [Fact]
    public void Extract_PluralNounAndItsAdjectiveAfterAName_AreTheVerbsObject() =>
        // w224_25: «وصف الرئيس العراقي برهم صالح التفجيرات الأخيرة» had read «التفجيرات الأخيرة» as the end of his name
        // («الأخيرة» comes twice in the article) and printed «الأخيرة».
        Assert.Equal(["صالح", "صالح"], SpeakersIn(
            "وصف الرئيس العراقي برهم صالح التفجيرات الأخيرة التي طالت العاصمة بغداد بأنها أعمال إرهابية.",
            "وقال إن \"التفجيرات الأخيرة التي طالت بغداد، أعمال إرهابية إجرامية مدانة، تهدد أمن واستقرار المواطنين والبلاد\".",
            "وقال: \"سننجح بتآزر الخيرين في مواجهة الإرهاب واجتثاثه من جذوره\"."));

    [Fact]
    public void Extract_HisColleagueAndAName_IsThatName() =>
        // w225_12: «وقال زميله الدكتور موسى عباس “…”» had printed «زميله».
        Assert.Equal(["عباس"], SpeakersIn(
            "وقال زميله الدكتور موسى عباس “لدينا الهداف الأفضل والتاريخي، وتحتاج إلى لاعب يترجم هذه الفرص”."));

    [Fact]
    public void Extract_ExpressedAbout_IsAVerbOfSaying() =>
        // w226_21: «وعبرت عن أملها في أن "…"»: عبّر reads as عبر («across») and was no cue.
        Assert.Contains(("البعثة الأممية", "يفي المجلس بتوقعات الشعب الليبي لتنفيذ خارطة الطريق"), QuotesIn(
            "رحبت البعثة الأممية في ليبيا باجتماع موسع لأعضاء مجلس النواب الليبي في طنجة المغربية.",
            "وأضافت البعثة أنها \"لطالما دعمت وحدة مجلس النواب\"، وعبرت عن أملها في أن \"يفي المجلس بتوقعات الشعب الليبي لتنفيذ خارطة الطريق\"."));

    [Fact]
    public void Extract_StatementThatNamesItsIssuer_IsStillTheIssuers() =>
        // w227_19: «وجاء في البيان “… تعلم وزارة الشؤون الدينية والأوقاف …”» had been dropped: the issuer's name inside the
        // words read as a speaker taken from the quotation itself.
        Assert.Equal(["وزارة الشؤون الدينية والأوقاف"], SpeakersIn(
            "أعلنت وزارة الشؤون الدينية والأوقاف، في بيان لها، الإثنين أن إحياء ذكرى المولد النبوي الشريف سيكون يوم الجمعة.",
            "وجاء في البيان “بمناسبة حلول شهر ربيع الأنوار، تعلم وزارة الشؤون الدينية والأوقاف كافة المواطنين أن ذكرى المولد النبوي الشريف ستكون يوم الجمعة”."));

    [Fact]
    public void Extract_ItAppearedInAStatement_ReportsTheIssuersWords() =>
        // w224_30: «وورد في بيان صادر عن تجمع المهنيين: “…”»: ورد («it appeared») was no cue, as جاء is.
        Assert.Contains(("تجمع المهنيين", "هاجمت القوات الأمنية حشود الثائرات والثائرين السلمية بأم درمان أمام مقر البرلمان"), QuotesIn(
            "قال تجمع المهنيين السودانيين إن قوات الأمن هاجمت المتظاهرين.",
            "وورد في بيان صادر عن تجمع المهنيين: “هاجمت القوات الأمنية حشود الثائرات والثائرين السلمية بأم درمان أمام مقر البرلمان”."));

    [Fact]
    public void Extract_MediumThatSawTheStatement_IsANameAndNoBarrier() =>
        // w227_36: «ووفق بيان … صادر عن الوقف السني واطلع عليه "ألترا عراق"، فإنّ "…"»: the medium's name in marks read as
        // speech and stood between the source cue and the statement's words.
        Assert.Equal([("الوقف السني", "يوم غد هو غرة شهر ذي الحجة، والأحد 16 حزيران أول أيام عيد الأضحى المبارك")], QuotesIn(
            "أعلن ديوان الوقف السني، أنّ يوم الأحد المصادف 16 حزيران/يونيو سيكون أول أيام عيد الأضحى.",
            "ووفق بيان مقتضب صادر عن الوقف السني واطلع عليه \"ألترا عراق\"، فإنّ \"يوم غد هو غرة شهر ذي الحجة، والأحد 16 حزيران أول أيام عيد الأضحى المبارك\"."));

    [Fact]
    public void Extract_WishInMarks_IsTheWishersWords() =>
        // w227_27: «وقد تمنى ميقاتي لجميع اللبنانيين “…”»: تمنى («wished») was no cue.
        Assert.Contains("ميقاتي", SpeakersIn(
            "أدى رئيس حكومة تصريف الأعمال نجيب ميقاتي صلاة عيد الفطر في الجامع المنصوري الكبير في طرابلس.",
            "وقد تمنى ميقاتي لجميع اللبنانيين “فطرًا سعيدًا وأيامًا مليئة بالصحة والعافية وراحة البال”."));

    [Fact]
    public void Extract_NationalSelector_IsTheCoachTheArticleNamed() =>
        // w225_20: «وأضاف الناخب الوطني: "…"» after «أبدى الناخب الوطني فلاديمير بيتكوفيتش» had printed the role.
        Assert.Equal(["بيتكوفيتش", "بيتكوفيتش"], SpeakersIn(
            "أبدى الناخب الوطني فلاديمير بيتكوفيتش رضاه النسبي عن أداء المنتخب الجزائري بعد التعادل السلبي أمام غينيا.",
            "وقال بيتكوفيتش في ندوة صحفية عقب المواجهة: \"لدينا 26 لاعبًا، لكن فقط 16 يمكنهم اللعب\".",
            "وأضاف الناخب الوطني: \"غينيا لم تكن أفضل منا، وكنا جيدين في الشوط الثاني\"."));
}
