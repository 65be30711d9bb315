using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 34: what the pooled dev pages and blind rounds 410–421 (sports; fishing; earthquakes; currencies;
/// Darfur; Arab clubs in continental cups; livestock; Arabs abroad; literary prizes) missed.
/// </summary>
public class QuoteExtractorRound414Tests
{
    [Theory]
    // w413_41: «ووفقا لوزير الخارجية الروسي، فإن "…"» had no speaker, where «بحسب وزير الخارجية الروسي» had one.
    [InlineData("ووفقا لوزير الخارجية الروسي، فإن", "سيرغي لافروف")]
    [InlineData("ووفقا للوزير، فإن", "سيرغي لافروف")]
    [InlineData("ووفقاً لوزارة الخارجية الروسية، فإن", "وزارة الخارجية الروسية")]
    [InlineData("ووفقا لـ وزارة الخارجية الروسية فإن", "وزارة الخارجية الروسية")]
    public void Extract_AccordingToSomeoneBehindLam_IsTheirs(string opening, string speaker) =>
        // (the first mention prints the family name; a role naming him later prints his full name, as after بحسب)
        Assert.Equal(["لافروف", speaker], SpeakersIn(
            "وقال وزير الخارجية الروسي سيرغي لافروف إن \"بلاده مهتمة بتعزيز التعاون مع الوكالة الدولية للطاقة الذرية\".",
            opening + " \"قرار الناتو بزيادة الإنفاق الدفاعي لن يكون له تأثير كبير على أمن روسيا\"."));

    [Fact]
    public void Extract_AccordingToSomeoneBehindLamAndAName_IsTheNamedOne() =>
        // w285_19: «وفقاً لرئيس الوزراء مصطفى مدبولي، يُعتبر هذا العقد “…”» had no speaker.
        Assert.Equal(["مدبولي"], SpeakersIn(
            "وفقاً لرئيس الوزراء مصطفى مدبولي، يُعتبر هذا العقد “أكبر صفقة استثمار أجنبي مباشر في تاريخ البلاد، ولن يكون الأخير”."));

    [Theory]
    // w279_26: «"…"، وفقا لقناة "TRT عربي"» had printed the channel that carried the words.
    [InlineData("“وصلنا إلى مرحلة لا نستطيع فيها الاستمرار في العمل من دون رواتب”، وفقا لقناة الجزيرة.")]
    // w308_39: «ووفقاً للتعديلات تقوم اللجنة … "…"» had printed the amendments, a text that says nothing.
    [InlineData("ووفقاً للتعديلات تقوم اللجنة العليا للانتخابات بإنشاء سجل يشمل بيانات الناخب \"النصية وصورته الرقمية وعلاماته الحيوية، ويكون نواة لسجل مدني\".")]
    public void Extract_AccordingToAMediumOrAText_NamesNoSpeaker(string sentence) =>
        Assert.Empty(SpeakersIn(sentence));

    [Fact]
    public void Extract_NameWithLineageInMarksAfterARole_IsNoQuotation() =>
        // w414_34: «كشف وزير الثروة البحرية بالحكومة الليبية ” علي بن يونس” عن …» had printed the name as his words: يونس
        // reads like a verb.
        Assert.Empty(QuotesIn(
            "كشف وزير الثروة البحرية بالحكومة الليبية ” علي بن يونس” عن رصد الوزارة لمخالفات واختراقات عديدة في مناطق مختلفة من الساحل."));

    [Fact]
    public void Extract_FiguresBetweenCommas_AreNoQuotation() =>
        // w246_01 and w419_02: «وأوضح التقرير أنه تم تحصين … بينهم "933 ألف و701 أبقار، 533 ألفًا و104 جاموس، …"».
        Assert.Empty(QuotesIn(
            "وأوضح التقرير، أنه تم تحصين مليون و550 ألف رأس ماشية بينهم \"933 ألف و701 أبقار، 533 ألفًا و104 جاموس، 77 ألف و13 أغنام، و7125 ماعز\" منذ بداية الحملة."));

    [Theory]
    // w168_08, w197_15, w245_34: a woman's or a body's participle of describing, revealing, going on … had not been a cue,
    // and the quotation after it was lost.
    [InlineData("واصفة إياها بأنها")]
    [InlineData("كاشفة أن")]
    [InlineData("مستطردة:")]
    [InlineData("مناشدة المجتمع الدولي بأن")]
    public void Extract_FeminineParticiple_GoesOnWithTheSpeaker(string participle) =>
        Assert.Equal(["حكومة الوحدة الوطنية", "حكومة الوحدة الوطنية"], SpeakersIn(
            "أعلنت حكومة الوحدة الوطنية في بيان أنها أحبطت، الخميس، \"محاولة فاشلة لاستهداف مقر بعثة الأمم المتحدة في العاصمة طرابلس\"، "
            + participle + " \"ما جرى عمل خطير يستهدف تقويض الأمن والإضرار بعلاقات ليبيا مع المجتمع الدولي\"."));

    [Theory]
    // w412_36: «وعبر الرشيدي عن سعادته في مشواره البرازيلي: «…»» had missed the words.
    [InlineData("وعبر الرشيدي عن سعادته في مشواره البرازيلي: ")]
    // w412_44: «وقد عبّر البقالي في تصريح بعد السباق عن سعادته بهذا الإنجاز، قائلاً: “…”» had missed them too.
    [InlineData("وقد عبّر الرشيدي في تصريح بعد السباق عن سعادته بهذا الإنجاز، قائلاً: ")]
    public void Extract_ExpressedWithItsSubjectBeforeAbout_IsASayingVerb(string opening) =>
        Assert.Equal(["الزين", "الرشيدي"], SpeakersIn(
            "وقال المدرب علي الزين: «البطل قدم كل ما لديه في النهائي، وأنا فخور جدا بما حققه».",
            opening + "«أنا في غاية السعادة، استمتعت بتشجيع الجمهور البرازيلي من قلبه»."));

    [Fact]
    public void Extract_ViaAMediumAtTheOpening_IsNoSayingVerb() =>
        // Guard: «وعبر وسائل الإعلام» is «via the media»; the one who spoke follows.
        Assert.Equal(["الوزير"], SpeakersIn(
            "وعبر وسائل الإعلام عن طريق مؤتمر صحفي، قال الوزير: «لن نسمح بأي تجاوز للقانون في هذه المرحلة الصعبة»."));

    [Fact]
    public void Extract_PassiveVerbalNounOfDescribing_GoesOnWithTheSpeaker() =>
        // w421_40: «وتم وصف الرواية بأنها "…"» had printed «الرواية», the thing described.
        Assert.Equal(["القائمون", "القائمون"], SpeakersIn(
            "وقال القائمون على الجائزة في بيان إن هذه \"روايته الأولى وكتبها في ستة أشهر أثناء فترة الحجر الصحي\".",
            "وتم وصف الرواية بأنها \"فريدة من نوعها، وتقع أحداثها في ليبيا، في مجتمع القرية المنغلق\"."));

    [Theory]
    // w348_18, w388_24: «في بيان وزارة …» had printed «بيان …» and dropped the quotation; «بيان الوزارة» already gave the body.
    [InlineData("وجاء في بيان وزارة الصحة أن", "وزارة الصحة")]
    [InlineData("وقال بيان وزارة النفط العراقية إن", "وزارة النفط العراقية")]
    public void Extract_StatementOfABodyInConstruct_IsTheBodys(string opening, string speaker) =>
        Assert.Equal([speaker], SpeakersIn(opening + " \"الوضع في المحافظة مستقر ولا داعي للقلق من انتشار الوباء\"."));
}
