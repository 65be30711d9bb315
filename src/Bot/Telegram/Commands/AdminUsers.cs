using Microsoft.Extensions.Configuration;

namespace Bot.Telegram.Commands;

/// <summary>
/// The bot's owners (Telegram:AdminUserIds). Read from configuration directly, not through
/// <see cref="TelegramOptions"/>, because the terminal chat has admin commands too but no Telegram options.
/// </summary>
public sealed class AdminUsers(IConfiguration configuration)
{
    private readonly HashSet<long> _ids = [.. configuration.GetSection(TelegramOptions.Section + ":" + nameof(TelegramOptions.AdminUserIds)).Get<long[]>() ?? []];

    public bool IsAdmin(CommandContext context) => context.UserId is { } id && _ids.Contains(id);
}
