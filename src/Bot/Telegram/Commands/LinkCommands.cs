using System.Text.RegularExpressions;
using Bot.Ingestion;
using Bot.Ingestion.Fetching;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Commands;

/// <summary>
/// A link sent in a private chat, or /summarize &lt;url&gt; anywhere: the page is fetched through the
/// SSRF-guarded <see cref="SafeFetcher"/>, summarised, stored and shown as an article card. Every
/// failure gets its own Arabic explanation; a user over the <see cref="LinkQuota"/> is told when to come back.
/// </summary>
public sealed partial class LinkCommands(ArticleIngestor ingestor, LinkQuota quota, IOptions<IngestionOptions> options, ILogger<LinkCommands> logger)
{
    public const string Usage = "أرسل رابط خبر بعد الأمر، مثل: <code>/summarize https://example.com/news/1</code>";

    /// <summary>The first http(s) link in a text, or null.</summary>
    public static string? FindLink(string text)
    {
        var match = Link().Match(text);
        return match.Success ? match.Value.TrimEnd('.', ',', '،', ')', ']', '»', '"', '\'', '!', '؟', '?', ';', ':') : null;
    }

    public async Task<Reply> SummarizeAsync(CommandContext context, string text, CancellationToken ct)
    {
        var trimmed = text.Trim();
        var link = FindLink(trimmed);
        if (link is null)
        {
            return trimmed.Contains("://", StringComparison.Ordinal)
                ? Reply.Html("أقبل روابط http و https فقط.")
                : Reply.Html(Usage);
        }
        if (!Uri.TryCreate(link, UriKind.Absolute, out var url)) return Reply.Html("هذا الرابط غير صالح.");
        if (quota.TryTake(context.UserId ?? context.ChatId) is { } wait)
        {
            logger.LogInformation("Link from user {User} refused: over the link allowance", context.UserId ?? context.ChatId);
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            return Reply.Html($"أرسلت روابط كثيرة في وقت قصير. يمكنك إرسال رابط جديد بعد {ArabicFormat.Minutes(minutes)}.");
        }
        try
        {
            var article = await ingestor.IngestLinkAsync(url, ct);
            return ReplyRenderer.ArticleCard(article);
        }
        catch (FetchException e)
        {
            logger.LogInformation("Link {Host} not summarised: {Failure} {Reason}", url.Host, e.Failure, e.Message);
            return Reply.Html(Explain(e));
        }
        catch (NotAnArticleException e)
        {
            return Reply.Html(e.NotHtml
                ? "هذا الرابط ليس صفحة ويب (HTML)، فلا يمكنني تلخيصه."
                : "لم أجد في هذه الصفحة نص خبر يمكن تلخيصه.");
        }
    }

    private string Explain(FetchException e) => e.Failure switch
    {
        FetchFailure.Refused => "لا يمكنني فتح هذا الرابط: عنوانه يشير إلى شبكة داخلية أو محجوزة، وهذا غير مسموح.",
        FetchFailure.BadUrl => "أقبل روابط http و https العامة فقط.",
        FetchFailure.Timeout => "انتهت مهلة تحميل الصفحة قبل اكتمالها. حاول لاحقًا.",
        FetchFailure.TooLarge => $"الصفحة أكبر من الحد المسموح ({options.Value.MaxPageBytes / (1024 * 1024)} ميغابايت).",
        FetchFailure.TooManyRedirects => $"الرابط يحوّل إلى روابط أخرى كثيرة؛ توقفت بعد {options.Value.MaxRedirects} تحويلات.",
        FetchFailure.HttpStatus => $"ردّ الموقع بخطأ ({e.Status}). تأكد من الرابط.",
        FetchFailure.WrongContent => "هذا الرابط ليس صفحة ويب (HTML)، فلا يمكنني تلخيصه.",
        _ => "تعذّر الاتصال بالموقع. تأكد من الرابط أو حاول لاحقًا.",
    };

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
