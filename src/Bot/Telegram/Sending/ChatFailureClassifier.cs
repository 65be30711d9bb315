using Telegram.Bot.Exceptions;

namespace Bot.Telegram.Sending;

public enum ChatFailure
{
    /// <summary>Not a failure that says anything about the chat.</summary>
    None,
    /// <summary>The user blocked the bot, the bot was kicked or removed, or the chat is gone.</summary>
    Unreachable,
    /// <summary>The group became a supergroup; the error carries the new id.</summary>
    Migrated,
}

/// <summary>Reads what a Bot API error says about the chat it was sent to.</summary>
public static class ChatFailureClassifier
{
    public static ChatFailure Classify(Exception e) => e switch
    {
        ApiRequestException { Parameters.MigrateToChatId: not null } => ChatFailure.Migrated,
        ApiRequestException { ErrorCode: 403 } => ChatFailure.Unreachable,
        ApiRequestException { ErrorCode: 400 } api when IsChatGone(api.Message) => ChatFailure.Unreachable,
        _ => ChatFailure.None,
    };

    // 400 descriptions Telegram uses for a chat that no longer exists or that the bot may not post to.
    private static bool IsChatGone(string description) =>
        description.Contains("chat not found", StringComparison.OrdinalIgnoreCase)
        || description.Contains("group chat was deleted", StringComparison.OrdinalIgnoreCase)
        || description.Contains("need administrator rights", StringComparison.OrdinalIgnoreCase)
        || description.Contains("not enough rights", StringComparison.OrdinalIgnoreCase)
        || description.Contains("CHAT_WRITE_FORBIDDEN", StringComparison.Ordinal);
}

/// <summary>Told by the pipeline what sends reveal about chats; the digests keep the count.</summary>
public interface IChatStatusSink
{
    void Reachable(long chatId);
    void Unreachable(long chatId, string reason);
    void Migrated(long fromChatId, long toChatId);
}
