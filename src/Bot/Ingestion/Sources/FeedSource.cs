namespace Bot.Ingestion.Sources;

/// <summary>A feed the bot polls, with its schedule, HTTP validators and health.</summary>
public sealed class FeedSource
{
    /// <summary>Longest name, in configuration and in /addsource: it is shown in every card and indexed with each article.</summary>
    public const int MaxNameLength = 60;

    /// <summary>The name lower-cased: names are unique regardless of case.</summary>
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string FeedUrl { get; set; } = "";
    public string Language { get; set; } = "ar";
    /// <summary>Off when configured so, or after a long failure streak (see <see cref="DisabledReason"/>).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Removed by an admin: kept as a tombstone so the configured list does not bring it back.</summary>
    public bool Removed { get; set; }
    public bool FromConfiguration { get; set; }
    public long? AddedBy { get; set; }

    public DateTime NextPollUtc { get; set; }
    public string? ETag { get; set; }
    public DateTime? LastModifiedUtc { get; set; }

    public DateTime? LastPollUtc { get; set; }
    public DateTime? LastSuccessUtc { get; set; }
    public DateTime? LastErrorUtc { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public string? DisabledReason { get; set; }
    public int LastNewArticles { get; set; }

    public static string KeyOf(string name) => name.Trim().ToLowerInvariant();
}
