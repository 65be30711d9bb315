using System.Text.Json;

namespace Bot.Benchmarks;

/// <summary>The shared corpora beside the repository (../shared/corpora).</summary>
public static class Corpus
{
    public sealed record ArgenArticle(string Id, string Title, string Document);

    public static string Root() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpora"));

    /// <summary>The nearest folder holding Bot.sln above the working folder, else above the program.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Run the benchmarks from inside the repository (Bot.sln not found above the working folder or the program).");
    }

    public static IEnumerable<ArgenArticle> ArgenArticles()
    {
        foreach (var line in File.ReadLines(Path.Combine(Root(), "argen-news", "articles.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            yield return new ArgenArticle(r.GetProperty("id").ToString(), r.GetProperty("title").GetString() ?? "", r.GetProperty("document").GetString() ?? "");
        }
    }
}
