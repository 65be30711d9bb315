using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>Rules from session 43: what blind rounds 712–727 (w712_… to w727_…) printed wrong.</summary>
public class QuoteExtractorRound712Tests
{
    [Fact]
    public void Extract_HyphenatedTransliteratedName_IsPrintedWhole() =>
        // w715_32: «قال رئيس جمعية "ميديف" جوفروا رو-دي-بيزيو: "…"» had printed «رو», the name cut at its first hyphen.
        Assert.Equal(["رو-دي-بيزيو"], SpeakersIn(
            "وقبيل أيام قليلة من عودة الرئيس الفرنسي إيمانويل ماكرون إلى بيروت، قال رئيس جمعية \"ميديف\" جوفروا رو-دي-بيزيو: \"بالطبع، من وجهة نظر اقتصادية صرفة فإنّ لبنان سوق صغير، لكنّ الرهان لا يكمن هنا\"."));

    [Fact]
    public void Extract_SiteDatelineHyphenatedToTheVerb_StillIntroducesTheName() =>
        // Guard, w527_04: «الوكيل الاخباري-شدد وزير الطاقة … سهيل المزروعي»: read into the site's word before the hyphen,
        // the verb would lose the role's introduction of the name, and «الوزير الإماراتي» be printed for المزروعي.
        Assert.Equal(["سهيل المزروعي"], SpeakersIn(
            "الوكيل الاخباري-شدد وزير الطاقة والبنية التحتية الإماراتي سهيل المزروعي، خلال منتدى الطاقة العالمي اليوم الاثنين على أنه لا يمكن لأي دولة استبدال إمدادات النفط من روسيا.",
            "وقال الوزير الإماراتي: \"أسواق النفط بحاجة إلى النفط الروسي، ولا يمكن لدولة أن تحل محل روسيا في إمدادات الخام\"."));

    [Fact]
    public void Extract_VerbOfSayingHyphenatedToADateline_StaysACue() =>
        // Guard: «… نيوز-قال الوزير …»: a verb of saying after the hyphen is not read into the word before it.
        Assert.Equal(["الوزير"], SpeakersIn(
            "سكاي نيوز-قال الوزير إن \"الحكومة لن تتراجع عن خطة الإصلاح الاقتصادي مهما كانت الضغوط\"."));

    [Fact]
    public void Extract_RoleAfterWhileAndAVerb_GoesOnSpeakingInItsSentence()
    {
        // w724_27: «فيما يعول لاعب منتخب سورية سيمون أمين على …، وقال: «…»»: the coach named in the sentence before had
        // been printed for the player's words. (The player is printed by his role: «أمين» is also a role word.)
        var speakers = SpeakersIn(
            "قال مدرب منتخب سورية الإسباني خوسيه لانا، إن \"كل شيء وارد في كرة القدم، وفريقنا قادر على الفوز\".",
            "فيما يعول لاعب منتخب سورية سيمون أمين على الحضور الجماهيري لدعم الفريق غدا، وقال: «نحن سعداء بالفوز على تونس، لكن علينا التركيز على المباريات القادمة».");
        Assert.Equal(2, speakers.Length);
        Assert.Equal("لانا", speakers[0]);
        Assert.Contains(speakers[1], new[] { "سيمون أمين", "أمين", "لاعب منتخب سورية" });
    }

    [Fact]
    public void Extract_BodyAfterKanaSetOffBeforeItsVerb_IsTheVerbsSubject() =>
        // w727_16: «وكانت وزارة الداخلية المغربية، أكدت ارتفاع نسبة المشاركة …» and then «وقالت في بيان، إن «…»»: the
        // verb's object, «نسبة», had been printed for the ministry.
        Assert.Equal(["وزارة الداخلية المغربية"], SpeakersIn(
            "أغلقت مراكز الاقتراع في المغرب أبوابها، عند الساعة السادسة مساء أمس، بعدما أدلى الناخبون بأصواتهم.",
            "وكانت وزارة الداخلية المغربية، أكدت ارتفاع نسبة المشاركة في الانتخابات إلى 36% حتى الساعة الخامسة بالتوقيت المحلي.",
            "وقالت في بيان، إن «عملية التصويت الخاصة بانتخاب أعضاء مجلس النواب متواصلة في ظروف طبيعية، ووصلت إلى 36% حتى الآن»."));

    [Fact]
    public void Extract_SloganOfGatheringInMarks_IsNoQuotation() =>
        // w721_35: «قمة من أجل "لم الشمل"»: «لم» before an ال-word is the noun لمّ, not the negation that makes two words a
        // clause; the summit's slogan had been printed as زكي's words.
        Assert.Equal(["زكي"], SpeakersIn(
            "قال الأمين العام المساعد لجامعة الدول العربية السفير حسام زكي إن \"الاستعدادات للقمة تسير بشكل جيد جدا\"، معربا عن ثقته في نجاحها لتكون قمة من أجل \"لم الشمل\"."));

    [Theory]
    // w155_47: «وقال على الشلاه، النائب عن كتلة …: "…"»; w731_04: «وقال على عوف في مداخلة هاتفية …، «…»»: the name Ali
    // as the Egyptian press spells it, read as the preposition على, and both men's words had gone unattributed.
    [InlineData("وقال على الشلاه، النائب عن كتلة \"دولة القانون\" بزعامة رئيس الوزراء : \"جرى التصويت اليوم على جميع مواد الموازنة، في غياب النواب الأكراد\".", "على الشلاه")]
    [InlineData("وقال على عوف في مداخلة هاتفية في برنامج «مع خيري»، الإثنين، «الإنسولين الذي يوجد به نقص وأزمة هو الإنسولين الذي يتم استخدامه في التخسيس».", "عوف")]
    public void Extract_AliSpeltWithAlifMaqsuraAfterAVerbOfSaying_IsTheName(string sentence, string speaker) =>
        Assert.Equal([speaker], SpeakersIn(sentence));

    [Theory]
    // Guards for the rule above: «على» before a platform or a noun with a pronoun is where the words were posted…
    [InlineData("وقال على تويتر: «نحن ملتزمون بالعمل مع كل الأطراف من أجل السلام في المنطقة».")]
    [InlineData("وقال على حسابه، إن «نحن ملتزمون بالعمل مع كل الأطراف من أجل السلام في المنطقة».")]
    // …nor an adverb made with على («at once»), which had been printed as the name «على الفور».
    [InlineData("وقال على الفور إن «نحن ملتزمون بالعمل مع كل الأطراف من أجل السلام في المنطقة».")]
    public void Extract_OnAPlatformAfterAVerbOfSaying_GoesOnWithTheSpeaker(string sentence) =>
        Assert.Equal(["شكري", "شكري"], SpeakersIn(
            "أكد وزير الخارجية المصري سامح شكري أن «الحوار هو الطريق الوحيد لحل الأزمة في السودان».", sentence));
}
