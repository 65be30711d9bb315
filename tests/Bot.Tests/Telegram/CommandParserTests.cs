using Bot.Telegram.Commands;

namespace Bot.Tests.Telegram;

public class CommandParserTests
{
    [Theory]
    [InlineData("/latest", "latest", "")]
    [InlineData("/latest 5", "latest", "5")]
    [InlineData("/Search   العلاقات الروسية ", "search", "العلاقات الروسية")] // case and padding
    [InlineData("/latest@NewsBot 3", "latest", "3")]                         // group form, our bot
    [InlineData("/latest@newsbot", "latest", "")]                            // usernames are case-insensitive
    [InlineData("/article_12", "article", "12")]                             // tappable form in lists
    [InlineData("/search\nالعلاقات", "search", "العلاقات")]                   // args on the next line
    public void Parse_Command_GivesNameAndArgs(string text, string name, string args)
    {
        var parsed = CommandParser.Parse(text, "NewsBot");
        Assert.NotNull(parsed);
        Assert.Equal(name, parsed.Name);
        Assert.Equal(args, parsed.Args);
    }

    [Theory]
    [InlineData("hello")]                 // chatter
    [InlineData("")]
    [InlineData("/")]                     // a bare slash
    [InlineData("/latest@OtherBot")]      // addressed to another bot in a group
    [InlineData(" /latest")]              // Telegram only treats a leading slash as a command
    public void Parse_NotOurCommand_ReturnsNull(string text) => Assert.Null(CommandParser.Parse(text, "NewsBot"));

    [Fact]
    public void Parse_AddressedCommandWithoutKnownUsername_ReturnsNull() =>
        Assert.Null(CommandParser.Parse("/latest@NewsBot", botUsername: null));

    [Theory]
    [InlineData("12", 12)]
    [InlineData("١٢", 12)]   // Arabic-Indic digits
    [InlineData("۳", 3)]     // Extended Arabic-Indic (Persian keyboards)
    public void TryParseNumber_AnyDigits_Parses(string text, int expected)
    {
        Assert.True(ArticleCommands.TryParseNumber(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData("99999999999999")]
    public void TryParseNumber_NotANumber_Fails(string text) => Assert.False(ArticleCommands.TryParseNumber(text, out _));
}
