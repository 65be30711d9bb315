using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 24: what blind round 220–223 (cabinet meetings and spokesmen, analysts, official visits, women's and
/// disability sport) missed.
/// </summary>
public class QuoteExtractorRound220Tests
{
    [Fact]
    public void Extract_RelationalAdjectivesAfterAnIndefiniteRole_NameNobody() =>
        // w221_20: «قال محلل عسكري إسرائيلي إن …» had introduced the role with «إسرائيلي» as its holder's name, printed for
        // «وأشار المحلل العسكري».
        Assert.Equal(["المحلل العسكري"], SpeakersIn(
            "محلل إسرائيلي: الجيش يغرق في رمال غزة",
            "قال محلل عسكري إسرائيلي إن الحادثين غير المألوفين اللذين وقعا في قطاع غزة مساء السبت يشيران إلى أن الجيش يغرق في رمال غزة المتحركة.",
            "وأشار المحلل العسكري إلى أن \"قيادة الجيش الإسرائيلي تدرك مدى استنزاف الجنود، وصعوبة تجنيد جنود الاحتياط\"."));

    [Fact]
    public void Extract_TeamCaptain_IsARole() =>
        // w223_44: «علقت قائدة المنتخب السوري نور مصطفى على الفوز بالقول» had printed «قائدة», read as a name.
        Assert.Equal(["مصطفى", "مصطفى"], SpeakersIn(
            "حقق المنتخب السوري للسيدات فوزاً مُستحقاً على نظيره العراقي بنتيجة (3-0).",
            "وفي حديث بعد انتهاء المباراة، علقت قائدة المنتخب السوري نور مصطفى على الفوز بالقول: “الحمد لله، انتصرنا وكانت مباراة جيدة، وشعرنا بأننا نتحسن في كل مواجهة نخوضها بالبطولة.”",
            "وأضافت مصطفى، التي سجلت هدفين في بطولة غرب آسيا، أنه “يوجد بعض الأشياء التي تحتاج للتطوير، ولكن مع الوقت والتمارين سنصبح أفضل.”"));

    [Fact]
    public void Extract_RoleBeforeAnotherRoleAndATitledName_IsThatPerson() =>
        // w223_07: three rules at once. «وقدم الرئيس العام التهنئة» had read the feminine object into the masculine role
        // («الرئيس العام التهنئة»); «رئيس اللجنة الأولمبية السعودية، الأمير عبدالله» had read the title across the comma as
        // one more qualifier; and «الرئيس العام لرعاية الشباب» right before that second role had named nobody.
        Assert.Equal(["عبدالله بن مساعد"], SpeakersIn(
            "هنأ الرئيس العام لرعاية الشباب رئيس اللجنة الأولمبية السعودية، الأمير عبدالله بن مساعد عبر حسابه الشخصي في موقع التواصل الاجتماعي \"تويتر\"، لاعبي المنتخب السعودي للبارالمبية الحاصلين على الميداليات.",
            "وقدم الرئيس العام التهنئة لهم من خلال \"جرافيك\" مميز غرد به وقال: \"ألف مبروك لهؤلاء الأبطال.. مبروك للوطن\"، واضعا أسماء الأبطال."));

    [Fact]
    public void Extract_FeminineNounAfterAMasculineRole_IsTheVerbsObject() =>
        // w223_07, the object alone: with nobody introduced, the role itself speaks.
        Assert.Equal(["الرئيس العام"], SpeakersIn(
            "وقدم الرئيس العام التهنئة للاعبين في حسابه وقال: \"ألف مبروك لهؤلاء الأبطال، مبروك للوطن كله\"."));

    [Fact]
    public void Extract_StateTelevisionWithAl_IsTheTelevisionTheArticleNamed() =>
        // w220_22: «وذكر التلفزيون أن “…”» after «ونقل التلفزيون الرسمي الجزائري صورا» had printed «التلفزيون».
        Assert.Equal(["التلفزيون الرسمي الجزائري"], SpeakersIn(
            "ونقل التلفزيون الرسمي الجزائري صورا لأول اجتماع لمجلس الوزراء بعد انتخاب بوتفليقة لولاية رئاسية رابعة.",
            "وذكر التلفزيون أن “الاجتماع تناول بالنقاش والدراسة ملفات متعلقة بالشأن العام وورقة طريقة عمل الحكومة الجديدة” دون تقديم تفاصيل أكثر."));

    [Fact]
    public void Extract_BodyDescribedThenNamedInMarks_IsCalledByThatName() =>
        // w222_29: «بحسب وكالة الأنباء الرسمية «سانا». … وذكرت الوكالة، أن "…"» had printed «وكالة الأنباء الرسمية».
        Assert.Equal(["سانا"], SpeakersIn(
            "استقبل الرئيس السوري بشار الأسد، الأربعاء، وزير الخارجية الإيراني محمد جواد ظريف، بحسب وكالة الأنباء الرسمية «سانا». وذكرت الوكالة، أن \"الرئيس بشار الأسد يستقبل محمد جواد ظريف وزير الخارجية الإيراني والوفد المرافق له\"."));

    [Fact]
    public void Extract_BodyCalledByItsNameInMarks_KeepsABodysConfidence() =>
        // w153_11: printed by its name in marks, «وام», the agency had scored as a once-named word and its quotation fell
        // below the threshold.
        Assert.Equal(["وام"], SpeakersIn(
            "أفادت اليوم السبت، وكالة أنباء الإمارات الرسمية \"وام\"، إن رئيس الدولة وجه بتسيير جسر جوي إلى المغرب.",
            "زلزال المغرب المدمر و\"تأتي المبادرة في إطار العلاقات الأخوية الراسخة التي تجمع دولة الإمارات والمغرب\"، بحسب الوكالة."));

    [Fact]
    public void Extract_GulfNameOfLineageSetOffAfterARole_IsCalledByItsFamilyName() =>
        // w222_16: «رئيس مجلس الوزراء الكويتي، الشيخ جابر المبارك الحمد الصباح، على "…"» had stopped the name at «جابر»
        // and printed the role, whose quotation fell below the threshold.
        Assert.Equal(["الصباح", "الصباح"], SpeakersIn(
            "أكد رئيس مجلس الوزراء الكويتي، الشيخ جابر المبارك الحمد الصباح، على \"عمق العلاقات التاريخية بين الكويت وباكستان، والتي تتزامن مع مرور 50 عامًا على إقامة العلاقات الدبلوماسية\".",
            "وأضاف الصباح، خلال جلسة المباحثات التي عقدت في العاصمة الباكستانية، إن \"الكويت تهتم بتعزيز تلك العلاقات في المجالات الاقتصادية والاستثمارية\"."));

    [Fact]
    public void Extract_BodyBeforeTheRelativeAndItsAgreeingVerb_IsTheSpeaker() =>
        // w221_37: «أثار قرار بنك المغرب حفيظة الحكومة التي ترى أن «…»» had given the government's words to the bank.
        Assert.Contains(("الحكومة", "التضخم في غالبه مستورد، والجزء القليل منه تضخم محلي"), QuotesIn(
            "توقع بنك المغرب أن يصل التضخم في سنة 2023 إلى 5,5 في المائة في المتوسط. وتوقع البنك أن يظل التضخم في مستويات مرتفعة، بسبب «الارتفاع الحاد في أسعار بعض المنتجات الغذائية المدرجة فيه». وقد أثار قرار بنك المغرب حفيظة الحكومة التي ترى أن «التضخم في غالبه مستورد، والجزء القليل منه تضخم محلي»، ولا يستدعي رفع سعر الفائدة."));

    [Fact]
    public void Extract_BodyBeforeTheRelativeWithAVerbThatDisagrees_IsNotTheSpeaker() =>
        // Guard (passes before too): «الحكومة التي قال إنها» — a masculine verb after التي is someone else speaking of the body.
        Assert.Equal(["الهاشمي"], SpeakersIn(
            "وقال النائب سعيد الهاشمي إن الأزمة تتفاقم. وأضاف الهاشمي أن المواطنين فقدوا الثقة في الحكومة التي قال إنها \"لا تملك أي رؤية لمعالجة الأزمة الاقتصادية الخانقة\"."));

    [Fact]
    public void Extract_JustifiedByQuotedWords_IsAQuotation() =>
        // w221_37: «وبرر مجلس بنك المغرب قراره بـ«…»»: برر («justified») was no cue.
        Assert.Contains(("مجلس بنك المغرب", "تفادي حدوث دوامات تضخمية قائمة بذاتها، وتعزيز تثبيت توقعات التضخم"), QuotesIn(
            "توقع بنك المغرب أن يصل التضخم في سنة 2023 إلى 5,5 في المائة، مما دفعه إلى رفع سعر الفائدة الرئيسي إلى 3 في المائة. وبرر مجلس بنك المغرب قراره بـ«تفادي حدوث دوامات تضخمية قائمة بذاتها، وتعزيز تثبيت توقعات التضخم»."));

    [Fact]
    public void Extract_ReasonsAVerbOfSayingGives_AreNoPartOfTheSpeaker() =>
        // argen 0241, with برر a cue: «بررت الوزيرة أسباب التأخر …، قائلة: “…”» had printed «أسباب التأخر»; reworded, it had
        // printed «الوزيرة أسباب التأخر» and then «التأخر», the reasons read as a name.
        Assert.Equal(["هدى إيمان فرعون"], SpeakersIn(
            "وقالت وزيرة البريد هدى إيمان فرعون إن المؤسسة أنجزت آلاف الخطوط هذا العام.",
            "بالمقابل، بررت الوزيرة أسباب التأخر في توزيع الطرود والرسائل على مستوى بريد الجزائر بسوء تكوين سعاة البريد، قائلة: “استراتيجية مؤسسة اتصالات الجزائر تعتمد على موازنة بين المناطق الشمالية والجنوبية”."));
}
