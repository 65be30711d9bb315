using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

// Scripting: the chats and users the fake knows, the updates it hands out, and the failures it plays.
public sealed partial class FakeBotApiServer
{
    /// <summary>A user and their private chat with the bot (chat id = user id).</summary>
    public void AddPrivateChat(long userId, string firstName, string? username = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(userId);
        lock (world.Gate)
        {
            var user = world.Users[userId] = new FakeUser(userId, firstName, username, isBot: false);
            world.Chats[userId] = new FakeChat(userId, "private") { FirstName = user.FirstName, Username = username };
        }
    }

    /// <summary>A user who is not (yet) in a private chat with the bot, e.g. a group member.</summary>
    public void AddUser(long userId, string firstName, string? username = null)
    {
        lock (world.Gate)
            world.Users[userId] = new FakeUser(userId, firstName, username, isBot: false);
    }

    /// <summary>A group or supergroup the bot is a member (not an administrator) of. Group ids are negative.</summary>
    public void AddGroup(long chatId, string title, bool supergroup = false)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(chatId, 0);
        lock (world.Gate)
            world.Chats[chatId] = new FakeChat(chatId, supergroup ? "supergroup" : "group") { Title = title };
    }

    /// <summary>A channel the bot is an administrator of, as it must be to post. Channel ids are negative.</summary>
    public void AddChannel(long chatId, string title, string? username = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(chatId, 0);
        lock (world.Gate)
            world.Chats[chatId] = new FakeChat(chatId, "channel") { Title = title, Username = username, BotIsAdministrator = true };
    }

    /// <summary>Replaces the chat's human administrators; unknown users are created.</summary>
    public void SetAdministrators(long chatId, params long[] userIds)
    {
        lock (world.Gate)
        {
            var chat = world.ChatOrThrow(chatId);
            chat.Administrators.Clear();
            foreach (var id in userIds)
            {
                EnsureUser(id);
                chat.Administrators.Add(id);
                chat.Members.Add(id);
            }
        }
    }

    public void SetBotAdministrator(long chatId, bool isAdministrator)
    {
        lock (world.Gate)
            world.ChatOrThrow(chatId).BotIsAdministrator = isAdministrator;
    }

    /// <summary>The user blocks the bot (private chat) or the bot is kicked (group, channel): sends get 403.</summary>
    public void BlockBot(long chatId)
    {
        lock (world.Gate)
            world.ChatOrThrow(chatId).BotIsBlocked = true;
    }

    public void UnblockBot(long chatId)
    {
        lock (world.Gate)
            world.ChatOrThrow(chatId).BotIsBlocked = false;
    }

    /// <summary>Forgets the chat: requests for it get "chat not found".</summary>
    public void RemoveChat(long chatId)
    {
        lock (world.Gate)
            world.Chats.Remove(chatId);
    }

    /// <summary>
    /// A text message from a user in a known chat (a channel post in a channel). Unknown users are created.
    /// Returns the update id.
    /// </summary>
    public int EnqueueText(long chatId, long fromUserId, string text)
    {
        lock (world.Gate)
            return updates.Enqueue(TextUpdate(chatId, fromUserId, text));
    }

    /// <summary>
    /// Text messages that reach the bot in the same getUpdates answer (a poll waiting now sees them all), as when
    /// several chats write at once. Returns the update ids.
    /// </summary>
    public int[] EnqueueTexts(params (long ChatId, long FromUserId, string Text)[] messages)
    {
        lock (world.Gate)
            return updates.EnqueueAll([.. messages.Select(m => TextUpdate(m.ChatId, m.FromUserId, m.Text))]);
    }

    /// <summary>Stores a text message in its chat and returns its update (the caller holds world.Gate).</summary>
    private JsonObject TextUpdate(long chatId, long fromUserId, string text)
    {
        var chat = world.ChatOrThrow(chatId);
        var user = EnsureUser(fromUserId);
        if (!chat.IsPrivate)
            chat.Members.Add(user.Id);
        var message = new StoredMessage(chat, ++chat.LastMessageId, user, world.Now) { Text = text };
        if (text.StartsWith('/'))
        {
            var length = text.IndexOfAny([' ', '\n']) is var end and >= 0 ? end : text.Length;
            message.Entities = [new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length }];
        }
        chat.Messages[message.MessageId] = message;
        var kind = chat.Type == "channel" ? "channel_post" : "message";
        return new JsonObject { [kind] = message.ToJson() };
    }

    /// <summary>A press of an inline button on a message that exists in the chat; the query id can be answered once.</summary>
    public EnqueuedCallback EnqueueCallback(long chatId, long fromUserId, int messageId, string data)
    {
        lock (world.Gate)
        {
            var chat = world.ChatOrThrow(chatId);
            if (!chat.Messages.TryGetValue(messageId, out var message))
                throw new ArgumentException($"Message {messageId} does not exist in chat {chatId}.", nameof(messageId));
            var user = EnsureUser(fromUserId);
            var queryId = $"{BotId}{world.Callbacks.Count + 1:D6}";
            world.Callbacks[queryId] = new CallbackState(chatId);
            var updateId = updates.Enqueue(new JsonObject
            {
                ["callback_query"] = new JsonObject
                {
                    ["id"] = queryId,
                    ["from"] = user.ToJson(),
                    ["message"] = message.ToJson(),
                    ["chat_instance"] = $"-{chatId}",
                    ["data"] = data,
                },
            });
            return new EnqueuedCallback(updateId, queryId);
        }
    }

    /// <summary>The bot's own membership changed, e.g. promoted to administrator in a channel or kicked; the fake's state follows.</summary>
    public int EnqueueMyChatMember(long chatId, long fromUserId, FakeMemberStatus newStatus)
    {
        lock (world.Gate)
        {
            var chat = world.ChatOrThrow(chatId);
            var from = EnsureUser(fromUserId);
            var oldStatus = chat.BotIsBlocked ? "kicked" : chat.BotIsAdministrator ? "administrator" : chat.Type == "channel" ? "left" : "member";
            chat.BotIsAdministrator = newStatus == FakeMemberStatus.Administrator;
            chat.BotIsBlocked = newStatus is FakeMemberStatus.Kicked or FakeMemberStatus.Left;
            return updates.Enqueue(new JsonObject
            {
                ["my_chat_member"] = new JsonObject
                {
                    ["chat"] = chat.ToJson(),
                    ["from"] = from.ToJson(),
                    ["date"] = world.Now,
                    ["old_chat_member"] = ChatMemberJson.For(world.Bot, oldStatus),
                    ["new_chat_member"] = ChatMemberJson.For(world.Bot, newStatus.ToString().ToLowerInvariant()),
                },
            });
        }
    }

    /// <summary>Any update, as JSON without update_id; chats and senders in it become known to the fake.</summary>
    public int EnqueueRaw(JsonObject update)
    {
        lock (world.Gate)
        {
            foreach (var chat in update.Select(p => p.Value?["chat"] ?? p.Value?["message"]?["chat"]).OfType<JsonObject>())
            {
                var id = (long)chat["id"]!;
                if (!world.Chats.ContainsKey(id))
                    world.Chats[id] = new FakeChat(id, (string)chat["type"]!) { Title = (string?)chat["title"], Username = (string?)chat["username"], FirstName = (string?)chat["first_name"] };
            }
            foreach (var user in update.Select(p => p.Value?["from"]).OfType<JsonObject>())
            {
                var id = (long)user["id"]!;
                if (!world.Users.ContainsKey(id))
                    world.Users[id] = new FakeUser(id, (string)user["first_name"]!, (string?)user["username"], (bool?)user["is_bot"] ?? false);
            }
            return updates.Enqueue((JsonObject)update.DeepClone());
        }
    }

    /// <summary>
    /// The next <paramref name="times"/> calls of <paramref name="method"/> (for <paramref name="chatId"/>, if given)
    /// fail this way, before validation, as a network or Telegram failure would.
    /// </summary>
    public void FailNext(string method, FakeFailure failure, long? chatId = null, int times = 1) =>
        failures.Add(method, failure, chatId, times);

    /// <summary>Scripted failures no call has met yet; a call held by <see cref="FakeFailure.Delay"/> has met its one.</summary>
    public int ScriptedFailuresLeft => failures.Remaining;

    private FakeUser EnsureUser(long userId)
    {
        if (!world.Users.TryGetValue(userId, out var user))
            world.Users[userId] = user = new FakeUser(userId, $"User {userId}", null, isBot: false);
        return user;
    }
}
