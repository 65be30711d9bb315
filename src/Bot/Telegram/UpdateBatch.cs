using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>
/// The updates of one getUpdates answer, handled concurrently across chats but in order within a chat,
/// so one slow request (a link to summarise, a throttled reply) holds up only its own chat. The offset
/// to store only ever moves past a prefix of finished updates: a crash can repeat the updates that were
/// in hand, never skip one.
/// </summary>
public sealed class UpdateBatch
{
    private readonly IReadOnlyList<Update> _updates;
    private readonly bool[] _finished;
    private readonly Lock _lock = new();
    private int _prefix;

    public UpdateBatch(IReadOnlyList<Update> updates)
    {
        _updates = updates;
        _finished = new bool[updates.Count];
    }

    public Update this[int index] => _updates[index];

    /// <summary>Indexes of the updates, one queue per chat, each in arrival order.</summary>
    public IReadOnlyList<IReadOnlyList<int>> ChatQueues() =>
        [.. Enumerable.Range(0, _updates.Count).GroupBy(i => ChatOf(_updates[i])).Select(g => (IReadOnlyList<int>)[.. g])];

    /// <summary>
    /// Marks an update handled. Returns the offset to store when the finished prefix grew (the id after its
    /// last update), else null.
    /// </summary>
    public int? Finish(int index)
    {
        lock (_lock)
        {
            _finished[index] = true;
            var before = _prefix;
            while (_prefix < _finished.Length && _finished[_prefix]) _prefix++;
            return _prefix > before ? _updates[_prefix - 1].Id + 1 : null;
        }
    }

    /// <summary>The chat an update belongs to; updates without one are each their own queue.</summary>
    public static long ChatOf(Update update) =>
        update.Message?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? update.MyChatMember?.Chat.Id
        ?? update.ChannelPost?.Chat.Id
        ?? long.MinValue + update.Id;
}
