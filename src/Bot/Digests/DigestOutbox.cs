using Bot.Storage;
using LiteDB;

namespace Bot.Digests;

/// <summary>The persistent outbox of digests (LiteDB collection "digest_outbox").</summary>
public sealed class DigestOutbox
{
    private readonly ILiteCollection<OutboxEntry> _entries;
    private readonly GroupCommit<OutboxEntry> _confirmations;

    public DigestOutbox(BotDatabase database)
    {
        _entries = database.DigestOutbox;
        // One transaction for all of a batch: LiteDB's Update of a list is a single commit.
        _confirmations = new GroupCommit<OutboxEntry>(batch => _entries.Update(batch));
    }

    /// <summary>Adds the day's digest unless that chat already has one for that date; false if it had.</summary>
    public bool TryAdd(OutboxEntry entry)
    {
        // Looked up first: inside the scheduler's batch transaction a duplicate-key error would roll back the whole batch.
        if (_entries.FindById(entry.Id) is not null) return false;
        try
        {
            _entries.Insert(entry);
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    public OutboxEntry? Find(string id) => _entries.FindById(id);

    /// <summary>Whether that chat and date has its digest, without loading it.</summary>
    // FindById, not Exists(Query.EQ("_id", …)): the latter scanned the collection (11 s instead of 2 s for 10,000 due digests).
    public bool Contains(string id) => _entries.FindById(id) is not null;

    public void Update(OutboxEntry entry) => _entries.Update(entry);

    /// <summary>
    /// Stores the entry, in one transaction with other deliveries' updates made at the same moment;
    /// completes once it is stored. The entry must not change until then.
    /// </summary>
    public Task UpdateAsync(OutboxEntry entry) => _confirmations.WriteAsync(entry);

    /// <summary>
    /// The ids of undelivered digests whose next try is due, oldest first; the workers read each entry when they
    /// deliver it. (Projected in memory since a restart test under load found entries whose parts had lost their text;
    /// the cause, found later, was LiteDB's mapper race that <see cref="BotDatabase.CreateMapper"/> now closes.)
    /// </summary>
    public IReadOnlyList<string> PendingIds(DateTime nowUtc) =>
        _entries.Query().Where(e => e.State == OutboxState.Pending && e.NextAttemptUtc <= nowUtc).OrderBy(e => e.DueUtc).ToEnumerable().Select(e => e.Id).ToList();

    /// <summary>
    /// The earliest retry still to come after <paramref name="afterUtc"/>. Entries due already are not
    /// asked about: the round just before queued them all, and counting them made the scheduler wake at
    /// once and reload every pending entry, again and again, for the whole of a fan-out.
    /// </summary>
    public DateTime? EarliestRetry(DateTime afterUtc) =>
        _entries.Query().Where(e => e.State == OutboxState.Pending && e.NextAttemptUtc > afterUtc).OrderBy(e => e.NextAttemptUtc).Limit(1).ToList() is [var first]
            ? first.NextAttemptUtc : null;

    public IReadOnlyList<OutboxEntry> ForChat(long chatId) => _entries.Find(e => e.ChatId == chatId).ToList();

    /// <summary>Gives up a chat's undelivered digests, those waiting for a retry too; returns how many.</summary>
    public int AbandonPending(long chatId, string reason)
    {
        var pending = ForChat(chatId).Where(e => e.State == OutboxState.Pending).ToList();
        foreach (var entry in pending)
        {
            entry.State = OutboxState.Abandoned;
            entry.LastError = reason;
        }
        return pending.Count == 0 ? 0 : _entries.Update(pending);
    }

    public IEnumerable<OutboxEntry> All() => _entries.FindAll();

    /// <summary>
    /// A group became a supergroup: its undelivered digests go to the new id, and every date it already has a digest for is
    /// marked under the new id too, so that moving the digest time later that day does not send that day's digest again.
    /// The markers carry no messages and are never sent.
    /// </summary>
    public void MoveChat(long fromChatId, long toChatId)
    {
        foreach (var entry in _entries.Find(e => e.ChatId == fromChatId).ToList())
        {
            if (entry.State == OutboxState.Pending)
            {
                entry.ChatId = toChatId;
                _entries.Update(entry);
            }
            var date = DateOnly.ParseExact(entry.LocalDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            TryAdd(new OutboxEntry
            {
                Id = OutboxEntry.Key(toChatId, date),
                ChatId = toChatId,
                LocalDate = entry.LocalDate,
                DueUtc = entry.DueUtc,
                CreatedUtc = entry.CreatedUtc,
                NextAttemptUtc = entry.NextAttemptUtc,
                State = OutboxState.Delivered,
                LastError = $"moved from chat {fromChatId.ToString(System.Globalization.CultureInfo.InvariantCulture)}: the digest is {entry.Id}",
            });
        }
    }
}
