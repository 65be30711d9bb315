using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>sendMessage, editMessageText, deleteMessage, answerCallbackQuery and sendChatAction.</summary>
internal sealed class MessageMethods(FakeWorld world, FloodLimiter? limiter)
{
    public JsonNode SendMessage(JsonObject p)
    {
        lock (world.Gate)
        {
            var chat = world.ResolveChat(p["chat_id"]);
            chat.CheckBotCanSend();
            var formatted = Format(p);
            InlineKeyboardRules.Validate(p["reply_markup"]);
            CheckReplyTarget(chat, p["reply_parameters"]);
            Throttle("sendMessage", chat);

            var message = new StoredMessage(chat, ++chat.LastMessageId, world.Bot, world.Now)
            {
                Text = formatted.Text,
                Entities = formatted.Entities,
                ReplyMarkup = p["reply_markup"]?.DeepClone(),
                LinkPreviewOptions = p["link_preview_options"]?.DeepClone(),
            };
            chat.Messages[message.MessageId] = message;
            Record(message, p, isEdit: false);
            return message.ToJson();
        }
    }

    public JsonNode EditMessageText(JsonObject p)
    {
        lock (world.Gate)
        {
            if (p["inline_message_id"] is not null)
                throw BotApiException.BadRequest("inline_message_id is not supported by the fake");
            if (p["chat_id"] is null)
                throw BotApiException.BadRequest("chat_id is empty");
            var chat = world.ResolveChat(p["chat_id"]);
            if (p["message_id"] is null)
                throw BotApiException.BadRequest("message identifier is not specified");
            var formatted = Format(p);
            InlineKeyboardRules.Validate(p["reply_markup"]);
            if (!chat.Messages.TryGetValue((int)p["message_id"]!, out var message))
                throw BotApiException.BadRequest("message to edit not found");
            if (message.From != world.Bot)
                throw BotApiException.BadRequest("message can't be edited");

            var markup = p["reply_markup"]?.DeepClone();
            if (message.Text == formatted.Text
                && JsonNode.DeepEquals(EntitiesJson(message.Entities), EntitiesJson(formatted.Entities))
                && JsonNode.DeepEquals(message.ReplyMarkup, markup))
            {
                throw BotApiException.BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }
            if (limiter?.CountsEdits == true)
                Throttle("editMessageText", chat);

            message.Text = formatted.Text;
            message.Entities = formatted.Entities;
            message.ReplyMarkup = markup;
            message.LinkPreviewOptions = p["link_preview_options"]?.DeepClone();
            message.EditDate = world.Now;
            Record(message, p, isEdit: true);
            return message.ToJson();
        }
    }

    public JsonNode DeleteMessage(JsonObject p)
    {
        lock (world.Gate)
        {
            var chat = world.ResolveChat(p["chat_id"]);
            var messageId = (int)p["message_id"]!;
            if (!chat.Messages.Remove(messageId))
                throw BotApiException.BadRequest("message to delete not found");
            world.Deleted.Add((chat.Id, messageId));
            return true;
        }
    }

    public JsonNode AnswerCallbackQuery(JsonObject p)
    {
        lock (world.Gate)
        {
            var id = (string)p["callback_query_id"]!;
            if (!world.Callbacks.TryGetValue(id, out var query) || query.Answered)
                throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
            query.Answered = true;
            world.CallbackAnswers.Add(new CallbackAnswer(id, (string?)p["text"], (bool?)p["show_alert"] ?? false, (string?)p["url"]));
            return true;
        }
    }

    public JsonNode SendChatAction(JsonObject p)
    {
        lock (world.Gate)
        {
            world.ResolveChat(p["chat_id"]).CheckBotCanSend();
            return true;
        }
    }

    private FormattedText Format(JsonObject p) =>
        MessageTextRules.Format((string)p["text"]!, (string?)p["parse_mode"], p["entities"], world.Options.RejectUnknownHtmlEntities);

    private static void CheckReplyTarget(FakeChat chat, JsonNode? replyParameters)
    {
        if (replyParameters is null || replyParameters["chat_id"] is not null)
            return;
        var allowMissing = (bool?)replyParameters["allow_sending_without_reply"] ?? false;
        if (!allowMissing && !chat.Messages.ContainsKey((int)replyParameters["message_id"]!))
            throw BotApiException.BadRequest("message to be replied not found");
    }

    private void Throttle(string method, FakeChat chat)
    {
        if (limiter?.TryAcquire(method, chat) is not { } violation)
            return;
        world.Violations.Add(violation);
        throw BotApiException.TooManyRequests(violation.RetryAfterSeconds);
    }

    private void Record(StoredMessage message, JsonObject p, bool isEdit) =>
        world.Sent.Add(new SentMessage(
            message.Chat.Id,
            message.MessageId,
            message.Text,
            (string)p["text"]!,
            (string?)p["parse_mode"],
            message.Entities.Select(e => e.DeepClone().AsObject()).ToArray(),
            message.ReplyMarkup?.DeepClone(),
            (bool?)p["link_preview_options"]?["is_disabled"] ?? false,
            isEdit,
            world.Options.TimeProvider.GetUtcNow()));

    private static JsonArray EntitiesJson(IReadOnlyList<JsonObject> entities) =>
        new(entities.Select(e => (JsonNode)e.DeepClone()).ToArray());
}
