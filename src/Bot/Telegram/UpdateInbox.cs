using System.Text.Json;
using JsonSerializer = System.Text.Json.JsonSerializer;
using Bot.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>
/// Updates received from Telegram and not yet handled, kept in LiteDB. The poller stores each answer here before it
/// confirms it to Telegram (by asking for the next offset), so it can go on polling while slow updates are in hand and a
/// crash still loses none: what is left here at start is handled first. An update handled but not yet removed when the
/// process dies is handled again (at least once, never lost).
/// </summary>
public sealed class UpdateInbox(BotDatabase database, ILogger<UpdateInbox> logger)
{
    private ILiteCollection<BsonDocument> Items => database.UpdateInbox;

    /// <summary>Stores the updates (again, harmlessly, if Telegram re-sent one).</summary>
    public void Add(IReadOnlyCollection<Update> updates)
    {
        if (updates.Count == 0) return;
        Items.Upsert(updates.Select(u => new BsonDocument
        {
            ["_id"] = u.Id,
            ["json"] = JsonSerializer.Serialize(u, JsonBotAPI.Options),
        }));
    }

    /// <summary>The updates not yet handled, oldest first.</summary>
    public IReadOnlyList<Update> Pending()
    {
        var pending = new List<Update>();
        foreach (var doc in Items.Query().OrderBy("_id").ToEnumerable())
        {
            try
            {
                pending.Add(JsonSerializer.Deserialize<Update>(doc["json"].AsString, JsonBotAPI.Options)!);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
            {
                // Kept, not deleted: a later build may read it; it is skipped until then.
                logger.LogError(e, "Stored update {UpdateId} cannot be read; skipping it", doc["_id"].AsInt32);
            }
        }
        return pending;
    }

    public void Remove(int updateId) => Items.Delete(updateId);
}
