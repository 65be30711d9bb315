using Bot.Digests;
using Bot.Storage;
using Bot.Telegram.Rendering;

namespace Bot.Tests.Digests;

public sealed class DigestRendererTests
{
    private static readonly DateTime Until = new(2025, 5, 5, 5, 0, 0, DateTimeKind.Utc);

    private static Article Article(int id, int story, string source, string title = "عنوان", int minutesAgo = 60, string summary = "جملة أولى.") => new()
    {
        Id = id,
        StoryId = story,
        Source = source,
        Title = title,
        Url = $"https://example.com/{id}",
        IngestedUtc = Until.AddMinutes(-minutesAgo),
        PublishedUtc = Until.AddMinutes(-minutesAgo),
        Summary = [summary, "جملة ثانية.", "جملة ثالثة لا تظهر."],
        Quotes = [new ArticleQuote { Speaker = "الوزير", Text = "سنمضي قدمًا" }],
    };

    [Fact]
    public void Rank_MoreSources_First()
    {
        var articles = new[] { Article(1, 1, "أ", minutesAgo: 10), Article(2, 2, "أ"), Article(3, 2, "ب"), Article(4, 2, "ج") };
        var stories = StoryRanker.Rank(articles, [], Until.AddDays(-1), Until, 5);
        Assert.Equal([2, 1], stories.Select(s => s.StoryId));
        Assert.Equal(3, stories[0].SourceCount);
    }

    [Fact]
    public void Rank_SameSources_NewerFirst()
    {
        var stories = StoryRanker.Rank([Article(1, 1, "أ", minutesAgo: 600), Article(2, 2, "أ", minutesAgo: 5)], [], Until.AddDays(-1), Until, 5);
        Assert.Equal([2, 1], stories.Select(s => s.StoryId));
    }

    [Fact]
    public void Rank_TopicOfTheChat_OutranksAnExtraSource()
    {
        var articles = new[] { Article(1, 1, "أ", title: "أسعار النفط ترتفع"), Article(2, 2, "أ", title: "مباراة"), Article(3, 2, "ب", title: "مباراة") };
        var stories = StoryRanker.Rank(articles, ["النفط"], Until.AddDays(-1), Until, 5);
        Assert.Equal(1, stories[0].StoryId);
    }

    [Fact]
    public void Rank_AtMostN()
    {
        var articles = Enumerable.Range(1, 12).Select(i => Article(i, i, "أ")).ToList();
        Assert.Equal(5, StoryRanker.Rank(articles, [], Until.AddDays(-1), Until, 5).Count);
    }

    [Fact]
    public void Story_TitleTwoSentencesQuoteAndSources_Escaped()
    {
        var story = StoryRanker.Rank([Article(1, 1, "الجزيرة", title: "<b>عاجل</b> & خبر"), Article(2, 1, "العربية")], [], Until.AddDays(-1), Until, 1)[0];
        var html = DigestRenderer.Story(1, story);
        Assert.Contains("&lt;b&gt;عاجل&lt;/b&gt; &amp; خبر", html);
        Assert.Contains("جملة أولى. جملة ثانية.", html);
        Assert.DoesNotContain("ثالثة", html);
        Assert.Contains("<b>الوزير</b>: «سنمضي قدمًا»", html);
        Assert.Contains("<a href=\"https://example.com/1\">الجزيرة</a>", html);
        Assert.Contains("<a href=\"https://example.com/2\">العربية</a>", html);
    }

    [Fact]
    public void Story_SummaryEndingInsideASentence_EndsWithEllipsis()
    {
        var article = Article(1, 1, "الجزيرة");
        article.Summary = ["أطلق الوزير مبادرة لدعم المشروعات الصغيرة،", "ووقع اتفاقيات مع البنوك،"];
        var html = DigestRenderer.Story(1, StoryRanker.Rank([article], [], Until.AddDays(-1), Until, 1)[0]);
        Assert.Contains("المشروعات الصغيرة، ووقع اتفاقيات مع البنوك…\n", html);
    }

    [Fact]
    public void Story_SummaryOpeningWithTheOutletsDateline_DropsIt()
    {
        var article = Article(1, 1, "جفرا نيوز", summary: "جفرا نيوز - أعلنت الحكومة خطة جديدة.");
        var html = DigestRenderer.Story(1, StoryRanker.Rank([article], [], Until.AddDays(-1), Until, 1)[0]);
        Assert.Contains(">\nأعلنت الحكومة خطة جديدة. جملة ثانية.\n", html);
    }

    [Fact]
    public void Render_AnyArticleText_IsValidTelegramHtmlWithinLimits()
    {
        // Titles, summaries, quotes, sources and addresses as hostile as ReplyRendererTests' article cards get, several
        // outlets to a story and up to 20 stories: every message Telegram would accept, none empty, none over the limit.
        var random = new Random(20261130);
        for (var run = 0; run < 200; run++)
        {
            var stories = Enumerable.Range(1, random.Next(1, 21)).Select(s => new DigestStory(s,
                [.. Enumerable.Range(0, random.Next(1, 8)).Select(a => Telegram.ReplyRendererTests.RandomArticle(random, s * 100 + a))],
                random.NextDouble())).ToList();
            var messages = DigestRenderer.Render(new DateOnly(2026, 11, 30), stories);
            Assert.NotEmpty(messages);
            Assert.All(messages, Telegram.HtmlMessageSplitterTests.AssertValid);
        }
    }

    [Fact]
    public void Render_HeaderHasArabicDate()
    {
        var stories = StoryRanker.Rank([Article(1, 1, "أ")], [], Until.AddDays(-1), Until, 1);
        var parts = DigestRenderer.Render(new DateOnly(2025, 5, 5), stories);
        Assert.StartsWith("<b>📰 موجز الأخبار</b> — الاثنين 5 مايو 2025", Assert.Single(parts));
    }

    [Fact]
    public void Render_LongDigest_SplitAtStoryBoundaries()
    {
        var articles = Enumerable.Range(1, 10).Select(i => Article(i, i, "أ", summary: new string('س', 900) + ".")).ToList();
        var stories = StoryRanker.Rank(articles, [], Until.AddDays(-1), Until, 10);
        var parts = DigestRenderer.Render(new DateOnly(2025, 5, 5), stories);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, TelegramHtml.MaxMessageLength));
        // Every story block is whole inside one part.
        foreach (var story in stories.Select((s, i) => DigestRenderer.Story(i + 1, s)))
        {
            Assert.Single(parts, p => p.Contains(story, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Pack_BlockLongerThanAMessage_CutInside()
    {
        var parts = DigestRenderer.Pack(["رأس", "<b>" + new string('ك', 9000) + "</b>"]);
        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, TelegramHtml.MaxMessageLength));
    }

    [Fact]
    public void Render_NoStories_NoParts() => Assert.Empty(DigestRenderer.Render(new DateOnly(2025, 5, 5), []));
}
