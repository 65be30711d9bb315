using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Tests.Fakes;

/// <summary>setMyCommands, getMyCommands and deleteMyCommands, stored per scope and language.</summary>
internal sealed partial class CommandMethods(FakeWorld world)
{
    private const int MaxCommands = 100;
    private const int MaxDescriptionLength = 256;

    public JsonNode SetMyCommands(JsonObject p)
    {
        var commands = p["commands"]!.AsArray();
        if (commands.Count > MaxCommands)
            throw BotApiException.BadRequest("BOT_COMMANDS_TOO_MUCH");
        foreach (var command in commands)
        {
            if (!CommandName().IsMatch((string)command!["command"]!))
                throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
            var description = ((string)command["description"]!).Trim();
            if (description.Length is 0 or > MaxDescriptionLength)
                throw BotApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
        }
        lock (world.Gate)
            world.Commands[Key(p)] = (JsonArray)commands.DeepClone();
        return true;
    }

    public JsonNode GetMyCommands(JsonObject p)
    {
        lock (world.Gate)
            return world.Commands.TryGetValue(Key(p), out var commands) ? commands.DeepClone() : new JsonArray();
    }

    public JsonNode DeleteMyCommands(JsonObject p)
    {
        lock (world.Gate)
            world.Commands.Remove(Key(p));
        return true;
    }

    /// <summary>The storage key; a chat-specific scope must name a chat the fake knows.</summary>
    private string Key(JsonObject p)
    {
        var scope = p["scope"] ?? new JsonObject { ["type"] = "default" };
        if (scope["chat_id"] is { } chatId)
        {
            lock (world.Gate)
                scope["chat_id"] = world.ResolveChat(chatId).Id;
        }
        return $"{scope.ToJsonString()}|{(string?)p["language_code"] ?? ""}";
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
