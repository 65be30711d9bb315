using System.Globalization;

namespace Bot.Telegram.Rendering;

/// <summary>Dates and counts as Arabic readers expect them.</summary>
public static class ArabicFormat
{
    // Gregorian month names as used by most Arab news sites (ar-SA's default calendar is Hijri, so no culture is used).
    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] Days =
        ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static string Date(DateTime date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string Date(DateOnly date) => Date(date.ToDateTime(TimeOnly.MinValue));

    public static string DayAndDate(DateOnly date) => $"{Days[(int)date.DayOfWeek]} {Date(date)}";

    /// <summary>«مصدران», «3 مصادر», «11 مصدرًا»: Arabic number agreement for the count of outlets.</summary>
    public static string Sources(int n) => n switch
    {
        1 => "مصدر واحد",
        2 => "مصدران",
        >= 3 and <= 10 => $"{Number(n)} مصادر",
        _ => $"{Number(n)} مصدرًا",
    };

    /// <summary>«دقيقة واحدة», «دقيقتين», «3 دقائق», «11 دقيقة»: Arabic number agreement for minutes (after بعد).</summary>
    public static string Minutes(int n) => n switch
    {
        1 => "دقيقة واحدة",
        2 => "دقيقتين",
        >= 3 and <= 10 => $"{Number(n)} دقائق",
        _ => $"{Number(n)} دقيقة",
    };

    /// <summary>
    /// A summary's text with a trailing clause mark (، , ؛ ; :) shown as «…»: the text engine cuts a run-on sentence after
    /// one, and a summary line ending «الصغيرة،» reads as a slip where «الصغيرة…» says the sentence goes on.
    /// </summary>
    public static string Continued(string text)
    {
        var end = text.TrimEnd();
        return end.Length > 0 && end[^1] is '،' or ',' or '؛' or ';' or ':' ? string.Concat(end.AsSpan(0, end.Length - 1).TrimEnd(), "…") : text;
    }

    /// <summary>Words a dateline may have before its dash.</summary>
    private const int MaxDatelineWords = 4;

    /// <summary>
    /// The first summary line without a dateline that only repeats the outlet shown above it: «صراحة نيوز – قال محافظ
    /// العاصمة …» from صراحة نيوز reads «قال محافظ العاصمة …». 230 of 5,414 web-excerpt summaries open with «a few words –»,
    /// outlets and places; a place («عمان – قال …») says where and stays, so only the source's own name is dropped. Some
    /// outlets set their name off with a colon instead («السودان اليوم : تشهد أسواق التمور …», 143 of argen-news's 1,000).
    /// </summary>
    public static string WithoutSourceDateline(string text, string source)
    {
        var dash = text.AsSpan().IndexOfAny("-–—:");
        if (dash <= 0 || dash + 1 >= text.Length) return text;
        var prefix = text.AsSpan(0, dash).Trim().TrimEnd(":،,").Trim();
        if (prefix.IsEmpty || prefix.Count(' ') >= MaxDatelineWords) return text;
        var name = Bot.Text.ArabicText.Normalize(prefix.ToString());
        var outlet = Bot.Text.ArabicText.Normalize(source);
        if (name.Length < 3 || !outlet.Contains(name, StringComparison.Ordinal)) return text;
        var rest = text.AsSpan(dash + 1).TrimStart(" -–—:").ToString();
        return rest.Length > 0 ? rest : text;
    }

    /// <summary>
    /// A summary's first line as shown: without the page's publication stamp (<see cref="Bot.Text.DateLines.WithoutLeadingDate"/>)
    /// and without a dateline that only repeats the outlet (<see cref="WithoutSourceDateline"/>).
    /// </summary>
    public static string Opening(string text, string source) =>
        WithoutSourceDateline(Bot.Text.DateLines.WithoutLeadingDate(text), source);

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
