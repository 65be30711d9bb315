using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>
/// Checks a request's parameters against the Bot API spec: unknown parameters, missing required ones and
/// wrong types are rejected, and JSON-serialized objects are checked field by field, recursively.
/// Stricter than Telegram in two ways, on purpose: Telegram ignores unknown parameters, and in a JSON body
/// it accepts "123" for an Integer; a client relying on either is relying on luck.
/// </summary>
internal sealed class SpecValidator(BotApiSpec spec)
{
    /// <summary>Returns the parameters with nulls dropped, form strings typed and JSON-serialized strings parsed.</summary>
    public JsonObject Validate(SpecMethod method, IEnumerable<RawParameter> parameters)
    {
        var fields = method.Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var result = new JsonObject();
        foreach (var (name, value, valuesAreStrings) in parameters)
        {
            if (!fields.TryGetValue(name, out var field))
                throw BotApiException.BadRequest($"unknown parameter \"{name}\" for method {method.Name}");
            if (value is null)
                continue; // Telegram reads an explicit null as an absent parameter.

            var normalized = Normalize(field, value, valuesAreStrings);
            var problem = CheckAny(normalized, field.Types, name);
            if (problem is not null)
                throw BotApiException.BadRequest(IsObjectType(field.Types) ? $"can't parse {name}: {problem}" : problem);
            result[name] = normalized;
        }

        foreach (var field in method.Fields.Where(f => f.Required && result[f.Name] is null))
            throw BotApiException.BadRequest(field.Name == "text" ? "message text is empty" : $"{field.Name} is empty");
        return result;
    }

    private static JsonNode Normalize(SpecField field, JsonNode value, bool valuesAreStrings)
    {
        if (value.GetValueKind() != JsonValueKind.String)
            return value.DeepClone();
        var text = value.GetValue<string>();

        if (IsObjectType(field.Types) && !field.Types.Contains("String"))
        {
            try
            {
                return JsonNode.Parse(text) ?? throw new JsonException();
            }
            catch (JsonException)
            {
                throw BotApiException.BadRequest($"can't parse {field.Name} JSON object");
            }
        }
        if (!valuesAreStrings)
            return value.DeepClone();

        foreach (var type in field.Types)
        {
            switch (type)
            {
                case "Integer" when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                    return JsonValue.Create(l);
                case "Float" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                    return JsonValue.Create(d);
                case "Boolean" when text is "true" or "false" or "True" or "False" or "1" or "0":
                    return JsonValue.Create(text is "true" or "True" or "1");
            }
        }
        return value.DeepClone();
    }

    private static bool IsObjectType(string[] types) => types.Any(t => !IsPrimitive(t));

    private static bool IsPrimitive(string type) => type is "Integer" or "Float" or "String" or "Boolean" or "InputFile";

    private string? CheckAny(JsonNode value, string[] types, string path)
    {
        if (types.Length == 1)
            return Check(value, types[0], path);

        // For a union of objects the most plausible alternative explains the failure best:
        // the one that knows the most of the fields present.
        string? bestProblem = null;
        var bestScore = -1;
        foreach (var type in types)
        {
            var problem = Check(value, type, path);
            if (problem is null)
                return null;
            var score = KnownFieldCount(value, type);
            if (score > bestScore)
                (bestProblem, bestScore) = (problem, score);
        }
        return types.All(IsPrimitive)
            ? $"{path} must be {string.Join(" or ", types)}, got {Describe(value)}"
            : bestProblem;
    }

    private int KnownFieldCount(JsonNode value, string type)
    {
        if (value is not JsonObject obj || !spec.Types.TryGetValue(type, out var specType) || specType.Fields is null)
            return 0;
        return obj.Count(p => specType.Fields.Any(f => f.Name == p.Key));
    }

    private string? Check(JsonNode value, string type, string path)
    {
        const string arrayPrefix = "Array of ";
        if (type.StartsWith(arrayPrefix, StringComparison.Ordinal))
        {
            if (value is not JsonArray array)
                return $"{path} must be {type}, got {Describe(value)}";
            var elementType = type[arrayPrefix.Length..];
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is null)
                    return $"{path}[{i}] must be {elementType}, got null";
                var problem = Check(array[i]!, elementType, $"{path}[{i}]");
                if (problem is not null)
                    return problem;
            }
            return null;
        }

        var kind = value.GetValueKind();
        var ok = type switch
        {
            "Integer" => kind == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out _)
                || kind == JsonValueKind.Number && IsIntegral(value.GetValue<double>()),
            "Float" => kind == JsonValueKind.Number,
            "String" or "InputFile" => kind == JsonValueKind.String,
            "Boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            _ => (bool?)null,
        };
        if (ok is not null)
            return ok.Value ? null : $"{path} must be {type}, got {Describe(value)}";

        if (!spec.Types.TryGetValue(type, out var specType))
            return $"{path} has type {type}, which the spec does not define";
        if (value is not JsonObject obj)
            return $"{path} must be a JSON object of type {type}, got {Describe(value)}";
        return CheckObject(obj, specType, path);
    }

    private static bool IsIntegral(double d) => Math.Abs(d % 1) < double.Epsilon && Math.Abs(d) < 1e18;

    private string? CheckObject(JsonObject obj, SpecType type, string path)
    {
        if (type.Subtypes is not null)
        {
            var candidates = type.Subtypes.Select(s => spec.Types[s]).ToArray();
            var tagged = candidates.Where(c => c.Discriminator is not null).ToArray();
            if (tagged.Length == candidates.Length)
            {
                var tagField = tagged[0].Discriminator!.Value.Field;
                var tag = obj[tagField] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
                var match = tagged.FirstOrDefault(c => c.Discriminator!.Value.Value == tag);
                if (match is null)
                {
                    var allowed = string.Join(", ", tagged.Select(c => c.Discriminator!.Value.Value));
                    return $"{path}.{tagField} must be one of {allowed} for {type.Name}, got {(tag is null ? "nothing" : $"\"{tag}\"")}";
                }
                return CheckObject(obj, match, path);
            }
            return CheckAny(obj, type.Subtypes, path);
        }
        if (type.Fields is null)
            return null; // e.g. CallbackGame: an object with no fields defined

        foreach (var (name, fieldValue) in obj)
        {
            var field = type.Fields.FirstOrDefault(f => f.Name == name);
            if (field is null)
                return $"unknown field \"{name}\" in {path} ({type.Name})";
            if (fieldValue is null)
                continue;
            var problem = CheckAny(fieldValue, field.Types, $"{path}.{name}");
            if (problem is not null)
                return problem;
        }
        foreach (var field in type.Fields.Where(f => f.Required && obj[f.Name] is null))
            return $"field \"{field.Name}\" is required in {path} ({type.Name})";
        if (type.Discriminator is { } d && obj[d.Field]?.GetValue<string>() != d.Value)
            return $"{path}.{d.Field} must be \"{d.Value}\" for {type.Name}";
        return null;
    }

    private static string Describe(JsonNode? value) => value?.GetValueKind() switch
    {
        null => "null",
        JsonValueKind.String => "String",
        JsonValueKind.Number => "Number",
        JsonValueKind.True or JsonValueKind.False => "Boolean",
        JsonValueKind.Array => "Array",
        JsonValueKind.Object => "Object",
        var other => other.ToString()!,
    };
}
