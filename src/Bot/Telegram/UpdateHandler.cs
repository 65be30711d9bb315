using Bot.Digests;
using Bot.Storage;
using Bot.Telegram.Commands;
using Bot.Telegram.Rendering;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>
/// Dispatch step one: what kind of update is this? Commands and button presses go to the
/// <see cref="CommandRouter"/>; their replies to the <see cref="ReplySender"/>.
/// </summary>
public sealed class UpdateHandler(
    CommandRouter router,
    ReplySender sender,
    ChatStore chats,
    BotIdentity identity,
    ChatMembership membership,
    ILogger<UpdateHandler> logger)
{
    public Task HandleAsync(Update update, CancellationToken ct) => update switch
    {
        { Message: { } message } => OnMessageAsync(message, ct),
        { EditedMessage: { } } => Task.CompletedTask,
        { CallbackQuery: { } query } => OnCallbackAsync(query, ct),
        { MyChatMember: { } change } => OnMyChatMemberAsync(change, ct),
        _ => OnOtherAsync(update),
    };

    private async Task OnMessageAsync(Message message, CancellationToken ct)
    {
        Touch(message.Chat);
        if (message.MigrateToChatId is { } newChatId) membership.Migrated(message.Chat.Id, newChatId);
        if (message.Text is not { } text) return;
        var context = new CommandContext(message.Chat.Id, KindOf(message.Chat.Type), message.From?.Id);
        var command = CommandParser.Parse(text, identity.Username);
        var reply = command is null
            ? await router.HandleTextAsync(context, text, ct)
            : await router.HandleCommandAsync(context, command, ct);
        await sender.SendAsync(context, reply, ct);
    }

    private async Task OnCallbackAsync(CallbackQuery query, CancellationToken ct)
    {
        if (query.Message is not { } message || string.IsNullOrEmpty(query.Data))
        {
            await sender.AnswerCallbackAsync(query.Id, null, ct);
            return;
        }
        Touch(message.Chat);
        var context = new CommandContext(message.Chat.Id, KindOf(message.Chat.Type), query.From.Id, message.MessageId);
        Reply? reply = null;
        try
        {
            reply = await router.HandleCallbackAsync(context, query.Data, ct);
        }
        finally
        {
            // Always answer, so the user's client stops showing a spinner even when the handler fails.
            await sender.AnswerCallbackAsync(query.Id, reply?.Toast, ct);
        }
        await sender.SendAsync(context, reply, ct);
    }

    private Task OnMyChatMemberAsync(ChatMemberUpdated change, CancellationToken ct)
    {
        Touch(change.Chat);
        return membership.HandleAsync(change, ct);
    }

    private Task OnOtherAsync(Update update)
    {
        logger.LogDebug("Ignored update {UpdateId} of type {Type}", update.Id, update.Type);
        return Task.CompletedTask;
    }

    private void Touch(Chat chat) => chats.Touch(chat.Id, chat.Type.ToString().ToLowerInvariant(), chat.Title, chat.Username);

    public static ChatKind KindOf(ChatType type) => type switch
    {
        ChatType.Private => ChatKind.Private,
        ChatType.Group => ChatKind.Group,
        ChatType.Supergroup => ChatKind.Supergroup,
        ChatType.Channel => ChatKind.Channel,
        _ => ChatKind.Private,
    };
}
