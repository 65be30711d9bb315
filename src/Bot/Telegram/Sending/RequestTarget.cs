using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;

namespace Bot.Telegram.Sending;

/// <summary>What the layers need to know about a request: which chat it targets and whether it posts a message.</summary>
public static class RequestTarget
{
    /// <summary>
    /// Methods that put or change a message in a chat: the ones Telegram's flood limits count.
    /// Reads (getUpdates, getChatAdministrators, …) and answerCallbackQuery are not throttled.
    /// </summary>
    public static bool IsMessagePosting(IRequest request)
    {
        var name = request.MethodName;
        return name.StartsWith("send", StringComparison.Ordinal)
            || name.StartsWith("edit", StringComparison.Ordinal)
            || name is "copyMessage" or "copyMessages" or "forwardMessage" or "forwardMessages" or "stopPoll";
    }

    /// <summary>A stable key for the chat a request targets ("123", "-100…", "@channel"), or null.</summary>
    public static string? ChatKey(IRequest request) =>
        request is IChatTargetable { ChatId: { } chat } ? Key(chat) : null;

    public static string Key(ChatId chat) =>
        chat.Identifier is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : chat.Username ?? "";

    public static long? NumericId(IRequest request) =>
        request is IChatTargetable { ChatId.Identifier: { } id } ? id : null;

    /// <summary>Private chats have positive ids; groups, supergroups and channels negative ones (or a @username).</summary>
    public static bool IsPrivateChat(string chatKey) => chatKey.Length > 0 && chatKey[0] is >= '0' and <= '9';
}
