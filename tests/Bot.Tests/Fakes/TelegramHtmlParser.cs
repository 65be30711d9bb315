using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>
/// Telegram's parse_mode=HTML, after tdlib's <c>parse_html</c>: the tags b strong i em u ins s strike del
/// span (class="tg-spoiler" only) tg-spoiler a code pre blockquote tg-emoji tg-time; the entities
/// &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric &amp;#NNN; &amp;#xHH; (the semicolon is optional).
/// An unknown tag, an unescaped <c>&lt;</c>, a missing or mismatched end tag are rejected with Telegram's wording.
/// A bare <c>&amp;</c> or <c>&gt;</c> is kept as text, as Telegram does. A named entity Telegram does not
/// know (<c>&amp;nbsp;</c>) Telegram shows literally; the fake rejects it unless told otherwise, because a
/// literal "&amp;nbsp;" in a chat is a bug in the bot.
/// </summary>
internal static class TelegramHtmlParser
{
    private static readonly HashSet<string> AllowedTags =
    [
        "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "code", "pre", "blockquote", "tg-emoji", "tg-time",
    ];

    public static FormattedText Parse(string html, bool rejectUnknownEntities)
    {
        var text = new StringBuilder(html.Length);
        var open = new Stack<OpenTag>();
        var entities = new List<JsonObject>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                if (TryDecodeEntity(html, ref i, out var decoded))
                {
                    text.Append(decoded);
                    continue;
                }
                if (rejectUnknownEntities && IsNamedEntity(html, i, out var name))
                    throw Error($"Unsupported HTML entity \"&{name};\" at byte offset {ByteOffset(html, i)}");
                text.Append(c);
                i++;
                continue;
            }
            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            if (i + 1 < html.Length && html[i + 1] == '/')
                i = ReadEndTag(html, i, open, text, entities);
            else
                i = ReadStartTag(html, i, open, text.Length);
        }
        if (open.Count > 0)
            throw Error($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");

        return Trim(text.ToString(), entities);
    }

    /// <summary>Plain text (no parse_mode) is only trimmed, as Telegram does.</summary>
    public static FormattedText Plain(string text) => Trim(text, []);

    private static int ReadStartTag(string html, int begin, Stack<OpenTag> open, int textOffset)
    {
        var j = begin + 1;
        while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] != '>')
            j++;
        if (j == html.Length)
            throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
        var tag = html[(begin + 1)..j].ToLowerInvariant();
        if (!AllowedTags.Contains(tag))
            throw Error($"Unsupported start tag \"{tag}\" at byte offset {ByteOffset(html, begin)}");

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            while (j < html.Length && char.IsWhiteSpace(html[j]))
                j++;
            if (j == html.Length)
                throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
            if (html[j] == '>')
                break;

            var nameStart = j;
            while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] is not ('=' or '>' or '"' or '\''))
                j++;
            if (j == nameStart)
                throw Error($"Empty attribute name in the tag \"{tag}\" at byte offset {ByteOffset(html, j)}");
            var name = html[nameStart..j].ToLowerInvariant();
            while (j < html.Length && char.IsWhiteSpace(html[j]))
                j++;
            if (j < html.Length && html[j] != '=')
            {
                attributes[name] = ""; // a bare attribute such as <blockquote expandable>
                continue;
            }
            j++;
            while (j < html.Length && char.IsWhiteSpace(html[j]))
                j++;
            if (j == html.Length)
                throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
            attributes[name] = ReadAttributeValue(html, ref j, tag, begin);
        }

        if (tag == "span" && attributes.GetValueOrDefault("class") != "tg-spoiler")
            throw Error($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, begin)}");
        if (tag == "tg-emoji" && !attributes.ContainsKey("emoji-id"))
            throw Error($"Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {ByteOffset(html, begin)}");
        open.Push(new OpenTag(tag, attributes, textOffset));
        return j + 1;
    }

    private static string ReadAttributeValue(string html, ref int j, string tag, int begin)
    {
        if (html[j] is not ('"' or '\''))
        {
            // An unquoted value is a name token: letters, digits, periods and hyphens.
            var start = j;
            while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '.' or '-'))
                j++;
            if (j == start)
                throw Error($"Expected quote in declaration of attribute of the tag \"{tag}\" at byte offset {ByteOffset(html, j)}");
            return html[start..j].ToLowerInvariant();
        }

        var quote = html[j++];
        var value = new StringBuilder();
        while (j < html.Length && html[j] != quote)
        {
            if (html[j] == '&' && TryDecodeEntity(html, ref j, out var decoded))
                value.Append(decoded);
            else
                value.Append(html[j++]);
        }
        if (j == html.Length)
            throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
        j++;
        return value.ToString();
    }

    private static int ReadEndTag(string html, int begin, Stack<OpenTag> open, StringBuilder text, List<JsonObject> entities)
    {
        if (open.Count == 0)
            throw Error($"Unexpected end tag at byte offset {ByteOffset(html, begin)}");
        var j = begin + 2;
        while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] != '>')
            j++;
        var name = html[(begin + 2)..j].ToLowerInvariant();
        while (j < html.Length && char.IsWhiteSpace(html[j]))
            j++;
        if (j == html.Length || html[j] != '>')
            throw Error($"Unclosed end tag at byte offset {ByteOffset(html, begin)}");

        var tag = open.Pop();
        if (name.Length > 0 && name != tag.Name)
            throw Error($"Unmatched end tag at byte offset {ByteOffset(html, begin)}, expected \"</{tag.Name}>\", found \"</{name}>\"");
        var length = text.Length - tag.TextOffset;
        if (length > 0)
            entities.Add(ToEntity(tag, length, insidePre: open.Any(t => t.Name == "pre")));
        return j + 1;
    }

    private static JsonObject ToEntity(OpenTag tag, int length, bool insidePre)
    {
        var entity = new JsonObject { ["type"] = "", ["offset"] = tag.TextOffset, ["length"] = length };
        entity["type"] = tag.Name switch
        {
            "b" or "strong" => "bold",
            "i" or "em" => "italic",
            "u" or "ins" => "underline",
            "s" or "strike" or "del" => "strikethrough",
            "span" or "tg-spoiler" => "spoiler",
            "a" => "text_link",
            "code" when insidePre => "pre",
            "code" => "code",
            "pre" => "pre",
            "blockquote" when tag.Attributes.ContainsKey("expandable") => "expandable_blockquote",
            "blockquote" => "blockquote",
            "tg-emoji" => "custom_emoji",
            _ => "date_time",
        };
        if (tag.Name == "a")
            entity["url"] = tag.Attributes.GetValueOrDefault("href", "");
        if (tag.Name == "code" && insidePre && tag.Attributes.GetValueOrDefault("class") is { } cls
            && cls.StartsWith("language-", StringComparison.Ordinal))
            entity["language"] = cls["language-".Length..];
        if (tag.Name == "tg-emoji")
            entity["custom_emoji_id"] = tag.Attributes["emoji-id"];
        return entity;
    }

    private static bool TryDecodeEntity(string html, ref int i, out string decoded)
    {
        decoded = "";
        var end = i + 1;
        if (end < html.Length && html[end] == '#')
        {
            end++;
            var hex = end < html.Length && html[end] is 'x' or 'X';
            if (hex)
                end++;
            var digitsStart = end;
            while (end < html.Length && (hex ? char.IsAsciiHexDigit(html[end]) : char.IsAsciiDigit(html[end])))
                end++;
            if (end == digitsStart || end - digitsStart > 7)
                return false;
            var code = int.Parse(html.AsSpan(digitsStart, end - digitsStart),
                hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture);
            if (code is 0 or >= 0x10ffff or (>= 0xd800 and <= 0xdfff))
                return false;
            decoded = char.ConvertFromUtf32(code);
        }
        else
        {
            while (end < html.Length && char.IsAsciiLetter(html[end]))
                end++;
            decoded = html[(i + 1)..end] switch
            {
                "lt" => "<",
                "gt" => ">",
                "amp" => "&",
                "quot" => "\"",
                _ => "",
            };
            if (decoded.Length == 0)
                return false;
        }
        i = end < html.Length && html[end] == ';' ? end + 1 : end;
        return true;
    }

    private static bool IsNamedEntity(string html, int i, out string name)
    {
        var end = i + 1;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            end++;
        name = html[(i + 1)..end];
        return name.Length > 0 && end < html.Length && html[end] == ';';
    }

    private static FormattedText Trim(string text, List<JsonObject> entities)
    {
        // Telegram strips surrounding whitespace, so "  " is an empty message and does not count towards the limit.
        var lead = text.Length - text.TrimStart().Length;
        var trimmed = text.Trim();
        var shifted = new List<JsonObject>();
        foreach (var entity in entities.OrderBy(e => (int)e["offset"]!))
        {
            var start = Math.Max((int)entity["offset"]! - lead, 0);
            var end = Math.Min((int)entity["offset"]! + (int)entity["length"]! - lead, trimmed.Length);
            if (end <= start)
                continue;
            entity["offset"] = start;
            entity["length"] = end - start;
            shifted.Add(entity);
        }
        return new FormattedText(trimmed, shifted);
    }

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

    private static BotApiException Error(string problem) => BotApiException.BadRequest("can't parse entities: " + problem);

    private sealed record OpenTag(string Name, Dictionary<string, string> Attributes, int TextOffset);
}

/// <summary>Text as Telegram shows it, with the entities parsed out of the markup.</summary>
internal sealed record FormattedText(string Text, IReadOnlyList<JsonObject> Entities);
