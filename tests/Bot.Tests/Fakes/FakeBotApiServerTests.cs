using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Tests.Fakes;

/// <summary>Pins the fake's strictness by driving it with the real Telegram.Bot client.</summary>
public sealed partial class FakeBotApiServerTests : IAsyncLifetime
{
    private const long UserId = 5001;
    private const long GroupId = -100200300;

    private FakeBotApiServer server = null!;
    private TelegramBotClient bot = null!;

    public async Task InitializeAsync()
    {
        server = await FakeBotApiServer.StartAsync();
        server.AddPrivateChat(UserId, "Amina");
        server.AddGroup(GroupId, "Newsroom", supergroup: true);
        bot = CreateClient(server);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static TelegramBotClient CreateClient(FakeBotApiServer fake, string? token = null) =>
        // RetryThreshold 0: the client must surface 429 instead of retrying it by itself.
        new(new TelegramBotClientOptions(token ?? fake.Token, fake.BaseUrl.ToString().TrimEnd('/')) { RetryThreshold = 0 });

    [Fact]
    public async Task GetMe_ValidToken_ReturnsTheBot()
    {
        var me = await bot.GetMe();

        Assert.Equal(server.BotId, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal(server.BotUsername, me.Username);
    }

    [Fact]
    public async Task GetMe_WrongToken_Throws401Unauthorized()
    {
        var stranger = CreateClient(server, token: "987654321:AAH-not-the-fake-token-at-all-xxxxxx");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
    }

    [Fact]
    public async Task SendMessage_KnownChat_ReturnsMessageAndRecordsIt()
    {
        var sent = await bot.SendMessage(UserId, "Today's digest", linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true });

        Assert.Equal(UserId, sent.Chat.Id);
        Assert.Equal("Today's digest", sent.Text);
        var recorded = Assert.Single(server.Messages);
        Assert.Equal(sent.MessageId, recorded.MessageId);
        Assert.True(recorded.LinkPreviewDisabled);
    }

    [Fact]
    public async Task SendMessage_UnknownChat_Throws400ChatNotFound()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(777, "hello"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: chat not found", error.Message);
    }

    [Fact]
    public async Task SendMessage_RemovedChat_Throws400ChatNotFound()
    {
        server.RemoveChat(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(UserId, "hello"));

        Assert.Equal("Bad Request: chat not found", error.Message);
    }

    [Fact]
    public async Task SendMessage_BlockedByUser_Throws403()
    {
        server.BlockBot(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(UserId, "hello"));

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
    }

    [Theory]
    [InlineData("")] // nothing at all
    [InlineData("  \n ")] // Telegram trims, so whitespace is empty too
    public async Task SendMessage_EmptyText_ThrowsMessageTextIsEmpty(string text)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(UserId, text));

        Assert.Equal("Bad Request: message text is empty", error.Message);
    }

    [Fact]
    public async Task SendMessage_TextOver4096Characters_ThrowsMessageIsTooLong()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(UserId, new string('ا', 4097)));

        Assert.Equal("Bad Request: message is too long", error.Message);
    }

    [Fact]
    public async Task SendMessage_HtmlWith4096VisibleCharacters_IsAcceptedBecauseTagsDoNotCount()
    {
        var html = "<b>" + new string('x', 4000) + "</b>" + new string('y', 96);

        var sent = await bot.SendMessage(UserId, html, ParseMode.Html);

        Assert.Equal(4096, sent.Text!.Length);
    }

    [Theory]
    [InlineData("<foo>x</foo>", "Unsupported start tag \"foo\" at byte offset 0")] // tag Telegram does not know
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")] // bad nesting
    [InlineData("<b>bold", "Can't find end tag corresponding to start tag \"b\"")] // unclosed
    [InlineData("5 < 6", "Unsupported start tag \"\" at byte offset 2")] // unescaped <
    [InlineData("<span class=\"x\">a</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")] // only spoiler spans
    [InlineData("a&nbsp;b", "Unsupported HTML entity \"&nbsp;\" at byte offset 1")] // shown literally by Telegram; the fake objects
    public async Task SendMessage_HtmlTelegramCannotParse_ThrowsCantParseEntities(string html, string problem)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(UserId, html, ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: can't parse entities: " + problem, error.Message);
    }

    [Fact]
    public async Task SendMessage_ValidHtmlWithEscapedText_IsAcceptedWithEntities()
    {
        const string html = "<b>5 &lt; 6</b> &amp; a > b & c <a href=\"https://example.com/?a=1&amp;b=2\">link</a>\n"
            + "<blockquote expandable>quote</blockquote> <tg-spoiler>x</tg-spoiler> <pre><code class=\"language-cs\">int</code></pre>";

        var sent = await bot.SendMessage(UserId, html, ParseMode.Html);

        Assert.Equal("5 < 6 & a > b & c link\nquote x int", sent.Text);
        Assert.Contains(sent.Entities!, e => e.Type == MessageEntityType.Bold && e.Offset == 0 && e.Length == 5);
        Assert.Contains(sent.Entities!, e => e.Type == MessageEntityType.TextLink && e.Url == "https://example.com/?a=1&b=2");
        Assert.Contains(sent.Entities!, e => e.Type == MessageEntityType.ExpandableBlockquote);
        Assert.Contains(sent.Entities!, e => e.Type == MessageEntityType.Pre && e.Language == "cs");
    }

    [Theory]
    [InlineData(64, false)] // the limit itself is fine
    [InlineData(65, true)] // one byte over
    public async Task SendMessage_CallbackDataLength_RejectedOver64Bytes(int bytes, bool rejected)
    {
        // Arabic letters are two bytes in UTF-8: the limit is bytes, not characters.
        var data = new string('ب', bytes / 2) + new string('x', bytes % 2);
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Read", data));

        var send = () => bot.SendMessage(UserId, "pick", replyMarkup: keyboard);

        if (rejected)
            Assert.Equal("Bad Request: BUTTON_DATA_INVALID", (await Assert.ThrowsAsync<ApiRequestException>(send)).Message);
        else
            Assert.NotNull((await send()).ReplyMarkup);
    }

    [Fact]
    public async Task SendMessage_ButtonUrlNotHttpOrTg_ThrowsButtonUrlInvalid()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithUrl("Open", "javascript:alert(1)"));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(UserId, "pick", replyMarkup: keyboard));

        Assert.Equal("Bad Request: BUTTON_URL_INVALID", error.Message);
    }

    [Fact]
    public async Task SendMessage_Scripted429_ThrowsWithRetryAfter()
    {
        server.FailNext("sendMessage", FakeFailure.TooManyRequests(7), chatId: UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(UserId, "hello"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.Parameters?.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 7", error.Message);
        Assert.NotNull(await bot.SendMessage(UserId, "hello")); // only the next call fails
    }

    [Fact]
    public async Task SendMessage_ScriptedMigration_ThrowsWithNewChatId()
    {
        server.FailNext("sendMessage", FakeFailure.MigrateToChat(-1009999));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(GroupId, "hello"));

        Assert.Equal(-1009999, error.Parameters?.MigrateToChatId);
    }

    [Fact]
    public async Task SendMessage_ScriptedDroppedConnection_ThrowsRequestException()
    {
        server.FailNext("sendMessage", FakeFailure.DropConnection());

        await Assert.ThrowsAnyAsync<RequestException>(() => bot.SendMessage(UserId, "hello"));
        Assert.Equal(0, server.Requests.Single(r => r.Method == "sendMessage").StatusCode);
    }

    [Fact]
    public async Task SendMessage_PrivateChatFloodLimitExceeded_Throws429AndRecordsViolation()
    {
        await using var limited = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Limits = new FakeFloodLimits() });
        limited.AddPrivateChat(UserId, "Amina");
        var client = CreateClient(limited);

        await client.SendMessage(UserId, "one");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(UserId, "two"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters?.RetryAfter);
        Assert.Equal(UserId, Assert.Single(limited.LimitViolations).ChatId);
    }

    [Fact]
    public async Task EditMessageText_SameContent_ThrowsMessageIsNotModified()
    {
        var sent = await bot.SendMessage(UserId, "<b>same</b>", ParseMode.Html);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageText(UserId, sent.MessageId, "<b>same</b>", ParseMode.Html));

        Assert.StartsWith("Bad Request: message is not modified: ", error.Message);
    }

    [Fact]
    public async Task EditMessageText_NewText_RecordsEdit()
    {
        var sent = await bot.SendMessage(UserId, "draft");

        var edited = await bot.EditMessageText(UserId, sent.MessageId, "final");

        Assert.Equal("final", edited.Text);
        Assert.True(server.Messages[^1].IsEdit);
    }

    [Fact]
    public async Task EditMessageText_UnknownMessage_ThrowsMessageToEditNotFound()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageText(UserId, 4242, "text"));

        Assert.Equal("Bad Request: message to edit not found", error.Message);
    }

    [Fact]
    public async Task AnswerCallbackQuery_UnknownId_ThrowsQueryTooOld()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.AnswerCallbackQuery("nope"));

        Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", error.Message);
    }

    [Fact]
    public async Task AnswerCallbackQuery_EnqueuedQuery_IsRecorded()
    {
        var sent = await bot.SendMessage(UserId, "pick", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a")));
        var callback = server.EnqueueCallback(UserId, UserId, sent.MessageId, "a");

        var update = Assert.Single(await bot.GetUpdates());
        await bot.AnswerCallbackQuery(update.CallbackQuery!.Id, "Done");

        Assert.Equal(callback.QueryId, update.CallbackQuery.Id);
        Assert.Equal("Done", Assert.Single(server.CallbackAnswers).Text);
    }

    [Fact]
    public async Task SetMyCommands_InvalidCommandName_ThrowsBotCommandInvalid()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SetMyCommands([new BotCommand("Digest", "Today's digest")]));

        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", error.Message);
    }

    [Fact]
    public async Task SetMyCommands_ForChatScope_AreReturnedByGetMyCommands()
    {
        var scope = new BotCommandScopeChat { ChatId = GroupId };

        await bot.SetMyCommands([new BotCommand("digest", "Today's digest")], scope);

        Assert.Equal("digest", Assert.Single(await bot.GetMyCommands(scope)).Command);
        Assert.Empty(await bot.GetMyCommands());
    }

    [Fact]
    public async Task GetChatAdministrators_ConfiguredAdmins_AreReturned()
    {
        server.SetAdministrators(GroupId, 7001, 7002);
        server.SetBotAdministrator(GroupId, true);

        var admins = await bot.GetChatAdministrators(GroupId);

        Assert.Equal([7001, 7002, server.BotId], admins.Select(a => a.User.Id));
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsUpdateEnqueuedWhileWaiting()
    {
        var poll = bot.GetUpdates(timeout: 10);
        await server.WaitForPollsAsync(1);

        var updateId = server.EnqueueText(UserId, UserId, "/start");

        var update = Assert.Single(await poll.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(updateId, update.Id);
        Assert.Equal("/start", update.Message!.Text);
        Assert.Equal(MessageEntityType.BotCommand, update.Message.Entities![0].Type);
    }

    [Fact]
    public async Task StartReceiving_EnqueuedText_IsHandledRepliedToAndConfirmed()
    {
        using var stop = new CancellationTokenSource();
        bot.StartReceiving(
            async (client, update, ct) => await client.SendMessage(update.Message!.Chat, "echo: " + update.Message.Text, cancellationToken: ct),
            (_, _, _) => Task.CompletedTask,
            cancellationToken: stop.Token);

        var updateId = server.EnqueueText(UserId, UserId, "hello");

        var reply = await server.WaitForMessageAsync(m => m.ChatId == UserId);
        await server.WaitForUpdateConfirmedAsync(updateId);
        await stop.CancelAsync();
        Assert.Equal("echo: hello", reply.Text);
    }

    [Fact]
    public async Task GetUpdates_Offset_ForgetsConfirmedUpdates()
    {
        var first = server.EnqueueText(UserId, UserId, "one");
        var second = server.EnqueueText(UserId, UserId, "two");

        Assert.Equal([first, second], (await bot.GetUpdates()).Select(u => u.Id));
        Assert.Equal([second], (await bot.GetUpdates(offset: first + 1)).Select(u => u.Id));
        Assert.Empty(await bot.GetUpdates(offset: second + 1));
        Assert.Empty(await bot.GetUpdates());
        Assert.Equal(second + 1, server.ConfirmedOffset);
    }

    [Fact]
    public async Task GetUpdates_SecondConcurrentPoll_EndsFirstWith409Conflict()
    {
        var first = bot.GetUpdates(timeout: 10);
        await server.WaitForPollsAsync(1);

        var second = bot.GetUpdates(timeout: 1);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => first.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(409, error.ErrorCode);
        Assert.Empty(await second);
    }

    [Fact]
    public async Task DisposeAsync_WithPendingLongPoll_StopsQuickly()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        var poll = CreateClient(fake).GetUpdates(timeout: 30);
        await fake.WaitForPollsAsync(1);

        var started = DateTime.UtcNow;
        await fake.DisposeAsync();

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(2));
        // The pending poll is cut off (the fake does not answer it); what matters is that it ends.
        var outcome = await Record.ExceptionAsync(() => poll.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.IsNotType<TimeoutException>(outcome);
    }

    [Fact]
    public async Task WaitForMessageAsync_NoMatch_ThrowsTimeoutListingWhatArrived()
    {
        await bot.SendMessage(UserId, "something else");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => server.WaitForMessageAsync(m => m.Text == "wanted", TimeSpan.FromMilliseconds(200)));

        Assert.Contains("something else", error.Message);
    }
}
