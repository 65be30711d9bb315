namespace Bot.Text;

/// <summary>Weights of <see cref="ExtractiveSummarizer"/>; the defaults are the ones measured best on EASC.</summary>
internal sealed record SummarizerOptions(
    double Position = 2.0,
    double Frequency = 0.5,
    double Lead = 0.5,
    double Length = 0.5,
    double Centrality = 0.0,
    double Title = 1.0,
    double Redundancy = 0.5,
    int MinWords = 4,
    int IdealWords = 25);

/// <summary>
/// Picks whole sentences for a summary. Rules:
/// <list type="number">
/// <item>Each sentence gets a score: lead position (1 / (1 + decay·index)) + centrality (cosine of its
/// TF-IDF stem vector with the article's centroid, IDF over the article's sentences) + title similarity
/// (cosine with the title's stems), each with a weight.</item>
/// <item>Sentences with fewer than <see cref="SummarizerOptions.MinWords"/> words or no content words are
/// not picked.</item>
/// <item>Greedy: best score first; a sentence is skipped when it does not fit the remaining budget or when
/// its cosine with an already picked sentence exceeds <see cref="SummarizerOptions.Redundancy"/>.</item>
/// <item>The result is in document order. If nothing fits the word budget, the first sentence alone is
/// returned (the only case a summary exceeds <see cref="SummaryBudget.MaxWords"/>).</item>
/// <item>Ties are broken by document order, so the result is deterministic.</item>
/// </list>
/// </summary>
internal static class ExtractiveSummarizer
{
    public static List<int> Select(ArticleModel article, SummaryBudget budget, SummarizerOptions options)
    {
        var n = article.Sentences.Count;
        var picked = new List<int>();
        if (n == 0) return picked;
        var maxWords = budget.MaxWords ?? (budget.MaxSentences is null ? SummaryBudget.Default.MaxWords : null);
        var maxSentences = budget.MaxSentences ?? int.MaxValue;
        if (maxWords <= 0 || maxSentences <= 0) return picked;

        var vectors = SentenceVectors(article, out var centroid, out var title);
        var frequency = Ranks(MeanTermFrequency(article));
        var lead = new double[n];
        var length = new double[n];
        var centrality = new double[n];
        for (var i = 0; i < n; i++)
        {
            lead[i] = SparseVector.Cosine(vectors[i], vectors[0]);
            length[i] = -Math.Abs(Math.Log(article.WordCounts[i] + 1.0) - Math.Log(options.IdealWords));
            centrality[i] = SparseVector.Cosine(vectors[i], centroid);
        }
        lead = Ranks(lead);
        length = Ranks(length);
        centrality = Ranks(centrality);
        var scores = new double[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            if (article.WordCounts[i] < options.MinWords || vectors[i].Count == 0) { scores[i] = double.NegativeInfinity; continue; }
            scores[i] = options.Position * (n > 1 ? 1 - i / (n - 1.0) : 1)
                + options.Frequency * frequency[i]
                + options.Lead * lead[i]
                + options.Length * length[i]
                + options.Centrality * centrality[i]
                + options.Title * SparseVector.Cosine(vectors[i], title);
        }
        Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]) is var c and not 0 ? c : a.CompareTo(b));

        var words = 0;
        foreach (var i in order)
        {
            if (picked.Count >= maxSentences) break;
            if (double.IsNegativeInfinity(scores[i])) break;
            if (maxWords is { } mw && words + article.WordCounts[i] > mw) continue;
            var redundant = false;
            foreach (var j in picked)
                if (SparseVector.Cosine(vectors[i], vectors[j]) > options.Redundancy) { redundant = true; break; }
            if (redundant) continue;
            picked.Add(i);
            words += article.WordCounts[i];
        }
        if (picked.Count == 0) picked.Add(0);
        picked.Sort();
        return picked;
    }

    /// <summary>Each value replaced by its rank in [0, 1] (0 = smallest); equal values share the lower rank.</summary>
    private static double[] Ranks(double[] values)
    {
        var n = values.Length;
        var ranks = new double[n];
        if (n < 2) { Array.Fill(ranks, 1.0); return ranks; }
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => values[a].CompareTo(values[b]) is var c and not 0 ? c : a.CompareTo(b));
        for (var k = 0; k < n; k++)
        {
            var i = order[k];
            ranks[i] = k > 0 && values[order[k - 1]] == values[i] ? ranks[order[k - 1]] : k / (n - 1.0);
        }
        return ranks;
    }

    /// <summary>SumBasic's signal: the mean article frequency of a sentence's content stems, scaled so the best sentence has 1.</summary>
    private static double[] MeanTermFrequency(ArticleModel article)
    {
        var counts = new int[article.Tokens.StemCount];
        foreach (var words in article.Words)
            foreach (var w in words)
                if (w.Stem >= 0) counts[w.Stem]++;
        var result = new double[article.Words.Length];
        var max = 0.0;
        for (var i = 0; i < result.Length; i++)
        {
            double sum = 0;
            var k = 0;
            foreach (var w in article.Words[i])
                if (w.Stem >= 0) { sum += counts[w.Stem]; k++; }
            result[i] = k > 0 ? sum / k : 0;
            max = Math.Max(max, result[i]);
        }
        if (max > 0) for (var i = 0; i < result.Length; i++) result[i] /= max;
        return result;
    }

    private static SparseVector[] SentenceVectors(ArticleModel article, out SparseVector centroid, out SparseVector title)
    {
        var n = article.Sentences.Count;
        var df = new int[article.Tokens.StemCount];
        var vectors = new SparseVector[n];
        for (var i = 0; i < n; i++)
        {
            vectors[i] = SparseVector.FromTokens(article.Words[i]);
            foreach (var id in vectors[i].Ids) df[id]++;
        }
        var idf = new double[df.Length];
        for (var t = 0; t < df.Length; t++) idf[t] = Math.Log((n + 1.0) / (df[t] + 0.5));
        var sum = new double[df.Length];
        for (var i = 0; i < n; i++)
        {
            vectors[i].Weight(idf);
            vectors[i].AddTo(sum);
        }
        centroid = SparseVector.FromDense(sum);
        title = SparseVector.FromTokens(article.TitleWords);
        title.Weight(idf);
        return vectors;
    }
}

/// <summary>A sorted sparse term vector with its norm, for cosines.</summary>
internal sealed class SparseVector
{
    public int[] Ids { get; }
    public double[] Values { get; }
    public int Count => Ids.Length;
    private double norm = -1;

    private SparseVector(int[] ids, double[] values) { Ids = ids; Values = values; }

    public static SparseVector FromTokens(List<WordToken> tokens)
    {
        var ids = new List<int>(tokens.Count);
        foreach (var t in tokens) if (t.Stem >= 0) ids.Add(t.Stem);
        ids.Sort();
        var distinct = new List<int>(ids.Count);
        var counts = new List<double>(ids.Count);
        foreach (var id in ids)
        {
            if (distinct.Count > 0 && distinct[^1] == id) counts[^1]++;
            else { distinct.Add(id); counts.Add(1); }
        }
        return new SparseVector([.. distinct], [.. counts]);
    }

    public static SparseVector FromDense(double[] dense)
    {
        var ids = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < dense.Length; i++) if (dense[i] != 0) { ids.Add(i); values.Add(dense[i]); }
        return new SparseVector([.. ids], [.. values]);
    }

    public void Weight(double[] idf)
    {
        for (var k = 0; k < Ids.Length; k++) Values[k] = Ids[k] < idf.Length ? Values[k] * idf[Ids[k]] : 0;
        norm = -1;
    }

    public void AddTo(double[] dense)
    {
        for (var k = 0; k < Ids.Length; k++) dense[Ids[k]] += Values[k];
    }

    public double Norm
    {
        get
        {
            if (norm >= 0) return norm;
            var s = 0.0;
            foreach (var v in Values) s += v * v;
            return norm = Math.Sqrt(s);
        }
    }

    public static double Cosine(SparseVector a, SparseVector b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            if (a.Ids[i] == b.Ids[j]) dot += a.Values[i++] * b.Values[j++];
            else if (a.Ids[i] < b.Ids[j]) i++;
            else j++;
        }
        var d = a.Norm * b.Norm;
        return d > 0 ? dot / d : 0;
    }
}
