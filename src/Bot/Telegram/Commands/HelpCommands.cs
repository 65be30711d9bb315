using Bot.Telegram.Rendering;

namespace Bot.Telegram.Commands;

/// <summary>/start and /help, and the command list registered with setMyCommands.</summary>
public static class HelpCommands
{
    /// <summary>Commands shown in Telegram's menu, with Arabic descriptions.</summary>
    public static readonly IReadOnlyList<(string Command, string Description)> Menu =
    [
        ("latest", "آخر الأخبار"),
        ("search", "البحث في الأخبار"),
        ("article", "ملخص خبر واقتباساته"),
        ("quotes", "اقتباسات خبر"),
        ("summarize", "تلخيص خبر من رابطه"),
        ("digest", "موجز الأخبار الآن"),
        ("subscribe", "الاشتراك في الموجز اليومي"),
        ("settings", "إعدادات الموجز"),
        ("unsubscribe", "إلغاء الاشتراك"),
        ("help", "المساعدة"),
    ];

    /// <param name="notice">A line about the chat's own state (a paused digest), shown before the commands; HTML.</param>
    public static Reply Start(string? notice = null) => Reply.Html(
        "<b>أهلًا بك في بوت ملخص الأخبار</b>\n\n" +
        "أجمع الأخبار العربية من مصادرها، وأقدّم لكل خبر ملخصًا قصيرًا وأبرز ما قيل فيه ومن قاله، مع رابط المصدر.\n\n" +
        (notice is null ? "" : notice + "\n\n") +
        HelpBody());

    public static Reply Help() => Reply.Html("<b>الأوامر</b>\n\n" + HelpBody());

    private static string HelpBody() =>
        "/latest — آخر الأخبار (مثل <code>/latest 10</code>)\n" +
        "/article — ملخص خبر برقمه (مثل <code>/article 1</code>)\n" +
        "/quotes — الاقتباسات في خبر (مثل <code>/quotes 1</code>)\n" +
        "/search — البحث (مثل <code>/search العلاقات</code>)\n" +
        "/summarize — تلخيص خبر من رابطه (أو أرسل الرابط وحده في المحادثة الخاصة)\n" +
        "/digest — موجز الأخبار الآن\n" +
        "/subscribe — موجز يومي (مثل <code>/subscribe 07:30 Africa/Cairo</code>؛ وللقناة <code>/subscribe @القناة 07:30</code>)\n" +
        "/settings — وقت الموجز ومنطقته الزمنية وعدد أخباره ومواضيعه\n" +
        "/unsubscribe — إلغاء الاشتراك\n" +
        "/help — هذه الرسالة";

    public static Reply Unknown(string command) => Reply.Html(
        $"لا أعرف الأمر /{TelegramHtml.Escape(command)}. اكتب /help لعرض الأوامر.");

    public static Reply NotACommand() => Reply.Html("أرسل أمرًا، مثل /latest أو /search. اكتب /help لعرض الأوامر.");
}
