using LiteDB;
using LiteDB.Engine;

namespace Bot.Storage;

/// <summary>
/// The one LiteDB file of the process. Owns the mapper settings and the schema version; stores take
/// their collections from here. Writes go through <see cref="OneWriterEngine"/>, one at a time.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    /// <summary>Bumped by any change that needs a migration; see <see cref="Migrate"/>.</summary>
    public const int SchemaVersion = 2;

    public LiteDatabase Db { get; private set; }
    public string Path { get; }

    public BotDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        Db = OpenFile();
        if (Migrate())
        {
            // A move reads every article, and so does building the new indexes (hence EnsureSchema before, not only after),
            // and LiteDB keeps the pages it read for as long as the file is open (a file of 100,000 articles moved to
            // version 2 held 420 MB of them): opened again, the bot starts with what it needs.
            EnsureSchema();
            Db.Dispose();
            Db = OpenFile();
        }
        EnsureSchema();
    }

    private LiteDatabase OpenFile() =>
        new(new OneWriterEngine(new LiteEngine(new EngineSettings { Filename = Path })), CreateMapper()) { UtcDate = true };

    /// <summary>An in-memory database for tests and benchmarks.</summary>
    public BotDatabase(Stream stream)
    {
        Path = ":memory:";
        Db = new LiteDatabase(new OneWriterEngine(new LiteEngine(new EngineSettings { DataStream = stream })), CreateMapper()) { UtcDate = true };
        Migrate();
        EnsureSchema();
    }

    /// <summary>
    /// Message and article text must round-trip byte for byte: LiteDB's defaults trim strings and
    /// turn "" into null, which would change what users wrote and break content hashes.
    /// </summary>
    public static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper
        {
            TrimWhitespace = false,
            EmptyStringToNull = false,
            SerializeNullValues = false,
            EnumAsInteger = false,
        };
        // LiteDB 5.0.21 builds a class's mapping on its first use and shows it to other threads before its members are
        // filled in (litedb-org/LiteDB#2536, #2565; fixed after its last release): a read racing that first use got an
        // outbox entry's parts without their text or message id, or an article's quotes without speaker and text, and the
        // delivery sent "" and stored the entry back so. Built here, on one thread, before the database is shared.
        foreach (var type in StoredClasses([typeof(Article), typeof(ChatRecord), typeof(Ingestion.Sources.FeedSource), typeof(Digests.Subscription), typeof(Digests.OutboxEntry)]))
            mapper.ToDocument(type, Activator.CreateInstance(type)!);
        return mapper;
    }

    /// <summary>The collections' classes and every class of ours their properties hold, alone or in a list.</summary>
    private static HashSet<Type> StoredClasses(Type[] roots)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (!found.Add(type)) continue;
            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            {
                var held = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
                    ? property.PropertyType.GetGenericArguments()[0]
                    : property.PropertyType;
                // (our own classes only: string, Uri and the like LiteDB maps as values, and they have no entity mapping)
                if (held.IsClass && held.Assembly == typeof(BotDatabase).Assembly) pending.Push(held);
            }
        }
        return found;
    }

    public ILiteCollection<Article> Articles => Db.GetCollection<Article>("articles");
    public ILiteCollection<ChatRecord> Chats => Db.GetCollection<ChatRecord>("chats");
    public ILiteCollection<BsonDocument> State => Db.GetCollection("state");
    public ILiteCollection<Ingestion.Sources.FeedSource> Sources => Db.GetCollection<Ingestion.Sources.FeedSource>("sources");
    public ILiteCollection<Digests.Subscription> Subscriptions => Db.GetCollection<Digests.Subscription>("subscriptions");
    public ILiteCollection<Digests.OutboxEntry> DigestOutbox => Db.GetCollection<Digests.OutboxEntry>("digest_outbox");
    public ILiteCollection<BsonDocument> UpdateInbox => Db.GetCollection("update_inbox");

    /// <summary>Brings an older file up to <see cref="SchemaVersion"/>; true when articles were moved.</summary>
    private bool Migrate()
    {
        var version = Db.UserVersion;
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The database {Path} has schema version {version}, newer than this build understands ({SchemaVersion}).");
        }
        // Version 0 is a new file: nothing to move. Later versions add their steps here, in order.
        var moved = false;
        if (version == 1)
        {
            IndexArticlesByKeys();
            moved = true;
        }
        if (version < SchemaVersion) Db.UserVersion = SchemaVersion;
        return moved;
    }

    /// <summary>
    /// Version 2: articles are found by <see cref="Article.UrlKey"/> and <see cref="Article.GuidKey"/>, not by their
    /// address and guid, which may be too long for a LiteDB index key. The old indexes go, and every stored article is
    /// written again, in batches, so that it holds its keys (EnsureSchema then indexes them).
    /// </summary>
    private void IndexArticlesByKeys()
    {
        Articles.DropIndex("Url");
        Articles.DropIndex("Guid");
        var ids = Articles.Query().Select(a => a.Id).ToList();
        // (each by its id: a range query read every article from the batch's first id on, quadratic over the file)
        foreach (var batch in ids.Chunk(500))
            Articles.Update(batch.Select(id => Articles.FindById(id)).ToList());
    }

    /// <summary>
    /// Creates every collection and index the bot uses, here, before any other thread can touch the file. LiteDB 5.0.21
    /// lists a collection in its shared header before the new collection's page is readable, so a read racing the first
    /// write of a collection fails («page type must be collection page», litedb-org/LiteDB#2792) and the engine closes
    /// itself: at a fresh install the update poller, reading its offset while the first article's analysis version was
    /// written, took the whole bot down. Created up front, no collection is ever created under load.
    /// </summary>
    private void EnsureSchema()
    {
        Articles.EnsureIndex(a => a.PublishedUtc);
        Articles.EnsureIndex(a => a.ContentHash, unique: true);
        Articles.EnsureIndex(a => a.UrlKey);
        Articles.EnsureIndex(a => a.GuidKey);
        Articles.EnsureIndex(a => a.StoryId);
        Articles.EnsureIndex(a => a.Source);
        Articles.EnsureIndex(a => a.IngestedUtc);
        Chats.EnsureIndex(c => c.Type);
        Subscriptions.EnsureIndex(s => s.NextDueUtc);
        DigestOutbox.EnsureIndex(e => e.State);
        DigestOutbox.EnsureIndex(e => e.ChatId);
        Create(State.Name);
        Create(UpdateInbox.Name);
        Create(Sources.Name);
    }

    /// <summary>Creates an empty collection that has no index but its id: LiteDB creates one only with its first write.</summary>
    private void Create(string name)
    {
        if (Db.CollectionExists(name)) return;
        var collection = Db.GetCollection(name);
        Db.BeginTrans();
        collection.Insert(new BsonDocument { ["_id"] = "created" });
        collection.Delete("created");
        Db.Commit();
    }

    public void Dispose() => Db.Dispose();
}
