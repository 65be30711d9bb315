using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>
/// Runs updates one chat at a time, in arrival order, and different chats side by side — at most
/// <c>maxAtOnce</c> handlers at once — so a slow request (a link to summarise, a throttled reply) holds up only its own
/// chat, also while newer updates keep arriving. Once stopping, no update is started; those in hand run to their end
/// (<see cref="DrainAsync"/>), and the ones not started stay in the <see cref="UpdateInbox"/> for the next start.
/// </summary>
public sealed class ChatDispatcher(Func<Update, Task> handle, int maxAtOnce, ILogger logger, CancellationToken stopping)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, Queue<Update>> _chats = [];
    // Ids queued or running: an update Telegram sends again while still in hand is not run twice.
    private readonly HashSet<int> _inHand = [];
    private readonly List<Task> _workers = [];
    private readonly SemaphoreSlim _slots = new(maxAtOnce, maxAtOnce);

    /// <summary>Updates queued or running.</summary>
    public int Pending
    {
        get { lock (_lock) return _inHand.Count; }
    }

    public void Enqueue(Update update)
    {
        var chat = ChatOf(update);
        lock (_lock)
        {
            if (!_inHand.Add(update.Id)) return;
            if (_chats.TryGetValue(chat, out var queue))
            {
                queue.Enqueue(update);
                return;
            }
            _chats[chat] = new Queue<Update>([update]);
            _workers.RemoveAll(w => w.IsCompleted);
            _workers.Add(Task.Run(() => RunChatAsync(chat)));
        }
    }

    /// <summary>Waits for every chat's worker to end: after stopping, that is the updates in hand.</summary>
    public Task DrainAsync()
    {
        lock (_lock) return Task.WhenAll(_workers);
    }

    private async Task RunChatAsync(long chat)
    {
        while (true)
        {
            Update next;
            lock (_lock)
            {
                var queue = _chats[chat];
                if (queue.Count == 0 || stopping.IsCancellationRequested)
                {
                    _chats.Remove(chat);
                    return;
                }
                next = queue.Peek();
            }
            try
            {
                await _slots.WaitAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                lock (_lock) _chats.Remove(chat);
                return;
            }
            try
            {
                await handle(next);
            }
            catch (Exception e)
            {
                // The handler deals with its own failures; this is a last guard, so that the chat's queue goes on.
                logger.LogError(e, "Update {UpdateId} failed outside its handler", next.Id);
            }
            finally
            {
                _slots.Release();
                lock (_lock)
                {
                    _chats[chat].Dequeue();
                    _inHand.Remove(next.Id);
                }
            }
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
