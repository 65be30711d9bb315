using Bot.Storage;
using LiteDB;

namespace Bot.Digests;

/// <summary>Subscriptions in LiteDB, one per chat.</summary>
public sealed class SubscriptionStore
{
    private readonly ILiteCollection<Subscription> _subscriptions;

    public SubscriptionStore(BotDatabase database)
    {
        _subscriptions = database.Subscriptions;
    }

    public Subscription? Find(long chatId) => _subscriptions.FindById(chatId);

    public void Save(Subscription subscription) => _subscriptions.Upsert(subscription);

    /// <summary>Stores changes to a subscription that still exists; false (and nothing written) if it was deleted or moved.</summary>
    public bool Update(Subscription subscription) => _subscriptions.Update(subscription);

    public bool Delete(long chatId) => _subscriptions.Delete(chatId);

    /// <summary>
    /// The ids of active subscriptions whose digest is due at <paramref name="nowUtc"/>, earliest first.
    /// Ids only: the caller reads each again when it writes, so changes made meanwhile are not undone.
    /// </summary>
    public IReadOnlyList<long> DueIds(DateTime nowUtc) =>
        _subscriptions.Query().Where(s => s.NextDueUtc <= nowUtc && s.Active).OrderBy(s => s.NextDueUtc).Select(s => s.Id).ToList();

    /// <summary>The earliest next digest of any active subscription.</summary>
    public DateTime? EarliestDue() =>
        _subscriptions.Query().Where(s => s.Active).OrderBy(s => s.NextDueUtc).Limit(1).ToList() is [var first] ? first.NextDueUtc : null;

    public IReadOnlyList<Subscription> WithFailures() => _subscriptions.Find(s => s.Failures > 0).ToList();

    /// <summary>Moves a subscription to a group's new supergroup id (keeping one if the target has one).</summary>
    public bool Move(long fromChatId, long toChatId)
    {
        var old = Find(fromChatId);
        if (old is null) return false;
        if (Find(toChatId) is null)
        {
            old.Id = toChatId;
            old.ChatType = "supergroup";
            _subscriptions.Insert(old);
        }
        _subscriptions.Delete(fromChatId);
        return true;
    }
}
