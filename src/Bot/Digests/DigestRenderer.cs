using System.Text;
using Bot.Storage;
using Bot.Telegram.Rendering;

namespace Bot.Digests;

/// <summary>
/// A digest in Arabic Telegram HTML: a header with the date, then one block per story — title, a
/// two-sentence summary, the top quote with its speaker, and the source links. Messages are cut at
/// story boundaries; only a story longer than a message on its own is cut inside (by
/// <see cref="HtmlMessageSplitter"/>). All article text is escaped.
/// </summary>
public static class DigestRenderer
{
    public const int SummarySentences = 2;
    public const int MaxSourceLinks = 5;
    public const string EmptyNote = "لا أخبار جديدة منذ الموجز السابق.";

    public static string Header(DateOnly localDate) => $"<b>📰 موجز الأخبار</b> — {ArabicFormat.DayAndDate(localDate)}";

    public static IReadOnlyList<string> Render(DateOnly localDate, IReadOnlyList<DigestStory> stories, int limit = TelegramHtml.MaxMessageLength)
    {
        if (stories.Count == 0) return [];
        var blocks = new List<string> { Header(localDate) };
        for (var i = 0; i < stories.Count; i++) blocks.Add(Story(i + 1, stories[i]));
        return Pack(blocks, limit);
    }

    /// <summary>Joins blocks with blank lines into as few messages as fit; a block never straddles two.</summary>
    public static IReadOnlyList<string> Pack(IReadOnlyList<string> blocks, int limit = TelegramHtml.MaxMessageLength)
    {
        const string separator = "\n\n";
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var block in blocks)
        {
            if (current.Length > 0 && current.Length + separator.Length + block.Length <= limit)
            {
                current.Append(separator).Append(block);
                continue;
            }
            if (current.Length > 0) parts.Add(current.ToString());
            current.Clear();
            if (block.Length <= limit)
            {
                current.Append(block);
            }
            else
            {
                parts.AddRange(HtmlMessageSplitter.Split(block, limit));
            }
        }
        if (current.Length > 0) parts.Add(current.ToString());
        return parts;
    }

    public static string Story(int number, DigestStory story)
    {
        var lead = story.Lead;
        var sb = new StringBuilder();
        sb.Append('\u200F').Append(ArabicFormat.Number(number)).Append(". <b>").Append(TelegramHtml.Escape(lead.Title)).Append("</b>\n");
        var summary = lead.Summary.Take(SummarySentences).ToList();
        if (summary.Count > 0)
        {
            summary[0] = ArabicFormat.Opening(summary[0], lead.Source);
            sb.Append(TelegramHtml.Escape(ArabicFormat.Continued(string.Join(' ', summary)))).Append('\n');
        }
        if (story.Articles.SelectMany(a => a.Quotes).FirstOrDefault(q => q.Text.Length > 0) is { } quote)
        {
            // Quotes are stored most important first; the lead's own quote wins over another source's.
            var top = lead.Quotes.FirstOrDefault(q => q.Text.Length > 0) ?? quote;
            ReplyRenderer.AppendQuote(sb, top);
        }
        sb.Append("المصادر: ").Append(Sources(story.Articles));
        return sb.ToString();
    }

    private static string Sources(IReadOnlyList<Article> articles)
    {
        var links = articles.GroupBy(a => a.Source, StringComparer.Ordinal).Take(MaxSourceLinks)
            .Select(group => ReplyRenderer.SourceLink(group.First()));
        return string.Join(" · ", links);
    }
}
