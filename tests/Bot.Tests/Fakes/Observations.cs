using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>A message the bot sent, or a new version of one it edited.</summary>
/// <param name="Text">The text as the user sees it, after entity parsing and trimming.</param>
/// <param name="RawText">The text parameter as the bot sent it.</param>
public sealed record SentMessage(
    long ChatId,
    int MessageId,
    string Text,
    string RawText,
    string? ParseMode,
    IReadOnlyList<JsonObject> Entities,
    JsonNode? ReplyMarkup,
    bool LinkPreviewDisabled,
    bool IsEdit,
    DateTimeOffset Timestamp)
{
    public override string ToString() =>
        $"{(IsEdit ? "edit" : "send")} chat={ChatId} id={MessageId} parse_mode={ParseMode ?? "-"} text=\"{RawText}\"";
}

/// <summary>One HTTP request to the fake, with the status it was answered with (0 if the connection was dropped).</summary>
public sealed record RecordedRequest(string Method, JsonObject Parameters, int StatusCode, string? ErrorDescription, DateTimeOffset Timestamp)
{
    public override string ToString() => $"{Method} {Parameters.ToJsonString()} -> {StatusCode} {ErrorDescription}";
}

/// <summary>A send that broke a flood limit and was answered with 429.</summary>
/// <param name="Scope">"private chat", "group", or "global".</param>
public sealed record LimitViolation(string Method, long ChatId, string Scope, int RetryAfterSeconds, DateTimeOffset Timestamp);

/// <summary>An answerCallbackQuery call for a query the fake created.</summary>
public sealed record CallbackAnswer(string QueryId, string? Text, bool ShowAlert, string? Url);

/// <summary>A callback query placed in the update queue.</summary>
public sealed record EnqueuedCallback(int UpdateId, string QueryId);

/// <summary>The bot's membership in a chat, as reported in my_chat_member updates.</summary>
public enum FakeMemberStatus
{
    Member,
    Administrator,
    Left,
    Kicked,
}
