using Bot.Storage;
using Bot.Telegram.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>
/// Our own long-polling loop. The offset is stored in LiteDB and advanced only after an update has been
/// handled, so a crash loses no update and repeats at most the one in hand; a handler that throws is logged and the
/// update is counted as handled, so one bad update cannot block the chat behind it. Polling errors back
/// off exponentially up to <see cref="TelegramOptions.MaxPollBackoff"/>.
/// </summary>
public sealed class UpdatePoller(
    ITelegramBotClient client,
    UpdateHandler handler,
    BotStateStore state,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    public const string OffsetKey = "telegram.update_offset";

    private static readonly UpdateType[] AllowedUpdates =
        [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>How many chats' updates are handled at the same time.</summary>
    public const int MaxChatsAtOnce = 16;

    private readonly Lock _offsetLock = new();
    private int _savedOffset;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartUpAsync(stoppingToken)) return;
        var offset = (int)(ReadOffset() ?? 0);
        _savedOffset = offset;
        var timeoutSeconds = (int)options.Value.PollTimeout.TotalSeconds;
        logger.LogInformation("Polling for updates as @{Username} from offset {Offset}", identity.Username, offset);

        while (!stoppingToken.IsCancellationRequested)
        {
            var updates = await UntilAnsweredAsync("getUpdates",
                () => client.GetUpdates(offset, limit: 100, timeout: timeoutSeconds, AllowedUpdates, stoppingToken), stoppingToken);
            if (updates is null) return;

            // Updates the server re-sent below our offset were handled already.
            var batch = new UpdateBatch([.. updates.Where(u => u.Id >= offset)]);
            await Parallel.ForEachAsync(batch.ChatQueues(), new ParallelOptions { MaxDegreeOfParallelism = MaxChatsAtOnce },
                async (queue, _) =>
                {
                    foreach (var index in queue)
                    {
                        // On shutdown, finish the updates in hand and start no other; the rest come again next start.
                        if (stoppingToken.IsCancellationRequested) return;
                        await HandleOneAsync(batch[index]);
                        if (batch.Finish(index) is { } next) SaveOffsetIfNewer(next);
                    }
                });
            offset = Math.Max(offset, _savedOffset);
        }
    }

    private void SaveOffsetIfNewer(int next)
    {
        // Two chats can finish at once: never store an older offset over a newer one.
        lock (_offsetLock)
        {
            if (next <= _savedOffset) return;
            SaveOffset(next);
            _savedOffset = next;
        }
    }

    private async Task HandleOneAsync(Update update)
    {
        // Not the stopping token: an update that has begun is finished even during shutdown, within a time limit.
        using var cts = new CancellationTokenSource(options.Value.HandlerTimeout, time);
        try
        {
            await handler.HandleAsync(update, cts.Token);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Update {UpdateId} ({Type}) failed; moving on to the next", update.Id, update.Type);
            await TryApologiseAsync(update);
        }
    }

    private long? ReadOffset()
    {
        try
        {
            return state.GetInt64(OffsetKey);
        }
        catch (Exception e) when (e is LiteDB.LiteException or IOException)
        {
            // Telegram still holds unconfirmed updates: starting from 0 asks it for them.
            logger.LogError(e, "Could not read the stored update offset; starting from Telegram's first unconfirmed update");
            return null;
        }
    }

    private void SaveOffset(int offset)
    {
        try
        {
            state.SetInt64(OffsetKey, offset);
        }
        catch (Exception e) when (e is LiteDB.LiteException or IOException)
        {
            // Polling goes on with the offset in memory (the next getUpdates confirms it to Telegram);
            // only a crash before the next successful save would repeat these updates.
            logger.LogError(e, "Could not store the update offset {Offset}", offset);
        }
    }

    private async Task TryApologiseAsync(Update update)
    {
        var chatId = update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id;
        if (chatId is null || (update.Message?.Chat.Type ?? update.CallbackQuery?.Message?.Chat.Type) != ChatType.Private) return;
        try
        {
            // Bounded: the send pipeline may wait on 429s and retries, and the poller must not stall behind a courtesy.
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5), time);
            await client.SendMessage(chatId.Value, "عذرًا، حدث خطأ أثناء معالجة طلبك. حاول مرة أخرى بعد قليل.", cancellationToken: cts.Token);
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not tell chat {ChatId} about the failure: {Error}", chatId, Describe(e));
        }
    }

    /// <summary>getMe (required), then deleteWebhook and setMyCommands (optional: warnings only).</summary>
    private async Task<bool> StartUpAsync(CancellationToken ct)
    {
        var me = await UntilAnsweredAsync("getMe", () => client.GetMe(ct), ct);
        if (me is null) return false;
        identity.Username = me.Username;
        identity.Id = me.Id;
        await OptionalAsync("deleteWebhook", () => client.DeleteWebhook(cancellationToken: ct));
        await OptionalAsync("setMyCommands", () => client.SetMyCommands(
            HelpCommands.Menu.Select(c => new BotCommand(c.Command, c.Description)), cancellationToken: ct));
        return true;
    }

    /// <summary>
    /// Calls Telegram until it answers: failures back off (doubling from 1 s up to the configured cap); a
    /// rejected token stops the bot. Null when the bot is stopping.
    /// </summary>
    private async Task<T?> UntilAnsweredAsync<T>(string what, Func<Task<T>> call, CancellationToken ct) where T : class
    {
        var backoff = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return null;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 401)
            {
                logger.LogCritical("Telegram rejected the bot token (401 Unauthorized). {Hint}", TelegramOptionsValidator.HowToSetToken);
                lifetime.StopApplication();
                return null;
            }
            catch (Exception e)
            {
                backoff = NextBackoff(backoff, options.Value.MaxPollBackoff);
                logger.LogWarning("{Call} failed ({Error}); retrying in {Delay}", what, Describe(e), backoff);
                try
                {
                    await Task.Delay(backoff, time, ct);
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            }
        }
    }

    private async Task OptionalAsync(string what, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("{Call} failed at start ({Error}); going on without it", what, Describe(e));
        }
    }

    public static TimeSpan NextBackoff(TimeSpan current, TimeSpan max)
    {
        var next = current == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : current * 2;
        return next > max ? max : next;
    }

    /// <summary>An error's type and message, never a request URL (which would contain the token).</summary>
    public static string Describe(Exception e) => e switch
    {
        ApiRequestException api => $"{api.ErrorCode} {api.Message}",
        HttpRequestException http => $"{nameof(HttpRequestException)} {http.HttpRequestError}",
        RequestException req when req.InnerException is { } inner => $"{nameof(RequestException)}: {Describe(inner)}",
        _ => e.GetType().Name,
    };
}
