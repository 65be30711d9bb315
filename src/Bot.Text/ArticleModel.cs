namespace Bot.Text;

/// <summary>
/// One article prepared for analysis: its sentences, their words with stem ids, and the title's stems.
/// Built once per <see cref="ArabicTextEngine.Analyze"/> call; not shared between threads.
/// </summary>
internal sealed class ArticleModel
{
    public List<SentenceSpan> Sentences { get; }
    public List<WordToken>[] Words { get; }
    /// <summary>White-space separated word count of each sentence: the unit of <see cref="SummaryBudget.MaxWords"/>.</summary>
    public int[] WordCounts { get; }
    /// <summary>Sentences that link to another story («اقرأ أيضا: …», <see cref="CrossLinks"/>): neither summarised nor quoted from.</summary>
    public bool[] CrossLinkLines { get; }
    public List<WordToken> TitleWords { get; } = [];
    public string Title { get; }
    public WordTokens Tokens { get; }

    public ArticleModel(string? title, string? body)
    {
        Title = title ?? "";
        Tokens = new WordTokens(Math.Min(body?.Length ?? 0, 1 << 20) / 10 + 16);
        Sentences = SentenceSplitter.Split(body);
        Words = new List<WordToken>[Sentences.Count];
        WordCounts = new int[Sentences.Count];
        CrossLinkLines = new bool[Sentences.Count];
        for (var i = 0; i < Sentences.Count; i++)
        {
            Words[i] = new List<WordToken>(Sentences[i].Text.Length / 6 + 4);
            Tokens.Tokenize(Sentences[i].Text, Words[i]);
            WordCounts[i] = CountWords(Sentences[i].Text);
            CrossLinkLines[i] = CrossLinks.IsCrossLink(Sentences[i].Text) || (i > 0 && CrossLinkLines[i - 1] && HeadlineGoesOn(i));
        }
        Tokens.Tokenize(Title, TitleWords);
    }

    /// <summary>
    /// Sentence <paramref name="i"/> is one more headline of the links before it: «إقرأ أيضاً: … مسيرته! "هل تنهي …؟ تريم يوضح
    /// تفاصيل الخلاف …» is split at its stops, and a «وأضاف» after it had taken a headline's subject for its speaker. It is when
    /// it stands in the same paragraph after a headline that ends in ! ? or .. (not a full stop) and opens with no و: the
    /// story goes on with «وجاءت تأكيدات …» after «اقرأ أيضا: … كيف خفضت وزارة البترول مستحقات الشركاء الأجانب؟» — save a short
    /// و-clause closing the paragraph after «..».
    /// </summary>
    private bool HeadlineGoesOn(int i)
    {
        if (Sentences[i].Paragraph != Sentences[i - 1].Paragraph || Words[i].Count == 0) return false;
        var before = Sentences[i - 1].Text.AsSpan().TrimEnd().TrimEnd("\"'»”");
        // (a و-clause goes on only after «..» and as the paragraph's short last words: «طالع أيضًا | فالفيردي …: رأسي كانت
        // ستنفجر.. ونعيش أسوأ أيام حياتنا بسبب الصحافة»)
        if (Sentences[i].Text[Words[i][0].Start] == 'و')
            return before.EndsWith("..") && Words[i].Count <= MaxHeadlineTailWords && (i + 1 == Sentences.Count || Sentences[i + 1].Paragraph != Sentences[i].Paragraph);
        return before.EndsWith("..") || (before.Length > 0 && before[^1] is '!' or '?' or '؟');
    }

    /// <summary>The most words a headline's و-clause after «..» runs (the one seen had six).</summary>
    private const int MaxHeadlineTailWords = 10;

    public static int CountWords(string text) => CountWords(text.AsSpan());

    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }
}
