using Bot.Storage;
using LiteDB;

namespace Bot.Ingestion.Sources;

/// <summary>The polled feeds, in LiteDB. Configured sources are seeded; admins add and remove at run time.</summary>
public sealed class SourceStore(BotDatabase database, TimeProvider time)
{
    private readonly ILiteCollection<FeedSource> _sources = database.Sources;
    // Serialises read-modify-writes: a poll's health update must not interleave with /addsource or /removesource.
    private readonly Lock _lock = new();

    public static bool IsFeedUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Sources not removed, by name.</summary>
    public IReadOnlyList<FeedSource> Active() =>
        _sources.Find(s => !s.Removed).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public FeedSource? Find(string name) => _sources.FindById(FeedSource.KeyOf(name));

    public FeedSource? FindByUrl(string url) => _sources.FindOne(s => s.FeedUrl == url && !s.Removed);

    /// <summary>Enabled sources whose next poll is due.</summary>
    public IReadOnlyList<FeedSource> Due(DateTime nowUtc) =>
        _sources.Find(s => s.Enabled && !s.Removed && s.NextPollUtc <= nowUtc).ToList();

    /// <summary>When the next enabled source is due, or null with none.</summary>
    public DateTime? NextDue() =>
        _sources.Find(s => s.Enabled && !s.Removed).Select(s => (DateTime?)s.NextPollUtc).Min();

    /// <summary>
    /// Records a poll's outcome on the source as stored now, not as read when the poll began: a poll
    /// takes tens of seconds, and an admin may have removed the source or changed its URL meanwhile.
    /// Skipped (null) when the source is gone, removed, or no longer has the polled URL.
    /// </summary>
    public FeedSource? RecordPoll(FeedSource polled, Action<FeedSource> record)
    {
        lock (_lock)
        {
            var current = _sources.FindById(polled.Id);
            if (current is null || current.Removed || current.FeedUrl != polled.FeedUrl) return null;
            record(current);
            _sources.Update(current);
            return current;
        }
    }

    /// <summary>Adds configured sources the database does not know; a removed one stays removed.</summary>
    public int Seed(IEnumerable<ConfiguredSource> configured)
    {
        var added = 0;
        foreach (var c in configured)
        {
            if (_sources.FindById(FeedSource.KeyOf(c.Name)) is not null) continue;
            _sources.Insert(New(c.Name, c.FeedUrl, c.Language, c.Enabled, addedBy: null, fromConfiguration: true));
            added++;
        }
        return added;
    }

    /// <summary>Adds a source, or brings back a removed or disabled one under the same name, due now.</summary>
    public FeedSource AddOrRevive(string name, string feedUrl, long? addedBy)
    {
        var source = New(name, feedUrl, "ar", enabled: true, addedBy, fromConfiguration: false);
        lock (_lock)
        {
            if (Find(name) is { } old) source.FromConfiguration = old.FromConfiguration;
            _sources.Upsert(source);
        }
        return source;
    }

    public bool Remove(string name)
    {
        lock (_lock)
        {
            var source = Find(name);
            if (source is null || source.Removed) return false;
            source.Removed = true;
            source.Enabled = false;
            _sources.Update(source);
            return true;
        }
    }

    private FeedSource New(string name, string url, string language, bool enabled, long? addedBy, bool fromConfiguration) => new()
    {
        Id = FeedSource.KeyOf(name),
        Name = name.Trim(),
        FeedUrl = url.Trim(),
        Language = string.IsNullOrWhiteSpace(language) ? "ar" : language,
        Enabled = enabled,
        AddedBy = addedBy,
        FromConfiguration = fromConfiguration,
        NextPollUtc = time.GetUtcNow().UtcDateTime,
    };
}
