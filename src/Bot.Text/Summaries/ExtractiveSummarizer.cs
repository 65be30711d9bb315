namespace Bot.Text;

/// <summary>Weights of <see cref="ExtractiveSummarizer"/>; the defaults are the ones measured best on EASC.</summary>
internal sealed record SummarizerOptions(
    double[] Weights,
    double Title = 1.0,
    double Redundancy = 0.5,
    int MinWords = 4,
    int IdealWords = 25)
{
    /// <summary>
    /// Feature weights (see <see cref="ExtractiveSummarizer.Features"/>): position 3, stem frequency 0.25,
    /// similarity with the opening sentence 1, length 0.5. The best point of a 576-point grid over EASC (position,
    /// first sentence, frequency, lead similarity, length, lead-weighted centroid, redundancy); the bench's
    /// <c>rouge --cv</c> reruns that choice under 5-fold and even/odd cross-validation, and the weights it picks
    /// on held-out folds score stemmed R1-F 0.533 / R2-F 0.436 (5-fold, session 44): no better than Lead on unseen articles.
    /// A least-squares fit of all the features, and a logistic model of which sentences people pick, did worse held out.
    /// </summary>
    public static readonly double[] DefaultWeights = [3.0, 0, 0.25, 1.0, 0.5, 0, 0, 0, 0, 0];

    public SummarizerOptions() : this(DefaultWeights) { }
}

/// <summary>
/// Picks whole sentences for a summary. Rules:
/// <list type="number">
/// <item>Each sentence gets a score: a weighted sum of its features (<see cref="Features"/>: lead position, mean
/// article frequency of its stems — SumBasic's signal —, similarity with the opening sentence, closeness to an ideal
/// length; all but position as ranks within the article) plus <see cref="SummarizerOptions.Title"/> × the cosine
/// of its TF-IDF stem vector with the title's (IDF over the article's sentences).</item>
/// <item>Sentences with fewer than <see cref="SummarizerOptions.MinWords"/> words or no content words are
/// not picked, nor a paragraph with no stop at its end of at most <see cref="BareLineMaxWords"/> words (a dateline,
/// a byline, a caption) or that is a publication line (<see cref="DateLines"/>), nor a sentence that repeats the title
/// (<see cref="TitleLine"/>), nor one in another script when the article is in Arabic (<see cref="ForeignSentences"/>).
/// The first sentence that can be picked is the opening sentence.</item>
/// <item>Greedy: best score first; a sentence is skipped when it does not fit the remaining budget or when
/// its cosine with an already picked sentence exceeds <see cref="SummarizerOptions.Redundancy"/>. A sentence that only
/// goes on from the one before it (<see cref="DependentOpenings"/>: «مؤكدا أن …», «الأمر الذي …») waits until the others
/// are chosen, and is then taken, best first, only where the sentence before it was.</item>
/// <item>The result is in document order. The opening sentence is returned alone, even over the word budget, when it
/// is the best sentence that does not fit or when nothing fits: the only cases a summary exceeds
/// <see cref="SummaryBudget.MaxWords"/>.</item>
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

        var eligible = new bool[n];
        var opening = -1;
        var titleLine = TitleLine.Of(article);
        var foreign = ForeignSentences(article);
        for (var i = 0; i < n; i++)
        {
            eligible[i] = article.WordCounts[i] >= options.MinWords && HasContentWord(article.Words[i]) && !IsBareLine(article, i)
                && !(titleLine?.RepeatedBy(article, i) ?? false) && !(foreign?[i] ?? false) && !article.CrossLinkLines[i];
            if (eligible[i] && opening < 0) opening = i;
        }
        var features = Features(article, options, out var vectors, out var title, Math.Max(0, opening));
        var scores = new double[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            if (!eligible[i]) { scores[i] = double.NegativeInfinity; continue; }
            scores[i] = options.Title * SparseVector.Cosine(vectors[i], title);
            for (var f = 0; f < FeatureCount; f++) scores[i] += options.Weights[f] * features[i][f];
        }
        Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]) is var c and not 0 ? c : a.CompareTo(b));

        var words = 0;
        List<int>? continuations = null;
        foreach (var i in order)
        {
            if (picked.Count >= maxSentences) break;
            if (double.IsNegativeInfinity(scores[i])) break;
            if (maxWords is { } mw && words + article.WordCounts[i] > mw)
            {
                // A news article's opening sentence carries the story; when it is the best one and too long, the
                // sentences that fit after it start mid-story («ووفق التقرير، …»). 14% of argen-news at 60 words.
                if (picked.Count == 0 && i == opening) { picked.Add(i); break; }
                continue;
            }
            // A sentence that only goes on from the one before it is taken with that one or not at all: it waits until
            // the rest are chosen.
            if (i > 0 && OpensDependent(article.Sentences[i].Text)) { (continuations ??= []).Add(i); continue; }
            if (Redundant(i)) continue;
            picked.Add(i);
            words += article.WordCounts[i];
        }
        foreach (var i in continuations ?? [])
        {
            if (picked.Count >= maxSentences) break;
            if (!picked.Contains(i - 1) || (maxWords is { } mw && words + article.WordCounts[i] > mw) || Redundant(i)) continue;
            picked.Add(i);
            words += article.WordCounts[i];
        }
        if (picked.Count == 0) picked.Add(Math.Max(0, opening));
        picked.Sort();
        return picked;

        bool Redundant(int i)
        {
            foreach (var j in picked)
                if (SparseVector.Cosine(vectors[i], vectors[j]) > options.Redundancy) return true;
            return false;
        }
    }

    private static bool HasContentWord(List<WordToken> words)
    {
        foreach (var w in words) if (w.Stem >= 0) return true;
        return false;
    }

    /// <summary>
    /// Words that open a sentence only as the tail of the one before it — a relative pronoun, «مما», «الأمر الذي», «وهو ما»:
    /// «الأمر الذي يؤثر في نشاط الشركة …», «مما يؤدى إلى دفع عجلة التنمية …». A participle of saying, whose speaker is left
    /// behind («مضيفا أن هناك تساؤلات …»), is another (<see cref="OpensDependent"/>). Without the sentence before them they
    /// read as a slip (8 of 1,564 argen-news summary sentences; none of EASC's). Normalised; one word, or two.
    /// </summary>
    private static readonly HashSet<string> DependentOpenings = new(
        new[]
        {
            "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "مما",
            "الأمر الذي", "وهو ما", "وهي ما", "وهذا ما", "ما يعني", "وهو الأمر",
        }.Select(ArabicText.Normalize),
        StringComparer.Ordinal);

    /// <summary>Whether a sentence opens with one of <see cref="DependentOpenings"/> or with a participle of saying (<see cref="CueKind.Participle"/>).</summary>
    private static bool OpensDependent(string sentence)
    {
        var rest = sentence.AsSpan().TrimStart(" \t-–—•*\"'«“(");
        var space = rest.IndexOf(' ');
        var first = ArabicText.Normalize((space < 0 ? rest : rest[..space]).ToString());
        if (DependentOpenings.Contains(first) || (ReportingCues.Match(first, out var prefixed) == CueKind.Participle && !prefixed)) return true;
        if (space < 0) return false;
        rest = rest[(space + 1)..].TrimStart(' ');
        space = rest.IndexOf(' ');
        return DependentOpenings.Contains(first + " " + ArabicText.Normalize((space < 0 ? rest : rest[..space]).ToString()));
    }

    /// <summary>Paragraphs this short without a closing stop are not sentences of the story.</summary>
    public const int BareLineMaxWords = 10;

    /// <summary>
    /// A paragraph with no stop at its end that is short (a dateline, byline, caption or page furniture that came with
    /// the text: «مسقط - الشبيبة», «كتب – نعيم يوسف», «زر الذهاب إلى الأعلى») or a publication line of up to
    /// <see cref="DateLines.MaxWords"/> words («آخر تحديث: السبت 30 نوفمبر 2019 - 7:25 م بتوقيت القاهرة»).
    /// </summary>
    private static bool IsBareLine(ArticleModel article, int i)
    {
        if (article.WordCounts[i] > DateLines.MaxWords) return false;
        var sentence = article.Sentences[i];
        if (sentence.IndexInParagraph != 0) return false;
        if (i + 1 < article.Sentences.Count && article.Sentences[i + 1].Paragraph == sentence.Paragraph) return false;
        var text = sentence.Text.AsSpan().TrimEnd().TrimEnd("»”\"')]");
        if (text.Length > 0 && text[^1] is '.' or '!' or '?' or '؟' or '…') return false;
        return article.WordCounts[i] <= BareLineMaxWords || DateLines.IsDateLine(sentence.Text);
    }

    /// <summary>
    /// In an article written mostly in Arabic letters, the sentences written mostly in other letters: a tweet or a
    /// statement quoted in English or French, and page furniture that came with the text («Redirecting to full
    /// article...», «Your email address will not be published.»; 27 summaries of 5,414 web excerpts and 1 of 1,000
    /// argen-news articles held one). Null when the article itself is not mostly Arabic, whose sentences all stay.
    /// </summary>
    private static bool[]? ForeignSentences(ArticleModel article)
    {
        var n = article.Sentences.Count;
        var arabic = new int[n];
        var other = new int[n];
        long arabicTotal = 0, otherTotal = 0;
        for (var i = 0; i < n; i++)
        {
            foreach (var c in article.Sentences[i].Text)
                if (ArabicLetters.IsArabicLetter(c)) arabic[i]++;
                else if (char.IsLetter(c) && c is < '\u0600' or > '\u06FF') other[i]++;
            arabicTotal += arabic[i];
            otherTotal += other[i];
        }
        if (arabicTotal <= otherTotal) return null;
        var foreign = new bool[n];
        for (var i = 0; i < n; i++) foreign[i] = other[i] > arabic[i];
        return foreign;
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

    public const int FeatureCount = 10;

    /// <summary>
    /// Per-sentence features: 0 position (1 first … 0 last), 1 first sentence, 2 rank of mean stem frequency,
    /// 3 rank of similarity with the opening sentence (<paramref name="opening"/>), 4 rank of closeness to the ideal length, 5 rank of centrality,
    /// 6 share of digits, 7 paragraph start, 8 relative position inside its paragraph, 9 rank of similarity with the
    /// lead-weighted centroid (sentence i's TF-IDF vector weighted 1 / (i + 1): what the article keeps talking about,
    /// with its opening counting most). Ranks are in [0, 1].
    /// </summary>
    internal static double[][] Features(ArticleModel article, SummarizerOptions options, out SparseVector[] vectors, out SparseVector title, int opening = 0)
    {
        var n = article.Sentences.Count;
        vectors = SentenceVectors(article, out var centroid, out var leadCentroid, out title);
        var frequency = Ranks(MeanTermFrequency(article));
        var lead = new double[n];
        var length = new double[n];
        var centrality = new double[n];
        var leadCentrality = new double[n];
        for (var i = 0; i < n; i++)
        {
            leadCentrality[i] = SparseVector.Cosine(vectors[i], leadCentroid);
            lead[i] = SparseVector.Cosine(vectors[i], vectors[opening]);
            length[i] = -Math.Abs(Math.Log(article.WordCounts[i] + 1.0) - Math.Log(options.IdealWords));
            centrality[i] = SparseVector.Cosine(vectors[i], centroid);
        }
        lead = Ranks(lead);
        length = Ranks(length);
        centrality = Ranks(centrality);
        leadCentrality = Ranks(leadCentrality);
        var paragraphSize = new Dictionary<int, int>();
        foreach (var s in article.Sentences) paragraphSize[s.Paragraph] = Math.Max(paragraphSize.GetValueOrDefault(s.Paragraph), s.IndexInParagraph + 1);
        var features = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var text = article.Sentences[i].Text;
            var digits = 0;
            foreach (var c in text) if (char.IsDigit(c)) digits++;
            var size = paragraphSize[article.Sentences[i].Paragraph];
            features[i] =
            [
                n > 1 ? 1 - i / (n - 1.0) : 1,
                i == 0 ? 1 : 0,
                frequency[i],
                lead[i],
                length[i],
                centrality[i],
                digits / (double)Math.Max(1, text.Length),
                article.Sentences[i].IndexInParagraph == 0 ? 1 : 0,
                size > 1 ? 1 - article.Sentences[i].IndexInParagraph / (size - 1.0) : 1,
                leadCentrality[i],
            ];
        }
        return features;
    }

    private static SparseVector[] SentenceVectors(ArticleModel article, out SparseVector centroid, out SparseVector leadCentroid, out SparseVector title)
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
        var leadSum = new double[df.Length];
        for (var i = 0; i < n; i++)
        {
            vectors[i].Weight(idf);
            vectors[i].AddTo(sum);
            vectors[i].AddTo(leadSum, 1.0 / (i + 1));
        }
        centroid = SparseVector.FromDense(sum);
        leadCentroid = SparseVector.FromDense(leadSum);
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

    public void AddTo(double[] dense, double scale = 1.0)
    {
        for (var k = 0; k < Ids.Length; k++) dense[Ids[k]] += scale * Values[k];
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
