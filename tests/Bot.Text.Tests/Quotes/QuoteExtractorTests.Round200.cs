using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 22: what blind rounds 200–203 (eulogies, resignations and appointments, start-ups, awards) and
/// 204–207 (trials, transfers, shortages, corruption) missed, and what the dev pages 132–199 still misread.
/// </summary>
public class QuoteExtractorRound200Tests
{
    [Fact]
    public void Extract_NamesInStraightMarksJoinedByWa_NestInTheQuotation() =>
        // w200_03: «… واكتشافاته "الفيمتو ثانية" و"الترامزيستور والإلكترونيات"، العالم ومصر، …» had closed the minister's
        // words at the second name's opening mark, glued to و.
        Assert.Equal(
            [("نصر", "إن مصر والعالم أجمع فقدا اليوم قيمة وقامة علمية رفيعة، حيث أثرى الفقيد عبر مسيرته العلمية بحصوله على جائزة نوبل، واكتشافاته \"الفيمتو ثانية\" و\"الترامزيستور والإلكترونيات\"، العالم ومصر، بمساهماته التى احدثت طفرة علمية")],
            QuotesIn(
                "نعت الدكتورة سحر نصر، وزيرة التعاون الدولى، ببالغ الحزن والأسى، العالم الدكتور أحمد زويل.",
                "وقالت نصر، فى بيان لها، \"إن مصر والعالم أجمع فقدا اليوم قيمة وقامة علمية رفيعة، حيث أثرى الفقيد عبر مسيرته العلمية بحصوله على جائزة نوبل، واكتشافاته \"الفيمتو ثانية\" و\"الترامزيستور والإلكترونيات\"، العالم ومصر، بمساهماته التى احدثت طفرة علمية\"."));

    [Fact]
    public void Extract_QuotationAfterWhatAaribaExpressesWithAn_IsFarFromItsVerbButHis() =>
        // w200_15: «وأعرب جلالة الملك، …، عن أحر التعازي وصادق المواساة “في فقدان …”» — thirty words between the verb and the
        // words — had found no speaker; and the king was printed «محمد» (any Mohammed) rather than «محمد السادس».
        Assert.Equal(["محمد السادس"], SpeakersIn(
            "بعث صاحب الجلالة الملك محمد السادس برقية تعزية إلى أفراد أسرة الفنان المرحوم محمد الإدريسي، الذي لبى داعي ربه بباريس عن عمر يناهز 83 سنة.",
            "وأعرب جلالة الملك، بهذه المناسبة الأليمة، لأفراد أسرة الفنان الراحل، ومن خلالهم لكافة أهلهم وذويهم، ولأصدقاء الراحل ومحبيه، ولعائلته الفنية الكبيرة، عن أحر التعازي وصادق المواساة “في فقدان أحد رواد الأغنية المغربية العصرية، الذي تألق في التأليف والتلحين”."));

    [Fact]
    public void Extract_RegnalNumberAfterAGivenName_StaysInTheSpeakersName() =>
        // «محمد» is the given name of two people in the page; the regnal number is how the article tells the king apart.
        Assert.Equal(["عبدالله الثاني", "عبدالله الثاني"], SpeakersIn(
            "استقبل الملك عبدالله الثاني في قصر الحسينية وفدا من رجال الأعمال برئاسة محمد الصقر.",
            "وقال الملك عبدالله الثاني إن \"الأردن ماض في تحديث اقتصاده رغم كل الظروف الصعبة\".",
            "وأضاف أن \"القطاع الخاص شريك أساسي في عملية التنمية\".",
            "وقال الصقر إن الوفد يتطلع إلى فرص جديدة."));

    [Fact]
    public void Extract_ParticipleAfterAnOpeningVerbThatIsNoCue_IsSaidByTheVerbsSubject() =>
        // w200_34: «ونعى نادي الأهلي وفاة اللاعب علي مرسال عبر صفحته بفيسبوك، مؤكدا أنه "…"» had found no speaker.
        Assert.Equal(["نادي الأهلي"], SpeakersIn(
            "توفي اليوم الجمعة لاعب كرة القدم الليبي السابق علي مرسال عن عمر ناهز 70 عاما.",
            "ونعى نادي الأهلي وفاة اللاعب علي مرسال عبر صفحته بفيسبوك، مؤكدا أنه \"يعد من أساطير الكرة الليبية\""));

    [Fact]
    public void Extract_ParticipleAfterAnOpeningVerb_TakesTheNameAfterTheRole() =>
        // w178_36: «وعبر المتحدث باسم الخارجية العراقية أحمد الصحاف: عن استياء العراق …، مضيفًا: "…"» had printed the role for
        // his three quotations; the name right after the verb's role is the speaker.
        Assert.Equal(["الصحاف", "الصحاف"], SpeakersIn(
            "أعلنت الخارجية العراقية، اليوم، تعليق العمل بقنصلية بلادها في مدينة مشهد الإيرانية، بعد حادث اعتداء على دبلوماسيين عراقيين اثنين هناك.",
            "وعبر المتحدث باسم الخارجية العراقية أحمد الصحاف: عن استياء العراق من الحادث، مضيفًا: \"كخطوة أولى جرى تعليق العمل بالقنصلية العراقية في مشهد\".",
            "وتابع: \"لا نزال ننتظر حتى الساعة تفسيرًا إيرانيًّا للاعتداء الذي حصل. العراق يرفض أي اعتداء بشكل عام على مواطنيه\"."));

    [Fact]
    public void Extract_ParticipleAfterAnOpeningVerb_NotTheNameAndTheVerbsObject() =>
        // Guard (passed before the opening-verb rule, which first broke it): w196_27, «وأقسم عون اليمين أمام النواب، قائلا:
        // “…”» — the speaker already named, not «عون اليمين» nor «اليمين».
        Assert.Equal(["عون", "عون"], SpeakersIn(
            "أدى جوزيف عون، امس الخميس، اليمين الدستورية لمنصب الرئاسة اللبنانية عقب انتخابه.",
            "وقال عون إن \"لبنان يدخل اليوم عهدا جديدا من العمل والبناء\".",
            "وأقسم عون اليمين أمام النواب، قائلا: “أحلف بالله العظيم أني أحترم دستور الأمة اللبنانية وقوانينها”."));

    [Fact]
    public void Extract_ParticipleAfterAnOpeningVerb_NotWhomTheVerbAddressed() =>
        // Guard (passed before the opening-verb rule, which first broke it): argen_ntg_train_0953, a committed fixture,
        // «ووجه وزير الصناعة والثروة المعدنية رسالة لموظفي الوزارة قائلا» — the role's holder, not «لموظفي».
        Assert.Equal(["الخريف", "الخريف"], SpeakersIn(
            "أكد وزير الصناعة والثروة المعدنية بندر الخريف أنه سيتم العمل على تطوير القطاع، وقال الخريف إن \"الصناعة ستكون الخيار الأول للمستثمر\".",
            "ووجه وزير الصناعة والثروة المعدنية رسالة لموظفي الوزارة قائلا: “رسالتي للثروة الحقيقية للوزارة وهم الكادر البشري”."));

    [Fact]
    public void Extract_ShortTextTheArticleSetsInMarksAgain_IsALabelNotAQuotation() =>
        // w201_35: the team's nickname “نسور قرطاج”, in marks in two sentences, each with a verb cue far before it, had been
        // given to the coach as words he said.
        Assert.Equal(["قراري نهائي. عقدي يتضمن أن أصل لنصف النهائي ولأننا لم نحقق ذلك، فإن العقد انتهى"], QuotesIn(
            "أعلن مدرب منتخب تونس جلال القادري، اليوم الخميس، استقالته من منصبه عقب خروج \"نسور قرطاج\" من الدور الأول لكأس أمم إفريقيا لكرة القدم.",
            "وكشف القادري عن قراره عقب تعادل \"نسور قرطاج\" أمام جنوب إفريقيا من دون أهداف في الجولة الثالثة الأخيرة من الدور الأول.",
            "وقال القادري \"قراري نهائي. عقدي يتضمن أن أصل لنصف النهائي ولأننا لم نحقق ذلك، فإن العقد انتهى\".").Select(q => q.Text));

    [Fact]
    public void Extract_StatementThatABodyIssued_IsTheBodysWords() =>
        // w201_01: «وقال البيان الذي أصدرته الرئاسة المصرية "…"» had printed «البيان» below the threshold.
        Assert.Equal(["الرئاسة المصرية"], SpeakersIn(
            "قال بيان إن الرئيس المصري عبد الفتاح السيسي قبل اليوم، استقالة حكومة إبراهيم محلب وكلفها بتسيير الأعمال لحين تشكيل حكومة جديدة.",
            "وقال البيان الذي أصدرته الرئاسة المصرية \"وضع السيد رئيس مجلس الوزراء استقالة الحكومة تحت تصرف السيد رئيس الجمهورية حيث قبل سيادته استقالة الحكومة\"."));

    [Fact]
    public void Extract_StatementThatANewsAgencyPublished_IsNotTheAgencysWords() =>
        // Guard (argen_ntg_train_0451, which the issuer rule first broke): «بيان نشرته وكالة الأنباء السعودية» — the agency
        // carried the cabinet's statement; «وأضاف البيان» is still the cabinet's.
        Assert.Equal(["مجلس الوزراء السعودي"], SpeakersIn(
            "رحب مجلس الوزراء السعودي بالاتفاق الذي تم التوصل إليه في الجزائر، الأسبوع الماضي، في شأن تجميد إنتاج النفط.",
            "وقال المجلس في بيان نشرته وكالة الأنباء السعودية الرسمية إن المملكة حريصة على استقرار السوق. وأضاف البيان، أن \"المملكة على استعداد للمساهمة في أي عمل جماعي لتحقيق هذا الهدف\"."));

    [Fact]
    public void Extract_AdjectiveOfOriginAfterAVerb_StandsForThePersonItIntroduced() =>
        // w203_30: «قالت الفلسطينية البالغة من العمر 17 عاما …» after «الشابة الفلسطينية عفاف رائد شريف» had named nobody, so
        // «وأضافت …: “…”» found no speaker.
        Assert.Equal(["شريف"], SpeakersIn(
            "فازت الشابة الفلسطينية عفاف رائد شريف في مسابقة للقراءة نظمتها حكومة دبي.",
            "وفي تصريح لها، قالت الفلسطينية البالغة من العمر 17 عاما، إنها سعيدة جدا بهذا الفوز.",
            "وأضافت في تصريح آخر لإحدى الوكالات: “انه بإمكاننا الانتصار على كل التحديات، ونرفض اعتبارنا اقل شأنا من اي شخص اخر”.",
            "وكرم وزير التربية والتعليم العالي الدكتور صبري صيدم الطالبة عفاف شريف خلال الحفل."));

    [Fact]
    public void Extract_AdjectiveOfOriginAsTheSpeaker_IsPrintedAsThePersonsName() =>
        // «وقال الإسباني …» had printed «الإسباني» for the coach the article introduced as «المدرب الإسباني تشافي هيرنانديز».
        Assert.Equal(["هيرنانديز"], SpeakersIn(
            "فاز المدرب الإسباني تشافي هيرنانديز بلقب الدوري.",
            "وقال الإسباني عقب المباراة: “انه بإمكاننا الانتصار على كل التحديات، ونرفض اعتبارنا اقل شأنا من اي شخص اخر”.",
            "وكان هيرنانديز قد تولى تدريب الفريق قبل عامين."));

    [Fact]
    public void Extract_FamilyNameThatReadsLikeAnAdjectiveOfOrigin_StaysTheSpeaker() =>
        // Guard (w186_23, which the adjective-of-origin rule first broke): «المهندس فالح العامري باستفحال أزمة السكن … قال
        // العامري» — العامري is his family name, not an adjective standing for «أزمة».
        Assert.Equal(["العامري", "العامري"], SpeakersIn(
            "أقر وكيل وزير الإسكان والإعمار المهندس فالح العامري باستفحال أزمة السكن في البلد، مشددا على ضرورة دور القطاع الخاص.",
            "ودعا العامري إلى زيادة تخصيصات الوزارة في مجال السكن، موضحا بالقول: \"إن أزمة السكن في العراق أزمة كبيرة ومستفحلة، ولايمكن علاجها من قبل الوزارة لوحدها\".",
            "وحول مشاريع الإسكان، قال العامري: \"لدينا حوالي 23 مشروع للسكن من المشاريع الكبرى في عموم المحافظات\"."));

    [Fact]
    public void Extract_MediaOfficeOfABody_IsTheSpeakerWhole() =>
        // w201_29: «وأفاد إعلام مجلس السيادة -في بيان- …، مضيفا "…"» had printed a bare «مجلس» below the threshold.
        Assert.Equal(["إعلام مجلس السيادة"], SpeakersIn(
            "وأفاد إعلام مجلس السيادة -في بيان- بأن البرهان أصدر قرارا بإنهاء تكليف وزير الداخلية من مهامه، مضيفا \"إنهاء تكليف بتول عباس عوض من مهام وزير الصناعة\"."));

    [Fact]
    public void Extract_StatementFromABodyInWhichCame_IsThatBodysWords() =>
        // w207_43: «ونشرت "قنا" بياناً مقتضبا من مكتب النائب العام القطري جاء فيه: "…"» had found no speaker, and the next
        // «وأضاف البيان» had given the statement's words to the emir quoted before.
        Assert.Equal(["مكتب النائب العام القطري", "مكتب النائب العام القطري"], SpeakersIn(
            "وأوكل أمير قطر إلى وزير التجارة والصناعة، علي بن أحمد الكواري، تولي مهام منصب القائم بأعمال وزير المالية.",
            "ونشرت \"قنا\" بياناً مقتضبا من مكتب النائب العام القطري جاء فيه: \"بعد الاطلاع على الأوراق، وما أرفق بها من تقارير، أمر النائب العام بالقبض على وزير المالية علي شريف العمادي\"، دون توضيح ما هي الأوراق أو التقارير.",
            "وأضاف البيان أن النائب العام \"أمر بسؤاله (وزير المالية) عما أثير بالتقارير من جرائم متعلقة بالوظيفة العامة\"."));

    [Fact]
    public void Extract_NamesInMarksAfterTheyAre_AreAListNotAQuotation() =>
        // w205_31: «تعاقد مع 6 لاعبين هم "نزار الرشدان، و رزق بني هنكاني، …"» had been read as the club's words (أكمل taken
        // for «he went on»).
        Assert.Empty(QuotesIn(
            "بينما أكمل الزوراء محترفيه، حيث تعاقد مع 6 لاعبين هم \"نزار الرشدان، و رزق بني هنكاني، وعبدالله نصيب من الأردن، ومهدي حميدان من البحرين، وإبراهيم توميو من نيجيريا، وكلارينس بيتانج من الكاميرون\""));

    [Fact]
    public void Extract_WaVerbWithNoNameAfterAnOpeningVerbOfSaying_IsNotTheEarlierSpeaker() =>
        // w206_27: «ونفت السلطات الليبية وجود نقص، وقالت الجمعة إن … «تكفي …»» had given the words to «طويلة», read from the
        // sentence before; they are the authorities'.
        Assert.DoesNotContain(QuotesIn(
            "تعاني العاصمة الليبية طرابلس من أزمة خانقة في المحروقات تجبر البعض على النوم أمام محطات الوقود.",
            "وتشكلت طوابير طويلة من السيارات أمام محطات الوقود، منذ أن تحدثت معلومات في الأيام الأخيرة عن نقص في المحروقات في العاصمة الليبية.",
            "ونفت السلطات الليبية وجود نقص، وقالت الجمعة إن شركات توزيع المحروقات تملك «كميات كبيرة» من المحروقات «تكفي لتغطية الاحتياجات المطلوبة بالكامل من الوقود»."),
            q => q.Speaker != "السلطات الليبية");

    [Fact]
    public void Extract_CurlyMarkNeverClosedBeforeTheNextQuotation_OpensNothing() =>
        // w207_18: «وأضاف أن “الفساد يعد … منذ عام 2003 ، مشيرا الى ان “تلك الملفات …”» had read one quotation from the
        // unclosed mark to the last one, swallowing «مشيرا الى ان»; the second is the quotation.
        Assert.Equal(
            [("السلامي", "تلك الملفات تخص هدر المال والسرقة وغيرها من الملفات المهمة")],
            QuotesIn(
                "تعهد النائب عن محافظة النجف هادي السلامي، اليوم الخميس، فتح ملفات فساد كبرى تخص مسؤولين سابقين وحاليين.",
                "وقال السلامي في تصريح صحفي إن الملفات سيتم البوح بها في وقت لاحق.",
                "وأضاف أن “الفساد يعد في العراق من أهم التحديات التي تواجهها البلاد منذ عام 2003 ، مشيرا الى ان “تلك الملفات تخص هدر المال والسرقة وغيرها من الملفات المهمة”."));

    [Fact]
    public void Extract_StatementQuotedOverSeveralParagraphs_IsTheIssuerOfTheSentenceBeforeItsFirst() =>
        // w207_15: «جاء ذلك في بيان للهيئة …» then «وقال البيان، إن “…» over two paragraphs had printed «البيان»: the issuer
        // was looked up before the quotation's last paragraph, not its first.
        Assert.Equal(["الهيئة المعنية"], SpeakersIn(
            "أعلنت هيئة النزاهة العراقية (رسمية)، الأربعاء، صدور أوامر توقيف واستدعاء بحق 85 من كبار المسؤولين في الدولة،", "", " ", "",
            "بشأن قضايا تتعلق بالفساد خلال شهر ديسمبر/كانون الأول 2021.", "", " ", "",
            "جاء ذلك في بيان للهيئة المعنية بالتحقيق في ملفات الفساد بالعراق وصل وكالة الأناضول نسخة منه.", "", " ", "",
            "وقال البيان، إن “الجهات القضائية المعنية بالنزاهة أصدرت 98 أمر قبض واستدعاء خلال شهر كانون الأول الماضي،", "", " ", "",
            "حيث صدرت تلك الأوامر بحق 85 من كبار المسؤولين (بعضهم صدر بحقه أكثر من أمر قبض باتهامات مختلفة)، بينهم وزير حالي”."));
}
