namespace Bot.Digests;

/// <summary>One due digest: when (UTC) and for which local day.</summary>
public readonly record struct DueDigest(DateTimeOffset DueUtc, DateOnly LocalDate);

/// <summary>
/// When a daily local time happens, in an IANA time zone, across DST. Pure.
/// <list type="bullet">
/// <item>A local time that does not exist (spring forward: 02:30 on a day the clock jumps 02:00 → 03:00)
///   is moved to the first valid time after it (03:00).</item>
/// <item>A local time that happens twice (fall back: 01:30 on a day the clock goes 02:00 → 01:00) is
///   taken once, at its first occurrence.</item>
/// </list>
/// Each local date has exactly one due moment, and the outbox key is (chat, local date), so a day
/// can never get two digests.
/// </summary>
public static class DigestSchedule
{
    /// <summary>The first due digest strictly after <paramref name="after"/>.</summary>
    public static DueDigest NextAfter(TimeOnly localTime, TimeZoneInfo zone, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime).AddDays(-1);
        for (var i = 0; i < 4; i++, date = date.AddDays(1))
        {
            var due = DueOn(date, localTime, zone);
            if (due > after) return new DueDigest(due, date);
        }
        throw new InvalidOperationException("No due time within three days; the time zone data is broken.");
    }

    /// <summary>The UTC moment of <paramref name="localTime"/> on <paramref name="date"/>.</summary>
    public static DateTimeOffset DueOn(DateOnly date, TimeOnly localTime, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(localTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // Spring forward: the first valid minute after the gap. Gaps are at most a few hours.
            var probe = local;
            while (zone.IsInvalidTime(probe)) probe = probe.AddMinutes(1);
            local = probe;
        }
        if (zone.IsAmbiguousTime(local))
        {
            // Fall back: the first occurrence has the larger offset (the summer one).
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, offset).ToUniversalTime();
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>An IANA (or Windows) zone id, or null when the id is unknown.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return null;
        id = id.Trim();
        // On Linux an id is a path under /usr/share/zoneinfo: users' text must not walk out of it.
        if (id.StartsWith('/') || id.Contains("..", StringComparison.Ordinal)) return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        // A folder of zones («Africa») is refused as a security error, a file that is no zone as invalid.
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
