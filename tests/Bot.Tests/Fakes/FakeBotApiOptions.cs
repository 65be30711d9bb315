namespace Bot.Tests.Fakes;

/// <summary>Settings for <see cref="FakeBotApiServer"/>; the defaults suit most tests.</summary>
public sealed class FakeBotApiOptions
{
    public long BotId { get; init; } = 123456789;
    public string BotUsername { get; init; } = "fake_digest_bot";
    public string BotFirstName { get; init; } = "Fake Digest Bot";

    /// <summary>Dates in messages and the flood-control windows follow this clock; long polling uses real time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Telegram's flood limits, enforced with 429 when set; null means no limits.</summary>
    public FakeFloodLimits? Limits { get; init; }

    /// <summary>
    /// Reject HTML entities Telegram does not know, such as &amp;nbsp;. Telegram shows them literally;
    /// rejecting makes the mistake visible in a test.
    /// </summary>
    public bool RejectUnknownHtmlEntities { get; init; } = true;
}

/// <summary>
/// Telegram's documented broadcast limits: about one message per second in a private chat,
/// 20 per minute in a group or channel, 30 per second overall. <see cref="Scaled"/> shrinks the
/// windows so a test can hit them without waiting.
/// </summary>
public sealed record FakeFloodLimits
{
    public int PrivateChatMessages { get; init; } = 1;
    public TimeSpan PrivateChatWindow { get; init; } = TimeSpan.FromSeconds(1);
    public int GroupMessages { get; init; } = 20;
    public TimeSpan GroupWindow { get; init; } = TimeSpan.FromMinutes(1);
    public int GlobalMessages { get; init; } = 30;
    public TimeSpan GlobalWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Edits count towards the limits only when set; Telegram's edit limits are undocumented.</summary>
    public bool CountEdits { get; init; }

    /// <summary>The same limits with every window multiplied by <paramref name="timeFactor"/>.</summary>
    public FakeFloodLimits Scaled(double timeFactor) => this with
    {
        PrivateChatWindow = PrivateChatWindow * timeFactor,
        GroupWindow = GroupWindow * timeFactor,
        GlobalWindow = GlobalWindow * timeFactor,
    };
}
