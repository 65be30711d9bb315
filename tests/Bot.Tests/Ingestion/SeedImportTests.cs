using Bot.Storage;
using Bot.Tests.Hosting;
using Bot.Tests.Ingestion.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Ingestion;

public sealed class SeedImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bot-seeds-").FullName;

    private string Seeds => Path.Combine(_folder, "seeds");

    [Fact]
    public async Task Restart_SeedWhoseTextChanged_IsNotImportedAgain()
    {
        // A seed file edited, or read by a newer seed parser, hashes differently: it used to be stored a second time
        // and then listed twice in /latest.
        Directory.CreateDirectory(Seeds);
        var file = Path.Combine(Seeds, "seed.txt");
        var original = File.ReadAllText(Directory.GetFiles(BotHostRunner.SeedsFolder, "*.txt").Single());
        File.WriteAllText(file, original);
        var settings = new Dictionary<string, string?> { ["Storage:SeedsPath"] = Seeds };
        await using (var first = await IngestionHost.StartAsync([], settings: settings, folder: _folder))
        {
            Assert.Equal(1, first.Services.GetRequiredService<ArticleStore>().Count());
        }

        File.WriteAllText(file, original + "\n\nوختمت الوكالة تقريرها بفقرة جديدة أضيفت بعد النشر.\n");
        await using var second = await IngestionHost.StartAsync([], settings: settings, folder: _folder);

        Assert.Equal(1, second.Services.GetRequiredService<ArticleStore>().Count());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
