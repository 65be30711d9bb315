using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Digests;

/// <summary>
/// The bot's own membership changes (my_chat_member) and group migrations. Added to a channel as an
/// administrator, the bot tells the admin who added it how to subscribe the channel; removed, kicked
/// or blocked, it stops the chat's digest.
/// </summary>
public sealed class ChatMembership(
    ITelegramBotClient client,
    SubscriptionHealth health,
    ChatAdmins admins,
    ILogger<ChatMembership> logger)
{
    public async Task HandleAsync(ChatMemberUpdated change, CancellationToken ct)
    {
        admins.Forget(change.Chat.Id);
        switch (change.NewChatMember.Status)
        {
            case ChatMemberStatus.Left or ChatMemberStatus.Kicked:
                health.Removed(change.Chat.Id, change.Chat.Type == ChatType.Private ? "the user blocked the bot" : "the bot was removed");
                break;
            case ChatMemberStatus.Administrator when change.Chat.Type == ChatType.Channel
                                                     && change.OldChatMember.Status != ChatMemberStatus.Administrator:
                await TellAdminAsync(change, ct);
                break;
        }
    }

    public void Migrated(long fromChatId, long toChatId) => health.Migrated(fromChatId, toChatId);

    private async Task TellAdminAsync(ChatMemberUpdated change, CancellationToken ct)
    {
        var reference = change.Chat.Username is { Length: > 0 } u ? "@" + u : change.Chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var html = $"أضفتني مشرفًا في القناة «{TelegramHtml.Escape(change.Chat.Title)}». " +
            $"لإرسال موجز الأخبار إليها يوميًا اكتب هنا:\n<code>/subscribe {TelegramHtml.Escape(reference)} 07:30</code>";
        try
        {
            await client.SendMessage(change.From.Id, html, ParseMode.Html, cancellationToken: ct);
        }
        catch (ApiRequestException e) when (e.ErrorCode is 400 or 403)
        {
            // The admin never opened a private chat with the bot: they will find /subscribe in /help.
            logger.LogInformation("Could not tell user {UserId} about channel {ChatId}: {Error}", change.From.Id, change.Chat.Id, e.Message);
        }
    }
}
