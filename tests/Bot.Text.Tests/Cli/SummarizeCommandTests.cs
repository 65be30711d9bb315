using System.Text.Json;
using Bot.Text.Cli;

namespace Bot.Text.Tests.Cli;

public class SummarizeCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(string[] args, string stdin = "")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SummarizeCommand.RunAsync(args, new StringReader(stdin), output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task Run_SeedFile_PrintsOneJsonLineWithTitleQuotesAndKeywords()
    {
        var file = Fixture.Path("seed_kim_putin.txt");
        var (exit, output, _) = await Run(["--words", "60", file]);
        Assert.Equal(0, exit);
        var line = Assert.Single(Lines(output));
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        Assert.Equal(file, r.GetProperty("file").GetString());
        Assert.Equal("كيم يؤكد لبوتين أن تعميق العلاقات بين بلديهما “على رأس الأولويات”", r.GetProperty("title").GetString());
        Assert.InRange(r.GetProperty("summary").EnumerateArray().Sum(s => ArticleModel.CountWords(s.GetString()!)), 1, 60);
        Assert.Contains(r.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speaker").GetString() == "بوتين");
        Assert.NotEqual(0, r.GetProperty("keywords").GetArrayLength());
    }

    [Fact]
    public async Task Run_Arabic_IsWrittenUnescaped()
    {
        var (_, output, _) = await Run([Fixture.Path("seed_kim_putin.txt")]);
        Assert.Contains("كيم", output);
        Assert.DoesNotContain("\\u06", output);
    }

    [Fact]
    public void SplitArticle_SeedFormat_SkipsBreadcrumbTitleAndSource()
    {
        var (title, body) = SummarizeCommand.SplitArticle("الرئيسية / أخبار / عنوان الخبر\n\nعنوان الخبر\n\nمجلة وفاء\n\nالفقرة الأولى.\n\nالفقرة الثانية.");
        Assert.Equal("عنوان الخبر", title);
        Assert.Equal("الفقرة الأولى.\n\nالفقرة الثانية.", body.Trim());
    }

    [Fact]
    public void SplitArticle_PlainFile_TakesFirstLineAsTitle()
    {
        var (title, body) = SummarizeCommand.SplitArticle("\nعنوان قصير\nالفقرة الأولى.\nالفقرة الثانية.");
        Assert.Equal("عنوان قصير", title);
        Assert.Equal("الفقرة الأولى.\nالفقرة الثانية.", body);
    }

    [Fact]
    public async Task Run_Jsonl_AnswersEachLineInOrderAndReportsBadLines()
    {
        var input = string.Join('\n',
            """{"id": "a", "text": "وقال بوتين “سنناقش كافة المواضيع دون تسرع”. ثم غادر."}""",
            "not json",
            """{"id": 7, "text": 5}""",
            """{"id": "b", "text": "جملة أولى فيها خمس كلمات. جملة ثانية طويلة بعض الشيء.", "words": 5}""");
        var (exit, output, _) = await Run(["--jsonl", "-"], input);
        Assert.Equal(0, exit);
        var lines = Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(4, lines.Length);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("بوتين", lines[0].GetProperty("quotes")[0].GetProperty("speaker").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("id").ValueKind);
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal(7, lines[2].GetProperty("id").GetInt32());
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal(new[] { "جملة أولى فيها خمس كلمات." }, lines[3].GetProperty("summary").EnumerateArray().Select(s => s.GetString()!).ToArray());
    }

    [Fact]
    public async Task Run_Jsonl_TitleIsTheHeadline()
    {
        // The headline printed again above the story is left out only when the line says it is the headline.
        const string headline = "نائب غانتس: حكومة الاحتلال تسعى لزيادة عدد العمال الفلسطينيين في الداخل المحتل";
        var text = headline + "\\nأكّد نائب وزير الحرب ألون شوستر، اليوم السبت، أنّ حكومة الاحتلال تسعى لزيادة عدد العمال الفلسطينيين الذين يدخلون الأراضي المحتلة.";
        var input = string.Join('\n',
            $$"""{"id": "with", "title": "{{headline}}", "text": "{{text}}", "words": 60}""",
            $$"""{"id": "without", "text": "{{text}}", "words": 60}""",
            $$"""{"id": "bad", "title": 3, "text": "{{text}}"}""");
        var (exit, output, _) = await Run(["--jsonl", "-"], input);
        Assert.Equal(0, exit);
        var lines = Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        string[] Summary(JsonElement line) => line.GetProperty("summary").EnumerateArray().Select(s => s.GetString()!).ToArray();
        Assert.DoesNotContain(headline, Summary(lines[0]));
        Assert.Contains(headline, Summary(lines[1]));
        Assert.Equal("bad", lines[2].GetProperty("id").GetString());
        Assert.Contains("title", lines[2].GetProperty("error").GetString());
    }

    [Theory]
    // no input at all
    [InlineData("")]
    // option without its value
    [InlineData("--words")]
    // non-positive budget
    [InlineData("--words 0 f.txt")]
    // both budgets
    [InlineData("--words 5 --sentences 2 f.txt")]
    // unknown option
    [InlineData("--bogus f.txt")]
    // --jsonl reads only standard input
    [InlineData("--jsonl x")]
    public async Task Run_UsageError_Exits2(string args) =>
        Assert.Equal(2, (await Run(args.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Exit);

    [Fact]
    public async Task Run_MissingFile_Exits1AndStillProcessesOthers()
    {
        var (exit, output, error) = await Run(["/nonexistent/file.txt", Fixture.Path("seed_kim_putin.txt")]);
        Assert.Equal(1, exit);
        Assert.Single(Lines(output));
        Assert.Contains("/nonexistent/file.txt", error);
    }

    [Fact]
    public void Clean_LoneSurrogate_IsReplaced() => Assert.Equal("a\uFFFDb😀", SummarizeCommand.Clean("a\ud800b😀"));
}
