namespace Bot.Benchmarks;

internal static class TextQuotesBench
{
    public static int Run(string[] args) => 0;
}
