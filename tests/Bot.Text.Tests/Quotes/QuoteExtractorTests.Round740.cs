using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 45: what blind rounds 740–747 (w740_… to w747_…) printed wrong at their first run. The sentences are
/// written after the pages' patterns, with other words and names, not copied from them.
/// </summary>
public class QuoteExtractorRound740Tests
{
    [Fact]
    public void Extract_CoachSpeakingToThePressOffice_IsTheCoach() =>
        // w741_02: «وقال المدرب الإسباني للمركز الإعلامي للاتحاد المصري لكرة السلة: "…"» had printed the office the words were
        // given to as part of the coach's phrase; without it, the coach's epithet is the coach already named.
        Assert.Equal(["بوش", "بوش"], SpeakersIn(
            "أوضح أجوستي بوش المدير الفني لمنتخب مصر لكرة السلة أن الإصابات ليست عذرا للخسارة، وقال بوش: \"قدمنا مباراة ضعيفة في الشوط الأول\".",
            "وقال المدرب الإسباني للمركز الإعلامي للاتحاد المصري لكرة السلة: \"الفريق ارتكب أخطاء واضحة في الدفاع منذ بداية المباراة\"."));

    [Fact]
    public void Extract_PluralObjectAfterABodysVerb_IsNoPartOfTheBodysName() =>
        // w743_30: «دعت منظمة العفو الدولية السلطات العراقية إلى …» then «وحثت المنظمة السلطات العراقية على "…"» had printed
        // «المنظمة السلطات العراقية», and the body's name it called back had taken the object too.
        Assert.Equal(["منظمة العفو الدولية"], SpeakersIn(
            "دعت منظمة العفو الدولية السلطات العراقية إلى وقف الإعدامات.",
            "وحثت المنظمة السلطات العراقية على \"وقف استخدام عقوبة الإعدام، وتخفيف جميع أحكام الإعدام الصادرة إلى أحكام بالسجن\"."));

    [Fact]
    public void Extract_BodyWordRightAfterItsBodySpoke_IsThatBodyNotOneItsWordsNamed() =>
        // w741_16: «وذكرت الشركة العامة لتسويق الأدوية …، أن "… من إنتاج شركة فايزر …"» then «وأكدت الشركة، أنه "…"»: the
        // company just speaking, whose name opens with الشركة — not «شركة فايزر», named inside its words.
        Assert.DoesNotContain("شركة فايزر", SpeakersIn(
            "وذكرت الشركة العامة لتسويق الأدوية والمستلزمات الطبية، في بيان، أن \"شحنة جديدة من اللقاح من إنتاج شركة فايزر وصلت اليوم إلى مطار بغداد\".",
            "وأكدت الشركة، أنه \"تم توزيع صناديق اللقاحات على البرادات المخصصة لنقلها إلى نقاط التلقيح في كافة المحافظات\"."));

    [Fact]
    public void Extract_DelegationCalledBack_IsPrintedByItsFullName() =>
        // w743_28: المندوبية, the Maghreb's «delegation», is a state body: called back, it prints as the article named it.
        Assert.Equal(["المندوبية العامة لإدارة السجون وإعادة الإدماج"], SpeakersIn(
            "ردت المندوبية العامة لإدارة السجون وإعادة الإدماج على تقرير المنظمة.",
            "وقالت المندوبية إن \"السجناء المذكورين في التقرير يتمتعون بجميع الحقوق التي يكفلها القانون\"."));

    [Theory]
    // w743_30's pattern without the body's full name before: a plural after a body word with ال is what the verb takes — the
    // body called back had printed «الوزارة السلطات المحلية», «الوزارة المواطنين».
    [InlineData("وحثت الوزارة السلطات المحلية على \"تسريع صرف التعويضات للمتضررين من السيول قبل نهاية الشهر\".")]
    [InlineData("ودعت الوزارة المواطنين إلى \"الالتزام بالإرشادات الصادرة عن الدفاع المدني طوال أيام العاصفة\".")]
    public void Extract_PluralAfterADefiniteBody_IsTheVerbsObject(string sentence) =>
        Assert.Equal(["الوزارة"], SpeakersIn(sentence));

    [Fact]
    public void Extract_PluralAfterARoleOpeningTheSentence_IsTheVerbsObject() =>
        // «وحث الوزير السلطات المحلية على "…"»: the opening verb's role-led subject ends before the plural it takes.
        Assert.Equal(["الوزير"], SpeakersIn(
            "وحث الوزير السلطات المحلية على \"تسريع صرف التعويضات للمتضررين من السيول قبل نهاية الشهر\"."));

    [Fact]
    public void Extract_VerbOfSayingGluedToTheRoleAfterIt_StillIntroducesTheSpeaker() =>
        // w747_18: «حيث ذكرالناطق الرسمي باسم الوزارة …، إننا "…"» (the space dropped) had given seven quotations to the ministry
        // the sentence opened with.
        Assert.Equal(["الحسناوي", "الحسناوي"], SpeakersIn(
            "نفت وزارة النفط، اليوم السبت، وجود أي أزمة في مادة البنزين، حيث ذكرالناطق الرسمي باسم الوزارة عبد الصاحب بزون الحسناوي، للوكالة الرسمية، إننا \"ننفي ما يتداول في بعض وسائل الإعلام بشأن وجود أزمة في مادة البنزين\".",
            "فيما أكد الحسناوي أن \"هذه الأرقام تمثل بيانات رسمية معتمدة لهذا الشهر\"."));

    [Fact]
    public void Extract_RoleWordAfterAbd_IsTheSecondHalfOfTheGivenName() =>
        // w747_18: «عبد الصاحب بزون الحسناوي»: after عبد, الصاحب (a role word, «owner») completes the given name, and the name
        // goes on to the family name the article calls him by (it had printed «عبد الصاحب»).
        Assert.Equal(["الحسناوي", "الحسناوي"], SpeakersIn(
            "وذكر الناطق الرسمي باسم الوزارة عبد الصاحب بزون الحسناوي، للوكالة الرسمية، إن \"المخزون المتوفر من البنزين يكفي لأشهر\".",
            "فيما أكد الحسناوي أن \"هذه الأرقام تمثل بيانات رسمية معتمدة لهذا الشهر\"."));

    [Fact]
    public void Extract_BodyAfterThatSetOffByACommaBeforeItsVerb_IsTheParticiplesSubject() =>
        // w745_43: «وجدير الذكر أن المؤسسة الوطنية للنفط بليبيا، أكدت …، معتبرة أن “…”» had given the words to the air force
        // quoted before: the body opening the أن-clause, its words set off by a comma before the verb, is its subject.
        Assert.Equal(["قوات سلاح الجو", "المؤسسة الوطنية للنفط"], SpeakersIn(
            "وأوضحت قوات سلاح الجو، عبر صفحتها الرسمية، أن \"العمليات ستبدأ بعد تحديد نقاط التهريب ونقاط تسليم الشحنات\".",
            "وجدير الذكر أن المؤسسة الوطنية للنفط بليبيا، أكدت أن التهريب يكلف الاقتصاد مئات الملايين، معتبرة أن “أولئك الذين يشاركون في هذه الأعمال يعملون ضد مصالح جميع الليبيين”.")
            .Order(StringComparer.Ordinal).Reverse());
}
