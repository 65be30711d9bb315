using Bot.Digests;

namespace Bot.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Riyadh = TimeZoneInfo.FindSystemTimeZoneById("Asia/Riyadh");

    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    [Fact]
    public void NextAfter_OrdinaryDay_LocalTimeInUtc()
    {
        // Riyadh is UTC+3 all year: 08:00 local is 05:00 UTC.
        var next = DigestSchedule.NextAfter(new TimeOnly(8, 0), Riyadh, Utc(2025, 5, 4, 12, 0));
        Assert.Equal(Utc(2025, 5, 5, 5, 0), next.DueUtc);
        Assert.Equal(new DateOnly(2025, 5, 5), next.LocalDate);
    }

    [Fact]
    public void NextAfter_BeforeTodaysTime_Today()
    {
        var next = DigestSchedule.NextAfter(new TimeOnly(8, 0), Riyadh, Utc(2025, 5, 4, 4, 59));
        Assert.Equal(Utc(2025, 5, 4, 5, 0), next.DueUtc);
    }

    [Fact]
    public void NextAfter_LondonSpringForward_FirstValidTimeAfterTheGap()
    {
        // 30 March 2025: 01:00 GMT jumps to 02:00 BST; 01:30 does not exist, 02:00 BST (01:00 UTC) is next.
        var next = DigestSchedule.NextAfter(new TimeOnly(1, 30), London, Utc(2025, 3, 29, 12, 0));
        Assert.Equal(new DateOnly(2025, 3, 30), next.LocalDate);
        Assert.Equal(Utc(2025, 3, 30, 1, 0), next.DueUtc);
        // Once: the day after is an ordinary 01:30 BST.
        var after = DigestSchedule.NextAfter(new TimeOnly(1, 30), London, next.DueUtc);
        Assert.Equal(Utc(2025, 3, 31, 0, 30), after.DueUtc);
    }

    [Fact]
    public void NextAfter_NewYorkSpringForward_0230SentAt0300Once()
    {
        // 9 March 2025: 02:00 EST jumps to 03:00 EDT (07:00 UTC).
        var next = DigestSchedule.NextAfter(new TimeOnly(2, 30), NewYork, Utc(2025, 3, 8, 12, 0));
        Assert.Equal(new DateOnly(2025, 3, 9), next.LocalDate);
        Assert.Equal(Utc(2025, 3, 9, 7, 0), next.DueUtc);
        var after = DigestSchedule.NextAfter(new TimeOnly(2, 30), NewYork, next.DueUtc);
        Assert.Equal(new DateOnly(2025, 3, 10), after.LocalDate);
        Assert.Equal(Utc(2025, 3, 10, 6, 30), after.DueUtc);
    }

    [Fact]
    public void NextAfter_LondonFallBack_FirstOccurrenceOnly()
    {
        // 26 October 2025: 02:00 BST goes back to 01:00 GMT, so 01:30 happens at 00:30 and 01:30 UTC.
        var next = DigestSchedule.NextAfter(new TimeOnly(1, 30), London, Utc(2025, 10, 25, 12, 0));
        Assert.Equal(Utc(2025, 10, 26, 0, 30), next.DueUtc);
        var after = DigestSchedule.NextAfter(new TimeOnly(1, 30), London, next.DueUtc);
        Assert.Equal(new DateOnly(2025, 10, 27), after.LocalDate);
        Assert.Equal(Utc(2025, 10, 27, 1, 30), after.DueUtc);
    }

    [Fact]
    public void NextAfter_NewYorkFallBack_OnceNotTwice()
    {
        // 2 November 2025: 01:30 happens at 05:30 UTC (EDT) and 06:30 UTC (EST).
        var next = DigestSchedule.NextAfter(new TimeOnly(1, 30), NewYork, Utc(2025, 11, 1, 12, 0));
        Assert.Equal(Utc(2025, 11, 2, 5, 30), next.DueUtc);
        // Asked between the two occurrences, the schedule moves on to the next day.
        var between = DigestSchedule.NextAfter(new TimeOnly(1, 30), NewYork, Utc(2025, 11, 2, 6, 0));
        Assert.Equal(new DateOnly(2025, 11, 3), between.LocalDate);
        Assert.Equal(Utc(2025, 11, 3, 6, 30), between.DueUtc);
    }

    [Fact]
    public void NextAfter_DaysAcrossSpringForward_OneDuePerLocalDate()
    {
        var dates = new List<DateOnly>();
        var at = Utc(2025, 3, 7, 0, 0);
        for (var i = 0; i < 5; i++)
        {
            var next = DigestSchedule.NextAfter(new TimeOnly(2, 30), NewYork, at);
            dates.Add(next.LocalDate);
            at = next.DueUtc;
        }
        Assert.Equal(Enumerable.Range(7, 5).Select(d => new DateOnly(2025, 3, d)), dates);
    }

    [Theory]
    [InlineData("Asia/Riyadh", true)]
    [InlineData("Africa/Cairo", true)]
    [InlineData("Mars/Olympus", false)]   // well-formed but unknown
    [InlineData("../../etc/passwd", false)] // not a zone id at all
    [InlineData("Africa", false)]            // a folder of zones, which .NET refuses with a security error
    [InlineData("/etc/passwd", false)]
    [InlineData("", false)]
    public void FindZone_ValidatesUserInput(string id, bool known) => Assert.Equal(known, DigestSchedule.FindZone(id) is not null);
}
