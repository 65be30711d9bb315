using Microsoft.Extensions.Options;

namespace Bot;

public enum BotMode { Auto, Telegram, Chat }

/// <summary>The verb in front of the host's own arguments.</summary>
public static class BotCommandLine
{
    public static (BotMode Mode, string[] HostArgs) Parse(string[] args) => args switch
    {
        ["chat", .. var rest] => (BotMode.Chat, rest),
        ["telegram", .. var rest] => (BotMode.Telegram, rest),
        _ => (BotMode.Auto, args),
    };

    /// <summary>
    /// Where appsettings.json is read from: the working folder when it has one (the repository root for
    /// `dotnet run --project src/Bot`), else the app's own folder (the Docker image).
    /// </summary>
    public static string ContentRoot() =>
        File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            ? Directory.GetCurrentDirectory()
            : AppContext.BaseDirectory;

    /// <summary>The messages of every options validation failure in an exception (several settings can be wrong at once).</summary>
    public static IReadOnlyList<string> SettingErrors(Exception e) => e switch
    {
        OptionsValidationException v => [.. v.Failures],
        AggregateException a => [.. a.InnerExceptions.SelectMany(SettingErrors)],
        _ => [],
    };
}
