using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Tests.Fakes;

/// <summary>
/// The Bot API methods and types from the embedded <c>bot-api.json</c>
/// (PaulSonOfLars/telegram-bot-api-spec, MIT, see LICENSE-bot-api-spec beside it).
/// </summary>
internal sealed partial class BotApiSpec
{
    private const string ResourceName = "Bot.Tests.Fakes.bot-api.json";
    private static readonly Lazy<BotApiSpec> Loaded = new(Load);

    private BotApiSpec(Dictionary<string, SpecMethod> methods, Dictionary<string, SpecType> types)
    {
        Methods = methods;
        Types = types;
    }

    public static BotApiSpec Instance => Loaded.Value;

    /// <summary>Telegram matches method names case-insensitively, so the lookup does too.</summary>
    public IReadOnlyDictionary<string, SpecMethod> Methods { get; }

    public IReadOnlyDictionary<string, SpecType> Types { get; }

    private static BotApiSpec Load()
    {
        using var stream = typeof(BotApiSpec).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var root = JsonNode.Parse(stream)!.AsObject();

        var methods = new Dictionary<string, SpecMethod>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in root["methods"]!.AsObject())
            methods[name] = new SpecMethod(name, ReadFields(node!["fields"]) ?? []);

        var types = new Dictionary<string, SpecType>(StringComparer.Ordinal);
        foreach (var (name, node) in root["types"]!.AsObject())
        {
            var fields = ReadFields(node!["fields"]);
            var subtypes = node["subtypes"]?.AsArray().Select(s => s!.GetValue<string>()).ToArray();
            types[name] = new SpecType(name, fields, subtypes, FindDiscriminator(fields));
        }
        return new BotApiSpec(methods, types);
    }

    private static SpecField[]? ReadFields(JsonNode? fields) =>
        fields?.AsArray().Select(f => new SpecField(
            f!["name"]!.GetValue<string>(),
            f["types"]!.AsArray().Select(t => t!.GetValue<string>()).ToArray(),
            f["required"]!.GetValue<bool>(),
            f["description"]?.GetValue<string>() ?? "")).ToArray();

    /// <summary>
    /// Subtypes name their tag in prose: 'Scope type, must be chat' or 'always "creator"'.
    /// Reading it lets a union like BotCommandScope be checked against the one subtype it claims to be.
    /// </summary>
    private static (string Field, string Value)? FindDiscriminator(SpecField[]? fields)
    {
        if (fields is null || fields.Length == 0 || fields[0].Types is not ["String"])
            return null;
        var match = DiscriminatorPattern().Match(fields[0].Description);
        return match.Success ? (fields[0].Name, match.Groups[1].Value) : null;
    }

    [GeneratedRegex("""(?:must be|always) [“"]?([a-z_]+)[”"]?""")]
    private static partial Regex DiscriminatorPattern();
}

internal sealed record SpecMethod(string Name, SpecField[] Fields);

internal sealed record SpecType(string Name, SpecField[]? Fields, string[]? Subtypes, (string Field, string Value)? Discriminator);

internal sealed record SpecField(string Name, string[] Types, bool Required, string Description);
