namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Statements and their issuers, compound names, glued marks and the cues added on the quotes-4 branch; each case is a
/// passage of a dev-fixture article, cut to the sentences that matter.
/// </summary>
public class QuoteExtractorStatementTests
{
    private static readonly ArabicTextEngine Engine = new();

    private static (string Speaker, string Text)[] Quotes(string body) =>
        Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    [Fact]
    public void Extract_NameGluedToReversedMark_OpensTheQuotation() =>
        // argen_ntg_train_0217: the name touches the ” that opens the quotation, which closes with “.
        Assert.Equal([("باركيندو", "هناك مشاورات مكثفة جارية حاليا للوصول إلى توافق قبل 30 نوفمبر")],
            Quotes("وقال باركيندو”هناك مشاورات مكثفة جارية حاليا للوصول إلى توافق قبل 30 نوفمبر“. وقال باركيندو إن المنتجين بصدد دعوة دول أخرى."));

    [Fact]
    public void Extract_StatementWithItsIssuer_IsTheIssuer() =>
        // argen_ntg_train_0983: «بيان لرئاسة الجمهورية» is the presidency's statement; the bare «بيان» was never printed.
        Assert.Equal("رئاسة الجمهورية", Quotes(
            "وأفاد بيان لرئاسة الجمهورية، أن رئيس الجمهورية، أنه “طبقا للمادة 91-9 من الدستور، وقع رئيس الجمهورية عبد العزيز بوتفليقة، "
            + "مراسيم رئاسية تتضمن التصديق على بروتكول الاتفاق بين حكومة الجمهورية الجزائرية وحكومة جمهورية الصين الشعبية”.").Single().Speaker);

    [Fact]
    public void Extract_BareStatementAfterItsIssuer_IsTheIssuerByItsFullName() =>
        // argen_ntg_train_0679: «وحسب البيان» is the statement «المجمع» issued a sentence earlier, and «المجمع» is the body
        // the article named first (لمجمع سوناطراك).
        Assert.Equal(
            [("مجمع سوناطراك", "استئناف الموظفين سيتم تدريجيا مع التقيد التوجيه الذي اتخذته الحكومة وأحكام المذكرة الداخلية بشان الانتعاش التدريجي للنشاط"),
             ("مجمع سوناطراك", "تم تكليف المسؤولين عن الأنشطة والهياكل لإبلاغ موظفيهم بهذا الاستئناف التدريجي وفقا لجدول زمني الذي تحدده هياكلها الإدارية")],
            Quotes("فندت المديرية العامة لمجمع سوناطراك، الاثنين، الأخبار التي تداولتها مواقع التواصل الاجتماعي بخصوص استئناف محتمل لجميع الموظفين لعملهم يوم 31 ماي المقبل. "
                + "وذكر المجمع في بيان له، أن “استئناف الموظفين سيتم تدريجيا مع التقيد التوجيه الذي اتخذته الحكومة وأحكام المذكرة الداخلية بشان الانتعاش التدريجي للنشاط”. "
                + "وحسب البيان فإنه “تم تكليف المسؤولين عن الأنشطة والهياكل لإبلاغ موظفيهم بهذا الاستئناف التدريجي وفقا لجدول زمني الذي تحدده هياكلها الإدارية”."));

    [Fact]
    public void Extract_BareStatementWithoutIssuer_IsDropped() =>
        // argen_ntg_train_0028 (cut): «البيان المشترك» names nobody, so its quotation is not printed.
        Assert.Empty(Quotes("وقال البيان المشترك إنه يتعين الآن الاقتداء بذلك “من خلال دعوة الدول المعنية إلى إلغاء عقوباتها بحق السودان”."));

    [Fact]
    public void Extract_CompoundName_IsReportedFromItsConnector() =>
        // argen_ntg_train_0112: «أيمن بن عبد الرحمان» is printed as «بن عبد الرحمان», never as its half «عبد».
        QuoteAssert.AllBy("بن عبد الرحمان", 2, Quotes(
                "قال وزير المالية أيمن بن عبد الرحمان، الأحد، إن الصيرفة الإسلامية في البنوك مهمة جدا. "
                + "وخلال نزوله ضيفا على الإذاعة الوطنية، أوضح بن عبد الرحمان أن الصيرفة الإسلامية ستعتمد رسميا في البنوك الشهر المقبل، مشيرا إلى أن “مصالحه ستسعين بفتوى قبل الانطلاق في العمل بها”. "
                + "وأكد وزير المالية أيمن بن عبد الرحمان أنه يجب على قطاع المالية المساهمة في تمويل كل المعاملات، مشيرا أن “الإستيراد غير المقنن ضيع علينا ثروات وطنية في مختلف ربوع الوطن”.").Select(q => q.Speaker));

    [Fact]
    public void Extract_RoleAloneAfterCompoundName_IsTheName() =>
        // argen_ntg_train_0112: «الوزير» is the minister the article introduced, «وزير المالية أيمن بن عبد الرحمان».
        Assert.Equal("بن عبد الرحمان", Quotes(
            "قال وزير المالية أيمن بن عبد الرحمان، الأحد، إن الصيرفة الإسلامية في البنوك مهمة جدا. وأوضح بن عبد الرحمان أن الصيرفة ستعتمد رسميا. "
            + "وبخصوص نقص السيولة، قال الوزير إن “نقص السيولة اليوم هو نتيجة تراكمات ممارسات سابقة”، مؤكدا أن القطاع لديه كل الميكانزمات.").Single().Speaker);

    [Fact]
    public void Extract_Mutasaailan_IsACueForThePreviousSpeaker() =>
        // argen_ntg_train_0137: «متسائلا» introduces the speaker's question; «يكشف عكس ذلك» and «وفق مقابل مالي» name nobody.
        Assert.Equal([("خليفاتي", "لا نعرف سبب عدم تمرير مقترح تعديل المادة رغم أننا طالبنا بحق منطقي ومعقول")],
            Quotes("وأكد حسان خليفاتي أن التحصيل يفترض أن يكون وفق مقابل مالي حدده متعاملو التأمين. "
                + "وتساءل المتحدث عن سبب عدم التزام نواب لجنة المالية بتعديل المادة، مشيرا إلى أن الوضع الراهن يكشف عكس ذلك، "
                + "متسائلا “لا نعرف سبب عدم تمرير مقترح تعديل المادة رغم أننا طالبنا بحق منطقي ومعقول”. وأضاف خليفاتي أن الشركات تنتظر."));

    [Fact]
    public void Extract_MuabbiranAfterTheSpeaker_IsACue() =>
        // argen_ntg_train_0538: «معبرا عن الأمل في أن …» carries on the previous speaker's clause into his quoted words.
        Assert.Equal([("المسؤول النرويجي", "بطريقة مستدامة، حتى تتمكن الأجيال القادمة من الاستفادة من الموارد الثمينة")],
            Quotes("وأوضح المسؤول النرويجي، في هذا الصدد، أن البلدين يناقشان إمكانات تطوير هذا التعاون. "
                + "وكثمرة لهذا التعاون، أشار إلى أن قيمة صادرات المنتوجات البحرية النرويجية إلى المغرب ارتفعت العام الماضي إلى 93 مليون كرونة؛ "
                + "معبرا عن الأمل في أن يستمر المغرب في إدارة موارده البحرية “بطريقة مستدامة، حتى تتمكن الأجيال القادمة من الاستفادة من الموارد الثمينة”."));

    [Fact]
    public void Extract_KanaAndABody_IsTheSpeakerOfTheParticiple() =>
        // argen_ntg_train_0983: after the presidency's statement, «وكانت وزارة الفلاحة …، قد أكدت … مؤكدة» is the ministry's.
        Assert.Equal(
            [("رئاسة الجمهورية", "طبقا للمادة 91-9 من الدستور، وقع رئيس الجمهورية عبد العزيز بوتفليقة، مراسيم رئاسية تتضمن التصديق على بروتكول الاتفاق"),
             ("وزارة الفلاحة والتنمية الريفية والصيد البحري", "عدم معالجة هذه الظاهرة يؤدي إلى العقم النهائي للأراضي المتضررة")],
            Quotes("وأفاد بيان لرئاسة الجمهورية، أن رئيس الجمهورية، أنه “طبقا للمادة 91-9 من الدستور، وقع رئيس الجمهورية عبد العزيز بوتفليقة، مراسيم رئاسية تتضمن التصديق على بروتكول الاتفاق”. "
                + "وكانت وزارة الفلاحة والتنمية الريفية والصيد البحري، قد أكدت، سابقا أن هذا المشروع بين الجزائر والصين قد انطلق سنة 2012، "
                + "مؤكدة بأن “عدم معالجة هذه الظاهرة يؤدي إلى العقم النهائي للأراضي المتضررة”."));

    [Fact]
    public void Extract_ShortQuotationDescribingSomething_IsALabel() =>
        // argen_ntg_train_0861: «وصف المشروع بأنه “قانون حرب“» describes the bill; nobody is quoted.
        Assert.Empty(Quotes("الانتقادات التي وجهت للمشروع يبدو أنها تنطوي على كثير من المصداقية، بل إن بعض هذه الانتقادات وصلت حد وصف المشروع بأنه “قانون حرب“.."));

    [Fact]
    public void Extract_ShortQuotationDescribedByAPerson_IsTheirs() =>
        // argen_ntg_train_0207: the one describing is a role with a name, so his two-word judgement is his quotation.
        Assert.Equal("جريمة إرهابية بربرية", Quotes(
            "السودان اليوم: وصف شيخ الأزهر، الدكتور أحمد الطيب، اليوم الثلاثاء، واقعة إحراق القرآن في السويد بأنها “جريمة إرهابية بربرية”، وأنها أحد الأفعال المتطرفة.").Single().Text);

    [Fact]
    public void Extract_MinJanibihiAndARole_SetsThePreviousSpeaker() =>
        // argen_ntg_train_0910: «من جانبه أشاد وزير المعادن …» makes the minister the speaker of «وتابع», not the previous one;
        // the abbreviated «د.» does not hide his name, and the article calls him الكاروري.
        Assert.Equal("الكاروري", Quotes(
            "كما طالب النائب الأول حسبو محمد عبد الرحمن بضرورة حسن إدارة الموارد، وتابع بقوله ” لو ما أحسنا إدارة الموارد ربنا بيبتلينا بهذه الموارد وتكون هناك مشاكل”. "
            + "من جانبه أشاد وزير المعادن د. أحمد محمد محمد الصادق الكاروري بانضباط العاملين، مشيرا إلى أن هذا هو العهد من العاملين بالوزارة، "
            + "وتابع: ” هذا ما عهدناه في العاملين بهذه الوزارة ” وأكد الكاروري أن إشكالية البلاد ليست في الموارد.")
            .Single(q => q.Text.StartsWith("هذا ما", StringComparison.Ordinal)).Speaker);

    [Fact]
    public void Extract_RoleOfANamedBody_TakesThePersonNotTheBody() =>
        // argen_ntg_train_0791: «لمجمع سوناطراك» is where the chief executive works; the quotation is توفيق حكار's.
        Assert.Equal("حكار", Quotes(
            "جددت الشركة الوطنية للمحروقات “سوناطراك”، اتفاقية شراكة مع “توتال” الفرنسية. "
            + "وشدد الجانبان على أهمية هذا الاتفاق، الذي يعتبر كجزء من تاريخ التعاون الطويل بين سوناطراك وتوتال. "
            + "وقال الرئيس المدير العام لمجمع سوناطراك توفيق حكار، إن “هذه الإتفاقية تؤكد مكانة سوناطراك كشريك موثوق به، يحترم التزاماته التعاقدية”.")
            .Single().Speaker);

    [Fact]
    public void Extract_StatementOpenedAfterAColon_RunsOverSentences() =>
        // argen_ntg_train_0886: «قال: «يسعدني …» goes on for several sentences before its closing mark.
        Assert.Equal(
            [("الدعيج", "يسعدني ويشرفني أن ألتقي مساهمي مصرفنا للمرة الثانية بصفتي رئيسا لمجلس إدارة البنك، لقد أكملنا عاما آخر في بيئة اقتصادية شهدت العديد من التحديات. "
                + "وسنواصل مسيرة الابتكار، حتى يكون لمصرفنا السبق والريادة بين نظرائه من البنوك الأخرى")],
            Quotes("وقال الدعيج إن آثار الأزمة غير واضحة حاليا، معبرا عن تفاؤله في ظل القرارات الإيجابية. "
                + "وفي كلمته أمام الجمعية العمومية قال: «يسعدني ويشرفني أن ألتقي مساهمي مصرفنا للمرة الثانية بصفتي رئيسا لمجلس إدارة البنك، لقد أكملنا عاما آخر في بيئة اقتصادية شهدت العديد من التحديات. "
                + "وسنواصل مسيرة الابتكار، حتى يكون لمصرفنا السبق والريادة بين نظرائه من البنوك الأخرى»."));

    [Fact]
    public void Extract_WordsRelayedFromABody_AreThatBodys() =>
        // «أفادت مصادر نقلا عن القيادة في بيان»: the sources pass on what the command said; the command is the body the
        // article named first, «قيادة قوات حرس الحدود العراقية».
        Assert.Equal("قيادة قوات حرس الحدود العراقية", Quotes(string.Join("\n",
            "أعلنت قيادة قوات حرس الحدود العراقية، يوم الجمعة، مسك نقاط حدودية جديدة.",
            "وأفادت مصادر من العراق نقلا عن القيادة في بيان، أنه \"في إطار جهود القيادة تمكنت قوة من اللواء من مسك الحدود كاملة\".")).Single().Speaker);

    [Fact]
    public void Extract_BodyNamedThroughConstructNouns_PrintsWhole() =>
        Assert.Equal("قيادة قوات حرس الحدود العراقية", Quotes(
            "وقالت قيادة قوات حرس الحدود العراقية في بيان إن “الحدود مع الجيران تشهد استقرارا أمنيا لم تعرفه منذ سنوات”.").Single().Speaker);

    [Fact]
    public void Extract_BodysNameInMarks_IsNoQuotation() =>
        // «تشكيل "خلية الإعلام الحربي"»: a body's word in construct opening a few words names a body.
        Assert.DoesNotContain(Quotes(
            "صرح مدير المكتب، مهدي العلاق، بأن رئيس الوزراء أصدر قرارا تم بموجبه تشكيل \"خلية الإعلام الحربي\" لتولي إصدار البيانات."),
            q => q.Text == "خلية الإعلام الحربي");

    [Fact]
    public void Extract_BodyWithinABody_IsPassedOverForThePerson() =>
        Assert.Equal("الركابي", Quotes(
            "وقال عضو مجلس مفوضي هيئة الإعلام والاتصالات هشام الركابي في بيان إن \"الهيئة تواصل جهودها استعدادا لانعقاد القمة\".").Single().Speaker);

    [Fact]
    public void Extract_RoleWithARelativeClause_IsThePersonSpeaking() =>
        // «وأضاف اللاعب الذي قاد فريقه لتحقيق الفوز»: the relative clause describes the player already quoted; its words
        // name nobody.
        QuoteAssert.AllBy("خاسف", 2, Quotes(string.Join("\n",
            "وفي تصريحاته عقب المباراة، قال خاسف: “أشكر الجمهور على دعمهم الكامل لنا في هذه المباراة الصعبة”.",
            "وأضاف اللاعب الذي قاد فريقه لتحقيق الفوز: “برهنا على قدرتنا في تقديم الأفضل وسنبذل قصارى جهدنا لتحقيق التأهل”.")).Select(q => q.Speaker));

    [Fact]
    public void Extract_VerbJoinedByWaAfterAQuotation_IsNotItsCue() =>
        // «“…” ودعت مختلف المؤسسات»: a new statement begins; it does not attribute the designation before it.
        Assert.Empty(Quotes(
            "اعتمدت الجمعية يوم السابع عشر من مايو من كل عام ” يوما اماراتيا وطنيا للفلك ” ودعت مختلف المؤسسات الإعلامية إلى الاحتفاء به."));

    [Fact]
    public void Extract_NameSetOffBeforeTheMediumItSpokeTo_IsTheSpeaker() =>
        // «المتحدث باسم أمانة بغداد، عدي الجنديل للوكالة الرسمية، إن»: أمانة is a body, and the name ends before the agency (both its words: the article never calls him الجنديل alone).
        Assert.Equal("عدي الجنديل", Quotes(
            "وذكر المتحدث باسم أمانة بغداد، عدي الجنديل للوكالة الرسمية، إن \"هناك حزمة مجسرات كبيرة تم إنجازها بالتنسيق مع الوزارة\".").Single().Speaker);

    [Fact]
    public void Extract_PartyBehindLam_IsNoName() =>
        // «الأمين العام الجديد لحزب جبهة التحرير»: لحزب is «of the party», never a person.
        Assert.Equal("الأمين العام الجديد", Quotes(
            "أكد الأمين العام الجديد لحزب جبهة التحرير الوطني الجزائري، اليوم الاثنين، على ان حزبه كان “ضحية في وقت سابق لأنه تنازل للأحزاب الأخرى”.").Single().Speaker);

    [Fact]
    public void Extract_AgencyByItsWordWithAl_IsTheAgencyTheArticleNamed() =>
        Assert.Equal("جهاز مكافحة الإرهاب", Quotes(string.Join("\n",
            "أعلن جهاز مكافحة الإرهاب، اليوم الأحد، القبض على عنصر قيادي في العصابات.",
            "وقال الجهاز في بيان إن “رجاله تمكنوا من تنفيذ سلسلة من الواجبات الناجحة في المحافظات”.")).Single().Speaker);

    [Fact]
    public void Extract_SourceInAMinistry_IsPlacedAndCarriesOn() =>
        // «كشف مصدر في وزارة الداخلية»: a source placed in a body; «وقال المصدر» is that source again.
        QuoteAssert.AllBy("مصدر في وزارة الداخلية", 1, Quotes(string.Join("\n",
            "كشف مصدر في وزارة الداخلية، الأربعاء، عن تحرك قطعات الشرطة إلى المحافظة.",
            "وقال المصدر إن \"قطعات الشرطة الاتحادية تحركت اليوم نحو مناطق المحافظة لفرض القانون\".")).Select(q => q.Speaker));

    [Fact]
    public void Extract_MemberForABloc_IsTheMemberNotTheBloc() =>
        // «النائب عن ائتلاف دولة القانون حسين المالكي»; نوري المالكي is another man, so the family name alone would not do.
        Assert.Equal("حسين المالكي", Quotes(string.Join("\n",
            "أعلن ائتلاف دولة القانون بزعامة نوري المالكي تمسكه بمرشحه نوري المالكي لرئاسة الحكومة.",
            "وقال النائب عن ائتلاف دولة القانون حسين المالكي في بيان صحفي إن “الائتلاف تلقى رد المحكمة الاتحادية باعتباره الكتلة الأكبر”.")).Single().Speaker);

    [Fact]
    public void Extract_MarksAroundANameInTheSpeakersPhrase_AreNotPrinted() =>
        Assert.Equal("رئيس حزب الإنصاف الحاكم", Quotes(
            "وقال رئيس حزب «الإنصاف» الحاكم إن “التحديات تتمثل في جائحة كورونا وحرب أوكرانيا والوضع الأمني المضطرب”.").Single().Speaker);

    [Fact]
    public void Extract_MediumThatReceivedTheStatement_IsNoQuotation() =>
        // «وذكر بيان للوزارة تلقت “المعالي نيوز” نسخة منه، أن “…”»: the outlet is named, the statement is quoted.
        Assert.Equal("وزير الصحة الدكتور صالح الحسناوي وصل الى محافظة صلاح الدين لتفقد الواقع الصحي", Assert.Single(Quotes(
            "وذكرت وزارة الصحة في بيان تلقت “المعالي نيوز” نسخة منه، أن “وزير الصحة الدكتور صالح الحسناوي وصل الى محافظة صلاح الدين لتفقد الواقع الصحي”.")).Text);

    [Fact]
    public void Extract_NameBeforeAPronounSubject_IsNoQuotation() =>
        // «وأن شركة واحدة وهي "سعودي أوجيه" هي التي واجهت …»: a company's name, the subject of هي التي.
        Assert.Empty(Quotes(
            "نفى وزير العمل مفرج الحقباني أن يكون العمال تأثروا، مؤكدا أن شركة واحدة وهي \"سعودي أوجيه\" هي التي واجهت بعض الإشكاليات."));

    [Fact]
    public void Extract_MediumAfterLamWrittenApart_IsNoQuotationAndHidesNoCue() =>
        // «وقال جابر للـ"أم تي في"، إنّ "…"»: the channel is named; the statement after it is still his.
        Assert.Equal("جابر", Assert.Single(Quotes(
            "وقال جابر للـ\"أم تي في\"، إنّ \"المهمّ أنّ هناك نية لبدء برمجة الدفع للمودعين، قسم منها سيكون بشكل سريع\".")).Speaker);

    [Fact]
    public void Extract_TwoWordsAfterAnIndefiniteNoun_AreAName() =>
        // «مؤكدا أنه سيخوض تجربة "بحث المحارب"»: the experience's name, not his words.
        Assert.Empty(Quotes("وقال الفنان أحمد حلمي إن الفيلم مختلف، مؤكدا أنه سيخوض تجربة \"بحث المحارب\" للتفتيش عن أفكار جديدة."));

    [Fact]
    public void Extract_TwoWordsWithAClauseAfterAnIndefiniteNoun_AreSpeech() =>
        // A negation makes two words a predicate in his words (مباراة "لن تتكرر").
        Assert.Equal("لن تتكرر", Assert.Single(Quotes("وقال المدرب سامي الخطيب إن الفريق قدم مباراة \"لن تتكرر\" أمام الخصم.")).Text);

    [Fact]
    public void Extract_WhatHeCalledIt_IsNoQuotation() =>
        // «على أهبة الاستعداد لما أطلق عليه “عملية نظافة العاصمة”»: a name he gave, not his words.
        Assert.Empty(Quotes("ذكر العطا أن قوات منطقة أم درمان العسكرية على أهبة الاستعداد لما أطلق عليه “عملية نظافة العاصمة”."));

    [Fact]
    public void Extract_QuotationAfterMin_IsSpeech() =>
        // «مشيرا إلى أن هناك من «يتحدث عن السلمية …»»: من (those who) brings in words, not a title.
        Assert.Equal("راشد بن عبدالله", Assert.Single(Quotes(
            "وكشف وزير الداخلية الشيخ راشد بن عبدالله آل خليفة عن قضايا أمنية، مشيرا إلى أن هناك من «يتحدث عن السلمية رغم أن هناك شهداء من رجال الأمن»."))
            .Speaker);

    [Fact]
    public void Extract_ChannelAfterVia_IsNoQuotation() =>
        // «خلال مداخلة مع برنامج "مانشيت"، المذاع عبر "إكسترا نيوز"»: the channel's name.
        Assert.DoesNotContain(Quotes(
            "وأضاف الوزيري خلال مداخلة مع برنامج \"مانشيت\"، المذاع عبر \"إكسترا نيوز\"، أن الكشف الأثري عبارة عن توابيت."),
            q => q.Text == "إكسترا نيوز");

    [Fact]
    public void Extract_ExhibitionsName_IsNoQuotation() =>
        // «النسخة الثانية من معرض “صنع في السعودية”»
        Assert.Empty(Quotes("وقال وزير الصناعة بندر الخريف إنه أطلق النسخة الثانية من معرض “صنع في السعودية”، بحضور مجموعة من الخبراء."));
}
