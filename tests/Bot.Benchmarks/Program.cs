using Bot.Benchmarks;

// dotnet run -c Release --project tests/Bot.Benchmarks -- <verb> [options]
return args switch
{
    ["host", .. var rest] => await HostBench.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        verbs:
          host [--articles 100000] [--samples 300] [--burst 5000]   /latest and /search latency, updates/s, peak memory
        """);
    return 2;
}
