using System.Globalization;
using Bot.Storage;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Commands;

/// <summary>/latest, /article, /quotes, /search and their buttons.</summary>
public sealed class ArticleCommands(ArticleStore articles, StoryStore stories, SearchIndex search)
{
    public const int DefaultPageSize = 5;
    public const int MaxPageSize = 20;
    public const int MaxSearchResults = 10;
    private const int MaxQueryLength = 200;

    public Reply Latest(string args)
    {
        var size = DefaultPageSize;
        if (args.Length > 0 && !TryParseNumber(args, out size))
        {
            return Reply.Html("اكتب عدد الأخبار رقمًا، مثل: <code>/latest 5</code>");
        }
        if (size < 1 || size > MaxPageSize)
        {
            return Reply.Html($"يمكن عرض من 1 إلى {MaxPageSize} خبرًا في الصفحة، مثل: <code>/latest 5</code>");
        }
        return LatestPage(0, size);
    }

    public Reply LatestPage(int page, int size)
    {
        size = Math.Clamp(size, 1, MaxPageSize);
        page = Math.Max(0, page);
        // One extra row tells whether a next page exists without counting the collection.
        var rows = articles.LatestStories(page * size, size + 1);
        if (rows.Count == 0)
        {
            return Reply.Html(page == 0 ? "لا توجد أخبار بعد. عد لاحقًا." : "لا توجد أخبار أخرى.");
        }
        var shown = rows.Take(size).ToList();
        var pager = new List<Button>();
        if (page > 0) pager.Add(new Button("« السابق", Callback.LatestPage(page - 1, size)));
        if (rows.Count > size) pager.Add(new Button("التالي »", Callback.LatestPage(page + 1, size)));
        var header = page == 0 ? "<b>آخر الأخبار</b>" : $"<b>آخر الأخبار</b> — صفحة {page + 1}";
        return ReplyRenderer.ArticleList(header, shown, page * size + 1, pager, stories.SourceCounts(shown.Select(a => a.StoryId)));
    }

    public Reply Article(string args) => WithArticle(args, "/article", a => ReplyRenderer.ArticleCard(a, OtherReports(a)));

    /// <summary>The same story from other outlets, one article each.</summary>
    private IReadOnlyList<Article> OtherReports(Article a) =>
        stories.Members(a.StoryId).Where(m => m.Id != a.Id && !string.Equals(m.Source, a.Source, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(m => m.Source, StringComparer.OrdinalIgnoreCase).ToList();

    public Reply Quotes(string args) => WithArticle(args, "/quotes", ReplyRenderer.Quotes);

    public Reply Search(string args)
    {
        var query = args.Trim();
        if (query.Length == 0)
        {
            return Reply.Html("اكتب كلمات البحث بعد الأمر، مثل: <code>/search العلاقات الروسية</code>");
        }
        if (query.Length > MaxQueryLength)
        {
            return Reply.Html($"عبارة البحث طويلة جدًا؛ اكتب أقل من {MaxQueryLength} حرف.");
        }
        // Several outlets' reports of one story would crowd the list: ask for more, show each story once.
        // Articles users submitted are indexed (for them) but are not shared results.
        var ids = search.Search(query, MaxSearchResults * 3);
        var found = articles.FindMany(ids).Where(a => !a.SubmittedByUser).DistinctBy(a => a.StoryId).Take(MaxSearchResults).ToList();
        if (found.Count == 0)
        {
            return Reply.Html($"لم أجد أخبارًا عن «{TelegramHtml.Escape(query)}». جرّب كلمات أخرى.");
        }
        return ReplyRenderer.ArticleList($"<b>نتائج البحث عن «{TelegramHtml.Escape(query)}»</b>", found, 1, [],
            stories.SourceCounts(found.Select(a => a.StoryId)));
    }

    private Reply WithArticle(string args, string command, Func<Article, Reply> render)
    {
        if (!TryParseNumber(args, out var id) || id < 1)
        {
            return Reply.Html($"اكتب رقم الخبر بعد الأمر، مثل: <code>{command} 1</code>. تجد الأرقام في /latest");
        }
        var article = articles.Find(id);
        return article is null ? Reply.Html($"لا يوجد خبر بالرقم {id}. اطلب /latest لعرض آخر الأخبار.") : render(article);
    }

    /// <summary>Accepts ASCII and Arabic-Indic digits («٣»), since Arabic keyboards type the latter.</summary>
    public static bool TryParseNumber(string text, out int value)
    {
        var digits = new string(text.Trim().Select(c => c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660'))
            : c is >= '\u06F0' and <= '\u06F9' ? (char)('0' + (c - '\u06F0')) : c).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
