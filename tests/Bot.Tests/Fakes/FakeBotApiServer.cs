using System.Net;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Fakes;

/// <summary>
/// A strict fake of the Telegram Bot API on 127.0.0.1 and a random port, for driving the real
/// Telegram.Bot client over HTTP. Every request is checked against the Bot API spec (unknown methods and
/// parameters, missing fields, wrong types, nested objects) and the methods a news bot uses behave like
/// Telegram, with its error wording. Tests script chats, updates and failures, and observe what was sent.
/// Thread-safe.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions ResponseJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly WebApplication app;
    private readonly CancellationTokenSource stopping = new();
    private readonly FakeWorld world;
    private readonly UpdateQueue updates = new();
    private readonly FailureScript failures = new();
    private readonly SpecValidator validator = new(BotApiSpec.Instance);
    private readonly Dictionary<string, Func<JsonObject, CancellationToken, Task<JsonNode>>> handlers;
    private readonly List<RecordedRequest> requests = [];
    private int disposed;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeBotApiServer(FakeBotApiOptions options)
    {
        world = new FakeWorld(options);
        world.Users[options.BotId] = new FakeUser(options.BotId, options.BotFirstName, options.BotUsername, isBot: true);
        Token = $"{options.BotId}:AAH-fake{RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 27)}";
        handlers = CreateHandlers(options);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        app = builder.Build();
        app.Run(HandleAsync);
    }

    /// <summary>The base URL to pass to <c>TelegramBotClientOptions</c>, e.g. http://127.0.0.1:54321.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>A token in Telegram's format, <c>{BotId}:AAH-fake…</c>; any other token gets 401.</summary>
    public string Token { get; }

    public long BotId => world.Options.BotId;

    public string BotUsername => world.Options.BotUsername;

    public static async Task<FakeBotApiServer> StartAsync(FakeBotApiOptions? options = null)
    {
        var server = new FakeBotApiServer(options ?? new FakeBotApiOptions());
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        // Cancelling first ends pending long polls, so stopping Kestrel does not wait for them.
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private Dictionary<string, Func<JsonObject, CancellationToken, Task<JsonNode>>> CreateHandlers(FakeBotApiOptions options)
    {
        var limiter = options.Limits is null ? null : new FloodLimiter(options.Limits, options.TimeProvider);
        var messages = new MessageMethods(world, limiter);
        var chats = new ChatMethods(world);
        var commands = new CommandMethods(world);
        var updateMethods = new UpdateMethods(world, updates);

        static Func<JsonObject, CancellationToken, Task<JsonNode>> Sync(Func<JsonObject, JsonNode> handler) =>
            (p, _) => Task.FromResult(handler(p));

        return new(StringComparer.OrdinalIgnoreCase)
        {
            ["getMe"] = Sync(chats.GetMe),
            ["getChat"] = Sync(chats.GetChat),
            ["getChatMember"] = Sync(chats.GetChatMember),
            ["getChatAdministrators"] = Sync(chats.GetChatAdministrators),
            ["getChatMemberCount"] = Sync(chats.GetChatMemberCount),
            ["sendMessage"] = Sync(messages.SendMessage),
            ["editMessageText"] = Sync(messages.EditMessageText),
            ["deleteMessage"] = Sync(messages.DeleteMessage),
            ["answerCallbackQuery"] = Sync(messages.AnswerCallbackQuery),
            ["sendChatAction"] = Sync(messages.SendChatAction),
            ["setMyCommands"] = Sync(commands.SetMyCommands),
            ["getMyCommands"] = Sync(commands.GetMyCommands),
            ["deleteMyCommands"] = Sync(commands.DeleteMyCommands),
            ["getUpdates"] = updateMethods.GetUpdatesAsync,
            ["setWebhook"] = Sync(updateMethods.SetWebhook),
            ["deleteWebhook"] = Sync(updateMethods.DeleteWebhook),
            ["getWebhookInfo"] = Sync(updateMethods.GetWebhookInfo),
        };
    }

    private async Task HandleAsync(HttpContext context)
    {
        var method = "";
        var parameters = new JsonObject();
        var status = 200;
        string? error = null;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token, context.RequestAborted);
        try
        {
            var specMethod = Route(context.Request.Path.Value ?? "");
            method = specMethod.Name;
            var raw = await RequestReader.ReadAsync(context.Request, cancellation.Token);
            parameters = ToObject(raw);

            switch (failures.Take(method, ChatIdOf(parameters)))
            {
                case DropFailure:
                    status = 0;
                    error = "connection dropped";
                    context.Abort();
                    return;
                case DelayFailure delay:
                    await Task.Delay(delay.Duration, cancellation.Token);
                    break;
                case ErrorFailure failure:
                    throw failure.Error;
            }

            parameters = validator.Validate(specMethod, raw);
            if (!handlers.TryGetValue(method, out var handler))
                throw BotApiException.BadRequest("method not supported by the fake");
            var result = await handler(parameters, cancellation.Token);
            await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result }, cancellation.Token);
        }
        catch (BotApiException e)
        {
            (status, error) = (e.StatusCode, e.Description);
            await WriteAsync(context, e.StatusCode, e.ToJson(), cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            status = 0;
            error = "cancelled: the client went away or the fake stopped";
        }
        finally
        {
            Record(new RecordedRequest(method, parameters, status, error, world.Options.TimeProvider.GetUtcNow()));
        }
    }

    /// <summary>Finds the method in <c>/bot{token}/{method}</c>, answering 404 or 401 as Telegram does.</summary>
    private SpecMethod Route(string path)
    {
        const string prefix = "/bot";
        var slash = path.IndexOf('/', prefix.Length);
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || slash < 0)
            throw new BotApiException(404, "Not Found");
        if (path[prefix.Length..slash] != Token)
            throw new BotApiException(401, "Unauthorized");
        return BotApiSpec.Instance.Methods.TryGetValue(path[(slash + 1)..], out var method)
            ? method
            : throw new BotApiException(404, "Not Found: method not found");
    }

    private static JsonObject ToObject(IEnumerable<RawParameter> raw)
    {
        var obj = new JsonObject();
        foreach (var p in raw)
            obj[p.Name] = p.Value?.DeepClone();
        return obj;
    }

    private static long? ChatIdOf(JsonObject parameters) => parameters["chat_id"] switch
    {
        JsonValue v when v.TryGetValue<long>(out var id) => id,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, out var id) => id,
        _ => null,
    };

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(ResponseJson), cancellationToken);
    }

    private void Record(RecordedRequest request)
    {
        TaskCompletionSource old;
        lock (world.Gate)
        {
            requests.Add(request);
            old = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        old.TrySetResult();
    }
}
