using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Text.Articles;

namespace Bot.Text.Cli;

/// <summary>
/// The host's <c>summarize</c> verb. Usage:
/// <code>
/// summarize [--words N | --sentences N] FILE...   one JSON object per file per line:
///     {"file", "title", "summary": [...], "quotes": [{"speaker", "text"}], "keywords": [...]}
/// summarize [--words N | --sentences N] --jsonl -  reads {"id", "text", "title"?, "words"?} lines from stdin and writes
///     {"id", "summary", "quotes", "keywords"} lines in order; a bad line gets {"id", "error"} and the run goes on.
/// </code>
/// Rules:
/// <list type="number">
/// <item>Article files: in the seed format (a breadcrumb line «الرئيسية / … / title», the title line, a source
/// line, then paragraphs) the title is the title line and the body the paragraphs after the source line; otherwise
/// the title is the first non-empty line, and the body is the rest — or the whole text when that first line is
/// itself a paragraph (more than <see cref="MaxTitleWords"/> words).</item>
/// <item>JSON is written with Arabic unescaped, one object per line.</item>
/// <item>Exit codes: 0 success, 1 a file is missing or unreadable (the other files are still processed),
/// 2 usage error. Bad JSONL lines do not change the exit code.</item>
/// </list>
/// </summary>
public static class SummarizeCommand
{
    public const int MaxTitleWords = 25;

    private static readonly ArabicTextEngine Engine = new();

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (!TryParse(args, out var budget, out var jsonl, out var files, out var error))
        {
            await stderr.WriteLineAsync($"summarize: {error}");
            await stderr.WriteLineAsync("usage: summarize [--words N | --sentences N] FILE... | summarize [--words N | --sentences N] --jsonl -");
            return 2;
        }
        if (jsonl)
        {
            while (await stdin.ReadLineAsync(ct) is { } line)
            {
                ct.ThrowIfCancellationRequested();
                if (string.IsNullOrWhiteSpace(line)) continue;
                await stdout.WriteLineAsync(JsonlLine(line, budget, out var failure));
                if (failure is not null) await stderr.WriteLineAsync($"summarize: the text engine failed, its part is left empty: {failure}");
            }
            await stdout.FlushAsync(ct);
            return 0;
        }
        var exit = 0;
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            string content;
            try
            {
                content = await File.ReadAllTextAsync(file, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await stderr.WriteLineAsync($"summarize: cannot read {file}: {e.Message}");
                exit = 1;
                continue;
            }
            var (title, body) = SplitArticle(content);
            var analysis = Engine.Analyze(title, body, budget);
            if (analysis.Failure is { } failure)
            {
                await stderr.WriteLineAsync($"summarize: {file}: the text engine failed, its part is left empty: {failure}");
                exit = 1;
            }
            await stdout.WriteLineAsync(Write(w =>
            {
                w.WriteString("file", Clean(file));
                w.WriteString("title", Clean(title));
                WriteAnalysis(w, analysis);
            }));
        }
        await stdout.FlushAsync(ct);
        return exit;
    }

    /// <summary>Title and body of an article file (see the class rules).</summary>
    public static (string Title, string Body) SplitArticle(string content)
    {
        // The seed format is read exactly as the bot's seed import reads it, so both summarise the same body.
        if (SeedParser.TryParse(content, out _) is { } seed) return (seed.Title, string.Join("\n\n", seed.Paragraphs));
        var lines = content.Replace("\r\n", "\n").Split('\n');
        var nonEmpty = new List<int>();
        for (var i = 0; i < lines.Length; i++) if (!string.IsNullOrWhiteSpace(lines[i])) nonEmpty.Add(i);
        if (nonEmpty.Count == 0) return ("", "");
        var first = lines[nonEmpty[0]].Trim();
        if (ArticleModel.CountWords(first) > MaxTitleWords) return (first, content);
        return (first, string.Join('\n', lines[(nonEmpty[0] + 1)..]));
    }

    private static string JsonlLine(string line, SummaryBudget budget, out string? failure)
    {
        failure = null;
        JsonElement? id = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Error(null, "line is not a JSON object");
            if (root.TryGetProperty("id", out var idElement)) id = idElement.Clone();
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                return Error(id, "missing string field \"text\"");
            string? title = null;
            if (root.TryGetProperty("title", out var titleElement) && titleElement.ValueKind != JsonValueKind.Null)
            {
                if (titleElement.ValueKind != JsonValueKind.String) return Error(id, "\"title\" must be a string");
                title = titleElement.GetString();
            }
            var lineBudget = budget;
            if (root.TryGetProperty("words", out var words) && words.ValueKind != JsonValueKind.Null)
            {
                if (words.ValueKind != JsonValueKind.Number || !words.TryGetInt32(out var n) || n <= 0)
                    return Error(id, "\"words\" must be a positive integer");
                lineBudget = SummaryBudget.Words(n);
            }
            var analysis = Engine.Analyze(title, textElement.GetString(), lineBudget);
            if (analysis.Failure is not null) failure = $"{(id is { } known ? known.GetRawText() : "a line without id")}: {analysis.Failure}";
            return Write(w =>
            {
                WriteId(w, id);
                WriteAnalysis(w, analysis);
            });
        }
        catch (JsonException e)
        {
            return Error(id, "invalid JSON: " + e.Message);
        }
    }

    private static string Error(JsonElement? id, string message) => Write(w =>
    {
        WriteId(w, id);
        w.WriteString("error", Clean(message));
    });

    private static void WriteId(Utf8JsonWriter w, JsonElement? id)
    {
        w.WritePropertyName("id");
        if (id is { } value) value.WriteTo(w);
        else w.WriteNullValue();
    }

    private static void WriteAnalysis(Utf8JsonWriter w, TextAnalysis analysis)
    {
        w.WriteStartArray("summary");
        foreach (var s in analysis.Summary) w.WriteStringValue(Clean(s));
        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var q in analysis.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("speaker", Clean(q.Speaker));
            w.WriteString("text", Clean(q.Text));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("keywords");
        foreach (var k in analysis.Keywords) w.WriteStringValue(Clean(k));
        w.WriteEndArray();
    }

    /// <summary>Replaces lone surrogates (invalid UTF-16, which the JSON writer rejects) with U+FFFD.</summary>
    internal static string Clean(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        char[]? copy = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var ok = !char.IsSurrogate(c)
                || (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]));
            if (ok) continue;
            copy ??= s.ToCharArray();
            copy[i] = '\uFFFD';
        }
        return copy is null ? s : new string(copy);
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool TryParse(string[] args, out SummaryBudget budget, out bool jsonl, out List<string> files, out string error)
    {
        budget = SummaryBudget.Default;
        jsonl = false;
        files = [];
        error = "";
        var budgetSet = false;
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            switch (a)
            {
                case "--words" or "--sentences":
                    if (budgetSet) { error = "give at most one of --words and --sentences"; return false; }
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], System.Globalization.NumberStyles.None,
                            System.Globalization.CultureInfo.InvariantCulture, out var n) || n <= 0)
                    { error = $"{a} needs a positive integer"; return false; }
                    budget = a == "--words" ? SummaryBudget.Words(n) : SummaryBudget.Sentences(n);
                    budgetSet = true;
                    i++;
                    break;
                case "--jsonl":
                    if (i + 1 >= args.Length || args[i + 1] != "-") { error = "--jsonl reads standard input: use --jsonl -"; return false; }
                    jsonl = true;
                    i++;
                    break;
                default:
                    if (a.StartsWith("--", StringComparison.Ordinal)) { error = $"unknown option {a}"; return false; }
                    files.Add(a);
                    break;
            }
        }
        if (jsonl && files.Count > 0) { error = "--jsonl - takes no files"; return false; }
        if (!jsonl && files.Count == 0) { error = "no input files"; return false; }
        return true;
    }
}
