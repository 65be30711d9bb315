using Bot.Storage;
using Bot.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Tests.Telegram;

public sealed class UpdateInboxTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bot-inbox-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Update Text(int id, long chat, string text) => new()
    {
        Id = id,
        Message = new Message
        {
            Id = id * 10,
            Date = new DateTime(2026, 11, 28, 8, 0, 0, DateTimeKind.Utc),
            Chat = new Chat { Id = chat, Type = ChatType.Private, FirstName = "سارة" },
            From = new User { Id = chat, FirstName = "سارة" },
            Text = text,
        },
    };

    [Fact]
    public void Pending_AfterReopeningTheFile_HoldsTheUpdatesOldestFirst()
    {
        var path = Path.Combine(_dir, "bot.db");
        using (var db = new BotDatabase(path))
        {
            var inbox = new UpdateInbox(db, NullLogger<UpdateInbox>.Instance);
            inbox.Add([Text(12, 5001, "/latest"), Text(11, 5001, "/start")]);
            inbox.Add([Text(12, 5001, "/latest")]);   // sent again: stored once
        }
        using (var db = new BotDatabase(path))
        {
            var pending = new UpdateInbox(db, NullLogger<UpdateInbox>.Instance).Pending();
            Assert.Equal([11, 12], pending.Select(u => u.Id));
            Assert.Equal("/start", pending[0].Message!.Text);
            Assert.Equal(5001, pending[0].Message!.Chat.Id);
            Assert.Equal(ChatType.Private, pending[0].Message!.Chat.Type);
        }
    }

    [Fact]
    public void Remove_HandledUpdate_IsNoLongerPending()
    {
        using var db = new BotDatabase(Path.Combine(_dir, "bot.db"));
        var inbox = new UpdateInbox(db, NullLogger<UpdateInbox>.Instance);
        inbox.Add([Text(1, 7, "/help"), Text(2, 8, "/help")]);
        inbox.Remove(1);
        Assert.Equal([2], inbox.Pending().Select(u => u.Id));
    }

    [Fact]
    public void Pending_UnreadableEntry_IsSkippedAndKept()
    {
        using var db = new BotDatabase(Path.Combine(_dir, "bot.db"));
        var inbox = new UpdateInbox(db, NullLogger<UpdateInbox>.Instance);
        inbox.Add([Text(1, 7, "/help")]);
        db.Db.GetCollection("update_inbox").Insert(new LiteDB.BsonDocument { ["_id"] = 2, ["json"] = "{not json" });
        Assert.Equal([1], inbox.Pending().Select(u => u.Id));
        Assert.Equal(2, db.Db.GetCollection("update_inbox").Count());
    }
}
