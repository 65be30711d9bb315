using LiteDB;

namespace Bot.Digests;

/// <summary>One chat's daily digest: where, when, what. The id is the chat id.</summary>
public sealed class Subscription
{
    public long Id { get; set; }
    /// <summary>private, group, supergroup or channel.</summary>
    public string ChatType { get; set; } = "private";
    public string? Title { get; set; }
    /// <summary>Minutes after local midnight.</summary>
    public int LocalMinutes { get; set; } = 8 * 60;
    public string TimeZoneId { get; set; } = "Asia/Riyadh";
    public int Stories { get; set; } = 5;
    /// <summary>Arabic keywords as typed; matched on stems.</summary>
    public List<string> Topics { get; set; } = [];
    /// <summary>A day without news sends a one-line note (true) or nothing (false).</summary>
    public bool NoteWhenEmpty { get; set; } = true;
    public bool Active { get; set; } = true;
    /// <summary>Consecutive "blocked / kicked / deleted" answers; reset by any delivered message.</summary>
    public int Failures { get; set; }
    public string? DeactivatedReason { get; set; }
    /// <summary>The user who subscribed the chat (for a channel: the admin who manages it).</summary>
    public long? ManagedBy { get; set; }
    /// <summary>The next digest's moment (UTC) and its local date, the outbox key.</summary>
    public DateTime NextDueUtc { get; set; }
    /// <summary>"yyyy-MM-dd" (a string: LiteDB would shift a DateTime to UTC).</summary>
    public string NextLocalDate { get; set; } = "";
    /// <summary>Articles ingested up to here went into earlier digests.</summary>
    public DateTime? CoveredUntilUtc { get; set; }
    public DateTime CreatedUtc { get; set; }

    [BsonIgnore]
    public TimeOnly LocalTime
    {
        get => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(LocalMinutes));
        set => LocalMinutes = value.Hour * 60 + value.Minute;
    }

    [BsonIgnore]
    public string LocalTimeText => LocalTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
