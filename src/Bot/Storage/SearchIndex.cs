using Bot.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Bot.Storage;

/// <summary>
/// Full-text search over articles (LiteDB has none). A Lucene.Net index beside the database, fed by the
/// text engine's Arabic analysis so that a query and an article meet on normalised, stemmed terms
/// («العلاقات» finds «علاقات»). The database is the source of truth: the index can be deleted and is
/// rebuilt from it at start.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly LuceneDirectory _directory;
    private readonly ArabicSearchAnalyzer _analyzer = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ILogger<SearchIndex> _logger;
    private int _uncommitted;

    public SearchIndex(string? path, ILogger<SearchIndex> logger)
    {
        _logger = logger;
        _directory = path is null ? new RAMDirectory() : FSDirectory.Open(path);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    public int Count => _writer.NumDocs;

    public void Add(Article article)
    {
        var doc = ToDocument(article);
        _writer.UpdateDocument(new Term("id", doc.Get("id")), doc);
        // No refresh here: reopening the near-real-time reader on every add cost ~5 ms and ~6 MB per
        // article at ingestion. Search refreshes when something changed, so results stay current.
        // Commit in batches: a crash loses at most the tail, which the start-up consistency check restores.
        if (Interlocked.Increment(ref _uncommitted) >= 500) Commit();
    }

    private static Document ToDocument(Article article) =>
    [
        new StringField("id", article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
        new TextField("title", article.Title, Field.Store.NO),
        new TextField("body", string.Join(' ', article.Keywords) + "\n" + article.Body, Field.Store.NO),
    ];

    /// <summary>Removes the articles' entries and commits, so that a search no longer finds them after a restart either.</summary>
    public void Delete(IEnumerable<int> ids)
    {
        _writer.DeleteDocuments(ids.Select(id => new Term("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());
        Commit();
    }

    public void Commit()
    {
        Interlocked.Exchange(ref _uncommitted, 0);
        _writer.Commit();
    }

    /// <summary>Ids of the best matches first; empty when the query has no searchable terms.</summary>
    public IReadOnlyList<int> Search(string query, int max)
    {
        var terms = ArabicText.SearchTerms(query).Distinct().ToList();
        if (terms.Count == 0) return [];
        var q = new BooleanQuery();
        foreach (var term in terms)
        {
            q.Add(new TermQuery(new Term("title", term)) { Boost = 2f }, Occur.SHOULD);
            q.Add(new TermQuery(new Term("body", term)), Occur.SHOULD);
        }
        // With several words, an article should match most of them, not just one stop-like word.
        q.MinimumNumberShouldMatch = terms.Count > 1 ? Math.Max(1, (terms.Count + 1) / 2) : 0;

        _searchers.MaybeRefresh();
        var searcher = _searchers.Acquire();
        try
        {
            var hits = searcher.Search(q, max);
            var ids = new List<int>(hits.ScoreDocs.Length);
            foreach (var hit in hits.ScoreDocs)
            {
                ids.Add(int.Parse(searcher.Doc(hit.Doc).Get("id"), System.Globalization.CultureInfo.InvariantCulture));
            }
            return ids;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Re-indexes every article when the index does not hold exactly the database's articles.</summary>
    public void EnsureConsistentWith(ArticleStore articles)
    {
        var expected = articles.Count();
        if (Count == expected) return;
        _logger.LogWarning("Search index holds {IndexCount} articles, database {DbCount}: rebuilding the index", Count, expected);
        _writer.DeleteAll();
        foreach (var article in articles.All())
        {
            _writer.AddDocument(ToDocument(article));
        }
        Commit();
        _searchers.MaybeRefresh();
    }

    public void Dispose()
    {
        try
        {
            Commit();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            _logger.LogWarning(e, "Could not commit the search index at shutdown; it will be rebuilt at start");
        }
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
