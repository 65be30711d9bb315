using Bot.Telegram.Commands;
using Bot.Tests.Ingestion.Support;

namespace Bot.Tests.Ingestion;

public sealed class SourceCommandsTests
{
    [Theory]
    [InlineData("/sources")]
    [InlineData("/addsource http://example.com/rss.xml مثال")]
    [InlineData("/removesource مثال")]
    public async Task AdminCommand_FromNonAdmin_IsPolitelyRefused(string command)
    {
        await using var host = await IngestionHost.StartAsync([("مثال", "http://example.com/rss.xml")]);

        var reply = await host.CommandAsync(IngestionHost.Stranger, command);

        Assert.Equal(SourceCommands.Refusal, reply);
        Assert.NotNull(host.Sources.Find("مثال"));
        Assert.Single(host.Sources.Active());
    }

    [Fact]
    public async Task AddSource_ByAdmin_IsListedAndPolledAtTheNextRound()
    {
        await using var server = await FixtureServer.StartAsync();
        var a = Corpus.Articles[25];
        server.MapText("/feed", "application/rss+xml", FeedXml.Rss([new TestItem(a.Title, server.Url("/a"), "g", IngestionHost.Start, FeedXml.Content(a), null)]));
        await using var host = await IngestionHost.StartAsync([]);

        var added = await host.CommandAsync(IngestionHost.Admin, "/addsource " + server.Url("/feed") + " الجديدة");
        await host.PollAsync();
        var list = await host.CommandAsync(IngestionHost.Admin, "/sources");

        Assert.Contains("أُضيف المصدر «الجديدة»", added);
        Assert.Contains("✅ <b>الجديدة</b>", list);
        Assert.Contains("أخبار اليوم: 1", list);
        Assert.Equal("الجديدة", Assert.Single(host.Articles()).Source);
        Assert.Equal(IngestionHost.AdminId, host.Source("الجديدة").AddedBy);
    }

    [Fact]
    public async Task AddSource_WithoutAValidUrl_ExplainsUsage()
    {
        await using var host = await IngestionHost.StartAsync([]);

        var reply = await host.CommandAsync(IngestionHost.Admin, "/addsource file:///etc/passwd");

        Assert.Contains("<code>/addsource https://example.com/rss.xml", reply);
        Assert.Empty(host.Sources.Active());
    }

    [Fact]
    public async Task RemoveSource_ConfiguredSource_StaysRemovedAfterRestart()
    {
        var folder = Directory.CreateTempSubdirectory("bot-ingest-").FullName;
        try
        {
            (string, string)[] configured = [("أولى", "http://example.com/1.xml"), ("ثانية", "http://example.com/2.xml")];
            await using (var host = await IngestionHost.StartAsync(configured, folder: folder))
            {
                Assert.Equal(2, host.Sources.Active().Count);
                Assert.Contains("حُذف المصدر «أولى»", await host.CommandAsync(IngestionHost.Admin, "/removesource أولى"));
                Assert.Contains("لا يوجد مصدر باسم", await host.CommandAsync(IngestionHost.Admin, "/removesource أولى"));
            }
            await using (var host = await IngestionHost.StartAsync(configured, folder: folder))
            {
                var list = await host.CommandAsync(IngestionHost.Admin, "/sources");
                Assert.DoesNotContain("أولى", list);
                Assert.Contains("ثانية", list);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
