using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Fakes;

/// <summary>
/// Reads a Bot API request's parameters from the query string and a JSON or form-urlencoded body,
/// the encodings Telegram accepts besides multipart/form-data (which the fake does not support).
/// </summary>
internal static class RequestReader
{
    public static async Task<List<RawParameter>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = request.Query.Select(q => new RawParameter(q.Key, JsonValue.Create(q.Value.ToString()), IsString: true)).ToList();

        var contentType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (contentType == "application/x-www-form-urlencoded")
        {
            var form = await request.ReadFormAsync(cancellationToken);
            parameters.AddRange(form.Select(f => new RawParameter(f.Key, JsonValue.Create(f.Value.ToString()), IsString: true)));
            return parameters;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
            return parameters;
        if (contentType != "application/json")
            throw BotApiException.BadRequest($"unsupported content type \"{request.ContentType}\"; the fake accepts application/json and application/x-www-form-urlencoded");

        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            throw BotApiException.BadRequest($"can't parse JSON body: {e.Message}");
        }
        if (json is not JsonObject obj)
            throw BotApiException.BadRequest("the JSON body must be an object");
        parameters.AddRange(obj.Select(p => new RawParameter(p.Key, p.Value?.DeepClone(), IsString: false)));
        return parameters;
    }
}

/// <param name="IsString">Form and query values are strings that stand for whatever type the spec says.</param>
internal sealed record RawParameter(string Name, JsonNode? Value, bool IsString);
