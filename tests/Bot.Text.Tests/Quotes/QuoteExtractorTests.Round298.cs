using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 29: what blind round 298–301 (schools and universities; housing; Syria after the change; the media)
/// missed.
/// </summary>
public class QuoteExtractorRound298Tests
{
    [Fact]
    public void Extract_CameInABodysLetter_IsTheBodys() =>
        // w301_25: «وجاء في كتاب الهيئة الخاص بمنع زينب جواد إن "…"» — an official letter, like a statement; «الخاص» is the
        // letter's adjective, not the body's name.
        Assert.Equal(["هيئة الإعلام والاتصالات العراقية"], SpeakersIn(
            "قررت هيئة الإعلام والاتصالات العراقية منع ظهور زينب جواد في الفضائيات.",
            "وجاء في كتاب الهيئة الخاص بمنع زينب جواد إن \"جواد، وخلال برامج متلفزة بأكثر من قناة فضائية، خالفت مواد منع التحريض على العنف\"."));

    [Fact]
    public void Extract_StatementConcerningSomething_NamesTheBodyAlone() =>
        Assert.Equal(["هيئة الإعلام والاتصالات العراقية"], SpeakersIn(
            "قررت هيئة الإعلام والاتصالات العراقية منع ظهور زينب جواد في الفضائيات.",
            "وجاء في بيان الهيئة الخاص بمنع زينب جواد إن \"جواد، وخلال برامج متلفزة بأكثر من قناة فضائية، خالفت مواد منع التحريض على العنف\"."));

    [Fact]
    public void Extract_MrBeforeATitle_IsThePersonNamedAfter() =>
        // w301_39: «وطالب السيد الدكتور مصطفى سواق، المدير العام …» had printed «السيد».
        Assert.Equal(["سواق"], SpeakersIn(
            "وطالب السيد الدكتور مصطفى سواق، المدير العام لشبكة الجزيرة الإعلامية، في كلمته الصحفيين بالمصداقية، وأضاف: \"إننا مطالَبون بالعمل على توفير الظروف الملائمة لعمل الصحفيين\"."));

    [Fact]
    public void Extract_HonorificOpeningTheSentence_PointsBack() =>
        // w298_11: «وخاطب سموه أبناءه الطلبة … بالقول: «…»» after «أكد صاحب السمو الشيخ محمد بن راشد …».
        Assert.Equal(["محمد بن راشد"], SpeakersIn(
            "سموه:",
            "كل يوم دراسي فرصة لتعلم شيء جديد وتحقيق إنجاز والارتقاء بعقول الطلبة وطموحاتهم",
            "أكد صاحب السمو الشيخ محمد بن راشد آل مكتوم، نائب رئيس الدولة، أن بداية العام الدراسي تحمل طاقة وانطلاقة.",
            "وخاطب سموه أبناءه الطلبة عبر منصة «إكس» بالقول: «كل يوم دراسي هو فرصة لتعلم شيء جديد، وتحقيق إنجاز مختلف»."));

    [Fact]
    public void Extract_StudentsCounted_AreNoVerbOfDemanding() =>
        // w298_11: «أن أكثر من مليون طالب يلتحقون» had read طالب as «he demanded», its subject «يلتحقون» then speaking on.
        Assert.Equal(["المدير"], SpeakersIn(
            "وأوضح المدير أن 300 طالب تقدموا للامتحان. وأضاف: «النتائج ستعلن الأسبوع المقبل بعد التصحيح»."));

    [Fact]
    public void Extract_OurCorrespondent_Speaks() =>
        // w298_35: «وقال مراسلنا، إن"…"».
        Assert.Equal(["مراسلنا"], SpeakersIn(
            "وقال مراسلنا، إن\"ساحة التحرير شهدت تظاهرة نظمها المعلمون والمدرسون، للمطالبة بإقرار القانون\"."));

    [Fact]
    public void Extract_ConcludedBeforeANameAndAColon_IsACue() =>
        // w298_06: «واختتمت مصطفى: '…'» — اختتم usually closes an event; before a name and a colon it closes a statement.
        Assert.Equal(["مصطفى", "مصطفى"], SpeakersIn(
            "قالت الإعلامية عزة مصطفى: \"الشعب المصري يفضل الاستثمار في تعليم أبنائه\".",
            "واختتمت مصطفى: 'مصاريف المدارس والدروس والكتب والملابس تعتبر قائمة كبيرة من المصروفات'."));

    [Fact]
    public void Extract_SingleMarksSetOffBySpaces_AreAQuotation() =>
        // w301_06: «حيث قال ' أنا بحب محمد حسني مبارك ' ,».
        Assert.Equal([("أديب", "أنا بحب محمد حسني مبارك")], QuotesIn(
            "وقال الإعلامي عماد الدين أديب ' أنا بحب محمد حسني مبارك ' , ثم غادر الاستوديو."));

    [Fact]
    public void Extract_WhatAVerbTakesWithBaAfterItsSubject_IsNoName() =>
        // w301_06: «وطالب أديب بإنهاء ' هذه الحركة في الشوارع '» had printed «بإنهاء».
        Assert.Equal(["أديب"], SpeakersIn(
            "وطالب أديب بإنهاء ' هذه الحركة في الشوارع ' , أما الفاجعة فجاءت من رئيس التحرير."));
}
