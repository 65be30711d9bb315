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

    // A method, not a property: the options validator reads every property, and this one throws on an empty path.
    public string GetIndexPath() => Path.ChangeExtension(Path.GetFullPath(DatabasePath), ".index");
}
