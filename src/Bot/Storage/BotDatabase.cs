using LiteDB;

namespace Bot.Storage;

/// <summary>
/// The one LiteDB file of the process. Owns the mapper settings and the schema version; stores take
/// their collections from here.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    /// <summary>Bumped by any change that needs a migration; see <see cref="Migrate"/>.</summary>
    public const int SchemaVersion = 1;

    public LiteDatabase Db { get; }
    public string Path { get; }

    public BotDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        Db = new LiteDatabase(new ConnectionString { Filename = Path, Connection = ConnectionType.Direct }, CreateMapper())
        {
            UtcDate = true,
        };
        Migrate();
        EnsureIndexes();
    }

    /// <summary>An in-memory database for tests and benchmarks.</summary>
    public BotDatabase(Stream stream)
    {
        Path = ":memory:";
        Db = new LiteDatabase(stream, CreateMapper()) { UtcDate = true };
        Migrate();
        EnsureIndexes();
    }

    /// <summary>
    /// Message and article text must round-trip byte for byte: LiteDB's defaults trim strings and
    /// turn "" into null, which would change what users wrote and break content hashes.
    /// </summary>
    public static BsonMapper CreateMapper() => new()
    {
        TrimWhitespace = false,
        EmptyStringToNull = false,
        SerializeNullValues = false,
        EnumAsInteger = false,
    };

    public ILiteCollection<Article> Articles => Db.GetCollection<Article>("articles");
    public ILiteCollection<ChatRecord> Chats => Db.GetCollection<ChatRecord>("chats");
    public ILiteCollection<BsonDocument> State => Db.GetCollection("state");
    public ILiteCollection<Ingestion.Sources.FeedSource> Sources => Db.GetCollection<Ingestion.Sources.FeedSource>("sources");

    private void Migrate()
    {
        var version = Db.UserVersion;
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The database {Path} has schema version {version}, newer than this build understands ({SchemaVersion}).");
        }
        // Version 0 is a new file: nothing to move. Later versions add their steps here, in order.
        if (version < SchemaVersion) Db.UserVersion = SchemaVersion;
    }

    private void EnsureIndexes()
    {
        Articles.EnsureIndex(a => a.PublishedUtc);
        Articles.EnsureIndex(a => a.ContentHash, unique: true);
        Articles.EnsureIndex(a => a.Url);
        Articles.EnsureIndex(a => a.Guid);
        Articles.EnsureIndex(a => a.StoryId);
        Chats.EnsureIndex(c => c.Type);
        Articles.EnsureIndex(a => a.Source);
        Articles.EnsureIndex(a => a.IngestedUtc);
    }

    public void Dispose() => Db.Dispose();
}
