using static Bot.Text.Tests.Quotes.ArticleQuotes;

namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Rules from session 20: what the dev pages 132–187 missed or misread before the blind rounds 188–191 — a verb's form
/// after a preposition, and straight quotes left odd by a mistyped mark.
/// </summary>
public class QuoteExtractorRound188Tests
{
    [Fact]
    public void Extract_CueFormRightAfterAPreposition_IsANounAndNamesNobody() =>
        // w140_15: «إلى صرح أكاديمي يضم» (an edifice) had been read as «صرّح» (he declared) with «يضم» as its speaker, whom a
        // later «لتقول» then carried on.
        Assert.Equal(["موزا بنت ناصر"], SpeakersIn(
            "قالت الشيخة موزا بنت ناصر إن المدينة التعليمية حلم تحقق بعد سنوات من العمل.",
            "وتحولت الفكرة إلى صرح أكاديمي يضم 7 جامعات عالمية.",
            "وأضافت: \"أوعدك إنه الغد سيكون هنا، وقد صار الغد هنا\"."));

    [Fact]
    public void Extract_OddStraightQuotes_AMarkAfterAColonOpensTheNextQuotation() =>
        // w164_09: a quotation left open at «القادمة.» and the next one, opened after «حديثه:», had been read as one span once
        // the splitter kept the paragraph whole; the mark after the colon opens a quotation of its own. (A guard: it passed
        // before the splitter change, when the period still cut the sentence, and fails with the change but not the stop.)
        Assert.Contains(("ريفيرا", "المحك في هذه البطولة هو حصولنا على اللقب، لأن قطر لم يسبق لها الفوز به"), QuotesIn(
            "وقال ريفيرا في المؤتمر الصحافي: \"لعبنا بشكل منظم للغاية في الدفاع، ولكن للأسف نعاني من مشكلة الإصابات\".",
            "وأكمل ريفيرا قائلا:\"يجب علينا الإستمرار بروح الفريق الواحد للمباريات القادمة، وحاولت إراحة بعض اللاعبين. وتابع حديثه:\"المحك في هذه البطولة هو حصولنا على اللقب، لأن قطر لم يسبق لها الفوز به\"."));
}
