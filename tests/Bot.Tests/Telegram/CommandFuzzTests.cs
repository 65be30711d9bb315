using System.Text;
using Bot.Telegram.Commands;
using Bot.Telegram.Rendering;
using Bot.Tests.Ingestion.Support;

namespace Bot.Tests.Telegram;

/// <summary>
/// Every command, button and plain message with hostile arguments, through the real router on the real host (terminal
/// mode, so no Telegram): each gets a reply of valid Telegram HTML within limits, never an exception.
/// </summary>
public sealed class CommandFuzzTests
{
    private static readonly string[] Commands =
    [
        "start", "help", "latest", "article", "quotes", "search", "subscribe", "settings", "unsubscribe", "digest",
        "sources", "addsource", "removesource", "summarize", "article_1", "nosuchcommand",
    ];

    // No «http» or «www»: a link would make /summarize and /addsource fetch, which is tested elsewhere against fixtures.
    private static readonly string[] Pieces =
    [
        "1", "0", "-1", "٣", "۷", "99999999999999999999", "-1001234", "@", "@قناة", ":", "٫", ".", " ", "  ", "\n",
        "07:30", "7", "مساءً", "القاهرة", "عمان", "Africa", "Africa/Cairo", "../", "%", "H", "<b>", "</i>", "&", "&amp;",
        "\"", "'", "«", "»", "\u200F", "\u202E", "\uD800", "😀", "كيم", "العلاقات", "ال", "*", "_", "`", "d", "zs", "-",
    ];

    private static string RandomText(Random random, int maxPieces)
    {
        var sb = new StringBuilder();
        for (var n = random.Next(0, maxPieces); n > 0; n--)
        {
            // Mostly words, as people type them; sometimes pieces run together.
            if (sb.Length > 0 && random.Next(4) > 0) sb.Append(' ');
            sb.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return sb.ToString();
    }

    [Fact]
    public async Task EveryCommandButtonAndMessage_HostileArguments_ValidRepliesNoExceptions()
    {
        await using var host = await IngestionHost.StartAsync([]);
        var router = host.Router;
        var random = new Random(20261128);
        CommandContext[] contexts =
        [
            IngestionHost.Admin,
            IngestionHost.Stranger,
            new(-100777, ChatKind.Supergroup, IngestionHost.AdminId),
            new(-100778, ChatKind.Group, 77),
        ];
        // Every command with every single piece as its argument, then random mixes of everything.
        var cases = Commands.SelectMany(c => Pieces.Select(p => (Kind: 0, Command: c, Text: p, Context: IngestionHost.Admin))).ToList();
        for (var run = 0; run < 4000; run++)
        {
            var context = contexts[random.Next(contexts.Length)] with { MessageId = random.Next(1, 50) };
            cases.Add((random.Next(3), Commands[random.Next(Commands.Length)], RandomText(random, 6), context));
        }
        foreach (var (kind, command, text, context) in cases)
        {
            Reply reply;
            try
            {
                reply = kind switch
                {
                    0 => await router.HandleCommandAsync(context, new ParsedCommand(command, text), CancellationToken.None),
                    1 => await router.HandleCallbackAsync(context, RandomCallback(random), CancellationToken.None),
                    _ => await router.HandleTextAsync(context, text, CancellationToken.None),
                };
            }
            catch (Exception e)
            {
                Assert.Fail($"/{command} «{text}» (kind {kind}) threw {e}");
                throw;
            }
            foreach (var message in reply.Messages)
            {
                HtmlMessageSplitterTests.AssertValid(message.Html);
                foreach (var button in message.Buttons.SelectMany(row => row))
                {
                    if (button.CallbackData is { } data) Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, TelegramHtml.MaxCallbackDataBytes);
                }
            }
        }
    }

    /// <summary>Button data as the bot writes it («d:zs:chat:index», «l:page:size», «a:id») with any part replaced.</summary>
    private static string RandomCallback(Random random)
    {
        string[] heads = ["d", "a", "q", "l", "x", ""];
        string[] verbs = ["m", "t", "ts", "tf", "z", "zs", "zf", "n", "ns", "k", "e", "u", "uy", "r", ""];
        var parts = new List<string> { heads[random.Next(heads.Length)] };
        if (random.Next(4) > 0) parts.Add(random.Next(2) == 0 ? verbs[random.Next(verbs.Length)] : RandomText(random, 2));
        for (var n = random.Next(0, 3); n > 0; n--)
        {
            parts.Add(random.Next(3) switch { 0 => IngestionHost.Admin.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), 1 => random.Next(-3, 30).ToString(System.Globalization.CultureInfo.InvariantCulture), _ => RandomText(random, 2) });
        }
        return string.Join(':', parts);
    }
}
