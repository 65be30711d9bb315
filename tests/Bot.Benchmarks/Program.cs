using Bot.Benchmarks;

// dotnet run -c Release --project tests/Bot.Benchmarks -- <verb> [options]
return args switch
{
    ["host", .. var rest] => await HostBench.RunAsync(rest),
    ["ingest", .. var rest] => await IngestionBench.RunAsync(rest),
    ["ingest-serve", .. var rest] => await IngestionSite.ServeAsync(rest),
    ["fanout", .. var rest] => await DigestBench.RunAsync(rest),
    ["reanalysis", .. var rest] => await ReanalysisBench.RunAsync(rest),
    ["storage-writers", .. var rest] => StorageWritersBench.Run(rest),
    ["rouge" or "quotes" or "text-speed" or "keywords" or "text-hostile", ..] => TextBenches.Run(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        verbs:
          host [--articles 100000] [--samples 300] [--burst 5000] [--after-upgrade]
                                                                     /latest and /search latency, updates/s, peak memory
                                                                     (--after-upgrade: while every article is analysed again)
          ingest [articles] [feeds] [unchanged] [--full-content] [--one-host] [--in-process]
                                                                     feeds + pages on loopback → stored articles/s; 304 poll cycle
          rouge [--corpus DIR] [--cv] [--tune]                      EASC ROUGE: Lead, engine and oracle; --cv: held-out (5-fold) figure
          quotes [--fixture FILE] [--shown N]                       quote precision/recall on the hand-checked fixture
                                                                     (--shown: only the N key quotes a card shows)
          text-speed [--rounds N]                                   summary+quotes+keywords per second on one core, allocations
          text-hostile                                              seconds to analyse hostile pages of a megabyte each
          keywords                                                  share of the first keywords found in the hidden headline (argen-news)
          fanout [--digests 10000] [--allowed 300]                  digests due at once: raw rate, rate under limits, 429s, duplicates
          reanalysis [--articles 20000]                             stored articles analysed again after an engine upgrade: articles/s, memory
          storage-writers [--rounds 300]                            concurrent writers to four collections, with and without
                                                                     one writer at a time: rounds that failed
        """);
    return 2;
}
