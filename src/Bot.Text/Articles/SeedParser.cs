namespace Bot.Text.Articles;

/// <summary>A seed article as read from its file, before the text engine sees it.</summary>
public sealed record ParsedSeed(string Title, string Source, IReadOnlyList<string> Paragraphs);

/// <summary>
/// Parses the seed format: a breadcrumb line («الرئيسية / آخر الأخبار / &lt;title&gt;»), the title,
/// a source line («مجلة وفاء wafaamagazine»), then paragraphs. Blank and whitespace-only lines
/// (news sites pad with NBSPs) separate paragraphs and are dropped.
/// </summary>
public static class SeedParser
{
    private const char BreadcrumbSeparator = '/';

    /// <summary>The parsed seed, or null with a reason when the text is not in the seed format.</summary>
    public static ParsedSeed? TryParse(string text, out string? error)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.All(char.IsWhiteSpace))
            .ToList();
        if (lines.Count < 4)
        {
            error = "fewer than four non-empty lines (breadcrumb, title, source, body)";
            return null;
        }
        var breadcrumb = lines[0];
        if (!breadcrumb.Contains(BreadcrumbSeparator))
        {
            error = "the first line is not a breadcrumb («الرئيسية / … / العنوان»)";
            return null;
        }
        var title = lines[1];
        var crumbTitle = breadcrumb[(breadcrumb.LastIndexOf(BreadcrumbSeparator) + 1)..].Trim();
        if (crumbTitle.Length > 0 && !string.Equals(crumbTitle, title, StringComparison.Ordinal)
            && !title.StartsWith(crumbTitle, StringComparison.Ordinal) && !crumbTitle.StartsWith(title, StringComparison.Ordinal))
        {
            error = "the title line does not match the breadcrumb's last part";
            return null;
        }
        error = null;
        return new ParsedSeed(title, lines[2], lines.Skip(3).ToList());
    }
}
