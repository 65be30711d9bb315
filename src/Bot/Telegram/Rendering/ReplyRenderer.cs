using System.Text;
using Bot.Storage;

namespace Bot.Telegram.Rendering;

/// <summary>
/// Every reply about articles, in Arabic and Telegram HTML. All article text is escaped here, and
/// every reply goes through <see cref="HtmlMessageSplitter"/>, so no handler can produce a message
/// Telegram would reject.
/// </summary>
public static class ReplyRenderer
{
    public const int QuotesOnCard = 3;

    public static Reply Text(string html, IReadOnlyList<IReadOnlyList<Button>>? buttons = null) =>
        new(Parts(html, buttons ?? []));

    /// <summary>Splits HTML into messages; buttons and the link preview go on the last one.</summary>
    public static IReadOnlyList<OutgoingMessage> Parts(string html, IReadOnlyList<IReadOnlyList<Button>> buttons, string? previewUrl = null)
    {
        var parts = HtmlMessageSplitter.Split(html);
        var messages = new List<OutgoingMessage>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            messages.Add(new OutgoingMessage(parts[i], last ? buttons : [], last ? previewUrl : null));
        }
        return messages;
    }

    public static Reply ArticleList(string headerHtml, IReadOnlyList<Article> articles, int firstNumber, IReadOnlyList<Button> pager,
        IReadOnlyDictionary<int, int>? storySources = null)
    {
        var sb = new StringBuilder(headerHtml).Append("\n\n");
        var buttons = new List<IReadOnlyList<Button>>();
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var n = firstNumber + i;
            sb.Append("\u200F").Append(n).Append(". <b>").Append(TelegramHtml.Escape(a.Title)).Append("</b>\n")
              .Append("\u200F   ").Append(TelegramHtml.Escape(a.Source));
            if (a.PublishedUtc != default) sb.Append(" · ").Append(ArabicFormat.Date(a.PublishedUtc));
            if (storySources is not null && storySources.TryGetValue(a.StoryId, out var outlets) && outlets > 1)
            {
                sb.Append(" · ").Append(ArabicFormat.Sources(outlets));
            }
            sb.Append(" · /article_").Append(a.Id).Append('\n');
            buttons.Add([new Button(TelegramHtml.TruncateUtf8($"{n}. {a.Title}", 120), Callback.Article(a.Id))]);
        }
        if (pager.Count > 0) buttons.Add(pager);
        return new Reply(Parts(sb.ToString().TrimEnd(), buttons));
    }

    public static Reply ArticleCard(Article a, IReadOnlyList<Article>? otherReports = null)
    {
        var sb = new StringBuilder();
        sb.Append("<b>").Append(TelegramHtml.Escape(a.Title)).Append("</b>\n");
        sb.Append("<i>").Append(TelegramHtml.Escape(a.Source));
        if (a.PublishedUtc != default) sb.Append(" · ").Append(ArabicFormat.Date(a.PublishedUtc));
        sb.Append("</i>\n\n");
        if (a.Summary.Count > 0)
        {
            sb.Append("<b>الملخص:</b>\n");
            for (var i = 0; i < a.Summary.Count; i++)
            {
                var line = i == 0 ? ArabicFormat.Opening(a.Summary[0], a.Source) : a.Summary[i];
                sb.Append(TelegramHtml.Escape(ArabicFormat.Continued(line))).Append('\n');
            }
        }
        if (a.Quotes.Count > 0)
        {
            sb.Append("\n<b>أبرز الاقتباسات:</b>\n");
            foreach (var q in KeyQuotes(a.Quotes, QuotesOnCard)) AppendQuote(sb, q);
        }
        var href = TelegramHtml.SafeHref(a.Url);
        if (href is not null) sb.Append("\n<a href=\"").Append(href).Append("\">المصدر الأصلي</a>\n");
        if (otherReports is { Count: > 0 })
        {
            sb.Append("\n<b>نقلته أيضًا:</b> ");
            sb.AppendJoin("، ", otherReports.Select(SourceLink));
            sb.Append('\n');
        }

        var row = new List<Button>();
        if (a.Quotes.Count > 0) row.Add(new Button("الاقتباسات", Callback.Quotes(a.Id)));
        if (href is not null) row.Add(new Button("الرابط الأصلي", Url: a.Url));
        IReadOnlyList<IReadOnlyList<Button>> buttons = row.Count > 0 ? [row] : [];
        return new Reply(Parts(sb.ToString().TrimEnd(), buttons, href is null ? null : a.Url));
    }

    /// <summary>The outlet's name, linked to its article when the link is safe.</summary>
    public static string SourceLink(Article a)
    {
        var name = TelegramHtml.Escape(a.Source.Length > 0 ? a.Source : "المصدر");
        return TelegramHtml.SafeHref(a.Url) is { } href ? $"<a href=\"{href}\">{name}</a>" : name;
    }

    public static Reply Quotes(Article a)
    {
        if (a.Quotes.Count == 0)
        {
            return Text($"لا توجد اقتباسات مباشرة في الخبر «{TelegramHtml.Escape(a.Title)}».");
        }
        var sb = new StringBuilder();
        sb.Append("<b>اقتباسات: ").Append(TelegramHtml.Escape(a.Title)).Append("</b>\n\n");
        foreach (var q in a.Quotes) AppendQuote(sb, q);
        return Text(sb.ToString().TrimEnd(), [[new Button("عرض الخبر", Callback.Article(a.Id))]]);
    }

    /// <summary>
    /// The top quotes for a card, one per speaker first (in the engine's rank order), so a story about two
    /// leaders shows what each of them said; then the next best of any speaker.
    /// </summary>
    public static IReadOnlyList<ArticleQuote> KeyQuotes(IReadOnlyList<ArticleQuote> ranked, int count)
    {
        var picked = new List<ArticleQuote>(count);
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in ranked)
        {
            if (picked.Count == count) break;
            if (speakers.Add(q.Speaker)) picked.Add(q);
        }
        foreach (var q in ranked)
        {
            if (picked.Count == count) break;
            if (!picked.Contains(q)) picked.Add(q);
        }
        // Back in rank order, so the strongest quote still comes first.
        return [.. ranked.Where(picked.Contains)];
    }

    public static void AppendQuote(StringBuilder sb, ArticleQuote q) =>
        sb.Append("• <b>").Append(TelegramHtml.Escape(q.Speaker)).Append("</b>: «")
          .Append(TelegramHtml.Escape(q.Text)).Append("»\n");
}

/// <summary>Callback data formats; each stays far below Telegram's 64-byte limit.</summary>
public static class Callback
{
    public static string Article(int id) => $"a:{id}";
    public static string Quotes(int id) => $"q:{id}";
    public static string LatestPage(int page, int size) => $"l:{page}:{size}";
}
