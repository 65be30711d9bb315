using System.Text;
using Bot.Ingestion.Sources;
using Bot.Storage;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Commands;

/// <summary>/sources, /addsource and /removesource: for the bot's owners (Telegram:AdminUserIds) only.</summary>
public sealed class SourceCommands(SourceStore sources, BotDatabase database, AdminUsers admins, TimeProvider time)
{
    public const string Refusal = "عذرًا، هذا الأمر لمشرفي البوت فقط.";

    public bool IsAdmin(CommandContext context) => admins.IsAdmin(context);

    public Reply List(CommandContext context)
    {
        if (!IsAdmin(context)) return Reply.Html(Refusal);
        var all = sources.Active();
        if (all.Count == 0)
        {
            return Reply.Html("لا توجد مصادر بعد. أضف مصدرًا: <code>/addsource https://example.com/rss.xml الاسم</code>");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var today = now.Date;
        var sb = new StringBuilder("<b>المصادر</b>\n\n");
        foreach (var s in all)
        {
            var state = !s.Enabled ? "⛔" : s.ConsecutiveFailures > 0 ? "⚠️" : s.LastSuccessUtc is null ? "⏳" : "✅";
            sb.Append(state).Append(" <b>").Append(TelegramHtml.Escape(s.Name)).Append("</b>\n");
            sb.Append("   ").Append(TelegramHtml.Escape(s.FeedUrl)).Append('\n');
            sb.Append("   آخر نجاح: ").Append(When(s.LastSuccessUtc)).Append('\n');
            if (s.LastErrorUtc is not null)
            {
                sb.Append("   آخر خطأ: ").Append(When(s.LastErrorUtc)).Append(" — ").Append(TelegramHtml.Escape(s.LastError)).Append('\n');
            }
            sb.Append("   إخفاقات متتالية: ").Append(ArabicFormat.Number(s.ConsecutiveFailures))
              .Append(" · أخبار اليوم: ").Append(ArabicFormat.Number(database.CountFromSourceSince(s.Name, today))).Append('\n');
            if (!s.Enabled)
            {
                sb.Append("   معطّل").Append(s.DisabledReason is { } why ? " (" + TelegramHtml.Escape(why) + ")" : "")
                  .Append(". لإعادة تفعيله: <code>/addsource ").Append(TelegramHtml.Escape(s.FeedUrl)).Append(' ').Append(TelegramHtml.Escape(s.Name)).Append("</code>\n");
            }
            sb.Append('\n');
        }
        return ReplyRenderer.Text(sb.ToString().TrimEnd());
    }

    public Reply Add(CommandContext context, string args)
    {
        if (!IsAdmin(context)) return Reply.Html(Refusal);
        var parts = args.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !SourceStore.IsFeedUrl(parts[0]))
        {
            return Reply.Html("اكتب رابط الخلاصة (http أو https) ثم اسمًا اختياريًا، مثل:\n<code>/addsource https://example.com/rss.xml الجزيرة</code>");
        }
        var url = new Uri(parts[0]).AbsoluteUri;
        var name = parts.Length > 1 ? parts[1] : new Uri(url).Host;
        if (name.Length > FeedSource.MaxNameLength) return Reply.Html($"الاسم طويل؛ اكتب اسمًا من {FeedSource.MaxNameLength} حرفًا على الأكثر.");
        if (sources.FindByUrl(url) is { } same && !string.Equals(same.Id, FeedSource.KeyOf(name), StringComparison.Ordinal) && same.Enabled)
        {
            return Reply.Html($"هذه الخلاصة مضافة باسم «{TelegramHtml.Escape(same.Name)}».");
        }
        var existed = sources.Find(name) is { Removed: false, Enabled: true };
        var source = sources.AddOrRevive(name, url, context.UserId);
        return Reply.Html((existed ? "حُدّث المصدر" : "أُضيف المصدر") + $" «{TelegramHtml.Escape(source.Name)}». سأجلب أخباره خلال دقيقة؛ تابع حالته في /sources");
    }

    public Reply Remove(CommandContext context, string args)
    {
        if (!IsAdmin(context)) return Reply.Html(Refusal);
        var name = args.Trim();
        if (name.Length == 0) return Reply.Html("اكتب اسم المصدر بعد الأمر، مثل: <code>/removesource الجزيرة</code>. تجد الأسماء في /sources");
        return sources.Remove(name)
            ? Reply.Html($"حُذف المصدر «{TelegramHtml.Escape(name)}». تبقى أخباره المخزنة.")
            : Reply.Html($"لا يوجد مصدر باسم «{TelegramHtml.Escape(name)}». تجد الأسماء في /sources");
    }

    private static string When(DateTime? utc) =>
        utc is { } t ? $"{ArabicFormat.Date(t)} {t:HH:mm} UTC" : "—";
}
