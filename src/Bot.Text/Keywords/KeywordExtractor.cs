namespace Bot.Text;

/// <summary>
/// Picks a handful of salient terms. Rules:
/// <list type="number">
/// <item>Candidates are content stems (<see cref="WordTokens"/>: no stop words, no reporting verbs, no pure
/// numbers) of at least three letters.</item>
/// <item>Score = frequency in the body (at least 1) × (1 + <see cref="TitleBoost"/> if the stem is in the title) ×
/// (1 + <see cref="LeadBoost"/> / (1 + index of the first sentence using it; 0 for title words)). A stem used once
/// in the body and not in the title is not a keyword.</item>
/// <item>The lead boost was chosen with the <c>keywords</c> benchmark (how many keywords of an article read without
/// its headline are in the headline). Weighting stems by their document frequency in ARGEn and EASC was measured
/// there too, and it lowered the figure, so there is none.</item>
/// <item>At most <see cref="MaxKeywords"/>, best first; ties go to the stem seen first.</item>
/// <item>Each keyword is reported as a surface form of its stem in the body (in the title when the body lacks it):
/// the most frequent one, preferring forms without a و ف ب ل prefix, then the shorter (so «العلاقات» rather than
/// «بالعلاقات»).</item>
/// </list>
/// </summary>
internal static class KeywordExtractor
{
    public const int MaxKeywords = 7;
    public const double TitleBoost = 1.0;
    public const double LeadBoost = 3.0;
    public const int MinLetters = 3;

    public static List<string> Extract(ArticleModel article)
    {
        var count = article.Tokens.StemCount;
        var result = new List<string>();
        if (count == 0) return result;
        var tf = new int[count];
        var first = new int[count];
        var order = new int[count];
        Array.Fill(first, int.MaxValue);
        var seen = 0;
        for (var si = 0; si < article.Words.Length; si++)
            foreach (var w in article.Words[si])
            {
                if (w.Stem < 0 || w.Length < MinLetters) continue;
                if (tf[w.Stem]++ == 0) { first[w.Stem] = si; order[w.Stem] = seen++; }
            }
        var inTitle = new bool[count];
        foreach (var w in article.TitleWords)
        {
            if (w.Stem < 0 || w.Stem >= count || w.Length < MinLetters) continue;
            inTitle[w.Stem] = true;
            if (tf[w.Stem] == 0) { first[w.Stem] = 0; order[w.Stem] = seen++; }
        }

        var scores = new List<(int Stem, double Score)>();
        for (var t = 0; t < count; t++)
        {
            if (!inTitle[t] && tf[t] < 2) continue;
            var score = Math.Max(tf[t], 1) * (1 + (inTitle[t] ? TitleBoost : 0)) * (1 + LeadBoost / (1 + first[t]));
            scores.Add((t, score));
        }
        scores.Sort((a, b) => b.Score.CompareTo(a.Score) is var c and not 0 ? c : order[a.Stem].CompareTo(order[b.Stem]));
        for (var k = 0; k < scores.Count && result.Count < MaxKeywords; k++)
        {
            var surface = Surface(article, scores[k].Stem);
            if (surface.Length > 0 && !result.Contains(surface)) result.Add(surface);
        }
        return result;
    }

    /// <summary>The best surface form of a stem in the body.</summary>
    private static string Surface(ArticleModel article, int stem)
    {
        var forms = new List<(string Form, int Count)>();
        for (var si = 0; si < article.Words.Length; si++)
        {
            var text = article.Sentences[si].Text;
            foreach (var w in article.Words[si])
            {
                if (w.Stem != stem) continue;
                var span = text.AsSpan(w.Start, w.Length);
                var i = 0;
                while (i < forms.Count && !span.SequenceEqual(forms[i].Form)) i++;
                if (i == forms.Count) i = -1;
                if (i >= 0) forms[i] = (forms[i].Form, forms[i].Count + 1);
                else forms.Add((span.ToString(), 1));
            }
        }
        if (forms.Count == 0)
            foreach (var w in article.TitleWords)
                if (w.Stem == stem) return article.Title.Substring(w.Start, w.Length);
        if (forms.Count == 0) return "";
        forms.Sort((a, b) =>
        {
            var c = b.Count.CompareTo(a.Count);
            if (c != 0) return c;
            c = Prefixed(a.Form).CompareTo(Prefixed(b.Form));
            if (c != 0) return c;
            c = a.Form.Length.CompareTo(b.Form.Length);
            return c != 0 ? c : string.CompareOrdinal(a.Form, b.Form);
        });
        // A prefixed form wins only by count; prefer an unprefixed one when it exists at all.
        foreach (var f in forms) if (!Prefixed(f.Form)) return f.Form;
        return forms[0].Form;
    }

    private static bool Prefixed(string form) => form.Length > 3 && form[0] is 'و' or 'ف' or 'ب' or 'ل';
}
