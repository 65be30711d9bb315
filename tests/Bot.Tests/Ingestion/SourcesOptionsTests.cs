using Bot.Ingestion.Sources;

namespace Bot.Tests.Ingestion;

public sealed class SourcesOptionsTests
{
    private static IReadOnlyList<string> Errors(params ConfiguredSource[] sources) =>
        new SourcesOptionsValidator().Validate(null, new SourcesOptions { Items = [.. sources] }).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_NameLongerThanAdminCommandsAllow_IsRefusedAtStart()
    {
        // /addsource refuses a name over FeedSource.MaxNameLength; a configured one had no limit, and every article of the
        // source is indexed by it.
        var ok = new ConfiguredSource { Name = new string('ج', FeedSource.MaxNameLength), FeedUrl = "https://news.example/rss" };
        var tooLong = new ConfiguredSource { Name = new string('ج', FeedSource.MaxNameLength + 1), FeedUrl = "https://news.example/feed" };

        Assert.Empty(Errors(ok));
        Assert.Equal([$"Sources:1:Name has more than {FeedSource.MaxNameLength} characters."], Errors(ok, tooLong));
    }
}
