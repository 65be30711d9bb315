using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 26: what blind round 254–257 (the war in Sudan; Iran and Turkey in translation; Libya and Yemen;
/// African football) missed.
/// </summary>
public class QuoteExtractorRound254Tests
{
    [Fact]
    public void Extract_HerCountryAfterThat_IsNoSpeaker() =>
        // w254_11: «وأشارت إلى أن بلادها دعتْ "…"» had printed «بلادها».
        Assert.DoesNotContain("بلادها", SpeakersIn(
            "وقالت الخارجية الإماراتية، في بيان إن الإمارات \"لا تنحاز إلى أي طرف في الصراع الحالي الذي يجتاح السودان\".",
            "وأشارت إلى أن بلادها دعتْ \"منذ بداية الصراع إلى وقف التصعيد، ووقف إطلاق النار، وبدء الحوار الدبلوماسي\"."));

    [Fact]
    public void Extract_MannerWordInMarksAfterAVerb_IsNoName() =>
        // w254_12: «أن بلاده تنفي “بشدة” تزويد أي طرف …، واصفًا هذه الاتهامات بأنها “…”» had printed «بشدة».
        Assert.DoesNotContain("بشدة", SpeakersIn(
            "خرجت وزارة الخارجية الإماراتية عن صمتها، حيث أكد متحدث رسمي باسم الوزارة أن بلاده تنفي “بشدة” تزويد أي طرف في الحرب بالأسلحة، واصفًا هذه الاتهامات بأنها “ادعاءات لا أساس لها من الصحة وتفتقر لأي أدلة مثبتة”."));

    [Fact]
    public void Extract_PluralWithHisAfterAVerb_IsNoSpeaker() =>
        // w255_01: «ونفي انجازاته الكبيرة. وقال إن "…"» had carried «انجازاته الكبيرة» over as the speaker.
        Assert.Equal(["خامنئي", "خامنئي"], SpeakersIn(
            "وقال قائد الثورة الإسلامية علي خامنئي إن \"بريطانيا تابعة لأميركا وليست مستقلة لذا لا تستطيع أن تكون عدوة لنا\".",
            "وأضاف خامنئي أن هدف الأعداء هو عرقلة حركة الشعب الإيراني في مسيرة التقدم ونفي انجازاته الكبيرة. وقال إن \"الأعداء اعترفوا انه لا يمكن حل أية مشكلة في المنطقة من دون استشارة إيران ومشاركتها\"."));

    [Fact]
    public void Extract_VerbalNounAndAdjectiveOfOriginAfterAName_AreTheObject() =>
        // w255_39: «انتقد الأمين العام … عبداللطيف الزياني التصعيد الإيراني …، مشيراً إلى أن “…”» had printed «الإيراني».
        Assert.Equal(["الزياني", "الزياني"], SpeakersIn(
            "انتقد الأمين العام لدول مجلس التعاون الخليجي عبداللطيف الزياني التصعيد الإيراني بشأن الجزر الإماراتية المحتلة من قبل طهران، مشيراً إلى أن “تصريحات المسؤولين الإيرانيين حول الجزر تهدد الأمن والسلم الدوليين”. "
            + "وشدد على أن “التصعيد الإيراني أو أي عمل تقوم به طهران بشأن الجزر الإماراتية المحتلة لن يغير من الواقع التاريخي والقانوني لها”."));

    [Fact]
    public void Extract_WhatAMeetingDiscussed_IsNoQuotation() =>
        // w256_23: «خلال اجتماع مع مسؤولين أمنيين بحث «الخطط الأمنية …»، إن «…»» had taken the agenda for his words and
        // left the words after إن without a cue.
        Assert.Equal([("العليمي", "ميليشيا الحوثي اختارت التصعيد عبر البحار ومضاعفة معاناة اليمنيين")], QuotesIn(
            "وقال العليمي، خلال اجتماع مع مسؤولين أمنيين يمنيين بحث «الخطط الأمنية في ظل التهديدات الحوثية وتصعيدها ضد الملاحة وفي مختلف جبهات القتال»، إن «ميليشيا الحوثي اختارت التصعيد عبر البحار ومضاعفة معاناة اليمنيين»."));

    [Fact]
    public void Extract_ChannelNameAfterChannels_IsNoQuotation() =>
        // w257_42: «في تصريح لقنوات “بي إن سبورت” القطرية» had printed the channel's name as Hakimi's words.
        Assert.DoesNotContain("بي إن سبورت", QuotesIn(
            "وتحدث أشرف حكيمي، في تصريح لقنوات “بي إن سبورت” القطرية، عن قناعاته بقوله: “اخترت حمل قميص المنتخب الوطني حتى يكون أمي وأبي فخورين بي”.").Select(q => q.Text));
}
