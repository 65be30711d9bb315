using Bot.Terminal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Terminal;

public sealed class TerminalChatTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("bot-chat-").FullName;

    private async Task<string> ChatAsync(string input)
    {
        var output = new StringWriter();
        var builder = Program.CreateBuilder([], BotMode.Chat, new TerminalIO(new StringReader(input), output));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(_data, "bot.db"),
            ["Storage:SeedsPath"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds"),
        });
        using var host = builder.Build();
        // The chat stops the host when its input ends, so this returns.
        await host.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return output.ToString();
    }

    [Fact]
    public async Task Latest_ThenChoiceNumber_ShowsArticleAsPlainText()
    {
        var output = await ChatAsync("/latest\n1\n");
        Assert.Contains("كيم يؤكد لبوتين", output);
        Assert.Contains("[1]", output);            // the button, as a numbered choice
        Assert.Contains("الملخص:", output);         // choice 1 opened the article
        Assert.DoesNotContain("<b>", output);       // HTML rendered as plain text
    }

    [Fact]
    public async Task Exit_StopsTheChat()
    {
        var output = await ChatAsync("exit\n/latest\n");
        Assert.DoesNotContain("كيم يؤكد لبوتين", output);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
