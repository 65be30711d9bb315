using Bot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Hosting;

public sealed class StartupValidationTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("bot-start-").FullName;

    private async Task<OptionsValidationException> StartWithAsync(string? token)
    {
        var builder = Program.CreateBuilder([], BotMode.Telegram);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = token,
            ["Storage:DatabasePath"] = Path.Combine(_data, "bot.db"),
        });
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task MissingToken_StopsWithHowToSetItAndHowToChat()
    {
        var e = await StartWithAsync("");
        var message = Assert.Single(e.Failures);
        Assert.Contains("Telegram__Token", message);
        Assert.Contains("-- chat", message);
    }

    [Fact]
    public async Task MalformedToken_StopsWithoutEchoingIt()
    {
        var e = await StartWithAsync("12345:short-secret-value");
        var message = Assert.Single(e.Failures);
        Assert.Contains("not a bot token", message);
        Assert.DoesNotContain("short-secret-value", message);
    }

    [Fact]
    public void CommandLine_Verb_SelectsModeAndPassesTheRest()
    {
        var (mode, rest) = BotCommandLine.Parse(["--x"]);
        Assert.Equal(BotMode.Auto, mode);
        Assert.Equal(["--x"], rest);
        Assert.Equal(BotMode.Chat, BotCommandLine.Parse(["chat"]).Mode);
        Assert.Equal(["--Storage:DatabasePath=x"], BotCommandLine.Parse(["telegram", "--Storage:DatabasePath=x"]).HostArgs);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
