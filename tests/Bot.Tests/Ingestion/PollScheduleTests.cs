using Bot.Ingestion.Sources;

namespace Bot.Tests.Ingestion;

public sealed class PollScheduleTests
{
    private static readonly DateTime Now = new(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    [Fact]
    public void AfterSuccess_NoHints_WaitsTheInterval() =>
        Assert.Equal(Now + Interval, PollSchedule.AfterSuccess(Now, Interval, null, null, 0.1, 0));

    [Fact]
    public void AfterSuccess_LongerTtl_WaitsTheTtl() =>
        Assert.Equal(Now.AddHours(1), PollSchedule.AfterSuccess(Now, Interval, TimeSpan.FromHours(1), null, 0, 0));

    [Fact]
    public void AfterSuccess_ShorterTtl_StillWaitsTheInterval() =>
        Assert.Equal(Now + Interval, PollSchedule.AfterSuccess(Now, Interval, TimeSpan.FromMinutes(1), null, 0, 0));

    [Fact]
    public void AfterSuccess_Jitter_AddsUpToTheFraction() =>
        Assert.Equal(Now + Interval + TimeSpan.FromMinutes(0.5), PollSchedule.AfterSuccess(Now, Interval, null, null, 0.1, 0.5));

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(6, 320)]
    [InlineData(7, 360)]   // capped at the maximum back-off
    [InlineData(60, 360)]  // no overflow on long streaks
    public void AfterFailure_Streak_DoublesUpToTheMaximum(int failures, int minutes) =>
        Assert.Equal(Now.AddMinutes(minutes), PollSchedule.AfterFailure(Now, Interval, failures, TimeSpan.FromHours(6), null, 0, 0));

    [Fact]
    public void AfterFailure_RetryAfterLongerThanBackoff_WaitsRetryAfter() =>
        Assert.Equal(Now.AddHours(2), PollSchedule.AfterFailure(Now, Interval, 1, TimeSpan.FromHours(6), TimeSpan.FromHours(2), 0, 0));
}
