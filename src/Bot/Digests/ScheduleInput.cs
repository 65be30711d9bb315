using System.Globalization;
using Bot.Text;

namespace Bot.Digests;

/// <summary>
/// What readers type for a digest's time and place, as they would say it: «7 صباحًا القاهرة», «٠٧:٣٠ الرياض»,
/// «19:00 Europe/London», «8pm Dubai». Times take Arabic-Indic digits and an optional صباحًا/مساءً (am/pm); a
/// place is an IANA zone id, or an Arab country, capital or large city in Arabic or English.
/// </summary>
public static class ScheduleInput
{
    /// <summary>The result of reading /subscribe's words: what was given, and the part not understood, if any.</summary>
    public readonly record struct Parsed(TimeOnly? Time, TimeZoneInfo? Zone, string? NotUnderstood, string? Hint);

    /// <summary>Reads a time and a place from words in any order; a place may take several words («الدار البيضاء»).</summary>
    public static Parsed Parse(IReadOnlyList<string> words)
    {
        TimeOnly? time = null;
        var place = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (i + 1 < words.Count && IsPeriod(words[i + 1]) && TryParseTime(words[i] + " " + words[i + 1], out var withPeriod))
            {
                time = withPeriod;
                i++;
            }
            else if (TryParseTime(words[i], out var t)) time = t;
            else place.Add(words[i]);
        }
        if (place.Count == 0) return new Parsed(time, null, null, null);
        var text = string.Join(' ', place);
        var zone = FindZone(text);
        return zone is not null ? new Parsed(time, zone, null, null) : new Parsed(time, null, text, HintFor(text));
    }

    /// <summary>
    /// «7», «7:30», «07:30», «٧:٣٠», «19», «7 مساءً», «7:30 ص», «8pm». An hour without minutes is a 24-hour hour
    /// unless a period follows.
    /// </summary>
    public static bool TryParseTime(string text, out TimeOnly value)
    {
        value = default;
        var normal = ArabicText.Normalize(text).Trim();
        if (normal.Length is 0 or > 24) return false;
        int? addHours = null;
        var night = false;
        var space = normal.LastIndexOf(' ');
        if (space > 0 && PeriodOffset(normal[(space + 1)..]) is { } offset)
        {
            addHours = offset;
            night = normal[(space + 1)..] == "ليلا";
            normal = normal[..space].TrimEnd();
        }
        else
        {
            // «8pm», «7:30am», «7م»: the period written against the number.
            foreach (var (suffix, hours) in (ReadOnlySpan<(string, int)>)[("am", 0), ("pm", 12), ("ص", 0), ("م", 12)])
            {
                if (normal.Length > suffix.Length && normal.EndsWith(suffix, StringComparison.Ordinal) && char.IsAsciiDigit(normal[^(suffix.Length + 1)]))
                {
                    addHours = hours;
                    normal = normal[..^suffix.Length];
                    break;
                }
            }
        }
        normal = normal.Replace('٫', ':').Replace('.', ':');
        if (!TimeOnly.TryParseExact(normal, ["H:mm", "HH:mm", "%H", "HH"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value)) return false;
        if (addHours is not { } add) return true;
        // A 12-hour clock: 12 am is midnight, 12 pm noon; «15 مساءً» is not a time.
        if (value.Hour is 0 or > 12) return false;
        // «12 ليلًا» is midnight, as «12 ص» is.
        value = new TimeOnly(night && value.Hour == 12 ? 0 : value.Hour % 12 + add, value.Minute);
        return true;
    }

    /// <summary>An IANA (or Windows) zone id, or a place name from <see cref="Places"/>; null when neither.</summary>
    public static TimeZoneInfo? FindZone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64) return null;
        // Names first: a few countries are also legacy zone ids («Egypt», «Turkey»), and the canonical id reads better in /settings.
        return ByName.TryGetValue(NameKey(text), out var id) ? DigestSchedule.FindZone(id) : DigestSchedule.FindZone(text);
    }

    /// <summary>A zone as readers say it, «مصر» for Africa/Cairo; the zone id itself for a zone no place here names.</summary>
    public static string DisplayName(string zoneId) => DisplayNames.GetValueOrDefault(zoneId, zoneId);

    private static string? HintFor(string text) => NameKey(text) == "عمان"
        ? "«عمان» قد تكون عمّان في الأردن أو سلطنة عُمان: اكتب «الأردن» أو «مسقط»."
        : null;

    private static bool IsPeriod(string word) => PeriodOffset(ArabicText.Normalize(word).Trim()) is not null;

    /// <summary>0 for a morning word, 12 for an afternoon or evening one, null for anything else. The word is normalised.</summary>
    private static int? PeriodOffset(string word) => word.Replace(".", "", StringComparison.Ordinal) switch
    {
        "ص" or "صباحا" or "صباح" or "فجرا" or "am" => 0,
        "م" or "مساء" or "مساءا" or "ظهرا" or "عصرا" or "ليلا" or "pm" => 12,
        _ => null,
    };

    /// <summary>
    /// A place name as looked up: normalised letters (so «الإسكندرية» and «الاسكندريه» meet), one space between
    /// words, «بتوقيت» dropped. Only a shadda or a damma tells عمّان (Jordan) from عُمان (Oman), so those two keep theirs.
    /// </summary>
    private static string NameKey(string text)
    {
        var key = string.Join(' ', ArabicText.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var prefix in (ReadOnlySpan<string>)["بتوقيت ", "توقيت ", "مدينه "])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal)) key = key[prefix.Length..];
        }
        if (key != "عمان") return key;
        // (the text with its shadda and damma, the other diacritics dropped)
        var marked = new string(text.Where(c => c is < '\u064B' or > '\u0652' or '\u0651' or '\u064F').ToArray());
        return marked.Contains("عمّان", StringComparison.Ordinal) ? "عمّان" : marked.Contains("عُمان", StringComparison.Ordinal) ? "عُمان" : key;
    }

    /// <summary>Countries, capitals and large cities readers of Arabic news live in, with their zones.</summary>
    public static readonly IReadOnlyList<(string Zone, string[] Names)> Places =
    [
        ("Asia/Riyadh", ["السعودية", "المملكة العربية السعودية", "الرياض", "جدة", "مكة", "مكة المكرمة", "المدينة المنورة", "الدمام", "الطائف", "Saudi Arabia", "Riyadh", "Jeddah", "Mecca", "Makkah", "Medina"]),
        ("Africa/Cairo", ["مصر", "القاهرة", "الإسكندرية", "الجيزة", "أسوان", "الأقصر", "Egypt", "Cairo", "Alexandria", "Giza"]),
        ("Asia/Dubai", ["الإمارات", "دبي", "أبوظبي", "أبو ظبي", "الشارقة", "العين", "UAE", "Emirates", "Dubai", "Abu Dhabi", "Sharjah"]),
        ("Asia/Qatar", ["قطر", "الدوحة", "Qatar", "Doha"]),
        ("Asia/Kuwait", ["الكويت", "Kuwait"]),
        ("Asia/Bahrain", ["البحرين", "المنامة", "Bahrain", "Manama"]),
        ("Asia/Muscat", ["سلطنة عمان", "عُمان", "مسقط", "صلالة", "Oman", "Muscat"]),
        ("Asia/Amman", ["الأردن", "عمّان", "إربد", "الزرقاء", "العقبة", "Jordan", "Amman"]),
        ("Asia/Baghdad", ["العراق", "بغداد", "البصرة", "الموصل", "أربيل", "النجف", "كربلاء", "Iraq", "Baghdad", "Basra", "Erbil"]),
        ("Asia/Beirut", ["لبنان", "بيروت", "صيدا", "صور", "Lebanon", "Beirut"]),
        ("Asia/Damascus", ["سوريا", "سورية", "دمشق", "حلب", "حمص", "اللاذقية", "Syria", "Damascus", "Aleppo"]),
        ("Asia/Hebron", ["فلسطين", "القدس", "رام الله", "الخليل", "نابلس", "الضفة الغربية", "Palestine", "Jerusalem", "Ramallah", "Hebron"]),
        ("Asia/Gaza", ["غزة", "قطاع غزة", "خان يونس", "رفح", "Gaza"]),
        ("Asia/Aden", ["اليمن", "صنعاء", "عدن", "تعز", "المكلا", "Yemen", "Sanaa", "Aden"]),
        ("Africa/Khartoum", ["السودان", "الخرطوم", "أم درمان", "بورتسودان", "Sudan", "Khartoum"]),
        ("Africa/Tripoli", ["ليبيا", "طرابلس", "بنغازي", "مصراتة", "Libya", "Tripoli", "Benghazi"]),
        ("Africa/Tunis", ["تونس", "صفاقس", "سوسة", "Tunisia", "Tunis"]),
        ("Africa/Algiers", ["الجزائر", "وهران", "قسنطينة", "عنابة", "Algeria", "Algiers", "Oran"]),
        ("Africa/Casablanca", ["المغرب", "الرباط", "الدار البيضاء", "الدارالبيضاء", "مراكش", "فاس", "طنجة", "أكادير", "Morocco", "Rabat", "Casablanca", "Marrakesh", "Marrakech", "Fes", "Tangier"]),
        ("Africa/Nouakchott", ["موريتانيا", "نواكشوط", "Mauritania", "Nouakchott"]),
        ("Africa/Mogadishu", ["الصومال", "مقديشو", "Somalia", "Mogadishu"]),
        ("Africa/Djibouti", ["جيبوتي", "Djibouti"]),
        ("Indian/Comoro", ["جزر القمر", "موروني", "Comoros", "Moroni"]),
        ("Europe/Istanbul", ["تركيا", "إسطنبول", "أنقرة", "Turkey", "Istanbul", "Ankara"]),
        ("Europe/London", ["بريطانيا", "المملكة المتحدة", "لندن", "UK", "London"]),
        ("Europe/Paris", ["فرنسا", "باريس", "France", "Paris"]),
        ("Europe/Berlin", ["ألمانيا", "برلين", "Germany", "Berlin"]),
        ("America/New_York", ["نيويورك", "New York"]),
    ];

    // After Places: static fields are set in the order they are written.
    private static readonly Dictionary<string, string> ByName = BuildNames();
    private static readonly Dictionary<string, string> DisplayNames = Places.ToDictionary(p => p.Zone, p => p.Names[0], StringComparer.Ordinal);

    private static Dictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (zone, list) in Places)
        {
            foreach (var name in list) names.Add(NameKey(name), zone);
        }
        return names;
    }
}
