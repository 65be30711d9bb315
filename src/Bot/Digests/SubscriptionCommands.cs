using System.Collections.Concurrent;
using System.Globalization;
using Bot.Storage;
using Bot.Telegram;
using Bot.Telegram.Commands;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;

namespace Bot.Digests;

/// <summary>
/// /subscribe, /unsubscribe, /settings, /digest and the settings buttons. In a private chat anyone
/// manages their own digest; in a group only its administrators; a channel is managed from the
/// admin's private chat by naming it (<c>/subscribe @channel 07:30</c>), when both the user and the
/// bot are administrators there.
/// </summary>
public sealed class SubscriptionCommands(
    SubscriptionStore subscriptions,
    DigestOutbox outbox,
    DigestComposer composer,
    ChatAdmins admins,
    BotDatabase database,
    IOptions<DigestOptions> options,
    TimeProvider time,
    DigestSignal signal,
    BotIdentity? identity = null)
{
    /// <summary>Arab capitals offered as buttons; any other IANA zone can be typed.</summary>
    public static readonly IReadOnlyList<(string Name, string Zone)> Capitals =
    [
        ("الرياض", "Asia/Riyadh"), ("القاهرة", "Africa/Cairo"), ("دبي", "Asia/Dubai"), ("الدوحة", "Asia/Qatar"),
        ("الكويت", "Asia/Kuwait"), ("المنامة", "Asia/Bahrain"), ("مسقط", "Asia/Muscat"), ("بغداد", "Asia/Baghdad"),
        ("عمّان", "Asia/Amman"), ("بيروت", "Asia/Beirut"), ("دمشق", "Asia/Damascus"), ("الخرطوم", "Africa/Khartoum"),
        ("طرابلس", "Africa/Tripoli"), ("تونس", "Africa/Tunis"), ("الجزائر", "Africa/Algiers"), ("الرباط", "Africa/Casablanca"),
    ];

    public static readonly IReadOnlyList<string> TimeChoices = ["06:00", "07:00", "08:00", "09:00", "12:00", "18:00", "21:00"];
    public static readonly IReadOnlyList<int> StoryChoices = [3, 5, 7, 10];
    public const int MaxTopics = 10;

    private enum Field { Time, Zone, Topics }

    private sealed record Target(long ChatId, string ChatType, string? Title);

    private readonly DigestOptions _options = options.Value;
    // Free entry after a "type it" button: (chat, user) → what they are typing, for which subscription.
    private readonly ConcurrentDictionary<(long Chat, long User), (long Target, Field Field)> _awaiting = new();

    public async Task<Reply> HandleCommandAsync(CommandContext context, ParsedCommand command, CancellationToken ct)
    {
        var words = command.Args.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var (target, refusal) = await ResolveAsync(context, words, ct);
        if (target is null) return refusal!;
        return command.Name switch
        {
            "subscribe" => Subscribe(context, target, words),
            "unsubscribe" => Unsubscribe(target),
            "settings" => Settings(target, edit: false),
            _ => DigestNow(target),
        };
    }

    public async Task<Reply> HandleCallbackAsync(CommandContext context, string[] data, CancellationToken ct)
    {
        // d:<action>:<chat>[:<value>]
        if (data.Length < 3 || !long.TryParse(data[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return new Reply([], Toast: "هذا الزر قديم ولم يعد يعمل.");
        }
        var (target, refusal) = await AuthorizeAsync(context, chatId, ct);
        if (target is null) return refusal! with { EditOriginal = false, Toast = "لا تملك صلاحية تعديل هذا الاشتراك." };
        var value = data.Length > 3 ? data[3] : "";
        var subscription = subscriptions.Find(chatId);
        if (subscription is null && data[1] != "m") return Edit(Reply.Html("لا يوجد اشتراك. اكتب /subscribe للاشتراك."));
        return data[1] switch
        {
            "m" => Settings(target, edit: true),
            "t" => Edit(Menu("اختر وقت الموجز اليومي:", TimeChoices.Select(t => new Button(t, $"d:ts:{chatId}:{t.Replace(":", "", StringComparison.Ordinal)}")),
                new Button("وقت آخر…", $"d:tf:{chatId}"), chatId)),
            "ts" when ScheduleInput.TryParseTime(value.Insert(Math.Max(0, value.Length - 2), ":"), out var t) => Change(target, s => s.LocalTime = t, "تم تغيير الوقت."),
            "tf" => Await(context, chatId, Field.Time, "اكتب الوقت، مثل <code>07:30</code> أو <code>8 مساءً</code>."),
            "z" => Edit(Menu("اختر المنطقة الزمنية:", Capitals.Select((c, i) => new Button(c.Name, $"d:zs:{chatId}:{i}")),
                new Button("منطقة أخرى…", $"d:zf:{chatId}"), chatId)),
            "zs" when int.TryParse(value, out var i) && i >= 0 && i < Capitals.Count =>
                Change(target, s => s.TimeZoneId = Capitals[i].Zone, "تم تغيير المنطقة الزمنية."),
            "zf" => Await(context, chatId, Field.Zone, "اكتب اسم مدينتك أو بلدك، مثل <code>القاهرة</code>، أو المنطقة الزمنية بصيغة IANA، مثل <code>Europe/London</code>."),
            "n" => Edit(Menu("كم خبرًا في الموجز؟", StoryChoices.Select(n => new Button(ArabicFormat.Number(n), $"d:ns:{chatId}:{n}")), null, chatId)),
            "ns" when int.TryParse(value, out var n) && StoryChoices.Contains(n) => Change(target, s => s.Stories = n, "تم تغيير عدد الأخبار."),
            "k" => Await(context, chatId, Field.Topics, "اكتب المواضيع التي تهمك مفصولة بفواصل، مثل: <code>اقتصاد، رياضة، الطاقة</code>. اكتب <code>-</code> لمسحها."),
            "e" => Change(target, s => s.NoteWhenEmpty = !s.NoteWhenEmpty, "تم التغيير."),
            "u" => Edit(Unsubscribe(target)),
            _ => new Reply([], Toast: "هذا الزر قديم ولم يعد يعمل."),
        };
    }

    /// <summary>Text typed after a "type it" button; null when nothing was awaited from this user here.</summary>
    public async Task<Reply?> TryHandleTextAsync(CommandContext context, string text, CancellationToken ct)
    {
        if (context.UserId is not { } user || !_awaiting.TryRemove((context.ChatId, user), out var awaited)) return null;
        var (target, refusal) = await AuthorizeAsync(context, awaited.Target, ct);
        if (target is null) return refusal;
        if (subscriptions.Find(awaited.Target) is null) return Reply.Html("لا يوجد اشتراك. اكتب /subscribe للاشتراك.");
        text = text.Trim();
        switch (awaited.Field)
        {
            case Field.Time when ScheduleInput.TryParseTime(text, out var t):
                return Change(target, s => s.LocalTime = t, "تم تغيير الوقت.") with { EditOriginal = false };
            case Field.Zone when ScheduleInput.FindZone(text) is { } zone:
                return Change(target, s => s.TimeZoneId = zone.Id, "تم تغيير المنطقة الزمنية.") with { EditOriginal = false };
            case Field.Topics:
                var topics = text is "-" or "—" ? [] : text.Split([',', '،', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(t => t.Length is > 0 and <= 40).Distinct(StringComparer.Ordinal).Take(MaxTopics).ToList();
                return Change(target, s => s.Topics = topics, "تم حفظ المواضيع.") with { EditOriginal = false };
            default:
                _awaiting[(context.ChatId, user)] = awaited;
                return Reply.Html(awaited.Field == Field.Time
                    ? "لم أفهم الوقت. اكتبه مثل <code>07:30</code> أو <code>8 مساءً</code>."
                    : $"لا أعرف «{TelegramHtml.Escape(text)}». اكتب مدينة أو بلدًا عربيًا، مثل <code>الرباط</code>، أو منطقة زمنية بصيغة IANA، مثل <code>Africa/Cairo</code>.");
        }
    }

    private Reply Subscribe(CommandContext context, Target target, List<string> words)
    {
        var (localTime, zone, notUnderstood, hint) = ScheduleInput.Parse(words.Where(w => !IsChatReference(w)).ToList());
        if (notUnderstood is not null)
        {
            return Reply.Html($"لم أفهم «{TelegramHtml.Escape(notUnderstood)}». " + (hint ?? "اكتب الوقت ثم المدينة أو المنطقة الزمنية، مثل: " +
                "<code>/subscribe 07:30 القاهرة</code> أو <code>/subscribe 8 مساءً Europe/London</code>"));
        }
        var zoneId = zone?.Id;
        var now = time.GetUtcNow().UtcDateTime;
        var existing = subscriptions.Find(target.ChatId);
        var s = existing ?? new Subscription
        {
            Id = target.ChatId,
            Stories = _options.DefaultStories,
            TimeZoneId = _options.DefaultTimeZone,
            CreatedUtc = now,
        };
        s.ChatType = target.ChatType;
        s.Title = target.Title ?? s.Title;
        s.ManagedBy = context.UserId;
        // A bare /subscribe resumes a paused subscription as it was set; a new one starts at the default time.
        s.LocalTime = localTime ?? existing?.LocalTime ?? _options.DefaultLocalTime;
        if (zoneId is not null) s.TimeZoneId = zoneId;
        s.Active = true;
        s.Failures = 0;
        s.DeactivatedReason = null;
        Reschedule(s);
        subscriptions.Save(s);
        signal.Wake();
        var where = target.ChatType == "private" ? "سيصلك" : $"سيصل إلى {ChatName(target)}";
        return new Reply([new OutgoingMessage(
            $"✅ تم الاشتراك. {where} موجز الأخبار يوميًا الساعة {s.LocalTimeText} بتوقيت {ZoneText(s.TimeZoneId)}.\n" +
            $"أول موجز: {NextText(s)}.",
            [[new Button("⚙️ الإعدادات", $"d:m:{s.Id}")]])]);
    }

    /// <summary>
    /// For /start: a chat whose subscription is paused (the user blocked the bot, or it could not be reached) is told
    /// how to resume it. Telegram's «Restart» after unblocking a bot sends /start, so this is where such a user arrives.
    /// </summary>
    public string? PausedNotice(long chatId) =>
        subscriptions.Find(chatId) is { Active: false } s
            ? $"⏸ موجزك اليومي متوقف (الساعة {s.LocalTimeText} بتوقيت {ZoneText(s.TimeZoneId)}). اكتب /subscribe لاستئنافه كما كان."
            : null;

    private Reply Unsubscribe(Target target)
    {
        if (!subscriptions.Delete(target.ChatId)) return Reply.Html("لا يوجد اشتراك لإلغائه.");
        // A digest written already, or waiting for a retry, is not sent after the user said stop.
        outbox.AbandonPending(target.ChatId, "unsubscribed");
        return Reply.Html(target.ChatType == "private"
            ? "تم إلغاء الاشتراك. لن يصلك الموجز اليومي بعد الآن. اكتب /subscribe للعودة."
            : $"تم إلغاء اشتراك {ChatName(target)}.");
    }

    private Reply Settings(Target target, bool edit)
    {
        var s = subscriptions.Find(target.ChatId);
        if (s is null)
        {
            var hint = target.ChatType == "channel" ? "/subscribe @القناة 07:30" : "/subscribe 07:30";
            return Reply.Html($"لا يوجد اشتراك بعد. للاشتراك اكتب <code>{TelegramHtml.Escape(hint)}</code>.") with { EditOriginal = edit };
        }
        var topics = s.Topics.Count == 0 ? "كل المواضيع" : string.Join("، ", s.Topics.Select(TelegramHtml.Escape));
        var html =
            $"<b>⚙️ إعدادات الموجز</b>{(target.ChatType == "private" ? "" : " — " + ChatName(target))}\n\n" +
            $"الوقت: {s.LocalTimeText}\n" +
            $"المنطقة الزمنية: {ZoneText(s.TimeZoneId)}\n" +
            $"عدد الأخبار: {ArabicFormat.Number(s.Stories)}\n" +
            $"المواضيع: {topics}\n" +
            $"يوم بلا أخبار: {(s.NoteWhenEmpty ? "رسالة قصيرة" : "لا شيء")}\n" +
            (s.Active ? $"الموجز القادم: {NextText(s)}" : "الاشتراك متوقف. اكتب /subscribe لتفعيله.");
        var id = s.Id;
        IReadOnlyList<IReadOnlyList<Button>> buttons =
        [
            [new Button("⏰ الوقت", $"d:t:{id}"), new Button("🌍 المنطقة الزمنية", $"d:z:{id}")],
            [new Button("🔢 عدد الأخبار", $"d:n:{id}"), new Button("🏷 المواضيع", $"d:k:{id}")],
            [new Button(s.NoteWhenEmpty ? "يوم بلا أخبار: لا ترسل شيئًا" : "يوم بلا أخبار: أرسل رسالة قصيرة", $"d:e:{id}")],
            [new Button("إلغاء الاشتراك", $"d:u:{id}")],
        ];
        return new Reply([new OutgoingMessage(html, buttons)], EditOriginal: edit);
    }

    private Reply DigestNow(Target target)
    {
        var s = subscriptions.Find(target.ChatId);
        // On demand: the same selection as the next scheduled digest, but it changes nothing and is never empty.
        var view = new Subscription
        {
            Stories = s?.Stories ?? _options.DefaultStories,
            Topics = s?.Topics ?? [],
            CoveredUntilUtc = s?.CoveredUntilUtc,
            NoteWhenEmpty = true,
        };
        var zone = DigestSchedule.FindZone(s?.TimeZoneId ?? _options.DefaultTimeZone) ?? TimeZoneInfo.Utc;
        var now = time.GetUtcNow();
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var digest = composer.Compose(view, date, now.UtcDateTime);
        return new Reply(digest.Parts.Select(OutgoingMessage.Plain).ToList());
    }

    private Reply Change(Target target, Action<Subscription> change, string toast)
    {
        if (subscriptions.Find(target.ChatId) is not { } s) return Reply.Html("لا يوجد اشتراك. اكتب /subscribe للاشتراك.");
        change(s);
        Reschedule(s);
        subscriptions.Save(s);
        signal.Wake();
        return Settings(target, edit: true) with { Toast = toast };
    }

    private void Reschedule(Subscription s)
    {
        var zone = DigestSchedule.FindZone(s.TimeZoneId) ?? throw new InvalidOperationException($"Unknown time zone {s.TimeZoneId}");
        var next = DigestSchedule.NextAfter(s.LocalTime, zone, time.GetUtcNow());
        s.NextDueUtc = next.DueUtc.UtcDateTime;
        s.NextLocalDate = next.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string NextText(Subscription s)
    {
        var date = DateOnly.ParseExact(s.NextLocalDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{ArabicFormat.DayAndDate(date)} الساعة {s.LocalTimeText}";
    }

    private Reply Await(CommandContext context, long target, Field field, string prompt)
    {
        if (context.UserId is { } user) _awaiting[(context.ChatId, user)] = (target, field);
        return Reply.Html(prompt);
    }

    private static Reply Edit(Reply reply) => reply with { EditOriginal = true };

    private static Reply Menu(string title, IEnumerable<Button> choices, Button? other, long chatId)
    {
        var rows = choices.Chunk(4).Select(r => (IReadOnlyList<Button>)r).ToList();
        if (other is not null) rows.Add([other]);
        rows.Add([new Button("« رجوع", $"d:m:{chatId}")]);
        return new Reply([new OutgoingMessage(title, rows)]);
    }

    /// <summary>Which chat a command is about, or a refusal.</summary>
    private async Task<(Target?, Reply?)> ResolveAsync(CommandContext context, List<string> words, CancellationToken ct)
    {
        if (words.FirstOrDefault(IsChatReference) is not { } reference)
        {
            return await AuthorizeAsync(context, context.ChatId, ct);
        }
        if (context.ChatKind != ChatKind.Private)
        {
            return (null, Reply.Html("أدِر اشتراك القناة من محادثتك الخاصة مع البوت."));
        }
        var username = reference.TrimStart('@');
        long id = 0;
        // "-100" and digits, but too long for a chat id: no such chat, not an error.
        if (!reference.StartsWith('@') && !long.TryParse(reference, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out id))
        {
            return (null, NoSuchChannel(reference));
        }
        var record = reference.StartsWith('@')
            ? database.Chats.FindOne(c => c.Username == username)
            : database.Chats.FindById(id);
        long chatId;
        if (record is not null)
        {
            chatId = record.Id;
        }
        else
        {
            try
            {
                var chat = await admins.FindChatAsync(reference, ct);
                if (chat is null) return (null, NoSuchChannel(reference));
                chatId = chat.Id;
                database.Chats.Upsert(new ChatRecord
                {
                    Id = chat.Id, Type = chat.Type.ToString().ToLowerInvariant(), Title = chat.Title, Username = chat.Username,
                    FirstSeenUtc = time.GetUtcNow().UtcDateTime, LastSeenUtc = time.GetUtcNow().UtcDateTime,
                });
            }
            catch (ApiRequestException e) when (e.ErrorCode is 400 or 403)
            {
                return (null, NoSuchChannel(reference));
            }
        }
        return await AuthorizeAsync(context, chatId, ct);
    }

    /// <summary>May this user manage this chat's digest from here?</summary>
    private async Task<(Target?, Reply?)> AuthorizeAsync(CommandContext context, long chatId, CancellationToken ct)
    {
        var record = database.Chats.FindById(chatId);
        if (chatId == context.ChatId)
        {
            var type = context.ChatKind.ToString().ToLowerInvariant();
            var target = new Target(chatId, type, record?.Title);
            if (context.ChatKind == ChatKind.Private) return (target, null);
            if (context.UserId is { } user && await IsAdminAsync(chatId, user, ct)) return (target, null);
            return (null, Reply.Html("عذرًا، إدارة الموجز في هذه المجموعة متاحة لمشرفيها فقط."));
        }
        // Managing another chat (a channel) is done from the user's private chat.
        if (context.ChatKind != ChatKind.Private || context.UserId is not { } userId)
        {
            return (null, Reply.Html("أدِر اشتراك القناة من محادثتك الخاصة مع البوت."));
        }
        var channel = new Target(chatId, record?.Type ?? "channel", record?.Title ?? record?.Username);
        HashSet<long> chatAdmins;
        try
        {
            chatAdmins = await admins.AdminsAsync(chatId, ct);
        }
        catch (ApiRequestException e) when (e.ErrorCode is 400 or 403)
        {
            return (null, Reply.Html("لا أستطيع الوصول إلى هذه القناة. أضفني إليها مشرفًا أولًا."));
        }
        if (identity is { Id: not 0 } me && !chatAdmins.Contains(me.Id))
        {
            return (null, Reply.Html($"لست مشرفًا في {ChatName(channel)}. أضفني إليها مشرفًا يستطيع النشر أولًا."));
        }
        if (!chatAdmins.Contains(userId))
        {
            return (null, Reply.Html($"عذرًا، إدارة موجز {ChatName(channel)} متاحة لمشرفيها فقط."));
        }
        return (channel, null);
    }

    private async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken ct)
    {
        try
        {
            return await admins.IsAdminAsync(chatId, userId, ct);
        }
        catch (ApiRequestException e) when (e.ErrorCode is 400 or 403)
        {
            return false;
        }
    }

    private static Reply NoSuchChannel(string reference) =>
        Reply.Html($"لا أعرف القناة {TelegramHtml.Escape(reference)}. أضفني إليها مشرفًا ثم أعد المحاولة.");

    private static string ChatName(Target target) =>
        target.Title is { Length: > 0 } title ? $"«{TelegramHtml.Escape(title)}»" : "هذه المحادثة";

    /// <summary>«مصر (Africa/Cairo)», or the zone id alone when no place names it.</summary>
    private static string ZoneText(string zoneId) => ScheduleInput.DisplayName(zoneId) is var name && name != zoneId
        ? $"{TelegramHtml.Escape(name)} (<code>{TelegramHtml.Escape(zoneId)}</code>)"
        : $"<code>{TelegramHtml.Escape(zoneId)}</code>";

    private static bool IsChatReference(string word) =>
        (word.StartsWith('@') && word.Length > 1) || (word.StartsWith("-100", StringComparison.Ordinal) && word.Length > 4 && word[1..].All(char.IsAsciiDigit));
}
