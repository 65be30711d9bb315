namespace Bot.Benchmarks;

/// <summary>
/// The text engine's benchmark verbs: <c>rouge [--corpus DIR] [--cv | --tune | --fit]</c>,
/// <c>quotes [--fixture FILE] [--verbose]</c>, <c>text-speed [--corpus DIR] [--rounds N]</c>,
/// <c>keywords</c>, <c>text-hostile</c>.
/// </summary>
public static class TextBenches
{
    public static int Run(string[] args)
    {
        if (args.Length == 0) return Usage();
        var rest = args[1..];
        return args[0] switch
        {
            "rouge" => TextRougeBench.Run(rest),
            "quotes" => TextQuotesBench.Run(rest),
            "text-speed" => TextThroughputBench.Run(rest),
            "keywords" => TextKeywordsBench.Run(rest),
            "text-hostile" => TextHostileBench.Run(rest),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: rouge [--corpus DIR] [--cv | --tune | --fit] | quotes [--fixture FILE] [--verbose] | text-speed [--corpus DIR] [--rounds N] | keywords | text-hostile");
        return 2;
    }

    /// <summary>The value after <paramref name="name"/> in <paramref name="args"/>, or null.</summary>
    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>--corpus, else ../shared/corpora beside the repository root.</summary>
    internal static string CorpusDir(string[] args) =>
        Option(args, "--corpus") ?? Corpus.Root();
}
