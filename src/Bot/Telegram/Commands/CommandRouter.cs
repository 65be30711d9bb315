using Bot.Digests;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Commands;

/// <summary>
/// The one place where a command or a button press is mapped to its handler. Used by the Telegram
/// update handler and by the terminal chat alike.
/// </summary>
public sealed class CommandRouter(ArticleCommands articles, SourceCommands sources, LinkCommands links, SubscriptionCommands digests, ILogger<CommandRouter> logger)
{
    public async Task<Reply> HandleCommandAsync(CommandContext context, ParsedCommand command, CancellationToken ct)
    {
        return command.Name switch
        {
            "start" => HelpCommands.Start(digests.PausedNotice(context.ChatId)),
            "help" => HelpCommands.Help(),
            "latest" => articles.Latest(command.Args),
            "article" => articles.Article(command.Args),
            "quotes" => articles.Quotes(command.Args),
            "search" => articles.Search(command.Args),
            "sources" => sources.List(context),
            "addsource" => sources.Add(context, command.Args),
            "removesource" => sources.Remove(context, command.Args),
            "summarize" => await links.SummarizeAsync(context, command.Args, ct),
            "subscribe" or "unsubscribe" or "settings" or "digest" => await digests.HandleCommandAsync(context, command, ct),
            _ => HelpCommands.Unknown(command.Name),
        };
    }

    /// <summary>Plain text: ignored in groups; in a private chat, a link is summarised, anything else gets a hint.</summary>
    public async Task<Reply> HandleTextAsync(CommandContext context, string text, CancellationToken ct) =>
        await digests.TryHandleTextAsync(context, text, ct) is { } typed ? typed
        : context.ChatKind != ChatKind.Private ? Reply.None
        : LinkCommands.FindLink(text) is not null ? await links.SummarizeAsync(context, text, ct)
        : HelpCommands.NotACommand();

    public async Task<Reply> HandleCallbackAsync(CommandContext context, string data, CancellationToken ct)
    {
        var parts = data.Split(':');
        if (parts is ["d", ..]) return await digests.HandleCallbackAsync(context, parts, ct);
        Reply reply = parts switch
        {
            ["a", var id] => articles.Article(id),
            ["q", var id] => articles.Quotes(id),
            ["l", var page, var size] when int.TryParse(page, out var p) && int.TryParse(size, out var s) =>
                articles.LatestPage(p, s) with { EditOriginal = true },
            _ => Unrecognised(data),
        };
        return reply;
    }

    private Reply Unrecognised(string data)
    {
        logger.LogInformation("Ignored a button with unknown data {Data}", data);
        return new Reply([], Toast: "هذا الزر قديم ولم يعد يعمل.");
    }
}
