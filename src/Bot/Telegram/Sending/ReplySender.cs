using Bot.Telegram.Commands;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Telegram.Sending;

/// <summary>Turns a <see cref="Reply"/> into Bot API calls on the (layered) bot client.</summary>
public sealed class ReplySender(ITelegramBotClient client, ILogger<ReplySender> logger)
{
    public async Task SendAsync(CommandContext context, Reply reply, CancellationToken ct)
    {
        var first = 0;
        if (reply.EditOriginal && context.MessageId is { } messageId && reply.Messages.Count > 0)
        {
            await EditAsync(context.ChatId, messageId, reply.Messages[0], ct);
            first = 1;
        }
        for (var i = first; i < reply.Messages.Count; i++)
        {
            await SendMessageAsync(context.ChatId, reply.Messages[i], ct);
        }
    }

    public Task<Message> SendMessageAsync(long chatId, OutgoingMessage message, CancellationToken ct) =>
        client.SendMessage(chatId, message.Html, ParseMode.Html,
            replyMarkup: Markup(message), linkPreviewOptions: Preview(message), cancellationToken: ct);

    private async Task EditAsync(long chatId, int messageId, OutgoingMessage message, CancellationToken ct)
    {
        try
        {
            await client.EditMessageText(chatId, messageId, message.Html, ParseMode.Html,
                replyMarkup: Markup(message), linkPreviewOptions: Preview(message), cancellationToken: ct);
        }
        catch (ApiRequestException e) when (e.Message.Contains("message is not modified", StringComparison.Ordinal))
        {
            // A double tap on the same page button: nothing to change.
        }
    }

    public async Task AnswerCallbackAsync(string callbackQueryId, string? text, CancellationToken ct)
    {
        try
        {
            await client.AnswerCallbackQuery(callbackQueryId, text, cancellationToken: ct);
        }
        catch (ApiRequestException e)
        {
            // An old button (query expired) must not stop the reply itself.
            logger.LogInformation("answerCallbackQuery failed: {Description}", e.Message);
        }
    }

    private static InlineKeyboardMarkup? Markup(OutgoingMessage message) =>
        message.Buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(message.Buttons.Select(row => row.Select(b => b.Url is { } url
                ? InlineKeyboardButton.WithUrl(b.Text, url)
                : InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData!))));

    private static LinkPreviewOptions Preview(OutgoingMessage message) =>
        message.PreviewUrl is { } url ? new LinkPreviewOptions { Url = url } : new LinkPreviewOptions { IsDisabled = true };
}
