using Bot.Ingestion;
using Bot.Ingestion.Fetching;
using Bot.Ingestion.Sources;
using Bot.Storage;
using Bot.Tests.Ingestion.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Ingestion;

public sealed partial class FeedPollerTests
{
    /// <summary>A feed that answers only when the test opens the gate, so the test can act during the poll.</summary>
    private static (TaskCompletionSource Started, TaskCompletionSource Gate) MapHeldFeed(FixtureServer server, string path)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var a = Corpus.Articles[^1];
        var body = FeedXml.Rss([FullItem(server, a, "held")]);
        server.Map(path, async c =>
        {
            started.TrySetResult();
            await gate.Task;
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync(body);
        });
        return (started, gate);
    }

    [Fact]
    public async Task PollDue_SourceRemovedDuringThePoll_StaysRemoved()
    {
        await using var server = await FixtureServer.StartAsync();
        var (started, gate) = MapHeldFeed(server, "/held");
        await using var host = await IngestionHost.StartAsync([("held", server.Url("/held"))]);

        var poll = host.PollAsync();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(host.Sources.Remove("held"));
        gate.SetResult();
        await poll;

        var source = host.Source("held");
        Assert.True(source.Removed);
        Assert.False(source.Enabled);
        Assert.Null(source.LastSuccessUtc);
    }

    [Fact]
    public async Task PollDue_UrlChangedDuringThePoll_KeepsTheNewUrlDue()
    {
        await using var server = await FixtureServer.StartAsync();
        var (started, gate) = MapHeldFeed(server, "/held");
        await using var host = await IngestionHost.StartAsync([("held", server.Url("/held"))]);

        var poll = host.PollAsync();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        host.Sources.AddOrRevive("held", server.Url("/moved"), IngestionHost.AdminId);
        gate.SetResult();
        await poll;

        var source = host.Source("held");
        Assert.Equal(server.Url("/moved"), source.FeedUrl);
        Assert.Null(source.LastSuccessUtc);
        Assert.Equal(Now.UtcDateTime, source.NextPollUtc);
    }

    [Fact]
    public async Task PollDue_UnexpectedErrorInAPoll_IsRecordedAsAFailure()
    {
        await using var host = await IngestionHost.StartAsync([]);
        // Not a URL: new Uri throws, which is neither a fetch nor a feed-format failure.
        host.Database.Sources.Insert(new FeedSource { Id = "broken", Name = "broken", FeedUrl = "not a url", NextPollUtc = Now.UtcDateTime });

        await host.PollAsync();

        var source = host.Source("broken");
        Assert.Equal(1, source.ConsecutiveFailures);
        Assert.Equal(nameof(UriFormatException), source.LastError);
        Assert.True(source.NextPollUtc > Now.UtcDateTime);
    }

    [Fact]
    public async Task ExecuteAsync_DatabaseErrorInARound_KeepsTheServiceRunning()
    {
        await using var host = await IngestionHost.StartAsync([]);
        var dead = new BotDatabase(new MemoryStream());
        var deadSources = new SourceStore(dead, host.Time);
        dead.Dispose();
        using var poller = new FeedPoller(deadSources, host.Services.GetRequiredService<SafeFetcher>(), host.Services.GetRequiredService<ArticleIngestor>(),
            host.Time, Options.Create(new IngestionOptions { PollFeeds = true }), NullLogger<FeedPoller>.Instance);

        await poller.StartAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.False(poller.ExecuteTask!.IsCompleted);
        await poller.StopAsync(CancellationToken.None);
    }
}
