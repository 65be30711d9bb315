namespace Bot.Benchmarks;

internal static class TextThroughputBench
{
    public static int Run(string[] args) => 0;
}
