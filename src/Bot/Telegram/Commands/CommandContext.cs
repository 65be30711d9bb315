namespace Bot.Telegram.Commands;

public enum ChatKind { Private, Group, Supergroup, Channel }

/// <summary>Who asked, where. The same for Telegram and the terminal chat.</summary>
/// <param name="MessageId">For a button press: the message that carries the button.</param>
public sealed record CommandContext(long ChatId, ChatKind ChatKind, long? UserId, int? MessageId = null);

/// <summary>A command as typed: «/latest 5» → ("latest", "5").</summary>
public sealed record ParsedCommand(string Name, string Args);
