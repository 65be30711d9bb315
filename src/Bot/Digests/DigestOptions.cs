using System.ComponentModel.DataAnnotations;

namespace Bot.Digests;

/// <summary>Section "Digests": defaults for new subscriptions and the scheduler's behaviour.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>Local time of the daily digest when /subscribe names none, "HH:mm".</summary>
    [Required, RegularExpression(@"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    public string DefaultTime { get; set; } = "08:00";

    /// <summary>IANA time zone when /subscribe names none.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DefaultTimeZone { get; set; } = "Asia/Riyadh";

    [Range(1, 20)]
    public int DefaultStories { get; set; } = 5;

    /// <summary>A missed digest (downtime) is still sent on start if it is younger than this, else skipped.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MissedDigestMaxAge { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Stories of the first digest reach back this far.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan FirstDigestLookback { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// An article ingested in a digest's window but published longer than this before the window opened is old news
    /// that came late: a feed added today brings its backlog, a page fetched today may be weeks old. Left out.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan OldNewsAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Longest sleep of the scheduler between looks at the subscriptions and the outbox.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Digests delivered at the same time (each one's parts stay in order). A delivery spends its time
    /// waiting: for Telegram's answer, then for its confirmation's commit, so the rate with limits off
    /// grows with this (on loopback: 64 → ~2,000 messages/s, 256 → ~4,700/s); with limits on, the limits
    /// decide and the extra workers only wait in the throttler, which costs a timer each.
    /// </summary>
    [Range(1, 1000)]
    public int MaxConcurrentDeliveries { get; set; } = 256;

    /// <summary>Consecutive "blocked / kicked / chat deleted" answers that deactivate a subscription.</summary>
    [Range(1, 100)]
    public int DeactivateAfterFailures { get; set; } = 3;

    /// <summary>When a digest could not be delivered, the next try waits this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryFailedDeliveryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A digest still undelivered after this long is given up (logged).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a getChatAdministrators answer is trusted.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan AdminCacheDuration { get; set; } = TimeSpan.FromMinutes(2);

    public TimeOnly DefaultLocalTime => TimeOnly.ParseExact(DefaultTime, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
