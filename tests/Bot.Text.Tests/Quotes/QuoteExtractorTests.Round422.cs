using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 35: what the pooled dev pages (132–421) and blind rounds 422–429 missed.
/// </summary>
public class QuoteExtractorRound422Tests
{
    [Theory]
    // w336_42: «وأضاف الجعفري، خلال مؤتمر صحفي اليوم الخميس،” أنه اختار …”» — a reversed mark glued to the comma before it
    // had opened nothing, and the quotation was lost.
    [InlineData("وأضاف الجعفري، خلال مؤتمر صحفي اليوم الخميس،” أنه اختار منزله بنفسه في واحد من أحياء العاصمة طرابلس”.")]
    [InlineData("وأكمل الجعفري،” أن المدرب الجزائري قد اتخذ قراره مسبقًا، ولم يكن هذا الموقف الوحيد”.")]
    public void Extract_ReversedMarkGluedToAComma_OpensTheQuotation(string sentence)
    {
        var quotes = QuotesIn(
            "أكد رئيس الاتحاد الليبي، جمال الجعفري، ” أن المدرب الجزائري لم يتواجد في ليبيا إلا 15 يوما رغم أنه كان يعرف أن عمله في ليبيا منذ تعاقده”.",
            sentence);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.EndsWith("الجعفري", q.Speaker));
        Assert.StartsWith("أن", quotes[1].Text);
    }

    [Fact]
    public void Extract_NameWithATradeSetOffByCommasBeforeTheVerb_IsTheSpeaker() =>
        // w411_02: «أحمد فتحي، تاجر مواشي، قال :"…"» — a trade was no role, and the quotation had no speaker.
        Assert.Equal(["فتحي"], SpeakersIn(
            "ارتفع سعر كيلو اللحم بسبب الأعلاف.",
            "أحمد فتحي، تاجر مواشي، قال :\"الغنم ارتفع سعره وزاد 25 جنيه في الكيلو وأكتر، بعد ما كان الكيلو ب38 و40 جنيه\"، مشيرا إلى أن الغنم يتم وزنه."));

    [Fact]
    public void Extract_TradeWithAnAdjective_IsTheOneItNamedBefore() =>
        // w412_07: «وأضاف السائق القطري: "…"» had printed «السائق القطري» for the rally driver named a sentence before.
        Assert.Equal(["العطية", "العطية"], SpeakersIn(
            "أعرب السائق القطري ناصر العطية عن سعادته بالتتويج بلقب رالي داكار 2026، مؤكدًا أن التوفيق كان حليفًا له في المملكة.",
            "وقال العطية في تصريحات خاصة لـ\"سبورت 24\": \"كل الشكر للحكومة السعودية والاتحاد السعودي للسيارات على جهودهم ودعمهم لرالي داكار\".",
            "وأضاف السائق القطري: \"اليوم أصبح رالي داكار من أقوى الراليات وأصعبها على الصعيد العالمي\"."));

    [Fact]
    public void Extract_GivenNameThatIsAlsoATrade_StaysAName() =>
        // w175_36 (a guard): فلاح is a farmer and a given name; «اعتبر فلاح اللامي، خبير اقتصادي أن "…"» is Falah al-Lami's.
        Assert.Equal(["فلاح اللامي"], SpeakersIn(
            "في هذا الاطار، اعتبر فلاح اللامي، خبير اقتصادي أن \"كل هذا الحاصل في السوق العراقي حاليا هو بسبب الازمات والتقشف المالي\"."));

    [Fact]
    public void Extract_OriginBeforeTheName_IsNoSpeaker() =>
        // w422_28: «أوضح المغربي جمال السلامي، مدرب منتخب الأردن …» had printed «المغربي» (the Moroccan) for the coach.
        Assert.Equal(["السلامي", "السلامي"], SpeakersIn(
            "أوضح المغربي جمال السلامي، مدرب منتخب الأردن الأول لكرة القدم، أن مواجهة الأخضر السعودي مهمة لـ«النشامى».",
            "وقال في مؤتمر صحافي الأحد: «المواجهة تمثل فرصة لمهاجمي الفريق بعد إصابة يزن النعيمات وغياب موسى التعمري عن البطولة».",
            "وقال السلامي ردًا على ثناء رينارد «تجمعني علاقة طيبة برينارد قائمة على الاحترام المتبادل، وأنا أحترمه للغاية»."));

    [Fact]
    public void Extract_VerbAfterHaythWithNoSubject_IsTheOpeningRoleHolders() =>
        // w423_41: «هذا وأمر وزير الداخلية الكويتي فهد اليوسف بالتحفظ …، حيث صرح قائلا “…”» had gone on with the earlier
        // sentence's «كلما» (whenever), read as a name after يرى.
        Assert.Equal(["اليوسف"], SpeakersIn(
            "وذكر في حديثه أنه كان يرى جثة متفحمة كلما نزل طابقا للأسفل.",
            "هذا وأمر وزير الداخلية الكويتي فهد اليوسف بالتحفظ على مالك المبنى المحترق، ومقيم من الجنسية المصرية، حيث صرح قائلا “ما يطلعون من الجنائية إلا بعلمي شخصيا”."));

    [Theory]
    // w424_08, w424_29: a statement's words after «condemned» had no cue.
    [InlineData("أدانت الإمارات \"بشدة محاولة الاستهداف الغادر لتركيا بصاروخ باليستي إيراني للمرة الثانية خلال أقل من أسبوع\".", "الإمارات")]
    [InlineData("ندّد رئيس الوزراء العراقي مصطفى الكاظمي الأربعاء بارتكاب \"القوات التركية مجدداً انتهاكاً صريحاً وسافراً للسيادة العراقية\".", "الكاظمي")]
    public void Extract_Condemning_IsAVerbOfSaying(string sentence, string speaker) =>
        Assert.Equal([speaker], SpeakersIn(sentence));

    [Fact]
    public void Extract_BodyWithTwoFieldsJoinedByWa_KeepsTheRolesPhrase()
    {
        // w429_01, w278_06: «مفوض وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين» had printed «وتشغيل» (and operating) as a name.
        var speakers = SpeakersIn(
            "قال مفوض وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) إن المجاعة التي تشهدها غزة ناجمة عن القيود المفروضة.",
            "وأضاف: \"لم أرَ قط مثل هذا الاستهتار الصارخ بالوضع المحمي للعاملين في المجال الإنساني والمرافق والعمليات\".");
        Assert.Single(speakers);
        Assert.StartsWith("مفوض وكالة", speakers[0]);
    }

    [Fact]
    public void Extract_AttributionInMarks_IsNoQuotation() =>
        // w426_37: «… يعملون تحت تهديد السلاح “بحسب ما نشر في وكالة الأنباء الرسمية”» had printed the source line as the
        // minister's words.
        Assert.Empty(QuotesIn(
            "وأول ردود الأفعال كانت على لسان وزير العدل ” المبروك قريرة ” حيث ناشد المجتمع الدولي بعدم الاعتراف بهذه المحاكمات، كاشفا أن القضاة يعملون تحت تهديد السلاح “بحسب ما نشر في وكالة الأنباء الرسمية”."));

    [Fact]
    public void Extract_WordsThatOpenWithTheirOwnSource_StayAQuotation() =>
        // w351_28 (a guard): «إنه “وفقا للسلطات المحلية، تسببت الحوادث …”» — the spokesman's words go on after the source.
        Assert.Equal(["دوجاريك"], SpeakersIn(
            "وقال ستيفان دوجاريك، المتحدث باسم الأمين العام للأمم المتحدة، في مؤتمر صحافي يومي، إنه “وفقا للسلطات المحلية، تسببت الحوادث التي وقعت في مقاطعتي أولانغ وباليت في سقوط العديد من الضحايا”."));

    [Fact]
    public void Extract_DashedListAfterAColon_GoesOnWithTheSpeaker() =>
        // w422_08: «…، جاءت كالتالي:» and then one dashed line per quotation (-“…”.) — the dash had kept the first line from
        // joining the colon, and all three were lost.
        Assert.Equal(["موسى", "موسى", "موسى"], SpeakersIn(
            "علق سعد آل موسى مدافع الاتحاد، على فوز فريقه أمام الهلال بنتيجة 4-1، ضمن منافسات دوري روشن السعودي.",
            "آل موسى أكد أن هزيمة الزعيم بهذه النتيجة لا تقلل منه، معبرًا عن سعادته بتحقيق الفوز، وذلك خلال تصريحات عبر برنامج ” أكشن مع وليد”، جاءت كالتالي:",
            "-“سعيد بهذا الانتصار، وعلينا مواصلة العمل في المباريات المقبلة”.",
            "-“الهلال فريق كبير، ونتيجة المباراة لا تقلل من قيمته، لكنه يمر بفترة صعبة، وهذا طبيعي في كرة القدم”.",
            "-“المباراة كانت قوية، والهلال أرهقنا كثيرًا، لكن الحظ لم يكن في صالحهم”."));

    [Fact]
    public void Extract_SameRoleOfAnotherCountry_IsNotTheOneIntroduced() =>
        // w424_13: «وزير الخارجية العُماني» after «وزير الخارجية الإيراني عباس عراقجي» had printed the Iranian minister.
        Assert.DoesNotContain("عراقجي", SpeakersIn(
            "ذكرت وزارة خارجية سلطنة عمان أن وزير الخارجية الإيراني عباس عراقجي نقل موقف بلاده الداعي إلى السلام.",
            "وأشار عراقجي، بحسب بيان وزارة الخارجية العمانية، إلى أن الهجوم على بلاده كان سبباً في تفاقم حالة التوتر في المنطقة.",
            "من جانبه، أكد وزير الخارجية العُماني استمرار السلطنة في \"الدعوة إلى وقف إطلاق النار والعودة إلى الحوار والتفاوض لحل الصراع الدائر دبلوماسياً\"."));

    [Fact]
    public void Extract_SameRoleWithAPartysAdjective_IsStillTheOneIntroduced() =>
        // w292_44 (a guard): «نائب الرئيس الجمهوري» after «نائب الرئيس الأمريكي جيه دي فانس» is Vance: Republican is no country.
        Assert.EndsWith("فانس", Assert.Single(SpeakersIn(
            "ألقى نائب الرئيس الأمريكي جيه دي فانس اليوم الخميس باللائمة على اليساريين المتطرفين.",
            "وقال فانس للصحفيين إن الحملة ستستمر.",
            "وقال نائب الرئيس الجمهوري إن الاضطراب الذي وقع مؤخرا \"مختلق، أعتقد، من قبل الكثير من اليساريين المتطرفين، بصراحة\".")));
}
