using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>A failure scripted with <see cref="FakeBotApiServer.FailNext"/>, answered the way Telegram answers it.</summary>
public abstract class FakeFailure
{
    private protected FakeFailure(string name) => Name = name;

    public string Name { get; }

    /// <summary>429 <c>Too Many Requests: retry after N</c> with <c>parameters.retry_after</c>.</summary>
    public static FakeFailure TooManyRequests(int retryAfterSeconds) =>
        new ErrorFailure($"TooManyRequests({retryAfterSeconds})", BotApiException.TooManyRequests(retryAfterSeconds));

    /// <summary>403 with the given description, e.g. "bot was blocked by the user".</summary>
    public static FakeFailure Forbidden(string description = "bot was blocked by the user") =>
        new ErrorFailure($"Forbidden({description})", BotApiException.Forbidden(description));

    /// <summary>400 <c>group chat was upgraded to a supergroup chat</c> with <c>parameters.migrate_to_chat_id</c>.</summary>
    public static FakeFailure MigrateToChat(long newChatId) =>
        new ErrorFailure($"MigrateToChat({newChatId})", new BotApiException(400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            new JsonObject { ["migrate_to_chat_id"] = newChatId }));

    /// <summary>500 <c>Internal Server Error</c>, 502 <c>Bad Gateway</c>, or another 5xx.</summary>
    public static FakeFailure ServerError(int status = 500) =>
        new ErrorFailure($"ServerError({status})", new BotApiException(status, status switch
        {
            500 => "Internal Server Error",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => "Server Error",
        }));

    /// <summary>The TCP connection is aborted without a response.</summary>
    public static FakeFailure DropConnection() => new DropFailure();

    /// <summary>The request waits, then is handled normally.</summary>
    public static FakeFailure Delay(TimeSpan delay) => new DelayFailure(delay);

    public override string ToString() => Name;
}

internal sealed class ErrorFailure(string name, BotApiException error) : FakeFailure(name)
{
    public BotApiException Error { get; } = error;
}

internal sealed class DropFailure() : FakeFailure("DropConnection");

internal sealed class DelayFailure(TimeSpan delay) : FakeFailure($"Delay({delay})")
{
    public TimeSpan Duration { get; } = delay;
}
