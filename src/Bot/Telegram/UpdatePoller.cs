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
/// Our own long-polling loop. Each answer is stored in the <see cref="UpdateInbox"/> before the offset moves past it, so
/// polling goes on while updates are in hand and a crash loses none (those left in the inbox are handled first at the next
/// start; one handled but not yet removed is handled again). Updates run through a <see cref="ChatDispatcher"/>: in order
/// within a chat, side by side across chats, so one slow chat holds up no other. A handler that throws is logged and the
/// update is counted as handled, so one bad update cannot block the chat behind it. Polling errors back off exponentially
/// up to <see cref="TelegramOptions.MaxPollBackoff"/>.
/// </summary>
public sealed class UpdatePoller(
    ITelegramBotClient client,
    UpdateHandler handler,
    BotStateStore state,
    UpdateInbox inbox,
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

    /// <summary>
    /// Updates queued or running beyond which the poller stops fetching more until some are done: a flood waits at
    /// Telegram, not in memory.
    /// </summary>
    public const int MaxPending = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartUpAsync(stoppingToken)) return;
        var offset = (int)(ReadOffset() ?? 0);
        var timeoutSeconds = (int)options.Value.PollTimeout.TotalSeconds;
        var dispatcher = new ChatDispatcher(HandleAndRemoveAsync, MaxChatsAtOnce, logger, stoppingToken);
        // On shutdown the dispatcher starts no new update; the ones in hand finish (ExecuteAsync waits for them).
        try
        {
            var left = ReadInbox();
            if (left.Count > 0) logger.LogInformation("Handling {Count} updates left from the last run", left.Count);
            foreach (var update in left) dispatcher.Enqueue(update);
            logger.LogInformation("Polling for updates as @{Username} from offset {Offset}", identity.Username, offset);

            while (!stoppingToken.IsCancellationRequested)
            {
                if (dispatcher.Pending >= MaxPending)
                {
                    if (!await PauseAsync(TimeSpan.FromMilliseconds(200), stoppingToken)) break;
                    continue;
                }
                var updates = await UntilAnsweredAsync("getUpdates",
                    () => client.GetUpdates(offset, limit: 100, timeout: timeoutSeconds, AllowedUpdates, stoppingToken), stoppingToken);
                if (updates is null) break;

                // Updates the server re-sent below our offset are stored already.
                var fresh = updates.Where(u => u.Id >= offset).ToList();
                if (fresh.Count == 0) continue;
                if (!Keep(fresh))
                {
                    // Not confirmed to Telegram: the same updates come again with the next getUpdates.
                    if (!await PauseAsync(TimeSpan.FromSeconds(1), stoppingToken)) break;
                    continue;
                }
                offset = fresh.Max(u => u.Id) + 1;
                SaveOffset(offset);
                foreach (var update in fresh) dispatcher.Enqueue(update);
            }
        }
        finally
        {
            await dispatcher.DrainAsync();
        }
    }

    private async Task HandleAndRemoveAsync(Update update)
    {
        await HandleOneAsync(update);
        try
        {
            inbox.Remove(update.Id);
        }
        catch (Exception e) when (e is LiteDB.LiteException or IOException)
        {
            // It stays in the inbox and is handled again at the next start: at least once, never lost.
            logger.LogError(e, "Could not remove handled update {UpdateId} from the inbox", update.Id);
        }
    }

    private bool Keep(IReadOnlyCollection<Update> updates)
    {
        try
        {
            inbox.Add(updates);
            return true;
        }
        catch (Exception e) when (e is LiteDB.LiteException or IOException)
        {
            logger.LogError(e, "Could not store {Count} updates; asking Telegram for them again", updates.Count);
            return false;
        }
    }

    private IReadOnlyList<Update> ReadInbox()
    {
        try
        {
            return inbox.Pending();
        }
        catch (Exception e) when (e is LiteDB.LiteException or IOException)
        {
            logger.LogError(e, "Could not read the updates left from the last run; they stay stored");
            return [];
        }
    }

    /// <summary>Waits; false when the bot is stopping.</summary>
    private async Task<bool> PauseAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, time, ct);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
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
            // Polling goes on with the offset in memory (the next getUpdates confirms it to Telegram, and the updates are
            // in the inbox); only a crash before the next successful save would fetch these updates again.
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
