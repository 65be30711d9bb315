using System.Globalization;
using Bot.Storage;
using LiteDB;
using LiteDB.Engine;

namespace Bot.Benchmarks;

/// <summary>
/// Why the bot lets one write at a time into its LiteDB file (<see cref="OneWriterEngine"/>): four threads upsert documents
/// of random size into four collections of a new file and now and then delete some, then the file is read back, checkpointed
/// and rebuilt. Run with LiteDB's own engine and with the gate in front of it; prints how many rounds failed and how.
/// A failure, not a time, is what is measured, and it needs a busy machine: on 2026-11-29, with the test suite running
/// beside it, 7 of 800 rounds failed without the gate and none of 1,200 with it (300 of each through this verb, the rest
/// in a scratch program with the same loop); on an idle machine none of 600 failed even without it (busy threads in this
/// process did not bring it out). Too slow and too rare for a unit test, so a bench verb.
/// </summary>
public static class StorageWritersBench
{
    private static string[] Collections = [];

    public static int Run(string[] args)
    {
        var rounds = Option(args, "--rounds", 300);
        Collections = Enumerable.Range(0, Option(args, "--writers", 4)).Select(i => $"c{i}").ToArray();
        foreach (var gated in new[] { false, true })
        {
            var failures = new Dictionary<string, int>();
            for (var round = 0; round < rounds; round++)
            {
                if (Round(round, gated) is { } failure) failures[failure] = failures.GetValueOrDefault(failure) + 1;
            }
            Console.WriteLine($"{(gated ? "one writer at a time" : "LiteDB's own engine  ")}: {failures.Values.Sum()} of {rounds} rounds failed");
            foreach (var (message, count) in failures) Console.WriteLine($"  {count} × {message}");
        }
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Null when the round wrote and read back cleanly, else the first error's type and message.</summary>
    private static string? Round(int round, bool gated)
    {
        var folder = Directory.CreateTempSubdirectory("bot-writers-bench-").FullName;
        var path = Path.Combine(folder, "race.db");
        try
        {
            using (var db = Open(path, gated))
            {
                // Created before the threads start: creating a collection under load is a different LiteDB race (#2792).
                foreach (var name in Collections) db.GetCollection(name).Insert(new BsonDocument { ["_id"] = -1 });
                var writers = Collections.Select((name, k) => Task.Run(() => Write(db.GetCollection(name), new Random(round * 10 + k)))).ToArray();
                Task.WaitAll(writers);
            }
            using (var db = Open(path, gated))
            {
                foreach (var name in Collections) _ = db.GetCollection(name).FindAll().ToList();
                db.Checkpoint();
                db.Rebuild();
            }
            return null;
        }
        catch (Exception e)
        {
            var inner = e is AggregateException { InnerException: { } first } ? first : e;
            return $"{inner.GetType().Name}: {inner.Message.Split('\n')[0]}";
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static LiteDatabase Open(string path, bool gated)
    {
        var engine = new LiteEngine(new EngineSettings { Filename = path });
        return new LiteDatabase(gated ? new OneWriterEngine(engine) : engine);
    }

    private static void Write(ILiteCollection<BsonDocument> collection, Random random)
    {
        for (var i = 0; i < 400; i++)
        {
            collection.Upsert(new BsonDocument { ["_id"] = i % 50, ["text"] = new string('x', random.Next(10, 9000)) });
            if (random.Next(4) == 0) collection.DeleteMany(Query.LT("_id", random.Next(50)));
        }
    }
}
