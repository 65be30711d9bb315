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

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
