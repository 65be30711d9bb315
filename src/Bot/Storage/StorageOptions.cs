using System.ComponentModel.DataAnnotations;

namespace Bot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file. The search index lives beside it in "&lt;name&gt;.index/".</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = "data/bot.db";

    /// <summary>Folder of seed articles imported at start; relative paths are resolved from the working folder, then from the app folder.</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>
    /// Articles published and ingested longer ago than this are deleted, with their search entries; seed articles stay.
    /// Feeds' items older than this are not ingested, so a deleted article does not come back from a feed that still
    /// lists it.
    /// </summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "3650.00:00:00")]
    public TimeSpan KeepArticlesFor { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Time between two sweeps for articles past <see cref="KeepArticlesFor"/>; the first runs at start.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(6);

    // A method, not a property: the options validator reads every property, and this one throws on an empty path.
    public string GetIndexPath() => Path.ChangeExtension(Path.GetFullPath(DatabasePath), ".index");
}
