using LiteDB;

namespace Bot.Storage;

/// <summary>Small named values the bot must keep across restarts (the Telegram update offset, …).</summary>
public sealed class BotStateStore(BotDatabase database)
{
    public long? GetInt64(string key)
    {
        var doc = database.State.FindById(key);
        return doc is null ? null : doc["value"].AsInt64;
    }

    public void SetInt64(string key, long value) =>
        database.State.Upsert(new BsonDocument { ["_id"] = key, ["value"] = value });

    public string? GetString(string key)
    {
        var doc = database.State.FindById(key);
        return doc is null || !doc["value"].IsString ? null : doc["value"].AsString;
    }

    public void SetString(string key, string value) =>
        database.State.Upsert(new BsonDocument { ["_id"] = key, ["value"] = value });
}
