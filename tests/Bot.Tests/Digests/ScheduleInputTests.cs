using Bot.Digests;

namespace Bot.Tests.Digests;

public sealed class ScheduleInputTests
{
    [Theory]
    [InlineData("07:30", 7, 30)]
    [InlineData("7:30", 7, 30)]
    [InlineData("٠٧:٣٠", 7, 30)]       // Arabic-Indic digits
    [InlineData("۷:۳۰", 7, 30)]        // Eastern Arabic-Indic (Persian) digits
    [InlineData("7٫30", 7, 30)]        // Arabic decimal separator, as phone keyboards type it
    [InlineData("7.30", 7, 30)]
    [InlineData("7", 7, 0)]            // an hour alone
    [InlineData("19", 19, 0)]
    [InlineData("7 مساءً", 19, 0)]
    [InlineData("7:30 ص", 7, 30)]
    [InlineData("9 صباحاً", 9, 0)]
    [InlineData("12 ظهرا", 12, 0)]
    [InlineData("12 ص", 0, 0)]         // twelve in the morning is midnight
    [InlineData("11 ليلا", 23, 0)]
    [InlineData("12 ليلًا", 0, 0)]      // midnight, not noon
    [InlineData("8pm", 20, 0)]
    [InlineData("8 PM", 20, 0)]
    [InlineData("7 a.m.", 7, 0)]
    [InlineData("٧م", 19, 0)]
    public void TryParseTime_WhatReadersType_IsUnderstood(string text, int hour, int minute)
    {
        Assert.True(ScheduleInput.TryParseTime(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("7:75")]
    [InlineData("15 مساء")]            // not a 12-hour time
    [InlineData("0 pm")]
    [InlineData("القاهرة")]
    [InlineData("7 غدا")]
    [InlineData("1234567890123456789012345")]
    public void TryParseTime_NotATime_IsRefused(string text) => Assert.False(ScheduleInput.TryParseTime(text, out _));

    [Theory]
    [InlineData("القاهرة", "Africa/Cairo")]
    [InlineData("الاسكندريه", "Africa/Cairo")]  // hamza and ta marbuta as often typed
    [InlineData("Cairo", "Africa/Cairo")]
    [InlineData("cairo", "Africa/Cairo")]
    [InlineData("Egypt", "Africa/Cairo")]       // also a legacy zone id: the city's canonical zone wins
    [InlineData("أبو ظبي", "Asia/Dubai")]
    [InlineData("Abu  Dhabi", "Asia/Dubai")]
    [InlineData("الدار البيضاء", "Africa/Casablanca")]
    [InlineData("بتوقيت مكة", "Asia/Riyadh")]
    [InlineData("عمّان", "Asia/Amman")]
    [InlineData("الأردن", "Asia/Amman")]
    [InlineData("عُمان", "Asia/Muscat")]
    [InlineData("غزة", "Asia/Gaza")]
    [InlineData("Africa/Cairo", "Africa/Cairo")]
    [InlineData("Europe/London", "Europe/London")]
    public void FindZone_PlaceOrZoneId_GivesTheZone(string text, string zone) =>
        Assert.Equal(zone, ScheduleInput.FindZone(text)?.Id);

    [Theory]
    [InlineData("عمان")]      // Amman or Oman: an hour apart, so not guessed
    [InlineData("كوكب المريخ")]
    [InlineData("")]
    [InlineData("Mars/Olympus")]
    public void FindZone_UnknownOrAmbiguous_IsNull(string text) => Assert.Null(ScheduleInput.FindZone(text));

    [Fact]
    public void ParseAndFindZone_RandomInput_NeverThrow()
    {
        string[] pieces = ["7", "٣", "۰", ":", ".", "٫", " ", "am", "PM", "م", "ص", "مساءً", "عمّان", "ُ", "ّ", "\u200F", "\u202E", "🙂", "/", "Africa", "الدار", "-", "%", "H", "\0"];
        var random = new Random(20261128);
        for (var n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            ScheduleInput.TryParseTime(text, out _);
            ScheduleInput.FindZone(text);
            ScheduleInput.Parse(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [Fact]
    public void SettingsCapitals_TypedByName_GiveTheirButtonsZone() =>
        // The /settings buttons and what readers type must agree: «عمّان» typed is the button's Asia/Amman.
        Assert.All(SubscriptionCommands.Capitals, c => Assert.Equal(c.Zone, ScheduleInput.FindZone(c.Name)?.Id));

    [Fact]
    public void Places_EveryZoneExistsOnThisMachine() =>
        Assert.All(ScheduleInput.Places, p => Assert.NotNull(Bot.Digests.DigestSchedule.FindZone(p.Zone)));

    [Fact]
    public void Parse_TimeWithPeriodAndACity_GivesBoth()
    {
        var parsed = ScheduleInput.Parse(["7", "صباحا", "القاهرة"]);
        Assert.Equal(new TimeOnly(7, 0), parsed.Time);
        Assert.Equal("Africa/Cairo", parsed.Zone?.Id);
        Assert.Null(parsed.NotUnderstood);
    }

    [Fact]
    public void Parse_PlaceOfTwoWordsBeforeTheTime_GivesBoth()
    {
        var parsed = ScheduleInput.Parse(["الدار", "البيضاء", "8:15"]);
        Assert.Equal(new TimeOnly(8, 15), parsed.Time);
        Assert.Equal("Africa/Casablanca", parsed.Zone?.Id);
    }

    [Fact]
    public void Parse_AmbiguousPlace_SaysWhatToWriteInstead()
    {
        var parsed = ScheduleInput.Parse(["7:00", "عمان"]);
        Assert.Equal("عمان", parsed.NotUnderstood);
        Assert.Contains("مسقط", parsed.Hint);
        Assert.Null(parsed.Zone);
    }

    [Fact]
    public void Parse_UnknownWord_IsReportedWhole()
    {
        var parsed = ScheduleInput.Parse(["7:00", "بلدة", "صغيرة"]);
        Assert.Equal("بلدة صغيرة", parsed.NotUnderstood);
        Assert.Null(parsed.Hint);
    }
}
