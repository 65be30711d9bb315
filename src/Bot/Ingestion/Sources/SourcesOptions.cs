using Microsoft.Extensions.Options;

namespace Bot.Ingestion.Sources;

/// <summary>One entry of the top-level "Sources" list in appsettings.json.</summary>
public sealed class ConfiguredSource
{
    public string Name { get; set; } = "";
    public string FeedUrl { get; set; } = "";
    public string Language { get; set; } = "ar";
    public bool Enabled { get; set; } = true;
}

/// <summary>The configured sources; seeded into the database at start, then managed with /addsource and /removesource.</summary>
public sealed class SourcesOptions
{
    public const string Section = "Sources";
    public List<ConfiguredSource> Items { get; set; } = [];
}

public sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Items.Count; i++)
        {
            var s = options.Items[i];
            if (string.IsNullOrWhiteSpace(s.Name)) errors.Add($"Sources:{i}:Name is empty.");
            else if (s.Name.Trim().Length > FeedSource.MaxNameLength) errors.Add($"Sources:{i}:Name has more than {FeedSource.MaxNameLength} characters.");
            if (!SourceStore.IsFeedUrl(s.FeedUrl)) errors.Add($"Sources:{i}:FeedUrl must be an absolute http(s) URL (is \"{s.FeedUrl}\").");
        }
        foreach (var dup in options.Items.GroupBy(s => FeedSource.KeyOf(s.Name)).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            errors.Add($"Sources: the name \"{dup.First().Name}\" is used {dup.Count()} times.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
