using System.ComponentModel.DataAnnotations;

namespace Bot.Ingestion;

/// <summary>Feed polling, page fetching and story grouping ("Ingestion" section).</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Runs the background feed poller. Off, sources are still listed and links still summarised.</summary>
    public bool PollFeeds { get; set; } = true;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Random extra delay, as a fraction of the interval, so sources do not all fire together.</summary>
    [Range(0.0, 1.0)]
    public double Jitter { get; set; } = 0.1;

    /// <summary>Longest wait between polls of a failing source (the back-off doubles up to this).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Consecutive failures after which a source is disabled until an admin adds it again.</summary>
    [Range(1, 1000)]
    public int DisableAfterFailures { get; set; } = 12;

    [Range(1, 64)]
    public int MaxConcurrentFetches { get; set; } = 8;

    [Range(1, 16)]
    public int MaxConcurrentFetchesPerHost { get; set; } = 2;

    /// <summary>Whole fetch of one URL, redirects and body included (real time: a fake clock cannot slow a socket).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(20);

    [Range(0, 5)]
    public int RetryAttempts { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1024, 100 * 1024 * 1024)]
    public int MaxFeedBytes { get; set; } = 5 * 1024 * 1024;

    [Range(1024, 100 * 1024 * 1024)]
    public int MaxPageBytes { get; set; } = 3 * 1024 * 1024;

    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Items whose feed text has fewer words are treated as excerpts: their page is fetched.</summary>
    [Range(0, 10000)]
    public int MinFullTextWords { get; set; } = 80;

    [Range(1, 1000)]
    public int MaxItemsPerFeed { get; set; } = 200;

    /// <summary>Articles of the same story must be published within this window.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan StoryWindow { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Jaccard similarity of title-and-lead terms from which two articles are one story.</summary>
    [Range(0.05, 1.0)]
    public double StorySimilarity { get; set; } = 0.3;

    /// <summary>Links one user may have summarised (/summarize, or a link in a private chat) per <see cref="UserLinkWindow"/>.</summary>
    [Range(1, 10000)]
    public int UserLinksPerWindow { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UserLinkWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Lets fetches reach 127.0.0.0/8 and ::1. Only for tests and benchmarks against a local server;
    /// every other private, link-local or reserved range stays refused.
    /// </summary>
    public bool AllowLoopbackForTests { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string UserAgent { get; set; } = "ArabicNewsDigestBot/1.0 (+https://t.me)";
}
