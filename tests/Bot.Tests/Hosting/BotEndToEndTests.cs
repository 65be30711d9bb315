using System.Text.Json.Nodes;
using Bot.Storage;
using Bot.Telegram;
using Bot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Hosting;

/// <summary>The whole bot — host, LiteDB, seeds, polling, commands, sending — against the strict fake Bot API.</summary>
public sealed class BotEndToEndTests : IAsyncLifetime
{
    private const long UserId = 5001;
    private const long GroupId = -100777;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly string _data = Directory.CreateTempSubdirectory("bot-e2e-").FullName;
    private FakeBotApiServer _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApiServer.StartAsync();
        _fake.AddPrivateChat(UserId, "سارة");
        _fake.AddGroup(GroupId, "مجموعة الأخبار", supergroup: true);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private Task<BotHostRunner> StartBotAsync() => BotHostRunner.StartAsync(_fake, _data);

    private async Task<SentMessage> AskAsync(string text, long chatId = UserId)
    {
        var before = _fake.Messages.Count;
        _fake.EnqueueText(chatId, UserId, text);
        return await _fake.WaitForMessageAsync(m => m.ChatId == chatId && _fake.Messages.ToList().IndexOf(m) >= before, Wait);
    }

    [Fact]
    public async Task Start_InPrivateChat_WelcomesInArabic()
    {
        await using var bot = await StartBotAsync();
        var reply = await AskAsync("/start");
        Assert.Contains("أهلًا بك", reply.Text);
        Assert.Contains("/latest", reply.Text);
        Assert.Equal("html", reply.ParseMode, ignoreCase: true);
    }

    [Fact]
    public async Task Startup_RegistersArabicCommandMenu()
    {
        await using var bot = await StartBotAsync();
        await AskAsync("/help");
        var setCommands = Assert.Single(_fake.Requests, r => r.Method == "setMyCommands");
        Assert.Equal(200, setCommands.StatusCode);
        Assert.Contains("آخر الأخبار", setCommands.Parameters.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task Latest_ThenPressArticleButton_ShowsSummaryAndAttributedQuotes()
    {
        await using var bot = await StartBotAsync();
        var list = await AskAsync("/latest");
        Assert.Contains("كيم يؤكد لبوتين", list.Text);

        var data = FirstCallbackData(list);
        var before = _fake.Messages.Count;
        _fake.EnqueueCallback(UserId, UserId, list.MessageId, data);
        var card = await _fake.WaitForMessageAsync(m => _fake.Messages.ToList().IndexOf(m) >= before, Wait);

        Assert.Contains("الملخص", card.Text);
        Assert.Contains("تعهد الزعيم الكوري الشمالي كيم جونغ أون", card.Text);
        Assert.Contains("كيم: «", card.Text);
        Assert.Contains("بوتين: «", card.Text);
        Assert.Contains(_fake.CallbackAnswers, a => a.QueryId.Length > 0);
    }

    [Fact]
    public async Task LatestNextPage_EditsTheListInPlace()
    {
        await using var bot = await StartBotAsync();
        var processor = bot.Services.GetRequiredService<Bot.Ingestion.ArticleProcessor>();
        for (var i = 0; i < 3; i++) processor.Store($"خبر رقم {i}", "مصدر", "", $"نص الخبر رقم {i}. جملة ثانية.", DateTime.UtcNow.AddMinutes(i));

        var list = await AskAsync("/latest 2");
        var next = ButtonData(list).Single(d => d.StartsWith("l:", StringComparison.Ordinal));
        _fake.EnqueueCallback(UserId, UserId, list.MessageId, next);
        var edited = await _fake.WaitForMessageAsync(m => m.IsEdit && m.MessageId == list.MessageId, Wait);
        Assert.Contains("صفحة 2", edited.Text);
        Assert.Contains("كيم يؤكد لبوتين", edited.Text); // the seed is the oldest
    }

    [Fact]
    public async Task Search_InflectedWord_FindsSeedArticle()
    {
        await using var bot = await StartBotAsync();
        var reply = await AskAsync("/search العلاقات");
        Assert.Contains("كيم يؤكد لبوتين", reply.Text);
        var none = await AskAsync("/search زلزال");
        Assert.Contains("لم أجد", none.Text);
    }

    [Theory]
    [InlineData("/article abc", "رقم الخبر")]      // not a number
    [InlineData("/article 999", "لا يوجد خبر")]    // no such article
    [InlineData("/latest 99999", "من 1 إلى 20")]   // out of range
    [InlineData("/frobnicate", "لا أعرف الأمر")]   // unknown command
    [InlineData("/search", "كلمات البحث")]         // missing argument
    public async Task BadInput_GetsArabicExplanation(string text, string expected)
    {
        await using var bot = await StartBotAsync();
        Assert.Contains(expected, (await AskAsync(text)).Text);
    }

    [Fact]
    public async Task Group_CommandWithBotName_AnsweredAndChatterIgnored()
    {
        await using var bot = await StartBotAsync();
        var chatter = _fake.EnqueueText(GroupId, UserId, "صباح الخير يا جماعة");
        var reply = await AskAsync($"/latest@{_fake.BotUsername}", GroupId);
        Assert.Contains("كيم يؤكد لبوتين", reply.Text);
        await _fake.WaitForUpdateConfirmedAsync(chatter, Wait);
        Assert.Single(_fake.Messages, m => m.ChatId == GroupId);
    }

    [Fact]
    public async Task HandlerFailure_DoesNotLoseNextUpdate()
    {
        await using var bot = await StartBotAsync();
        _fake.FailNext("sendMessage", FakeFailure.Forbidden("Forbidden: bot was blocked by the user"), UserId);
        _fake.EnqueueText(UserId, UserId, "/help");   // its reply fails: the handler throws
        _fake.EnqueueText(UserId, UserId, "/start");
        await _fake.WaitForMessageAsync(m => m.Text.Contains("أهلًا بك"), Wait);
        Assert.Contains(bot.Logs, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("failed; moving on"));
    }

    [Fact]
    public async Task SlowChat_DoesNotHoldUpOtherChats()
    {
        const long otherUser = 5002;
        _fake.AddPrivateChat(otherUser, "علي");
        await using var bot = await StartBotAsync();
        await AskAsync("/help");  // started and polling
        _fake.FailNext("sendMessage", FakeFailure.Delay(TimeSpan.FromSeconds(3)), UserId);
        var slowUpdate = _fake.EnqueueText(UserId, UserId, "/start");
        // The slow reply is in hand when the other chat writes: polling goes on and its update is answered first.
        await _fake.WaitForUpdateConfirmedAsync(slowUpdate, Wait);
        _fake.EnqueueText(otherUser, otherUser, "/start");
        var other = await _fake.WaitForMessageAsync(m => m.ChatId == otherUser, Wait);
        var slow = await _fake.WaitForMessageAsync(m => m.ChatId == UserId && m.Text.Contains("أهلًا بك"), Wait);
        Assert.True(other.Timestamp < slow.Timestamp, "the other chat waited for the slow one");
    }

    [Fact]
    public async Task Restart_HandlesUpdatesConfirmedButNotYetHandled()
    {
        await using (var first = await StartBotAsync())
        {
            await AskAsync("/help");
            _fake.FailNext("sendMessage", FakeFailure.Delay(TimeSpan.FromSeconds(2)), UserId);
            var (slow, queued) = _fake.EnqueueTexts((UserId, UserId, "/start"), (UserId, UserId, "/latest")) switch
            {
                [var a, var b] => (a, b),
                _ => throw new InvalidOperationException(),
            };
            // Both are confirmed to Telegram at once; the bot stops before /latest, queued behind the slow /start, can start.
            // (/start itself may be in hand, and then finishes, or not yet started.)
            await _fake.WaitForUpdateConfirmedAsync(queued, Wait);
            await first.StopAsync();
            Assert.True(slow < queued);
        }
        Assert.DoesNotContain(_fake.Messages, m => m.Text.Contains("كيم يؤكد لبوتين"));

        // Telegram will not send them again: what was not handled comes from the inbox, once.
        await using var second = await StartBotAsync();
        await _fake.WaitForMessageAsync(m => m.Text.Contains("كيم يؤكد لبوتين"), Wait);
        await _fake.WaitForMessageAsync(m => m.Text.Contains("أهلًا بك"), Wait);
        await AskAsync("/help");   // anything still queued would have been answered before this
        Assert.Single(_fake.Messages, m => m.Text.Contains("أهلًا بك"));
        Assert.Single(_fake.Messages, m => m.Text.Contains("كيم يؤكد لبوتين"));
    }

    [Fact]
    public async Task Restart_ProcessesNothingTwiceAndLosesNothing()
    {
        await using (var first = await StartBotAsync())
        {
            await AskAsync("/start");
            await AskAsync("/help");
        }
        Assert.Equal(2, _fake.Messages.Count);

        // Updates that arrive while the bot is down are handled after the restart.
        var whileDown = _fake.EnqueueText(UserId, UserId, "/latest");
        await using var second = await StartBotAsync();
        await _fake.WaitForMessageCountAsync(3, Wait);
        await _fake.WaitForUpdateConfirmedAsync(whileDown, Wait);
        var offset = second.Services.GetRequiredService<BotStateStore>().GetInt64(UpdatePoller.OffsetKey);
        Assert.Equal(whileDown + 1, offset);
        await AskAsync("/help");
        Assert.Equal(4, _fake.Messages.Count);          // /start and /help were not answered again
        Assert.Equal(1, second.Services.GetRequiredService<ArticleStore>().Count()); // the seed was not imported twice
    }

    [Fact]
    public async Task PollingErrors_BackOffThenRecover()
    {
        _fake.FailNext("getUpdates", FakeFailure.ServerError(502), times: 4);
        await using var bot = await BotHostRunner.StartAsync(_fake, _data, new Dictionary<string, string?>
        {
            ["Telegram:MaxPollBackoff"] = "00:00:00.2",
        });
        var reply = await AskAsync("/start");
        Assert.Contains("أهلًا بك", reply.Text);
        var polls = _fake.Requests.Where(r => r.Method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase)).ToList();
        var failed = polls.Where(r => r.StatusCode == 502).ToList();
        Assert.Equal(4, failed.Count);
        // Each retry waited for the (capped) back-off instead of spinning.
        for (var i = 1; i < failed.Count; i++)
        {
            Assert.True(failed[i].Timestamp - failed[i - 1].Timestamp >= TimeSpan.FromMilliseconds(180), "retried without backing off");
        }
        Assert.Contains(bot.Logs, l => l.Contains("getUpdates failed") && l.Contains("502"));
    }

    [Theory]
    [InlineData(0, 1_000)]        // first failure: one second
    [InlineData(1_000, 2_000)]    // then doubling
    [InlineData(32_000, 60_000)]  // capped
    [InlineData(60_000, 60_000)]
    public void NextBackoff_DoublesUpToCap(int currentMs, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs),
            UpdatePoller.NextBackoff(TimeSpan.FromMilliseconds(currentMs), TimeSpan.FromMinutes(1)));

    [Fact]
    public async Task Logs_NeverContainTheToken()
    {
        await using (var bot = await StartBotAsync())
        {
            _fake.FailNext("getUpdates", FakeFailure.ServerError(502));
            _fake.FailNext("sendMessage", FakeFailure.DropConnection(), UserId);
            _fake.EnqueueText(UserId, UserId, "/help");
            await AskAsync("/start");
            var secret = _fake.Token.Split(':')[1];
            Assert.NotEmpty(bot.Logs);
            Assert.DoesNotContain(bot.Logs, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> ButtonData(SentMessage message) =>
        (message.ReplyMarkup?["inline_keyboard"]?.AsArray() ?? [])
            .SelectMany(row => row!.AsArray())
            .Select(b => (string?)b!["callback_data"])
            .OfType<string>();

    private static string FirstCallbackData(SentMessage message) => ButtonData(message).First();
}
