namespace Bot.Text.Tests.Quotes;

/// <summary>Assertions the quote test classes share.</summary>
internal static class QuoteAssert
{
    /// <summary>Exactly <paramref name="count"/> quotations, all of <paramref name="speaker"/> (an empty list must not pass).</summary>
    public static void AllBy(string speaker, int count, IEnumerable<string> speakers)
    {
        var list = speakers.ToList();
        Assert.Equal(count, list.Count);
        Assert.All(list, s => Assert.Equal(speaker, s));
    }
}
