using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Bot.Ingestion.Pages;

/// <summary>
/// HTML to the plain text we store: paragraphs at block boundaries and line breaks, whitespace
/// collapsed, entities decoded, and the content of script, style and other non-text elements dropped.
/// No markup survives: what is stored is text, escaped again only when rendered.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
        "form", "button", "select", "textarea", "input", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "section", "article", "header", "footer", "aside", "nav", "figure", "figcaption",
        "table", "tr", "td", "th", "caption", "main", "address", "details", "summary",
    };

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>The paragraphs of an HTML fragment or document, in order; empty ones dropped.</summary>
    public static IReadOnlyList<string> Paragraphs(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return [];
        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0) return PlainParagraphs(html);
        using var document = Parser.ParseDocument(html);
        return Paragraphs(document.DocumentElement);
    }

    /// <summary>The paragraphs of an already parsed element's content, in order; empty ones dropped.</summary>
    public static IReadOnlyList<string> Paragraphs(INode node)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(node, paragraphs, current);
        Flush(paragraphs, current);
        return paragraphs;
    }

    /// <summary>One line of text (titles, names): the paragraphs joined with spaces.</summary>
    public static string Line(string? html) => string.Join(' ', Paragraphs(html));

    /// <summary>Paragraphs joined by blank lines, as <see cref="Storage.Article.Body"/> holds them.</summary>
    public static string Body(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    public static int WordCount(IEnumerable<string> paragraphs) =>
        paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(current, text.Data);
                    break;
                case IElement element when Dropped.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(paragraphs, current);
                    Walk(element, paragraphs, current);
                    Flush(paragraphs, current);
                    break;
                case IElement element:
                    Walk(element, paragraphs, current);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                sb.Append(c);
            }
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var text = current.ToString().Trim();
        if (text.Length > 0) paragraphs.Add(text);
        current.Clear();
    }

    private static List<string> PlainParagraphs(string text)
    {
        var paragraphs = new List<string>();
        var sb = new StringBuilder();
        foreach (var block in text.ReplaceLineEndings("\n").Split("\n\n"))
        {
            AppendCollapsed(sb, block);
            Flush(paragraphs, sb);
        }
        return paragraphs;
    }
}
