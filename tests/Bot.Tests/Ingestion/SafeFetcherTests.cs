using Bot.Ingestion.Fetching;
using Bot.Tests.Ingestion.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Ingestion;

public sealed class SafeFetcherTests
{
    [Fact]
    public async Task GetAsync_PerHostLimitOfOne_FetchesPagesOneAtATime()
    {
        await using var server = await FixtureServer.StartAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        server.Map("/held", async c =>
        {
            Interlocked.Increment(ref started);
            await gate.Task;
            c.Response.ContentType = "text/html";
            await c.Response.WriteAsync("<p>نص</p>");
        });
        await using var host = await IngestionHost.StartAsync([], settings: new Dictionary<string, string?> { ["Ingestion:MaxConcurrentFetchesPerHost"] = "1" });
        var fetcher = host.Services.GetRequiredService<SafeFetcher>();

        var first = fetcher.GetAsync(new Uri(server.Url("/held")), 1 << 20, "text/html", null, CancellationToken.None);
        var second = fetcher.GetAsync(new Uri(server.Url("/held?2")), 1 << 20, "text/html", null, CancellationToken.None);
        while (Volatile.Read(ref started) == 0) await Task.Delay(10);
        await Task.Delay(300);
        var startedWhileHeld = Volatile.Read(ref started);
        gate.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(1, startedWhileHeld);
        Assert.Equal(2, started);
    }
}
