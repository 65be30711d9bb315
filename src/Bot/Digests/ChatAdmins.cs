using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Digests;

/// <summary>
/// Who administers a group or channel, from getChatAdministrators, trusted for
/// <see cref="DigestOptions.AdminCacheDuration"/>. The terminal chat has no bot client and no groups.
/// </summary>
public sealed class ChatAdmins(IOptions<DigestOptions> options, TimeProvider time, ITelegramBotClient? client = null)
{
    private readonly ConcurrentDictionary<long, (DateTimeOffset Until, HashSet<long> Admins)> _cache = new();

    public async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken ct) =>
        (await AdminsAsync(chatId, ct)).Contains(userId);

    public async Task<HashSet<long>> AdminsAsync(long chatId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(chatId, out var cached) && cached.Until > now) return cached.Admins;
        if (client is null) return [];
        var members = await client.GetChatAdministrators(chatId, cancellationToken: ct);
        var admins = members.Select(m => m.User.Id).ToHashSet();
        _cache[chatId] = (now + options.Value.AdminCacheDuration, admins);
        return admins;
    }

    /// <summary>A chat's id, type and title from "@username" or a numeric id, via getChat.</summary>
    public async Task<ChatFullInfo?> FindChatAsync(string reference, CancellationToken ct)
    {
        if (client is null) return null;
        ChatId id = long.TryParse(reference, out var numeric) ? numeric : reference;
        return await client.GetChat(id, ct);
    }

    public void Forget(long chatId) => _cache.TryRemove(chatId, out _);
}
