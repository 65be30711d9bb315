using System.Text.Json;
using Bot.Ingestion;
using Bot.Storage;
using Bot.Telegram.Rendering;
using Bot.Text;

namespace Bot.Benchmarks;

/// <summary>
/// Quote precision and recall on the hand-checked fixture (tests/Bot.Text.Tests/Fixtures/quotes.jsonl; the blind one,
/// quotes-blind.jsonl, with --fixture). --verbose lists misses and false quotes; --id 0658 keeps one article and lists
/// everything found in it.
/// A found quote matches an expected one when the speakers match after normalisation (equal, or one contains
/// the other; the fixture may list aliases, e.g. «الوزير» for a named minister) and the texts overlap by at
/// least 0.8 (shared normalised words / the longer text's word count). Each expected quote matches once.
/// --strict also reports the count with a strict speaker match: the found speaker must hold the expected speaker's main
/// name, the last word of its "speaker" field (حكار for توفيق حكار), so an alias such as the organisation he heads is
/// not enough; for a Gulf name of lineage, its given and father's names count too (عبد الله بن زايد for عبد الله بن زايد
/// آل نهيان).
/// --shown 3 counts only what a reader sees: the key quotes an article card shows (<see cref="ReplyRenderer.KeyQuotes"/>
/// over the quotes the bot stores); --shown 1 is near the digest's one quote per story.
/// </summary>
internal static class TextQuotesBench
{
    public const double MinOverlap = 0.8;

    internal sealed record Expected(string Speaker, string[] Aliases, string Text);

    internal sealed record Article(string Id, string Title, string Document, List<Expected> Quotes);

    public static int Run(string[] args)
    {
        var path = TextBenches.Option(args, "--fixture")
            ?? Path.Combine(Corpus.RepositoryRoot(), "tests", "Bot.Text.Tests", "Fixtures", "quotes.jsonl");
        if (!File.Exists(path)) { Console.Error.WriteLine($"no fixture at {path}"); return 1; }
        var articles = Load(path);
        var engine = new ArabicTextEngine();
        int found = 0, correct = 0, expected = 0, recalled = 0, strictCorrect = 0;
        var verbose = args.Contains("--verbose");
        var strict = args.Contains("--strict");
        var only = TextBenches.Option(args, "--id");
        var shown = TextBenches.Option(args, "--shown") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        if (args.Contains("--scores")) return Scores(articles, verbose);
        foreach (var a in articles)
        {
            if (only is not null && !a.Id.EndsWith(only, StringComparison.Ordinal)) continue;
            var quotes = engine.Analyze(a.Title, a.Document, SummaryBudget.Default).Quotes;
            if (shown is { } count) quotes = Shown(quotes, count);
            if (only is not null)
                foreach (var q in quotes) Console.WriteLine($"FOUND {a.Id} s{q.SentenceIndex} [{q.Speaker}] {Short(q.Text)}");
            var used = new bool[a.Quotes.Count];
            found += quotes.Count;
            expected += a.Quotes.Count;
            foreach (var q in quotes)
            {
                var match = -1;
                for (var i = 0; i < a.Quotes.Count && match < 0; i++)
                    if (!used[i] && Matches(q, a.Quotes[i])) match = i;
                if (match >= 0) { used[match] = true; correct++; recalled++; }
                else if (verbose) Console.WriteLine($"FALSE {a.Id} [{q.Speaker}] {Short(q.Text)}");
            }
            var usedStrict = new bool[a.Quotes.Count];
            foreach (var q in quotes)
            {
                var match = -1;
                for (var i = 0; i < a.Quotes.Count && match < 0; i++)
                    if (!usedStrict[i] && Matches(q, a.Quotes[i]) && MainNameMatches(q, a.Quotes[i])) match = i;
                if (match >= 0) { usedStrict[match] = true; strictCorrect++; }
                else if (strict && verbose && a.Quotes.Any(e => Matches(q, e)))
                    Console.WriteLine($"LOOSE {a.Id} [{q.Speaker}] {Short(q.Text)}");
            }
            if (verbose)
                for (var i = 0; i < a.Quotes.Count; i++)
                    if (!used[i]) Console.WriteLine($"MISS  {a.Id} [{a.Quotes[i].Speaker}] {Short(a.Quotes[i].Text)}");
        }
        var precision = found == 0 ? 1 : correct / (double)found;
        var recall = expected == 0 ? 1 : recalled / (double)expected;
        Console.WriteLine($"fixture: {articles.Count} articles ({articles.Count(a => a.Quotes.Count == 0)} without quotes), {expected} expected quotes");
        Console.WriteLine(FormattableString.Invariant($"found {found}, correct {correct}: precision {precision:F3}, recall {recall:F3}"));
        if (strict)
            Console.WriteLine(FormattableString.Invariant(
                $"strict speakers: correct {strictCorrect}: precision {(found == 0 ? 1 : strictCorrect / (double)found):F3}, recall {(expected == 0 ? 1 : strictCorrect / (double)expected):F3}"));
        return 0;
    }

    /// <summary>
    /// --scores: every quotation the extractor finds before its confidence threshold, with its confidence and whether it
    /// is correct, then precision and recall at each threshold; the threshold is chosen from this on the dev fixtures.
    /// </summary>
    private static int Scores(List<Article> articles, bool verbose)
    {
        var scored = new List<(double Confidence, bool Correct)>();
        var expected = 0;
        foreach (var a in articles)
        {
            expected += a.Quotes.Count;
            var used = new bool[a.Quotes.Count];
            foreach (var (q, confidence) in QuoteExtractor.ExtractScored(new ArticleModel(a.Title, a.Document)))
            {
                var match = -1;
                for (var i = 0; i < a.Quotes.Count && match < 0; i++)
                    if (!used[i] && Matches(q, a.Quotes[i])) match = i;
                if (match >= 0) used[match] = true;
                scored.Add((confidence, match >= 0));
                if (verbose) Console.WriteLine(FormattableString.Invariant($"{confidence,5:F1} {(match >= 0 ? "OK   " : "FALSE")} {a.Id} [{q.Speaker}] {Short(q.Text)}"));
            }
        }
        foreach (var t in scored.Select(s => s.Confidence).Append(QuoteConfidence.Threshold).Distinct().Order())
        {
            var kept = scored.Where(s => s.Confidence >= t).ToList();
            var correct = kept.Count(s => s.Correct);
            Console.WriteLine(FormattableString.Invariant(
                $"threshold {t,5:F1}: found {kept.Count}, correct {correct}, precision {(kept.Count == 0 ? 1 : correct / (double)kept.Count):F3}, recall {(expected == 0 ? 1 : correct / (double)expected):F3}"));
        }
        return 0;
    }

    /// <summary>The quotes a card shows, in rank order: the bot stores the first few and shows its key quotes among them.</summary>
    private static IReadOnlyList<Quote> Shown(IReadOnlyList<Quote> ranked, int count)
    {
        var stored = ranked.Take(ArticleProcessor.MaxStoredQuotes).Select(q => (Quote: q, Stored: new ArticleQuote { Speaker = q.Speaker, Text = q.Text })).ToList();
        var key = ReplyRenderer.KeyQuotes([.. stored.Select(p => p.Stored)], count);
        return [.. stored.Where(p => key.Contains(p.Stored)).Select(p => p.Quote)];
    }

    private static string Short(string s) => s.Length > 60 ? s[..60] + "…" : s;

    internal static List<Article> Load(string path)
    {
        var list = new List<Article>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var quotes = r.GetProperty("quotes").EnumerateArray().Select(q => new Expected(
                q.GetProperty("speaker").GetString()!,
                q.TryGetProperty("aliases", out var al) ? al.EnumerateArray().Select(x => x.GetString()!).ToArray() : [],
                q.GetProperty("text").GetString()!)).ToList();
            list.Add(new Article(r.GetProperty("id").GetString()!, r.GetProperty("title").GetString() ?? "",
                r.GetProperty("document").GetString()!, quotes));
        }
        return list;
    }

    internal static bool Matches(Quote found, Expected expected)
    {
        var speaker = SpeakerKey(found.Speaker);
        var speakerOk = expected.Aliases.Prepend(expected.Speaker).Any(s =>
        {
            var e = SpeakerKey(s);
            return speaker.Length > 0 && (e.Contains(speaker, StringComparison.Ordinal) || speaker.Contains(e, StringComparison.Ordinal));
        });
        return speakerOk && Overlap(found.Text, expected.Text) >= MinOverlap;
    }

    /// <summary>A speaker normalised for comparison, without the quote marks that may set off a name in it (مدرب "النسور").</summary>
    private static string SpeakerKey(string speaker) =>
        string.Join(' ', ArabicText.Normalize(speaker).Split(['«', '»', '“', '”', '"', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The found speaker holds the expected speaker's main name: the last word of its "speaker" field.</summary>
    internal static bool MainNameMatches(Quote found, Expected expected)
    {
        var words = ArabicText.Normalize(expected.Speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var speaker = ArabicText.Normalize(found.Speaker);
        return words.Length > 0 && (speaker.Contains(words[^1], StringComparison.Ordinal)
            || (Lineage(words) is { } called && speaker.Contains(called, StringComparison.Ordinal)));
    }

    /// <summary>
    /// A Gulf name of lineage ending in a house (عبد الله بن زايد آل نهيان) is called by its given name and its father's
    /// (عبد الله بن زايد), not by the house, which names the whole family: that counts as the main name too.
    /// </summary>
    private static string? Lineage(string[] words)
    {
        if (words.Length < 4 || words[^2] != "ال") return null;
        var b = Array.IndexOf(words, "بن");
        if (b < 1 || b + 1 >= words.Length - 2) return null;
        var father = words[b + 1] is "عبد" or "ابو" ? b + 2 : b + 1;
        return string.Join(' ', words[..(father + 1)]);
    }

    internal static double Overlap(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var counts = new Dictionary<string, int>();
        foreach (var w in y) counts[w] = counts.GetValueOrDefault(w) + 1;
        var shared = 0;
        foreach (var w in x)
            if (counts.TryGetValue(w, out var c) && c > 0) { shared++; counts[w] = c - 1; }
        return shared / (double)Math.Max(x.Count, y.Count);
    }

    private static List<string> Words(string s) =>
        ArabicText.Normalize(s).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToList();
}
