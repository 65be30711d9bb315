using System.Collections.Concurrent;
using Bot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Hosting;

/// <summary>
/// The real host, built by <c>Program.CreateBuilder</c> exactly as in production, pointed at a fake Bot API
/// server and a LiteDB file in a temporary folder. Every log line is kept for assertions.
/// </summary>
internal sealed class BotHostRunner : IAsyncDisposable
{
    private readonly IHost _host;

    public ConcurrentQueue<string> Logs { get; }
    public IServiceProvider Services => _host.Services;

    private BotHostRunner(IHost host, ConcurrentQueue<string> logs)
    {
        _host = host;
        Logs = logs;
    }

    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");

    public static async Task<BotHostRunner> StartAsync(
        FakeBotApiServer fake,
        string dataFolder,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = Program.CreateBuilder([], BotMode.Telegram);
        var config = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = fake.Token,
            ["Telegram:BaseUrl"] = fake.BaseUrl.ToString(),
            ["Telegram:PollTimeout"] = "00:00:01",
            ["Storage:DatabasePath"] = Path.Combine(dataFolder, "bot.db"),
            ["Storage:SeedsPath"] = SeedsFolder,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        var logs = new ConcurrentQueue<string>();
        builder.Logging.AddProvider(new ListLoggerProvider(logs));
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        fake.ClientLog = () => string.Join(Environment.NewLine, logs.Where(l => l.StartsWith("Warning") || l.StartsWith("Error") || l.StartsWith("Critical")).TakeLast(10));
        await host.StartAsync();
        return new BotHostRunner(host, logs);
    }

    public async Task StopAsync() => await _host.StopAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, logs);
        public void Dispose() { }
    }

    private sealed class ListLogger(string category, ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
