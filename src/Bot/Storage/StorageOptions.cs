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

    public string IndexPath => Path.ChangeExtension(Path.GetFullPath(DatabasePath), ".index");
}
