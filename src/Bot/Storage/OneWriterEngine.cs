using LiteDB;
using LiteDB.Engine;

namespace Bot.Storage;

/// <summary>
/// LiteDB's engine with one writer at a time for the whole file; reads go straight through and never wait here.
/// LiteDB 5 lets transactions on different collections write at once, but they share the header page's list of free
/// pages, and under load that list breaks (litedb-org/LiteDB#2825, reported on 5.0.21 too, and seen here). Four threads
/// upserting and deleting in four collections, on a busy machine, failed with «Page type must be data page» or «invalid
/// segment position in index footer» in 7 of 800 rounds; with this gate, in none of 1,200 (bench verb storage-writers).
/// The bot writes little at a time (an update, an article, a chunk of digests), so one writer costs little and keeps the
/// file whole. An explicit transaction (<see cref="BeginTrans"/> … <see cref="Commit"/>) holds the gate until it ends:
/// LiteDB binds it to its thread, and so does the monitor used here.
/// </summary>
internal sealed class OneWriterEngine(ILiteEngine inner) : ILiteEngine
{
    private readonly object _gate = new();
    private readonly ThreadLocal<bool> _inTransaction = new();

    public IBsonDataReader Query(string collection, Query query) => inner.Query(collection, query);

    public BsonValue Pragma(string name) => inner.Pragma(name);

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId)
    {
        lock (_gate) return inner.Insert(collection, docs, autoId);
    }

    public int Update(string collection, IEnumerable<BsonDocument> docs)
    {
        lock (_gate) return inner.Update(collection, docs);
    }

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate)
    {
        lock (_gate) return inner.UpdateMany(collection, transform, predicate);
    }

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId)
    {
        lock (_gate) return inner.Upsert(collection, docs, autoId);
    }

    public int Delete(string collection, IEnumerable<BsonValue> ids)
    {
        lock (_gate) return inner.Delete(collection, ids);
    }

    public int DeleteMany(string collection, BsonExpression predicate)
    {
        lock (_gate) return inner.DeleteMany(collection, predicate);
    }

    public bool DropCollection(string name)
    {
        lock (_gate) return inner.DropCollection(name);
    }

    public bool RenameCollection(string name, string newName)
    {
        lock (_gate) return inner.RenameCollection(name, newName);
    }

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique)
    {
        lock (_gate) return inner.EnsureIndex(collection, name, expression, unique);
    }

    public bool DropIndex(string collection, string name)
    {
        lock (_gate) return inner.DropIndex(collection, name);
    }

    public bool Pragma(string name, BsonValue value)
    {
        lock (_gate) return inner.Pragma(name, value);
    }

    public int Checkpoint()
    {
        lock (_gate) return inner.Checkpoint();
    }

    public long Rebuild(RebuildOptions options)
    {
        lock (_gate) return inner.Rebuild(options);
    }

    /// <summary>Takes the gate for the transaction's whole life; a nested call (false: one is open already) leaves it as it was.</summary>
    public bool BeginTrans()
    {
        Monitor.Enter(_gate);
        bool began;
        try
        {
            began = inner.BeginTrans();
        }
        catch
        {
            Monitor.Exit(_gate);
            throw;
        }
        if (began) _inTransaction.Value = true;
        else Monitor.Exit(_gate);
        return began;
    }

    public bool Commit() => EndTransaction(inner.Commit);

    public bool Rollback() => EndTransaction(inner.Rollback);

    private bool EndTransaction(Func<bool> end)
    {
        try
        {
            return end();
        }
        finally
        {
            if (_inTransaction.Value)
            {
                _inTransaction.Value = false;
                Monitor.Exit(_gate);
            }
        }
    }

    public void Dispose()
    {
        inner.Dispose();
        _inTransaction.Dispose();
    }
}
