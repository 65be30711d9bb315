using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>
/// What Telegram does to a message text before accepting it: parse the markup, trim, and require
/// 1–4096 UTF-16 code units of visible text.
/// </summary>
internal static class MessageTextRules
{
    public const int MaxLength = 4096;

    /// <remarks>Markdown and MarkdownV2 are not parsed by the fake: their text is counted as sent.</remarks>
    public static FormattedText Format(string text, string? parseMode, JsonNode? entities, bool rejectUnknownHtmlEntities)
    {
        FormattedText formatted;
        switch (parseMode?.ToLowerInvariant())
        {
            case null or "":
                formatted = TelegramHtmlParser.Plain(text);
                if (entities is JsonArray list)
                    formatted = formatted with { Entities = list.Select(e => e!.AsObject()).ToArray() };
                break;
            case "html":
                formatted = TelegramHtmlParser.Parse(text, rejectUnknownHtmlEntities);
                break;
            case "markdown" or "markdownv2":
                formatted = TelegramHtmlParser.Plain(text);
                break;
            default:
                throw BotApiException.BadRequest($"unsupported parse_mode \"{parseMode}\"");
        }

        if (formatted.Text.Length == 0)
            throw BotApiException.BadRequest("message text is empty");
        if (formatted.Text.Length > MaxLength)
            throw BotApiException.BadRequest("message is too long");
        return formatted;
    }
}
