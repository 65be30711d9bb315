using System.Text.Json;

namespace Bot.Tests.Ingestion.Support;

/// <summary>A few dozen argen-news articles copied into Fixtures/articles.jsonl.</summary>
public sealed record CorpusArticle(string Id, string Title, string Document)
{
    /// <summary>The document cut into paragraphs of three sentences (the corpus has none).</summary>
    public IReadOnlyList<string> Paragraphs()
    {
        var sentences = Document.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return sentences.Chunk(3).Select(c => string.Join(". ", c).TrimEnd('.') + ".").ToList();
    }

    public string Lead(int words) => string.Join(' ', Document.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words)) + " …";
}

public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<CorpusArticle>> All = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Fixtures", "articles.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<JsonElement>(l))
            .Select(e => new CorpusArticle(e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!, e.GetProperty("document").GetString()!))
            .ToList());

    public static IReadOnlyList<CorpusArticle> Articles => All.Value;

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Fixtures", name));
}
