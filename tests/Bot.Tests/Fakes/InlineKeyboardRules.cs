using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>
/// Telegram's checks on an inline keyboard beyond its JSON shape: each button has exactly one action,
/// callback_data is 1–64 bytes of UTF-8, a url is http(s) or tg://.
/// </summary>
internal static class InlineKeyboardRules
{
    private const int MaxCallbackDataBytes = 64;
    private const int MaxButtons = 100;

    /// <summary>Button fields that are decoration, not the button's action.</summary>
    private static readonly HashSet<string> Decoration = ["text", "icon_custom_emoji_id", "style"];

    public static void Validate(JsonNode? replyMarkup)
    {
        if (replyMarkup?["inline_keyboard"] is not JsonArray rows)
            return;
        var buttons = rows.SelectMany(r => r!.AsArray()).Select(b => b!.AsObject()).ToArray();
        if (buttons.Length > MaxButtons)
            throw BotApiException.BadRequest("reply markup is too long");
        foreach (var button in buttons)
            ValidateButton(button);
    }

    private static void ValidateButton(JsonObject button)
    {
        if (string.IsNullOrEmpty((string?)button["text"]))
            throw BotApiException.BadRequest("BUTTON_TEXT_INVALID");
        var actions = button.Where(p => p.Value is not null && !Decoration.Contains(p.Key)).Select(p => p.Key).ToArray();
        if (actions.Length == 0)
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        if (actions.Length > 1)
            throw BotApiException.BadRequest($"can't parse inline keyboard button: a button can have only one of {string.Join(", ", actions)}");

        if (button["callback_data"] is { } data)
        {
            var bytes = Encoding.UTF8.GetByteCount((string)data!);
            if (bytes is 0 or > MaxCallbackDataBytes)
                throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
        }
        if (button["url"] is { } url && !IsAllowedUrl((string)url!))
            throw BotApiException.BadRequest("BUTTON_URL_INVALID");
    }

    private static bool IsAllowedUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" or "tg"
        && (uri.Scheme == "tg" || uri.Host.Length > 0);
}
