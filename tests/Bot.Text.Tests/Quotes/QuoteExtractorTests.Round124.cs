using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>Rules from the blind round 124–127 (sport, books and music, prices, communications), each on its own page.</summary>
public class QuoteExtractorRound124Tests
{
    [Fact]
    public void Extract_AlaBeforeTheQuotation_EndsTheSpeakersName() =>
        // w126_031: ألا («that … no») after the name had printed the speaker «ألا».
        Assert.Equal(["كلاس"], QuotesIn(
            "أوضح وزير الشباب والرياضة جورج كلاس ألا “استراتيجية للشباب في لبنان ولا نظرة للدولة باتجاههم”.").Select(q => q.Speaker));

    [Fact]
    public void Extract_VerbOfARelativeClause_IsSaidByTheNameBeforeAlladhi() =>
        // w126_035: «مع اللاعب "غزال"، الذي قال …: «…»»; the page's «مدونة وطن» (a blog) had given the speaker «بتاريخ».
        Assert.Equal(["غزال"], QuotesIn(
            "حصل اللاعب السوري \"مجد الدين غزال\" على الميداليتين الفضية والبرونزية في بطولة العالم لألعاب القوى.",
            "مدونة وطن \"eSyria\" تواصلت بتاريخ 22 آب 2017، مع اللاعب \"غزال\"، الذي قال عن إنجازه الجديد: «تعبت كثيراً حتى حصلت على هذه النتيجة»."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_ProgrammeNameInMarksBeforeAlladhi_IsNoSpeaker() =>
        // w82_019: «في لقاء ببرنامج «حبر سري»، الذي تقدمه …»: a programme's name in marks is not a name after a role.
        QuoteAssert.AllBy("مصطفى", 2, QuotesIn(
            "اعتذر الملحن عمرو مصطفى، لنفسه على الهواء، بسبب تأخيره في الغناء ومنحه أولوية للآخرين على نفسه، قائلا: «عملت أغاني لناس مينفعش كنت أعطيها لهم، عملت تاريخ لناس دمروه».",
            "وأضاف، في لقاء ببرنامج «حبر سري»، الذي تقدمه أسما إبراهيم عبر فضائية «القاهرة والناس»، مساء اليوم الأربعاء، أن المطربين الذين لحن لهم "
            + "أغانيهم تدنوا بمستواهم إلى مرحلة «شكوكو»، متابعًا عن هذا النوع من الفن: «مونولوجات مش أغاني»."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_AbbarAndARoleOpeningTheStory_SpeakOnInTheNextSentence() =>
        // w127_017: عبّر («expressed») before a role is the verb; its subject says the next sentence's words.
        Assert.Equal(["خيرت"], QuotesIn(
            "عبر الموسيقار المصري الكبير عمر خيرت عن سعادته البالغة لدعوته من أجل إحياء حفلة موسيقية كبيرة في مدينة جدة.",
            "وقال في تصريح خاص بالرياض: \"سعدت جداً بالدعوة، ومتشوق لمقابلة جمهوري السعودي\".").Select(q => q.Speaker));

    [Fact]
    public void Extract_AbbarAfterMinJanibihi_NamesTheSpeaker() =>
        // w127_019: the minister of the sentence before had been given the words.
        Assert.Equal(["علوان"], QuotesIn(
            "وأكد وزير الثقافة الأمير بدر بن عبدالله بن فرحان آل سعود على أهمية الأدب.",
            "من جانبه، عبّر رئيس قطاع الأدب والترجمة والنشر في وزارة الثقافة الدكتور محمد حسن علوان عن شكره لثقة الوزير، "
            + "وقال ل«عكاظ» «أتطلع إلى أن أكون عند مستوى حسن ظن المسؤولين والمثقفين»."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_TitleOfAPieceOfMusic_IsNoQuotation() =>
        // w127_018: مقطوعة («a piece») names the title in marks.
        Assert.Empty(QuotesIn("وأشار الموسيقار عمر خيرت إلى أنه سيقدم مقطوعة \"سابق نفسك\"، وهي تدعو لأن ينظر الإنسان لنفسه فقط."));

    [Fact]
    public void Extract_KamaAalanaAfterTheQuotation_IsTheSpeakerAlreadyNamed() =>
        // w127_002: «"…"، كما أعلن عن ذلك في هذا اللقاء» («as he announced»).
        QuoteAssert.AllBy("بنسعيد", 2, QuotesIn(
            "وأكد مهدي بنسعيد قائلا: \"مهمتي هي التحدي الذي أطمح إلى مواجهته لفائدة الشباب والثقافة\".",
            "لكن أحد الحلول الرئيسية تكمن في التكوين المهني: \"إن تكوين الشباب يعني أيضا إنشاء جسر مباشر مع القطاع الثقافي\"، كما أعلن عن ذلك في هذا اللقاء."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_WhatSomethingIsCalledAfterBi_IsALabel() =>
        // w127_030: «واصفة إياه بـ"…"» names the thing, whoever names it (21 such on the dev pages, none counted).
        Assert.Empty(QuotesIn("وخلال زيارتها لجناح المملكة، أشادت الوزيرة هيفاء النجار بمستوى العرض، واصفة إياه بـ\"مشروع ثقافي بكل ما تعنيه الكلمة\"."));

    [Fact]
    public void Extract_QuotationOpeningWithAnna_ReachesAsFarAsAThatClause() =>
        // w127_043: the cue, then 22 words of whom he met, then “ان …”.
        Assert.Equal(["دماج"], QuotesIn(
            "واكد دماج خلال لقاءه بوكيلي محافظة تعز عبدالحكيم عون ومحمد عبدالعزيز الصنوي ومدير مكتب الثقافة عبدالخالق سيف "
            + "ورئيس الهيئة العامة للأثار الدكتور أحمد باطايع “ان الجهود الثقافية مستمرة ولن تتوقف”.").Select(q => q.Speaker));

    [Fact]
    public void Extract_BareCueBeforeAnyoneSpoke_IsThePersonTheStoryOpensWith() =>
        // w126_036: a verb, a nisba and a name open the story; «وتابع» with no name after it is theirs (it had been lost).
        Assert.Equal(["غزال"], QuotesIn(
            "حارب السوري مجد الدين غزال كثيرا لنيل برونزية الوثب العالي في بطولة العالم لالعاب القوى الاحد في لندن، ومنح بلاده التي تعيش حربا مدمرة منذ 2011 فرحة نادرة.",
            "وتابع \"من كان يتوقع أن يشارك سوري في هذه البطولة ويحرز ميدالية؟ هذا دليل ان السوريين موجودون\".",
            "كان رصيد سوريا في بطولة العالم يقتصر على ذهبية وبرونزية لغادة شعاع، لكن غزال رفع رصيدها الى 3 ميداليات في الحدث العالمي."
        ).Select(q => q.Speaker));

    [Fact]
    public void Extract_BareCueAfterANisbaAndItsAdjectives_IsThePersonNamedAfterThem() =>
        // w78_024: «وجه الإعلامي السعودي المخضرم وليد الفراج انتقادًا …» then «إذ قال … "…"» with nobody quoted before.
        Assert.EndsWith("الفراج", Assert.Single(QuotesIn(
            "وجه الإعلامي السعودي المخضرم وليد الفراج انتقادًا لاذعًا لبعض الإعلاميين السعوديين فيما يخص تصريحاتهم خلال السنوات الثلاثة الأخيرة.",
            "إذ قال عبر حسابه الرسمي على تويتر \"أتفهم تراجع حدة التصريحات الإدارية في الأندية السعودية\"."
        )).Speaker);

    [Fact]
    public void Extract_NameOfANetworkInMarks_IsNoQuotation() =>
        // w125_011, w78_024: شبكة («network») names what follows in marks.
        Assert.Empty(QuotesIn("وأكد صبري، خلال مداخلة هاتفية على شبكة \"نجوم إف إم\" مساء اليوم الأحد، أن مصر لا تتبنى الافكار الجديدة."));

    [Fact]
    public void Extract_MarkedNameAfterFi_IsWhereNotWho() =>
        // w125_036: «نشرت تغريدة في حسابها في "تويتر" قالت فيها: "…"» had printed the speaker «تويتر».
        Assert.DoesNotContain(QuotesIn(
            "ووضعت جماعات لبنانية تطبيق \"أنغامي\" أمام خيار قاس على خلفية هجوم أنصار \"التيار الوطني الحر\" على الزميلة كريستين حبيب التي تعمل في الشركة.",
            "وانتشر وسم المقاطعة على تويتر خلال ساعات.",
            "وكانت كريستين نشرت تغريدة في حسابها في \"تويتر\" قالت فيها: \"لن نكون هنا لنشيّعك.. لقد قتلتنا جميعاً قبل أن تموت\"، وذلك بموازاة شائعات."
        ), q => q.Speaker == "تويتر");

    [Fact]
    public void Extract_BareCueAfterAnOpeningWhoseRolePhraseRunsPastAComma_TakesNoOneFromIt() =>
        // w79_041: the role phrase's reading ran on to «الكنداكات», after the comma; better no speaker than that one.
        Assert.DoesNotContain(QuotesIn(
            "حيّت وزيرة العمل والتنمية الاجتماعية لينا الشيخ المعتصمين في نيرتتي، وخصّت الكنداكات معبرة عن تقديرها نضالهن.",
            "وقالت من ميدان الاعتصام: “هذا الاعتصام يذكرنا باعتصام القيادة العامة في الخرطوم”."), q => q.Speaker == "الكنداكات");

    [Fact]
    public void Extract_MannerWordBeforeTheColon_IsHowItWasSaid() =>
        // w131_026 (round 128–131): «وقال بوضوح: "…"» had printed the speaker «بوضوح».
        Assert.Equal(["السدحان"], QuotesIn(
            "وأكد السدحان أنه لم يتأثر بحملة الانتقادات التي أعقبت ظهوره مع زوجته خلال الحفل.",
            "وقال بوضوح: \"هذه زوجتي، وليست غريبة حتى أتحرج من الجلوس بجانبها\".").Select(q => q.Speaker));
}
