using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

// Requests Telegram.Bot would never send, made by hand over HttpClient.
public sealed partial class FakeBotApiServerTests
{
    private Uri MethodUrl(string method, string? token = null) => new(server.BaseUrl, $"/bot{token ?? server.Token}/{method}");

    private async Task<HttpStatusCode> PostAsync(string method, HttpContent content)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(MethodUrl(method), content);
        return response.StatusCode;
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostJsonAsync(string method, string json, string? token = null)
    {
        using var http = new HttpClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(MethodUrl(method, token), content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task SendMessage_UnknownParameter_Returns400NamingIt()
    {
        var (status, body) = await PostJsonAsync("sendMessage", $$"""{"chat_id":{{UserId}},"text":"hi","disable_web_page_preview":true}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False((bool)body["ok"]!);
        Assert.Equal(400, (int)body["error_code"]!);
        Assert.Contains("\"disable_web_page_preview\"", (string)body["description"]!);
    }

    [Theory]
    [InlineData("""{"chat_id":true,"text":"hi"}""", "chat_id must be Integer or String")] // wrong primitive
    [InlineData("""{"text":"hi"}""", "chat_id is empty")] // missing required
    [InlineData("""{"chat_id":5001,"text":"hi","reply_markup":{"inline_keyboard":[[{"text":"a","callback_data":"b","colour":"red"}]]}}""",
        "unknown field \"colour\"")] // nested object checked against the spec
    [InlineData("""{"chat_id":5001,"text":"hi","link_preview_options":{"is_disabled":"yes"}}""",
        "link_preview_options.is_disabled must be Boolean")] // nested type
    [InlineData("""{"chat_id":5001,"text":"hi","reply_markup":{"inline_keyboard":[[{"text":"a"}]]}}""",
        "Text buttons are unallowed in the inline keyboard")] // a button without an action
    public async Task SendMessage_InvalidParameters_Returns400Describing(string json, string problem)
    {
        var (status, body) = await PostJsonAsync("sendMessage", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(problem, (string)body["description"]!);
    }

    [Fact]
    public async Task SetMyCommands_ScopeWithUnknownType_Returns400()
    {
        var (status, body) = await PostJsonAsync("setMyCommands", """{"commands":[{"command":"a","description":"b"}],"scope":{"type":"everyone"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("scope.type must be one of", (string)body["description"]!);
    }

    [Fact]
    public async Task AnyMethod_WrongToken_Returns401()
    {
        var (status, body) = await PostJsonAsync("getMe", "{}", token: "1:wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Unauthorized", (string)body["description"]!);
    }

    [Fact]
    public async Task UnknownMethod_Returns404()
    {
        var (status, body) = await PostJsonAsync("sendTelepathy", "{}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Not Found: method not found", (string)body["description"]!);
    }

    [Fact]
    public async Task SendMessage_FormUrlEncoded_IsAcceptedWithJsonSerializedMarkup()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = UserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "hi",
            ["disable_notification"] = "true",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"a","callback_data":"b"}]]}""",
        });

        Assert.Equal(HttpStatusCode.OK, await PostAsync("sendMessage", content));
        Assert.NotNull(Assert.Single(server.Messages).ReplyMarkup);
    }

    [Fact]
    public async Task SendMessage_Multipart_Returns400()
    {
        using var content = new MultipartFormDataContent { { new StringContent("hi"), "text" } };

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("sendMessage", content));
    }

    [Fact]
    public async Task UnsupportedSpecMethod_IsValidatedThenRefused()
    {
        var (invalid, _) = await PostJsonAsync("sendDice", """{"chat_id":5001,"emoji":7}""");
        var (valid, body) = await PostJsonAsync("sendDice", """{"chat_id":5001}""");

        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.Equal("Bad Request: method not supported by the fake", (string)body["description"]!);
        Assert.Equal(HttpStatusCode.BadRequest, valid);
    }
}
