using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 25: what blind round 232–235 (police and border guards, governors and municipalities, religious
/// affairs and the Hajj, human rights, women and children) missed.
/// </summary>
public class QuoteExtractorRound232Tests
{
    [Fact]
    public void Extract_TimeOfTheWordsBetweenVerbAndStatement_StillNamesTheIssuer() =>
        // w232_20: «حسب ما أفاد به يوم الإثنين بيان لوزارة الدفاع الوطني. وأوضح ذات المصدر أنه "…"» had printed «المصدر»:
        // «on Monday» between the verb and the statement hid its issuer, and «the same source» had nobody to stand for.
        Assert.Equal(["وزارة الدفاع الوطني"], SpeakersIn(
            "ضبط عناصر الدرك الوطني أمس الأحد 342 كيلوغرام من الكيف المعالج بولاية تلمسان، حسب ما أفاد به يوم الإثنين بيان لوزارة الدفاع الوطني.",
            "وأوضح ذات المصدر أنه \"في إطار محاربة الجريمة المنظمة، ضبط عناصر الدرك الوطني وحرس الحدود كميات من الكيف المعالج بتلمسان\"."));

    [Fact]
    public void Extract_StatementCitedWithAwrada_IsItsIssuers() =>
        // w232_28: «وأورد بيان للداخلية: "…"» had dropped the words: أورد («cited») was no verb of saying; and الداخلية, the
        // ministry's field alone, is the ministry the article named.
        Assert.Equal(["وزارة الداخلية السورية", "وزارة الداخلية السورية"], SpeakersIn(
            "أعلنت وزارة الداخلية السورية ضبط 11 مليون قرص كبتاغون في سيارة آتية من لبنان.",
            "وأورد بيان للداخلية: \"تمكّن فرع مكافحة المخدرات في محافظة حمص من ضبط سيارة قادمة من الأراضي اللبنانية\".",
            "وأشار إلى أنه \"تمت مصادرة الحبوب المخدرة المهربة، كما جرى ضبط السيارة المستخدمة في عملية التهريب\"."));

    [Fact]
    public void Extract_MediumThatCitedTheWords_IsNotTheSpeaker() =>
        // w198_30 (dev), a guard for أورد: «وقال الصندوق بحسب ما اوردت شبكة "…" الاقتصادية، ان "…"» — the network carried
        // the fund's words.
        Assert.Equal(["صندوق النقد الدولي"], SpeakersIn(
            "حذر صندوق النقد الدولي، اليوم الاثنين، السلطات العراقية من الاستمرار فيما وصفه بالإسراف.",
            "وقال الصندوق بحسب ما اوردت شبكة \"بابلك فاينينس انترناشونال\" الاقتصادية، ان \"ميزانية العراق الحالية ستقضي على اي تقدم حققه العراق اقتصاديا خلال السنوات الماضية\"."));

    [Fact]
    public void Extract_FeminineBayyanat_IsAVerbOfSaying() =>
        // w232_32: «وبيّنت القيادة، أن المتسللين "…"» had dropped the words: بيّن is guarded because it is also «between»,
        // which has no feminine.
        Assert.Equal(["قيادة قوات حرس الحدود"], SpeakersIn(
            "أعلنت قيادة قوات حرس الحدود، يوم الأحد، إلقاء القبض على 22 متسللاً أجنبياً.",
            "وبيّنت القيادة، أن المتسللين \"حاولوا اجتياز الحدود بطريقة غير شرعية ضمن الحدود الإدارية لمحافظة السليمانية\"."));

    [Fact]
    public void Extract_AndThenHeReplied_IsAVerbOfSaying() =>
        // w234_19: «ليرد عليه الوزير الفرنسي "العلمانية تصدمنا كثيرا في هذا البلد"» — «and then he replied to him».
        Assert.Equal(["الوزير الفرنسي"], SpeakersIn(
            "التقى وزير الأوقاف المغربي نظيره الفرنسي في الرباط، ليرد عليه الوزير الفرنسي \"العلمانية تصدمنا كثيرا في هذا البلد\"."));

    [Fact]
    public void Extract_AmamWithItsHamzaAbove_IsBeforeNotAnImam() =>
        // w234_19: «بعد أن كشف أمام البرلمان أنه أخبر … أن "…"» had printed «أمام البرلمان»: أمام («before») normalises as
        // إمام («imam»), a role.
        Assert.DoesNotContain("أمام البرلمان", SpeakersIn(
            "أثار وزير الأوقاف والشؤون الإسلامية أحمد التوفيق جدلاً بعد أن كشف أمام البرلمان أنه أخبر وزير الداخلية الفرنسي في لقاء سابق أن \"المغرب بلد علماني في تدبير شؤونه\"."));

    [Fact]
    public void Extract_SoundPluralInItsAccusativeAfterTheVerb_IsItsObject() =>
        // w233_22: «لافتات … تدعو المواطنين إلى الامتناع …» had made «المواطنين» the speaker of a later quotation: in -ين the
        // plural is the verb's object (a subject reads المواطنون).
        Assert.DoesNotContain("المواطنين", SpeakersIn(
            "وضعت البلدية لافتات في الشوارع تدعو المواطنين إلى الامتناع عن رمي نفاياتهم في الحاويات.",
            "وقد كتب على إحدى اللافتات: \"أهلنا الكرام، نتمنى منكم عدم رمي النفايات في الحاويات داخل المدينة\"."));

    [Fact]
    public void Extract_BrokenPluralLikeMasajeen_StaysTheSubject() =>
        // w161_27 (dev), a guard for the rule above: المساجين is a broken plural, and «أكّد المساجين» its subject.
        Assert.Equal(["المساجين"], SpeakersIn(
            "وفي مقطع فيديو صُوّر في المبنى، أكّد المساجين \"تعرضهم للضرب والتعذيب منذ أسابيع داخل المبنى\"."));

    [Fact]
    public void Extract_VerbalNounWithItsOwnLam_IsNoArticleAfterTheBody() =>
        // Seen writing the w232_32 test: «أعلنت قيادة قوات حرس الحدود إلقاء القبض …» printed «… الحدود إلقاء القبض»: إلقاء
        // normalises to القاء, which reads as ال and a noun, a qualifier of the body.
        Assert.Equal(["قيادة قوات حرس الحدود"], SpeakersIn(
            "أعلنت قيادة قوات حرس الحدود إلقاء القبض على 22 متسللاً أجنبياً، وقالت في بيان إن \"المفارز تمكنت من إلقاء القبض على المتسللين قرب المنفذ الحدودي\"."));

    [Fact]
    public void Extract_WordWithoutArticleAfterADefiniteBody_IsTheVerbsObject() =>
        // Seen with the test above: «أعلنت الشركة إطلاق خدمة جديدة، وقالت …» printed «جديدة»: a body with ال takes no construct
        // noun, so إطلاق opens the object.
        Assert.Equal(["الشركة"], SpeakersIn(
            "أعلنت الشركة إطلاق خدمة جديدة، وقالت في بيان \"إن الخدمة ستكون متاحة لجميع المشتركين ابتداء من الشهر المقبل\"."));

    [Fact]
    public void Extract_VerbalNounWithItsOwnLam_DoesNotLengthenTheBodysName() =>
        // …nor, read as a qualifier, the name a bare «الهيئة» stands for («الهيئة إلغاء الرحلات» was printed).
        Assert.Equal(["الهيئة"], SpeakersIn(
            "أعلنت الهيئة إلغاء الرحلات، وقالت في بيان \"إن العملية جاءت بعد متابعة دقيقة للأحوال الجوية استمرت عدة أيام\"."));
}
