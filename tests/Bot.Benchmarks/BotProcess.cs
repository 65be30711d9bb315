using System.Globalization;

namespace Bot.Benchmarks;

/// <summary>The bot as its own process, so the benchmarks measure its memory and CPU apart from the fakes'.</summary>
public static class BotProcess
{
    /// <summary>
    /// The host's own build output, with its own deps.json: the copy beside the benchmarks resolves packages
    /// against the benchmarks' dependency graph and does not start on its own.
    /// </summary>
    public static string BotDll()
    {
        var path = Path.Combine(Corpus.RepositoryRoot(), "src", "Bot", "bin", "Release", "net10.0", "Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the bot first: dotnet build -c Release tests/Bot.Benchmarks", path);
    }

    /// <summary>Peak resident memory (VmHWM) of a live process, in MB.</summary>
    public static double PeakMemoryMb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        return double.NaN;
    }
}
