using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Commands;

/// <summary>
/// The one place where a command or a button press is mapped to its handler. Used by the Telegram
/// update handler and by the terminal chat alike.
/// </summary>
public sealed class CommandRouter(ArticleCommands articles, ILogger<CommandRouter> logger)
{
    public Task<Reply> HandleCommandAsync(CommandContext context, ParsedCommand command, CancellationToken ct)
    {
        var reply = command.Name switch
        {
            "start" => HelpCommands.Start(),
            "help" => HelpCommands.Help(),
            "latest" => articles.Latest(command.Args),
            "article" => articles.Article(command.Args),
            "quotes" => articles.Quotes(command.Args),
            "search" => articles.Search(command.Args),
            _ => HelpCommands.Unknown(command.Name),
        };
        return Task.FromResult(reply);
    }

    /// <summary>Plain text: ignored in groups; in a private chat, a hint.</summary>
    public Task<Reply> HandleTextAsync(CommandContext context, string text, CancellationToken ct) =>
        Task.FromResult(context.ChatKind == ChatKind.Private ? HelpCommands.NotACommand() : Reply.None);

    public Task<Reply> HandleCallbackAsync(CommandContext context, string data, CancellationToken ct)
    {
        var parts = data.Split(':');
        Reply reply = parts switch
        {
            ["a", var id] => articles.Article(id),
            ["q", var id] => articles.Quotes(id),
            ["l", var page, var size] when int.TryParse(page, out var p) && int.TryParse(size, out var s) =>
                articles.LatestPage(p, s) with { EditOriginal = true },
            _ => Unrecognised(data),
        };
        return Task.FromResult(reply);
    }

    private Reply Unrecognised(string data)
    {
        logger.LogInformation("Ignored a button with unknown data {Data}", data);
        return new Reply([], Toast: "هذا الزر قديم ولم يعد يعمل.");
    }
}
