using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 27: what blind round 262–265 (Arab sport beyond football; Palestinian politics; Latin America and
/// Africa in translation; world celebrities and the British royals in translation) missed.
/// </summary>
public class QuoteExtractorRound262Tests
{
    [Fact]
    public void Extract_CountryDividedByAPointOfTheCompass_SpeaksWhole() =>
        // w264_10: «وأكّدت جنوب إفريقيا أن “…”» had printed «جنوب».
        Assert.Equal(["جنوب إفريقيا"], SpeakersIn(
            "وأكّدت جنوب إفريقيا أن “أفعال إسرائيل وأوجه تقصيرها تحمل طابع إبادة جماعية لأنها مصحوبة بالنية”."));

    [Fact]
    public void Extract_MinisterOfACountry_PrintsTheCountry() =>
        // w264_38: «وذكرت وزيرة خارجية جنوب إفريقيا أن "…"» had printed «إفريقيا».
        Assert.Equal(["وزيرة خارجية جنوب إفريقيا"], SpeakersIn(
            "وذكرت وزيرة خارجية جنوب إفريقيا أن \"ما نراه على شاشات التلفزيون، ونسمعه ونقرأه، هو أسوأ بكثير مما شهدناه\"."));

    [Fact]
    public void Extract_RoyalTitleAndEpithet_AreRoles() =>
        // w265_01, w265_13: «دوق ساسكس» had printed «ساسكس», «أسطورة السينما الأمريكية» «أسطورة».
        Assert.Equal(["دوق ساسكس", "أسطورة السينما الأمريكية"], SpeakersIn(
            "وأضاف دوق ساسكس أن \"العائلة لم تظهر أي رغبة على الإطلاق في المصالحة معي\".",
            "وعن المغرب قال أسطورة السينما الأمريكية: “كنت هنا قبل سنوات، ولازلت أحب هذا البلد”."));

    [Fact]
    public void Extract_PalaceCalledBack_IsThePalaceNamedBefore() =>
        // w265_04: «فيما أكد القصر أن “…”» after «قصر باكنغهام» had printed «القصر».
        Assert.Equal(["قصر باكنغهام"], SpeakersIn(
            "أعلن قصر باكنغهام نقل الملك تشارلز الثالث إلى المستشفى لمراقبته طبيًا.",
            "فيما أكد القصر أن “الملك عاد الآن إلى كلارنس هاوس، وكإجراء احترازي، بناءً على نصيحة طبية”."));

    [Fact]
    public void Extract_InAMannerAfterAVerb_IsNoName() =>
        // w265_18: «وأضافت بأسلوب فكاهي: "…"» had printed «فكاهي».
        Assert.DoesNotContain("فكاهي", SpeakersIn(
            "وأضافت بأسلوب فكاهي: \"أحيانًا لا أستطيع التعامل مع الأضواء أو الحشود، لذلك أحفر أنفاقًا\"."));

    [Fact]
    public void Extract_AgencyThatRelayedTheWords_DoesNotGoOnSpeaking() =>
        // w262_34: «وقال: "…"، كما نقلت عنترة.», then a paragraph that is nothing but a quotation: the agency had become the
        // speaker of the next words.
        Assert.Equal(["عرقجي", "عرقجي"], SpeakersIn(
            "وقال قائد منتخب لبنان وائل عرقجي إن الجماهير أحبت فريقا مستضعفا.",
            "وقال عرقجي: \"عندما يرون فريقا مستضعفا، فإنهم سيقدمون التشجيع\"، كما نقلت عنترة.",
            "\"أنا بالتأكيد سعيد بعض الشيء عندما أطلق الجمهور صيحات الاستهجان ضدنا\"."));

    [Fact]
    public void Extract_LulaBeforeDaSilva_IsAName() =>
        // w264_06: «الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا» had printed «إيناسيو»: لولا, «were it not for», ended the name.
        Assert.Equal(["دا سيلفا"], SpeakersIn(
            "أشار الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا، اليوم الثلاثاء، إلى أنّه \"من المرجح أن يسافر إلى السعودية قريبًا لبحث الاستثمارات\"."));

    [Fact]
    public void Extract_FullNameBeforeWhoSaid_IsTheSpeaker() =>
        // w263_44: «ومن بينهم الأمين العام للرئاسة الطيب عبد الرحيم الذي قال بالحرف:"…"» had given the words to عباس.
        Assert.Equal(["عبد الرحيم"], SpeakersIn(
            "وردا على النائب دحلان، تدخل بعض أعضاء فتح لصالح رئيسهم عباس ومن بينهم الأمين العام للرئاسة الطيب عبد الرحيم الذي قال بالحرف:\"من جاء بحماس هو فساد دحلان ورجاله وقيادات السلطة\"."));

    [Fact]
    public void Extract_HisPartnerAfterAccused_IsWhomHeAccused() =>
        // w263_44: «فجر دحلان غضبه … واتهم شريكه عباس ب "…"» had given the words to the accused.
        Assert.DoesNotContain("عباس", SpeakersIn(
            "فجر دحلان غضبه خلال المؤتمر واتهم شريكه عباس ب \"تسليم غزة على طبق من ذهب لحماس\"، مما أدى إلى سقوطها في أيدي الحركة."));

    [Fact]
    public void Extract_FeminineNameAfterAccused_StaysTheSubject() =>
        // w254_43: «اتهم حذيفة أبو نوبة … ما وصفها بـ”…”»: حذيفة ends in ة, not «his», and is the one accusing. (A guard,
        // passing before: a first try at the rule above, on the normalised ه, lost it.)
        Assert.Equal(["أبو نوبة"], SpeakersIn(
            "اتهم حذيفة أبو نوبة، رئيس المجلس الاستشاري لقائد قوات الدعم السريع، ما وصفها بـ”القوى السياسية الرافضة للسلام والتغيير”، بالمسؤولية عن إشعال الحرب في السودان."));

    [Fact]
    public void Extract_ChiefOfAGroup_IsARoleUpToTheNextRole() =>
        // w264_20: «ووصف كبير المفاوضين القطريين وزير الدولة … محمد الخليفي …، مضيفا أن "…"» had printed «كبير», «big».
        Assert.Equal(["الخليفي"], SpeakersIn(
            "ووصف كبير المفاوضين القطريين وزير الدولة القطري للشؤون الخارجية محمد الخليفي هذه الخطوة بالتاريخية، مضيفا أن \"الجهود مستمرة لتحقيق السلام على الأرض من خلال وضع آليات التنفيذ\"."));
}
