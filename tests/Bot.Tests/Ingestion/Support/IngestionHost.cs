using Bot.Ingestion;
using Bot.Ingestion.Sources;
using Bot.Storage;
using Bot.Telegram.Commands;
using Bot.Telegram.Rendering;
using Bot.Terminal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Ingestion.Support;

/// <summary>
/// The real host (Program.CreateBuilder, terminal mode so no Telegram is needed) on a temporary LiteDB
/// file, with a fake clock and the background poller off: tests poll with <see cref="PollAsync"/>.
/// </summary>
public sealed class IngestionHost : IAsyncDisposable
{
    public const long AdminId = 4242;
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly IHost _host;
    private readonly string _folder;
    private readonly bool _ownsFolder;

    public FakeTimeProvider Time { get; }
    public IServiceProvider Services => _host.Services;
    public BotDatabase Database => Services.GetRequiredService<BotDatabase>();
    public SourceStore Sources => Services.GetRequiredService<SourceStore>();
    public CommandRouter Router => Services.GetRequiredService<CommandRouter>();

    private IngestionHost(IHost host, string folder, bool ownsFolder, FakeTimeProvider time)
    {
        _host = host;
        _folder = folder;
        _ownsFolder = ownsFolder;
        Time = time;
    }

    /// <param name="sources">Configured sources: name and feed URL.</param>
    public static async Task<IngestionHost> StartAsync(IEnumerable<(string Name, string Url)> sources, bool allowLoopback = true,
        IDictionary<string, string?>? settings = null, string? folder = null)
    {
        var ownsFolder = folder is null;
        folder ??= Directory.CreateTempSubdirectory("bot-ingest-").FullName;
        var config = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(folder, "bot.db"),
            ["Storage:SeedsPath"] = Path.Combine(folder, "no-seeds"),
            ["Ingestion:PollFeeds"] = "false",
            ["Ingestion:AllowLoopbackForTests"] = allowLoopback ? "true" : "false",
            // Long enough for a first fetch on a loaded CI machine (JIT, Kestrel start); the slow fixtures wait 10 s.
            ["Ingestion:FetchTimeout"] = "00:00:04",
            ["Ingestion:RetryAttempts"] = "0",
            ["Ingestion:RetryDelay"] = "00:00:00",
            ["Ingestion:Jitter"] = "0",
            ["Telegram:AdminUserIds:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var i = 0;
        foreach (var (name, url) in sources)
        {
            config[$"Sources:{i}:Name"] = name;
            config[$"Sources:{i}:FeedUrl"] = url;
            i++;
        }
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) config[k] = v;

        var time = new FakeTimeProvider(Start);
        var builder = Program.CreateBuilder([], BotMode.Chat, new TerminalIO(new NeverReader(), TextWriter.Null));
        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton<TimeProvider>(time);
        var host = builder.Build();
        await host.StartAsync();
        return new IngestionHost(host, folder, ownsFolder, time);
    }

    public Task<int> PollAsync() => Services.GetRequiredService<FeedPoller>().PollDueAsync(CancellationToken.None);

    public IReadOnlyList<Article> Articles() => Database.Articles.FindAll().OrderBy(a => a.Id).ToList();

    public FeedSource Source(string name) => Sources.Find(name) ?? throw new InvalidOperationException("no source " + name);

    public static CommandContext Admin => new(1, ChatKind.Private, AdminId);
    public static CommandContext Stranger => new(2, ChatKind.Private, 77);

    public async Task<string> CommandAsync(CommandContext context, string text)
    {
        var command = CommandParser.Parse(text, "TestBot") ?? throw new ArgumentException("not a command: " + text);
        return Html(await Router.HandleCommandAsync(context, command, CancellationToken.None));
    }

    public async Task<string> TextAsync(CommandContext context, string text) =>
        Html(await Router.HandleTextAsync(context, text, CancellationToken.None));

    public static string Html(Reply reply) => string.Join("\n---\n", reply.Messages.Select(m => m.Html));

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        if (!_ownsFolder) return;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Terminal input that never arrives, so the terminal chat waits instead of stopping the host.</summary>
    private sealed class NeverReader : TextReader
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        }
    }
}
