using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 41: what blind rounds 587–634 (w587_… to w634_…) and the pooled dev pages (132–583) missed.
/// </summary>
public class QuoteExtractorRound627Tests
{
    [Fact]
    public void Extract_SourceInAMovementNamedByItsOwnName_IsPrintedWithTheMovement() =>
        // w593_19: «أفادت مصادر في حركة حماس الفلسطينية أن …» then «وأضافت المصادر: “…”»: the phrase had stopped at the
        // body word, a name without ال after it, and the quotation went without a speaker.
        Assert.Equal(["مصادر في حركة حماس"], SpeakersIn(
            "أفادت مصادر في حركة حماس الفلسطينية أن الحركة ستقدم ردها على المبادرة المصرية القطرية في وقت لاحق اليوم الأحد.",
            "وأضافت المصادر: “نتوقع أن يستمر الاحتلال الإسرائيلي في حربه على قطاع غزة لعدة أشهر قادمة”."));

    [Fact]
    public void Extract_LeaderInAMovement_IsPrintedWithTheMovement() =>
        Assert.Equal(["قيادي في حركة حماس"], SpeakersIn(
            "وقال قيادي في حركة حماس: “الرد سيسلم للوسطاء مساء اليوم بشكل مكتوب”."));

    [Fact]
    public void Extract_SourceCloseToSomeone_IsPrintedWithWhomItIsCloseTo() =>
        // w285_21: «مصدر مقرب» alone had been printed.
        Assert.Equal(["مصدر مقرب من الحكومة السعودية"], SpeakersIn(
            "وقال مصدر مقرب من الحكومة السعودية: “هذا ليس قرضا، بل هي وديعة ولن يتعين على الحكومة اليمنية سدادها”."));
}
