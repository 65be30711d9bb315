using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bot.Telegram;

public sealed partial class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The bot token from @BotFather. Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>Bot API server; empty means Telegram's own. Set it for a local Bot API server or a test fake.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How long one getUpdates call waits for updates (long polling).</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest pause between failed polling rounds (the back-off doubles up to this).</summary>
    public TimeSpan MaxPollBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one update may take to handle before it is given up.</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Telegram user ids allowed to run admin commands.</summary>
    public long[] AdminUserIds { get; set; } = [];

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    [GeneratedRegex(@"^[0-9]{1,20}:[A-Za-z0-9_-]{30,}$")]
    public static partial Regex TokenFormat();
}

/// <summary>Checks the Telegram settings at start, with messages that say how to fix them.</summary>
public sealed class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public const string HowToSetToken =
        "Set it with the environment variable Telegram__Token=<token from @BotFather> (or in appsettings.json), " +
        "or try the bot without one in the terminal: dotnet run --project src/Bot -- chat";

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var errors = new List<string>();
        if (!options.HasToken)
        {
            errors.Add("Telegram:Token is missing. " + HowToSetToken);
        }
        else if (!TelegramOptions.TokenFormat().IsMatch(options.Token!.Trim()))
        {
            // The value itself is never echoed: a half-pasted token is still a secret.
            errors.Add("Telegram:Token is not a bot token (expected digits, a colon and 30+ letters, e.g. 123456:ABC-…). " + HowToSetToken);
        }
        if (!string.IsNullOrWhiteSpace(options.BaseUrl)
            && (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add("Telegram:BaseUrl must be an absolute http(s) URL such as http://localhost:8081.");
        }
        if (options.PollTimeout < TimeSpan.Zero || options.PollTimeout > TimeSpan.FromMinutes(5))
        {
            errors.Add("Telegram:PollTimeout must be between 00:00:00 and 00:05:00.");
        }
        if (options.MaxPollBackoff < TimeSpan.FromMilliseconds(10))
        {
            errors.Add("Telegram:MaxPollBackoff must be at least 00:00:00.01.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
