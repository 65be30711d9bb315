using Bot;
using Bot.Digests;
using Bot.Ingestion;
using Bot.Storage;
using Bot.Telegram;
using Bot.Terminal;
using Bot.Text.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Verbs: (none) Telegram when a token is set, else the terminal chat · chat · telegram · summarize
if (args is ["summarize", .. var summarizeArgs])
{
    // The text engine alone: no host, no database (scripts and benchmarks depend on this contract).
    return await SummarizeCommand.RunAsync(summarizeArgs, Console.In, Console.Out, Console.Error, CancellationToken.None);
}
var (mode, hostArgs) = BotCommandLine.Parse(args);
HostApplicationBuilder builder;
try
{
    builder = Program.CreateBuilder(hostArgs, mode);
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
try
{
    await builder.Build().RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    // A bad setting: one clear line each, no stack trace.
    foreach (var failure in e.Failures) Console.Error.WriteLine(failure);
    return 2;
}

internal sealed partial class Program
{
    /// <summary>The one composition root; tests build the same host through it.</summary>
    public static HostApplicationBuilder CreateBuilder(string[] args, BotMode mode, TerminalIO? terminal = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = BotCommandLine.ContentRoot(),
        });
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
            o.UseUtcTimestamp = true;
        });

        if (mode == BotMode.Auto)
        {
            mode = string.IsNullOrWhiteSpace(builder.Configuration["Telegram:Token"]) ? BotMode.Chat : BotMode.Telegram;
            if (mode == BotMode.Chat)
            {
                Console.Error.WriteLine("No Telegram token is set: starting the offline terminal chat. " +
                    "To run in Telegram, set Telegram__Token (see README).");
            }
        }

        builder.AddStorage();
        builder.AddIngestion();
        builder.AddCommands();
        builder.AddDigests();
        if (mode == BotMode.Chat)
        {
            // The chat owns the terminal: only warnings and errors are logged there.
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            });
            builder.Services.AddSingleton(terminal ?? new TerminalIO(Console.In, Console.Out));
            builder.Services.AddHostedService<TerminalChat>();
        }
        else
        {
            builder.AddTelegram();
        }
        return builder;
    }
}
