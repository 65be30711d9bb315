using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>An error the fake answers with, in Telegram's shape: <c>{"ok":false,"error_code":N,"description":"..."}</c>.</summary>
internal sealed class BotApiException(int statusCode, string description, JsonObject? parameters = null)
    : Exception(description)
{
    public int StatusCode { get; } = statusCode;
    public string Description { get; } = description;
    public JsonObject? Parameters { get; } = parameters;

    public static BotApiException BadRequest(string problem) => new(400, "Bad Request: " + problem);

    public static BotApiException Forbidden(string problem) => new(403, "Forbidden: " + problem);

    public static BotApiException TooManyRequests(int retryAfterSeconds) =>
        new(429, $"Too Many Requests: retry after {retryAfterSeconds}",
            new JsonObject { ["retry_after"] = retryAfterSeconds });

    public JsonObject ToJson()
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = StatusCode, ["description"] = Description };
        if (Parameters is not null)
            body["parameters"] = Parameters.DeepClone();
        return body;
    }
}
