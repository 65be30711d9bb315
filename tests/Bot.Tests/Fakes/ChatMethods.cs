using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>getMe, getChat, getChatMember, getChatAdministrators and getChatMemberCount.</summary>
internal sealed class ChatMethods(FakeWorld world)
{
    public JsonNode GetMe(JsonObject p)
    {
        lock (world.Gate)
        {
            var me = world.Bot.ToJson();
            me["can_join_groups"] = true;
            me["can_read_all_group_messages"] = false;
            me["supports_inline_queries"] = false;
            return me;
        }
    }

    public JsonNode GetChat(JsonObject p)
    {
        lock (world.Gate)
            return world.ResolveChat(p["chat_id"]).ToFullInfoJson();
    }

    public JsonNode GetChatMember(JsonObject p)
    {
        lock (world.Gate)
        {
            var chat = world.ResolveChat(p["chat_id"]);
            var userId = (long)p["user_id"]!;
            if (!world.Users.TryGetValue(userId, out var user))
                throw BotApiException.BadRequest("user not found");
            return Member(chat, user);
        }
    }

    public JsonNode GetChatAdministrators(JsonObject p)
    {
        lock (world.Gate)
        {
            var chat = world.ResolveChat(p["chat_id"]);
            if (chat.IsPrivate)
                throw BotApiException.BadRequest("there are no administrators in the private chat");
            var admins = chat.Administrators.Select(id => world.Users[id]).ToList();
            if (chat.BotIsAdministrator)
                admins.Add(world.Bot);
            return new JsonArray(admins.Select(u => (JsonNode)Member(chat, u)).ToArray());
        }
    }

    public JsonNode GetChatMemberCount(JsonObject p)
    {
        lock (world.Gate)
        {
            var chat = world.ResolveChat(p["chat_id"]);
            return chat.IsPrivate ? 2 : chat.Members.Count + (chat.BotIsBlocked ? 0 : 1);
        }
    }

    private JsonObject Member(FakeChat chat, FakeUser user)
    {
        string status;
        if (user == world.Bot)
            status = chat.BotIsBlocked ? "kicked" : chat.BotIsAdministrator ? "administrator" : chat.Type == "channel" ? "left" : "member";
        else if (chat.Administrators.Contains(user.Id))
            status = "administrator";
        else if (chat.Id == user.Id || chat.Members.Contains(user.Id))
            status = "member";
        else
            status = "left";
        return ChatMemberJson.For(user, status);
    }
}

/// <summary>ChatMember objects with the fields the spec requires for each status.</summary>
internal static class ChatMemberJson
{
    public static JsonObject For(FakeUser user, string status)
    {
        var json = new JsonObject { ["status"] = status, ["user"] = user.ToJson() };
        switch (status)
        {
            case "administrator":
                json["can_be_edited"] = false;
                json["is_anonymous"] = false;
                foreach (var right in new[]
                {
                    "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
                    "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
                    "can_edit_stories", "can_delete_stories", "can_post_messages", "can_edit_messages",
                })
                {
                    json[right] = true;
                }
                break;
            case "kicked":
                json["until_date"] = 0;
                break;
        }
        return json;
    }
}
