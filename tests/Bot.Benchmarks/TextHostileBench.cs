using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Bot.Text;

namespace Bot.Benchmarks;

/// <summary>
/// Time to analyse pages of about a megabyte built to stress the engine (a host may fetch pages of up to
/// <c>Ingestion:MaxPageBytes</c>): a long article made of real news, and hostile shapes — one quotation repeated, no
/// spaces, quote marks never closed, cue words at random. Work that grows faster than the text shows here as seconds; real
/// articles (a few kilobytes) take a fraction of a millisecond (<c>text-speed</c>).
/// </summary>
internal static class TextHostileBench
{
    private const int Chars = 1_000_000;

    public static int Run(string[] args)
    {
        var path = Path.Combine(TextBenches.CorpusDir(args), "argen-news", "articles.jsonl");
        if (!File.Exists(path)) { Console.Error.WriteLine($"no corpus at {path}"); return 1; }
        var news = new StringBuilder();
        foreach (var line in File.ReadLines(path))
        {
            if (news.Length >= Chars) break;
            using var doc = JsonDocument.Parse(line);
            news.Append(doc.RootElement.GetProperty("document").GetString()).Append('\n');
        }
        var random = new Random(3);
        string[] soup = ["قال", "وقال", "الوزير", "رئيس", "محمد", "بن", "«", "»", "\"", "“", "”", "،", ".", "وأضاف", "قائلا", "إن", "أن", "الشيخ",
                         "المتحدث", "باسم", "وزارة", "الخارجية", "المصري", "سامح", "شكري", "البيان", "مصدر", "لـ", "\n"];
        var pages = new (string Name, string Body)[]
        {
            ("news articles joined", news.ToString()),
            ("one quotation repeated", Repeat("قال الوزير «الأمر مهم جدا للغاية»، ")),
            ("no spaces", Repeat("قال«نعم»الوزير،")),
            ("no spaces or marks", Repeat("قالالوزيرنعم")),
            ("marks never closed", Repeat("قال الوزير « ")),
            ("one quotation left open", "قال الوزير «" + Repeat("كلام كثير بلا نهاية، ")),
            ("cue words at random", Repeated(() => soup[random.Next(soup.Length)] + " ")),
            ("a quoted word per line", Repeat("قال محمد: «نعم».\n")),
        };
        var engine = new ArabicTextEngine();
        engine.Analyze("عنوان", "قال الوزير محمد أحمد «الأمر مهم جدا».", SummaryBudget.Default);
        var worst = 0.0;
        foreach (var (name, body) in pages)
        {
            var sw = Stopwatch.StartNew();
            var a = engine.Analyze("عنوان", body, SummaryBudget.Default);
            sw.Stop();
            worst = Math.Max(worst, sw.Elapsed.TotalSeconds);
            Console.WriteLine(FormattableString.Invariant(
                $"{name,-26} {body.Length,9:N0} chars {a.Sentences.Count,6} sentences {a.Quotes.Count,5} quotes {sw.Elapsed.TotalMilliseconds,8:F0} ms{(a.Failure is null ? "" : " FAILED: " + a.Failure)}"));
        }
        Console.WriteLine(FormattableString.Invariant($"worst page: {worst:F2} s"));
        return 0;
    }

    private static string Repeat(string piece) => Repeated(() => piece);

    private static string Repeated(Func<string> piece)
    {
        var sb = new StringBuilder(Chars + 64);
        while (sb.Length < Chars) sb.Append(piece());
        return sb.ToString();
    }
}
