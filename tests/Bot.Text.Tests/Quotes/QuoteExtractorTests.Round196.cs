using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 21: what the dev pages 132–195 still misread before blind rounds 196–199, and what those rounds
/// missed.
/// </summary>
public class QuoteExtractorRound196Tests
{
    [Fact]
    public void Extract_ConstructNounAfterTwoNameWords_IsTheObjectNotTheFamilyName() =>
        // w192_09: «وصف مدرب فريق النصر خورخي داسيلفا خسارة الفريق …» had printed «خسارة» (the loss) for all five quotations.
        Assert.Equal(["داسيلفا", "داسيلفا"], SpeakersIn(
            "وصف مدرب فريق النصر خورخي داسيلفا خسارة الفريق من نظيره لخويا اليوم بدوري أبطال آسيا بـ \"المؤلمة\"، مقدما اعتذاره للجماهير، مشيرا إلى أنه \"كان يتمنى إهدائهم التأهل\".",
            "وأضاف:\" كان هنالك خطأ لصالحنا لم يحتسب ونتج عنه هدف لخويا الأول والثاني من ضربة ركنية\"."));

    [Fact]
    public void Extract_ThirdNameWordEndingInTaMarbuta_BeforeTheFamilyNameTheArticleUses_StaysInTheName() =>
        // Guard: a third name word in ة before an ال-family name the article goes on using is the name, not an object.
        Assert.Equal(["الخطيب", "الخطيب"], SpeakersIn(
            "وقال رئيس النادي محمد علي حمزة الخطيب إن \"الفريق قادر على العودة في المباراة المقبلة\".",
            "وأضاف الخطيب: \"نثق في اللاعبين والجهاز الفني\"."));

    [Fact]
    public void Extract_NationalityBeforeAGivenNameInFa_IsNoSpeaker() =>
        // w192_12: «أشاد الاسباني فيليكس سانشيز مدرب المنتخب …» had printed «الاسباني»: فيليكس opens with ف, which the
        // adjective-of-origin rule had taken for a prefix.
        Assert.Equal(["سانشيز", "سانشيز"], SpeakersIn(
            "أشاد الاسباني فيليكس سانشيز مدرب المنتخب الاوليمبي القطري بالجهد الكبير الذي قدمه اللاعبون.",
            "وقال في المؤتمر الصحفي : \"أود تهنئتهم على ما قدموه وعلى جهدهم الكبير\".",
            "وعن مباراة العراق قال سانشيز : \"مباراة العراق نهائي آخر والمواجهة ستكون صعبة\"."));

    [Fact]
    public void Extract_FamilyNameReadLikeFaAndAFunctionWord_AfterAGivenName_IsTheSpeaker() =>
        // w160_11: «البرتغالي إليديو فالي … وقال فالي في المؤتمر» had found no speaker: فالي reads as ف + إلى, and إليديو,
        // normalised, as an ال-word.
        Assert.Equal(["فالي", "فالي"], SpeakersIn(
            "عزا البرتغالي إليديو فالي، مدرب المنتخب القطري لكرة القدم، الخسارة أمام سوريا إلى الظهور الباهت للاعبيه في الشوط الأول.",
            "وقال فالي في المؤتمر الصحافي عقب المباراة: «واجهنا منافسًا عنيدًا وشرسًا نجح في استغلال سوء حالة لاعبينا في الشوط الأول».",
            "وأضاف: «دخلنا الشوط الثاني بشكل مختلف بغية التسجيل»."));

    [Fact]
    public void Extract_AnotherAloneAfterAVerb_IsTheSpeakerNotTheOneBefore() =>
        // w195_05: vox pops — «واستطرد آخر: "…"، وأضافت آخرى: "…"» had carried on the parent quoted before.
        Assert.Equal(["آخر", "آخرى", "أحد الطلاب"], SpeakersIn(
            "وقال أحد الطلاب، إن \"تجهيزات أول يوم دراسة صعبة جدا\".",
            "واستطرد آخر: \"جهزت السندوتشات لأولادي بـ 20 جنيه\".",
            "وأضافت آخرى: \"أنا عندى ثلاث أطفال جهزتهم للمدرسة\".").Order(StringComparer.Ordinal));

    [Fact]
    public void Extract_WhatAVerbOfPraiseTakesWithBa_IsNotPartOfTheRolesPhrase() =>
        // w196_36: «كما أشاد رئيس مجلس السيادة بالقوى السياسية المؤمنة بقضية الوطن» had read the praised forces into the role,
        // and «الوطن» as the name that closed it.
        Assert.All(SpeakersIn(
            "هنأ رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان، الشعب السوداني بذكرى الاستقلال.",
            "وقال البرهان: “نطمئن أهلنا في كل السودان بأن النصر قادم”.",
            "كما أشاد رئيس مجلس السيادة بالقوى السياسية المؤمنة بقضية الوطن، مؤكداً أن “كل من يريد أن ينضم إلى صوت الوطن والحق نحن نرحب به”.",
            "وأضاف: “سنعمل جاهدين لنؤسس لدولة الوطن والمواطنة”."), speaker => Assert.Equal("البرهان", speaker));

    [Fact]
    public void Extract_RoleIntroducedBeforeAFullRankAndACompoundName_IsThatPersonLater() =>
        // w196_36: «الفريق أول ركن عبد الفتاح البرهان» — the rank's other words and an ال-family name after a compound given
        // name had kept the role from being tied to the name, so «رئيس مجلس السيادة» later printed as the role.
        Assert.Equal(["البرهان"], SpeakersIn(
            "هنأ رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان، الشعب السوداني بذكرى الاستقلال.",
            "وحيا البرهان تضحيات القوات المسلحة.",
            "ورحب رئيس مجلس السيادة بالحاضرين، وقال: “أبواب المصالحة الوطنية مازالت مشرعة”."));

    [Fact]
    public void Extract_ConcludedThat_IsAVerbOfSaying() =>
        // w197_15: «وخلصت المنظمة إلى أن “…”» had been left without a speaker.
        Assert.Contains(("المنظمة", "المحاكمة محاولة ذات دوافع سياسية لترهيب الناس وقمعهم"), QuotesIn(
            "نشرت المنظمة تقريرا عن محاكمة جماعية في الإمارات.",
            "وخلصت المنظمة إلى أنّ “المحاكمة محاولة ذات دوافع سياسية لترهيب الناس وقمعهم”."));

    [Fact]
    public void Extract_BodyNamedInMarks_IsThatBodyWhenItsWordComesBackAlone() =>
        // w197_15: «منظمة “العفو الدولية”» then «وخلصت المنظمة» had printed «المنظمة»; the name in marks after the body
        // word is its name.
        Assert.Equal(["منظمة العفو الدولية"], SpeakersIn(
            "وأشارت منظمة “العفو الدولية”، في 5 شباط/فبراير 2024، إلى محاكمة جماعية لمعتقلي الرأي.",
            "وخلصت المنظمة إلى أنّ “المحاكمة محاولة ذات دوافع سياسية لترهيب الناس وقمعهم”."));

    [Fact]
    public void Extract_BodyWordWithAnAdjectiveOfItsField_IsNoNameForTheBodyLater() =>
        // w197_42: the headline's «لجنة حقوقية ليبية» («a Libyan rights committee») had been taken as the name «اللجنة» stands
        // for, over «اللجنة الوطنية لحقوق الإنسان».
        Assert.DoesNotContain("لجنة حقوقية", SpeakersIn(
            "لجنة حقوقية ليبية تؤكد اختفاء 2000 معتقل منذ أربع سنوات",
            "كشفت اللجنة الوطنية لحقوق الإنسان عن وجود ألفي معتقل ليبي مغيبين عن الأنظار في سجون مصراتة.",
            "وقالت اللجنة إن معتقل طمينة بمصراتة \"يستخدم لإبعاد أي شخص معتقل عن الأضواء\"."));

    [Fact]
    public void Extract_NameThenItsRoleSetOffByCommas_BeforeAPresentVerb_IsTheSpeaker() =>
        // w198_35: «دينا أبو غيدا، مديرة مكتب البنك الدولي في اليمن، تحذر بوضوح: "…"» had carried on the speaker before.
        Assert.Equal(["أبو غيدا", "البنك الدولي"], SpeakersIn(
            "وقال البنك الدولي إن \"19% فقط من المساعدات الإنسانية وصلت إلى اليمن\".",
            "دينا أبو غيدا، مديرة مكتب البنك الدولي في اليمن، تحذر بوضوح: \"تحقيق الاستقرار الاقتصادي يتطلب مؤسسات فعالة وتمويلاً مستقراً\".").Order(StringComparer.Ordinal));

    [Fact]
    public void Extract_HonorificAfterTheOpeningWord_NamesWhomHisHighnessLaterStandsFor() =>
        // w196_16: «هنّأ سمو الشيخ مكتوم بن محمد …. وقال سموّه: «…»» had found no speaker: an unprefixed opening verb is not
        // trusted, but an honorific after it is.
        Assert.Equal(["مكتوم بن محمد"], SpeakersIn(
            "هنّأ سمو الشيخ مكتوم بن محمد بن راشد آل مكتوم، النائب الأول لحاكم دبي، السلطان هيثم بن طارق بمناسبة اليوم الوطني.",
            "وقال سموّه في تدوينة على منصة «إكس»، أمس: «نبارك لسلطنة عُمان الشقيقة قيادةً وشعباً اليوم الوطني العماني»."));

    [Fact]
    public void Extract_MotherCalledByHerSonsName_AfterAFeminineVerb_IsTheSpeaker() =>
        // w197_32: «وطالبت أم أكرم بالتحرك …، مضيفة أنه "…"» had carried on «مصادر إعلامية محلية»: أم reads as «or».
        Assert.Equal(["أم أكرم"], SpeakersIn(
            "وطالبت أم أكرم بالتحرك لإيجاد حل للأسرى، مضيفة أنه \"من العار أن يُترك الأسرى الذين دافعوا عنا وعن حقوقنا\"."));

    [Fact]
    public void Extract_RepeatedNameBetweenAClauseOpeningVerbAndLiyaqul_IsTheSpeaker() =>
        // w193_21: «…، خرج قاسم ليقول: «…»» had carried on «هؤلاء» from the sentence before.
        Assert.Equal(["قاسم"], SpeakersIn(
            "أول المعترفين كان جعفر قاسم مخرج مسلسل «جمعي فاميلي» الذي يُعرَض جزؤه الثالث حالياً.",
            "وبعد سلسلة الانتقادات التي طالت العمل هذا العام بسبب ضعف النص، خرج قاسم ليقول: «لقد فشلت في الحلقات الأولى، وكان في الإمكان البحث عن أساليب درامية أكثر جذباً»."));
}
