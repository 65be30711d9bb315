using Bot.Telegram;
using Telegram.Bot.Types;

namespace Bot.Tests.Telegram;

public class UpdateBatchTests
{
    private static Update Text(int id, long chat) => new()
    {
        Id = id,
        Message = new Message { Chat = new Chat { Id = chat, Type = global::Telegram.Bot.Types.Enums.ChatType.Private }, Text = "/help" },
    };

    [Fact]
    public void ChatQueues_UpdatesOfOneChat_StayInOrder()
    {
        var batch = new UpdateBatch([Text(10, 1), Text(11, 2), Text(12, 1), Text(13, 3), Text(14, 2)]);
        var queues = batch.ChatQueues().Select(q => q.Select(i => batch[i].Id).ToArray()).ToList();
        Assert.Equal([[10, 12], [11, 14], [13]], queues);
    }

    [Fact]
    public void Finish_OutOfOrder_OffsetOnlyPassesFinishedPrefix()
    {
        var batch = new UpdateBatch([Text(10, 1), Text(11, 2), Text(12, 3)]);
        Assert.Null(batch.Finish(2));      // 12 done, 10 still in hand: storing 13 would skip 10 after a crash
        Assert.Null(batch.Finish(1));
        Assert.Equal(13, batch.Finish(0)); // 10 done: everything up to 12 is finished
    }

    [Fact]
    public void ChatOf_UpdateWithoutChat_IsItsOwnQueue()
    {
        var batch = new UpdateBatch([new Update { Id = 1 }, new Update { Id = 2 }]);
        Assert.Equal(2, batch.ChatQueues().Count);
    }
}
