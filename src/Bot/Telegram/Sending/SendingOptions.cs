using System.ComponentModel.DataAnnotations;

namespace Bot.Telegram.Sending;

/// <summary>Telegram's limits and the retry policy of the sending pipeline (section "Telegram:Sending").</summary>
public sealed class SendingOptions
{
    public const string Section = "Telegram:Sending";

    /// <summary>Off only for benchmarks that measure raw delivery speed.</summary>
    public bool ThrottlingEnabled { get; set; } = true;

    /// <summary>
    /// Messages per second across all chats (Telegram allows about 30): spaced evenly, and never more than
    /// this many (rounded down) in any one second, counted from Telegram's answers.
    /// </summary>
    [Range(0.001, 1_000_000)]
    public double GlobalPerSecond { get; set; } = 25;

    /// <summary>Messages per second to one private chat.</summary>
    [Range(0.001, 1_000_000)]
    public double PrivateChatPerSecond { get; set; } = 1;

    /// <summary>Messages per minute to one group or channel.</summary>
    [Range(0.001, 1_000_000)]
    public double GroupPerMinute { get; set; } = 20;

    /// <summary>
    /// Messages a bucket may send back to back. 1 spaces messages evenly, which keeps every sliding
    /// window of Telegram's counters within the limit.
    /// </summary>
    [Range(1, 1000)]
    public int Burst { get; set; } = 1;

    /// <summary>Longest wait honoured for a 429's retry_after; a longer one is capped (and logged).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Tries of one request, counting the first, on 429, 5xx and network errors.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>First back-off after a 5xx or network error; doubled each try up to <see cref="MaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
}
