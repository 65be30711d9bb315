namespace Bot.Digests;

public enum OutboxState { Pending, Delivered, Abandoned }

/// <summary>
/// One digest for one chat and local date, split into message parts. The id "chat:yyyy-MM-dd" is the
/// primary key, so a day's digest can be written only once; each part records Telegram's message id
/// when Telegram confirms it, and delivery resumes at the first part without one.
/// </summary>
public sealed class OutboxEntry
{
    public string Id { get; set; } = "";
    public long ChatId { get; set; }
    public string LocalDate { get; set; } = "";
    public DateTime DueUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public OutboxState State { get; set; }
    public List<OutboxPart> Parts { get; set; } = [];
    public int FailedAttempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? DeliveredUtc { get; set; }
    public string? LastError { get; set; }

    public static string Key(long chatId, DateOnly localDate) =>
        $"{chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{localDate:yyyy-MM-dd}";
}

public sealed class OutboxPart
{
    public string Html { get; set; } = "";
    /// <summary>Set when Telegram confirmed the message; null while unsent.</summary>
    public int? MessageId { get; set; }
    public DateTime? SentUtc { get; set; }
}
