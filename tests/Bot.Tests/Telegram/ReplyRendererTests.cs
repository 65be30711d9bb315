using System.Text;
using Bot.Storage;
using Bot.Telegram.Rendering;

namespace Bot.Tests.Telegram;

public class ReplyRendererTests
{
    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "</b><i>", "&nbsp;", "&", "<", ">", "\"", "😀", "\u200F", "\u202E", "\uD800",
        "كيم", "بوتين", " ", "\n", "\n\n", ".", "؟", "«", "»", "“", "”", "a", "https://x.example/?a=1&b=2",
    ];

    private static string RandomText(Random random, int maxLength)
    {
        var length = random.Next(0, maxLength);
        var sb = new StringBuilder(length);
        while (sb.Length < length) sb.Append(Hostile[random.Next(Hostile.Length)]);
        return sb.ToString();
    }

    internal static Article RandomArticle(Random random, int id) => new()
    {
        Id = id,
        Title = RandomText(random, 400),
        Source = RandomText(random, 60),
        Url = random.Next(3) switch { 0 => "", 1 => "https://news.example/a?x=\"<b>", _ => RandomText(random, 80) },
        PublishedUtc = new DateTime(2023, 9, 13, 0, 0, 0, DateTimeKind.Utc),
        Summary = Enumerable.Range(0, random.Next(0, 30)).Select(_ => RandomText(random, 600)).ToList(),
        Quotes = Enumerable.Range(0, random.Next(0, 12))
            .Select(_ => new ArticleQuote { Speaker = RandomText(random, 40), Text = RandomText(random, 800) }).ToList(),
    };

    [Fact]
    public void EveryReply_AnyArticleText_IsValidTelegramHtmlWithinLimits()
    {
        var random = new Random(13);
        for (var run = 0; run < 300; run++)
        {
            var article = RandomArticle(random, random.Next(1, int.MaxValue));
            Reply[] replies =
            [
                ReplyRenderer.ArticleCard(article),
                ReplyRenderer.Quotes(article),
                ReplyRenderer.ArticleList("<b>آخر الأخبار</b>", [article, RandomArticle(random, 2)], 1, [new Button("التالي »", Callback.LatestPage(999_999, 20))]),
            ];
            foreach (var message in replies.SelectMany(r => r.Messages))
            {
                HtmlMessageSplitterTests.AssertValid(message.Html);
                foreach (var button in message.Buttons.SelectMany(row => row))
                {
                    if (button.CallbackData is { } data) Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, TelegramHtml.MaxCallbackDataBytes);
                    else Assert.NotNull(TelegramHtml.SafeHref(button.Url));
                }
            }
        }
    }

    [Fact]
    public void ArticleCard_ScriptInTitle_IsEscaped()
    {
        var card = ReplyRenderer.ArticleCard(new Article { Id = 1, Title = "<script>x</script>", Source = "s" });
        Assert.Contains("&lt;script&gt;", card.Messages[0].Html);
    }

    [Fact]
    public void ArticleCard_WithUrl_PreviewsOnlyThatLink()
    {
        var card = ReplyRenderer.ArticleCard(new Article { Id = 1, Title = "t", Source = "s", Url = "https://news.example/1" });
        Assert.Equal("https://news.example/1", card.Messages[^1].PreviewUrl);
        var list = ReplyRenderer.ArticleList("h", [new Article { Id = 1, Title = "t", Url = "https://news.example/1" }], 1, []);
        Assert.Null(list.Messages[0].PreviewUrl);
    }

    [Fact]
    public void ArticleCard_JavascriptUrl_NotLinked()
    {
        var card = ReplyRenderer.ArticleCard(new Article { Id = 1, Title = "t", Source = "s", Url = "javascript:alert(1)" });
        Assert.DoesNotContain("href", card.Messages[0].Html);
        Assert.Empty(card.Messages[0].Buttons);
    }

    [Fact]
    public void ArticleCard_QuotesAttributed_SpeakerThenQuote()
    {
        var card = ReplyRenderer.ArticleCard(new Article
        {
            Id = 1, Title = "t", Source = "s",
            Quotes = [new ArticleQuote { Speaker = "بوتين", Text = "سنناقش كافة المواضيع" }],
        });
        Assert.Contains("<b>بوتين</b>: «سنناقش كافة المواضيع»", card.Messages[0].Html);
    }

    [Fact]
    public void ArticleCard_SummaryCutAfterComma_EndsWithEllipsis()
    {
        // The text engine cuts a run-on sentence after a clause mark; the line shows that it goes on.
        var card = ReplyRenderer.ArticleCard(new Article
        {
            Id = 1, Title = "t", Source = "s",
            Summary = ["أطلق الوزير مبادرة لدعم المشروعات الصغيرة،", "وأعلن موعد التسجيل:", "وانتهى الاجتماع."],
        });
        Assert.Contains("لدعم المشروعات الصغيرة…\nوأعلن موعد التسجيل…\nوانتهى الاجتماع.", card.Messages[0].Html);
    }

    [Theory]
    // the outlet's own name, with any dash and spacing (w9_040, w84_029)
    [InlineData("صراحة نيوز – قال أمين عام وزارة البيئة إن الأردن ملتزم.", "صراحة نيوز", "قال أمين عام وزارة البيئة إن الأردن ملتزم.")]
    [InlineData("خبرني - أكد رئيس الهيئة المستقلة للانتخاب أن …", "موقع خبرني", "أكد رئيس الهيئة المستقلة للانتخاب أن …")]
    // or set off with a colon (argen_ntg_train_0078)
    [InlineData("السودان اليوم : تشهد أسواق التمور بولاية الخرطوم إرتفاعا حادا في الأسعار", "السودان اليوم", "تشهد أسواق التمور بولاية الخرطوم إرتفاعا حادا في الأسعار")]
    // a colon after someone else's words introduces them: it stays
    [InlineData("قال الوزير: الأسعار ستنخفض.", "السودان اليوم", "قال الوزير: الأسعار ستنخفض.")]
    // a place says where: it stays
    [InlineData("عمان – قال وزير الخارجية إن المحادثات مستمرة.", "صراحة نيوز", "عمان – قال وزير الخارجية إن المحادثات مستمرة.")]
    // a dash inside the sentence is no dateline
    [InlineData("مشروع السكة الحديدية بشار- تندوف يتقدم.", "بشار", "مشروع السكة الحديدية بشار- تندوف يتقدم.")]
    // nothing after the dash
    [InlineData("صراحة نيوز –", "صراحة نيوز", "صراحة نيوز –")]
    public void WithoutSourceDateline_DropsOnlyTheOutletsOwnName(string text, string source, string expected) =>
        Assert.Equal(expected, ArabicFormat.WithoutSourceDateline(text, source));

    [Theory]
    // the outlet's own dateline
    [InlineData("الوكيل الإخباري - أعلنت الحكومة خطة جديدة.", "أعلنت الحكومة خطة جديدة.")]
    // the page's publication stamp, and the outlet's dateline after it
    [InlineData("الأحد، 18-01-2026 12:24 م الوكيل الإخباري - أعلنت الحكومة خطة جديدة.", "أعلنت الحكومة خطة جديدة.")]
    public void ArticleCard_SummaryOpeningWithADateline_ShowsTheSentence(string opening, string shown)
    {
        var card = ReplyRenderer.ArticleCard(new Article
        {
            Id = 1, Title = "t", Source = "الوكيل الإخباري",
            Summary = [opening, "وقال الوزير - في مؤتمر صحفي - إنها تبدأ غدا."],
        });
        Assert.Contains($"<b>الملخص:</b>\n{shown}\nوقال الوزير - في مؤتمر صحفي - إنها تبدأ غدا.", card.Messages[0].Html);
    }

    [Fact]
    public void KeyQuotes_OneSpeakerDominates_OtherSpeakerStillShown()
    {
        ArticleQuote Q(string speaker, string text) => new() { Speaker = speaker, Text = text };
        var ranked = new[] { Q("كيم", "1"), Q("كيم", "2"), Q("كيم", "3"), Q("بوتين", "4"), Q("كيم", "5") };
        var picked = ReplyRenderer.KeyQuotes(ranked, 3);
        Assert.Equal(["1", "2", "4"], picked.Select(q => q.Text));
    }

    [Fact]
    public void KeyQuotes_FewerThanCount_ReturnsAll()
    {
        var ranked = new[] { new ArticleQuote { Speaker = "أ", Text = "1" } };
        Assert.Single(ReplyRenderer.KeyQuotes(ranked, 3));
    }

    [Fact]
    public void ArticleList_StoryFromSeveralOutlets_ShowsSourceCount()
    {
        var a = new Article { Id = 7, StoryId = 3, Title = "قمة", Source = "وكالة" };
        var list = ReplyRenderer.ArticleList("h", [a], 1, [], new Dictionary<int, int> { [3] = 3 });
        Assert.Contains("3 مصادر", list.Messages[0].Html);
    }

    [Fact]
    public void ArticleCard_OtherReports_LinkedByOutletName()
    {
        var a = new Article { Id = 1, Title = "قمة", Source = "وكالة 1" };
        var other = new Article { Id = 2, Title = "قمة", Source = "<وكالة 2>", Url = "https://two.example/a" };
        var html = ReplyRenderer.ArticleCard(a, [other]).Messages[0].Html;
        Assert.Contains("نقلته أيضًا", html);
        Assert.Contains("<a href=\"https://two.example/a\">&lt;وكالة 2&gt;</a>", html);
    }

    [Theory]
    [InlineData(2, "مصدران")]      // dual
    [InlineData(3, "3 مصادر")]     // 3–10: plural
    [InlineData(11, "11 مصدرًا")]  // 11 and up: singular accusative
    public void Sources_ArabicNumberAgreement(int n, string expected) => Assert.Equal(expected, ArabicFormat.Sources(n));
}
