using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>
/// The chats, users and messages the fake knows. Every member is called under <see cref="Gate"/>,
/// one lock for everything, because tests are small and deadlocks are not.
/// </summary>
internal sealed class FakeWorld(FakeBotApiOptions options)
{
    public object Gate { get; } = new();
    public FakeBotApiOptions Options { get; } = options;
    public Dictionary<long, FakeChat> Chats { get; } = [];
    public Dictionary<long, FakeUser> Users { get; } = [];
    public List<SentMessage> Sent { get; } = [];
    public List<(long ChatId, int MessageId)> Deleted { get; } = [];
    public Dictionary<string, CallbackState> Callbacks { get; } = [];
    public List<CallbackAnswer> CallbackAnswers { get; } = [];
    public List<LimitViolation> Violations { get; } = [];
    public Dictionary<string, JsonArray> Commands { get; } = [];
    public string? WebhookUrl { get; set; }

    public FakeUser Bot => Users[Options.BotId];

    public long Now => Options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Resolves chat_id as Telegram does: a known id, or "@username" of a known chat.</summary>
    public FakeChat ResolveChat(JsonNode? chatId)
    {
        FakeChat? chat = null;
        if (chatId is JsonValue value && value.TryGetValue<long>(out var id))
            Chats.TryGetValue(id, out chat);
        else if (chatId is JsonValue text && text.TryGetValue<string>(out var s))
        {
            if (long.TryParse(s, out var parsed))
                Chats.TryGetValue(parsed, out chat);
            else if (s.StartsWith('@'))
                chat = Chats.Values.FirstOrDefault(c => string.Equals("@" + c.Username, s, StringComparison.OrdinalIgnoreCase));
        }
        return chat ?? throw BotApiException.BadRequest("chat not found");
    }

    public FakeUser UserOrThrow(long userId) =>
        Users.TryGetValue(userId, out var user) ? user : throw new ArgumentException($"User {userId} is not known to the fake; add a private chat for them or send an update first.");

    public FakeChat ChatOrThrow(long chatId) =>
        Chats.TryGetValue(chatId, out var chat) ? chat : throw new ArgumentException($"Chat {chatId} is not known to the fake; add it first.");
}

internal sealed class CallbackState(long chatId)
{
    public long ChatId { get; } = chatId;
    public bool Answered { get; set; }
}

internal sealed class FakeUser(long id, string firstName, string? username, bool isBot)
{
    public long Id { get; } = id;
    public string FirstName { get; } = firstName;
    public string? Username { get; } = username;
    public bool IsBot { get; } = isBot;

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["is_bot"] = IsBot, ["first_name"] = FirstName };
        if (Username is not null)
            json["username"] = Username;
        return json;
    }
}

internal sealed class FakeChat(long id, string type)
{
    public long Id { get; } = id;

    /// <summary>"private", "group", "supergroup" or "channel".</summary>
    public string Type { get; } = type;
    public string? Title { get; init; }
    public string? Username { get; init; }
    public string? FirstName { get; init; }
    public HashSet<long> Administrators { get; } = [];
    public HashSet<long> Members { get; } = [];
    public bool BotIsAdministrator { get; set; }

    /// <summary>Blocked by the user in a private chat; kicked in a group or channel.</summary>
    public bool BotIsBlocked { get; set; }
    public Dictionary<int, StoredMessage> Messages { get; } = [];
    public int LastMessageId { get; set; }

    public bool IsPrivate => Type == "private";

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["type"] = Type };
        if (Title is not null)
            json["title"] = Title;
        if (Username is not null)
            json["username"] = Username;
        if (FirstName is not null)
            json["first_name"] = FirstName;
        return json;
    }

    /// <summary>ChatFullInfo, with the fields the spec requires.</summary>
    public JsonObject ToFullInfoJson()
    {
        var json = ToJson();
        json["accent_color_id"] = 0;
        json["max_reaction_count"] = 11;
        json["accepted_gift_types"] = new JsonObject
        {
            ["unlimited_gifts"] = false,
            ["limited_gifts"] = false,
            ["unique_gifts"] = false,
            ["premium_subscription"] = false,
            ["gifts_from_channels"] = false,
        };
        return json;
    }

    public void CheckBotCanSend()
    {
        if (BotIsBlocked)
            throw BotApiException.Forbidden(IsPrivate ? "bot was blocked by the user" : $"bot was kicked from the {Type} chat");
        if (Type == "channel" && !BotIsAdministrator)
            throw BotApiException.BadRequest("need administrator rights in the channel chat");
    }
}

internal sealed class StoredMessage(FakeChat chat, int messageId, FakeUser from, long date)
{
    public FakeChat Chat { get; } = chat;
    public int MessageId { get; } = messageId;
    public FakeUser From { get; } = from;
    public long Date { get; } = date;
    public long? EditDate { get; set; }
    public string Text { get; set; } = "";
    public IReadOnlyList<JsonObject> Entities { get; set; } = [];
    public JsonNode? ReplyMarkup { get; set; }
    public JsonNode? LinkPreviewOptions { get; set; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["message_id"] = MessageId };
        // Channel posts come from the channel itself, not from a user.
        if (Chat.Type == "channel")
            json["sender_chat"] = Chat.ToJson();
        else
            json["from"] = From.ToJson();
        json["chat"] = Chat.ToJson();
        json["date"] = Date;
        if (EditDate is not null)
            json["edit_date"] = EditDate;
        json["text"] = Text;
        if (Entities.Count > 0)
            json["entities"] = new JsonArray(Entities.Select(e => (JsonNode)e.DeepClone()).ToArray());
        if (LinkPreviewOptions is not null)
            json["link_preview_options"] = LinkPreviewOptions.DeepClone();
        if (ReplyMarkup is JsonObject markup && markup.ContainsKey("inline_keyboard"))
            json["reply_markup"] = markup.DeepClone(); // only inline keyboards are part of a Message
        return json;
    }
}
