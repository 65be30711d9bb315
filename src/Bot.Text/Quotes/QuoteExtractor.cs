namespace Bot.Text;

/// <summary>
/// Finds direct quotations and their speakers. Rules:
/// <list type="number">
/// <item>Only quotations («…», “…”, "…", see <see cref="QuoteSpans"/>) of at least <see cref="MinWords"/> words
/// count: a quoted single word is a name or a label («البطل», «المغرب»).</item>
/// <item>Names and titles are not speech: a quotation of any length right after a title word
/// (Resources/quote-title-cues.txt: عن، حول، بعنوان …); of at most <see cref="MaxProductWords"/> words right after an
/// indefinite naming noun (Resources/quote-name-cues.txt: شركة، مجموعة، غسالة …); of at most
/// <see cref="MaxNameWords"/> words right after a word with ال (المركب الترفيهي “…”، مكتب الدراسات «…») unless
/// that word directly follows a verb or source cue (قال الوزير “…”).</item>
/// <item>A quotation needs a reporting cue (<see cref="ReportingCues"/>) outside any quotation: either before it,
/// at most <see cref="MaxGap"/> words away, not across a sentence-internal stop or an earlier quotation
/// (قال بوتين “…”, قال إن “…”, قالت فلانة، المسؤولة عن مجموعة “…”، إنه “…”), or right after it
/// (“…”، قال الوزير / “…” بحسب الوزير). Without one, quoted text is a name, a title or a slogan.</item>
/// <item>Speaker of a cue, in order: for قوله/تأكيده the person before it (للموسى قوله، عن مسؤول تأكيده); the noun
/// phrase after a verb or source cue (قال كيم لبوتين → كيم); the name right before an unprefixed verb
/// (كيم يؤكد، وكان كيم قد شدد); the previous speaker (وأضاف، قائلا); the person named after a role word earlier
/// in the sentence (تعهد الزعيم الكوري الشمالي كيم جونغ أون … وقال إن). A quotation without a speaker is dropped.</item>
/// <item>The previous speaker is also set by a cue with a named speaker and no quotation (وقال بوتين إن … then
/// وأضاف “…”), and by a sentence that opens with a verb and a person (وأقر ناصر هاشم السيد، مدير الإعلام …).</item>
/// <item>The speaker is reported as its best short mention (<see cref="SpeakerNames"/>).</item>
/// <item>Ranking: longer quotations, more often mentioned speakers and earlier sentences first; ties in
/// document order. The same text twice is reported once.</item>
/// </list>
/// </summary>
internal static class QuoteExtractor
{
    public const int MinWords = 2;
    public const int MaxNameWords = 4;
    public const int MaxGap = 16;
    public const int MaxProductWords = 8;

    private static readonly WordList Stops = new("speaker-stops.txt");
    private static readonly WordList NameCues = new("quote-name-cues.txt");
    private static readonly WordList TitleCues = new("quote-title-cues.txt");

    private readonly record struct Token(int Start, int End, string Norm, CueKind? Cue, bool Prefixed);

    private sealed class Sentence(string text)
    {
        public string Text { get; } = text;
        public List<Token> Tokens { get; } = [];
        public List<QuoteSpan> Spans { get; } = [];
        public List<bool> Eligible { get; } = [];
        public bool HasCue { get; set; }
    }

    public static List<Quote> Extract(ArticleModel article)
    {
        var found = new List<(Quote Quote, double Score)>();
        var names = new SpeakerNames(article);
        string? previous = null;
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var n = article.Sentences.Count;
        for (var si = 0; si < n; si++)
        {
            var s = Prepare(article.Sentences[si].Text, article.Tokens);
            if (s is null) continue;
            if (LeadSubject(s, names) is { } lead) previous = lead;
            if (!s.HasCue) continue;
            var nextCue = 0;
            for (var q = 0; q < s.Spans.Count; q++)
            {
                var span = s.Spans[q];
                // Named speakers of the cues before this quotation update the previous speaker.
                for (; nextCue < s.Tokens.Count && s.Tokens[nextCue].End <= span.Open; nextCue++)
                    if (CueSpeaker(s, nextCue, names) is { } named) previous = named;
                if (!s.Eligible[q]) continue;
                var speaker = Attribute(s, q, names, previous, out var hasCue);
                if (!hasCue || speaker is null) continue;
                previous = speaker;
                var text = s.Text[(span.Open + 1)..span.Close].Trim();
                if (!texts.Add(text)) continue;
                var words = ArticleModel.CountWords(text);
                var score = Math.Min(words, 40) / 40.0 + 0.5 * (1 - si / (double)n) + 0.5 * names.Prominence(speaker);
                found.Add((new Quote(speaker, text, si), score));
            }
            for (; nextCue < s.Tokens.Count; nextCue++)
                if (CueSpeaker(s, nextCue, names) is { } named) previous = named;
        }
        var order = Enumerable.Range(0, found.Count).OrderByDescending(i => found[i].Score).ThenBy(i => i);
        var result = new List<Quote>(found.Count);
        foreach (var i in order) result.Add(found[i].Quote);
        return result;
    }

    /// <summary>Tokens, quotation spans and their eligibility; null for a sentence that can hold neither a cue nor a lead subject.</summary>
    private static Sentence? Prepare(string text, WordTokens words)
    {
        if (!MayMatter(text)) return null;
        var s = new Sentence(text);
        QuoteSpans.Find(text, s.Spans);
        var i = 0;
        var anyCue = false;
        while (i < text.Length)
        {
            if (!ArabicLetters.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && ArabicLetters.IsWordChar(text[i])) i++;
            var norm = words.NormalizedString(text.AsSpan(start, i - start));
            var cue = InsideQuote(s.Spans, start) ? null : ReportingCues.Match(norm, out var prefixed) is { } c ? c : (CueKind?)null;
            ReportingCues.Match(norm, out var isPrefixed);
            anyCue |= cue is not null;
            s.Tokens.Add(new Token(start, i, norm, cue, isPrefixed));
        }
        s.HasCue = anyCue;
        foreach (var span in s.Spans) s.Eligible.Add(IsSpeech(s, span));
        return s;
    }

    /// <summary>Cheap pre-check: the sentence opens with و or holds a letter that every cue has (ق ض ك ح ش ع ذ ف ص ت ر).</summary>
    private static bool MayMatter(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsLetter(text[i])) i++;
        if (i < text.Length && text[i] == 'و') return true;
        foreach (var c in text) if (c is 'ق' or 'ض' or 'ك' or 'ح' or 'ش' or 'ع' or 'ذ' or 'ف' or 'ص' or 'ت' or 'ر') return true;
        return false;
    }

    /// <summary>Only a colon, a comma or a dash (and spaces, quote marks) between two positions, and at least one of them.</summary>
    private static bool AfterColonOrComma(string text, int from, int to)
    {
        var any = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is ':' or '،' or ',' or '-' or '–') { any = true; continue; }
            if (char.IsWhiteSpace(c) || QuoteSpans.IsMark(c) || c is '\u200f' or '\u200e') continue;
            return false;
        }
        return any;
    }

    private static bool InsideQuote(List<QuoteSpan> spans, int position)
    {
        foreach (var span in spans) if (span.Open < position && position < span.Close) return true;
        return false;
    }

    private static bool IsSpeech(Sentence s, QuoteSpan span)
    {
        var words = ArticleModel.CountWords(s.Text[(span.Open + 1)..span.Close]);
        if (words < MinWords) return false;
        var before = IndexBefore(s.Tokens, span.Open);
        if (before < 0 || AfterColonOrComma(s.Text, s.Tokens[before].End, span.Open)) return true;
        var w = s.Tokens[before].Norm.AsSpan();
        if (IsNumber(s.Tokens[before].Norm)) return words > MaxNameWords;
        if (w.Length > 2 && w[0] is 'و' or 'ب' or 'ل' or 'ف' && NameCues.Contains(w[1..])) w = w[1..];
        if (TitleCues.Contains(w)) return false;
        if (NameCues.Contains(w)) return words > MaxProductWords;
        if (words > MaxNameWords) return true;
        if (!(NameCues.ContainsWithArticle(w) || (w.StartsWith("ال") && w.Length > 3))) return true;
        // قال الوزير “…”: the ال-word is the speaker right after a cue, so this is speech.
        return before > 0 && s.Tokens[before - 1].Cue is CueKind.Verb or CueKind.Source;
    }

    private static int IndexBefore(List<Token> tokens, int position)
    {
        var last = -1;
        for (var k = 0; k < tokens.Count && tokens[k].End <= position; k++) last = k;
        return last;
    }

    /// <summary>The named speaker of cue token <paramref name="k"/>, if it is a verb or source cue followed by one.</summary>
    private static string? CueSpeaker(Sentence s, int k, SpeakerNames names) =>
        s.Tokens[k].Cue is CueKind.Verb or CueKind.Source ? SpeakerAfter(s, k, names) : null;

    /// <summary>The speaker of quotation <paramref name="q"/>; <paramref name="hasCue"/> tells whether a cue attributes it at all.</summary>
    private static string? Attribute(Sentence s, int q, SpeakerNames names, string? previous, out bool hasCue)
    {
        hasCue = true;
        var span = s.Spans[q];
        var floor = -1;
        for (var p = 0; p < q; p++) if (s.Eligible[p]) floor = s.Spans[p].Close;
        var before = IndexBefore(s.Tokens, span.Open);
        for (var k = before; k >= 0 && before - k <= MaxGap && s.Tokens[k].Start > floor; k--)
        {
            var to = k == before ? span.Open : s.Tokens[k + 1].Start;
            if (HasStop(s.Text, s.Tokens[k].End, to)) break;
            if (s.Tokens[k].Cue is not { } kind) continue;
            if (VerbalNounSpeaker(s, k, names) is { } owner) return owner;
            if (kind != CueKind.Participle && SpeakerAfter(s, k, names) is { } after) return after;
            if (kind == CueKind.Source) break;
            if (kind == CueKind.Verb && !s.Tokens[k].Prefixed && SpeakerBefore(s, k, names) is { } subject) return subject;
            return previous ?? SubjectInSentence(s, k, names);
        }
        // Cue right after the quotation: “…”، قال الوزير / “…” بحسب الوزير.
        var next = before + 1;
        while (next < s.Tokens.Count && s.Tokens[next].Start < span.Close) next++;
        for (var k = next; k < s.Tokens.Count && k <= next + 1; k++)
            if (s.Tokens[k].Cue is CueKind.Verb or CueKind.Source && SpeakerAfter(s, k, names) is { } after)
                return after;
        hasCue = false;
        return null;
    }

    /// <summary>A stop inside a sentence between two positions (a hard-capped run-on keeps its full stops).</summary>
    private static bool HasStop(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
            if (text[i] is '.' or '؛' or ';' or '!' or '?' or '؟') return true;
        return false;
    }

    /// <summary>قوله/تأكيده: the person before it (للموسى قوله → الموسى; عن مسؤول بالوزارة تأكيده → مسؤول بالوزارة).</summary>
    private static string? VerbalNounSpeaker(Sentence s, int k, SpeakerNames names)
    {
        var norm = s.Tokens[k].Norm;
        if (norm is not ("قوله" or "قولها" or "تاكيده" or "تاكيدها")) return null;
        if (k > 0 && s.Tokens[k - 1].Norm is { Length: > 3 } prev && prev[0] == 'ل' && !Stops.Contains(prev))
        {
            var t = s.Tokens[k - 1];
            return prev.StartsWith("لل", StringComparison.Ordinal) ? "ال" + s.Text[(t.Start + 2)..t.End] : s.Text[(t.Start + 1)..t.End];
        }
        for (var j = k - 1; j >= 0 && j >= k - 5; j--)
            if (s.Tokens[j].Norm == "عن" && j + 1 < k)
                return names.ShortMention(s.Text, Phrase(s, j + 1, k - 1));
        return null;
    }

    private static List<(int Start, int End, string Norm)> Phrase(Sentence s, int from, int to) =>
        s.Tokens.GetRange(from, to - from + 1).ConvertAll(t => (t.Start, t.End, t.Norm));

    /// <summary>The short mention of the noun phrase right after cue <paramref name="k"/>, or null.</summary>
    private static string? SpeakerAfter(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var first = k + 1;
        var last = first - 1;
        for (var j = first; j < tokens.Count && j < first + 7; j++)
        {
            if (HasPunctuation(s.Text, tokens[j - 1].End, tokens[j].Start)) break;
            var norm = tokens[j].Norm;
            if (Stops.Contains(norm) || tokens[j].Cue is not null || IsNumber(norm)) break;
            if (j == first && !names.IsNameLike(norm) && !SpeakerNames.IsRole(norm) && !norm.StartsWith("ال", StringComparison.Ordinal)) break;
            if (j > first && norm.Length > 3 && norm[0] == 'ل' && names.IsMentioned(norm.AsSpan(1))) break;
            last = j;
        }
        return last < first ? null : names.ShortMention(s.Text, Phrase(s, first, last));
    }

    /// <summary>The name right before an unprefixed verb cue (كيم يؤكد، وكان كيم قد شدد), or null.</summary>
    private static string? SpeakerBefore(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var j = k - 1;
        while (j >= 0 && tokens[j].Norm is "قد" or "كان" or "وكان" or "كانت" or "وكانت" or "لقد" or "ولقد") j--;
        if (j < 0 || HasPunctuation(s.Text, tokens[j].End, tokens[j + 1].Start)) return null;
        var end = j;
        while (j >= 0 && end - j < 3 && names.IsNameLike(tokens[j].Norm) && !Stops.Contains(tokens[j].Norm)
               && (j == end || !HasPunctuation(s.Text, tokens[j].End, tokens[j + 1].Start)))
            j--;
        return j == end ? null : names.ShortMention(s.Text, Phrase(s, j + 1, end));
    }

    /// <summary>A person introduced by a role word before token <paramref name="k"/> (الزعيم الكوري الشمالي كيم جونغ أون), or null.</summary>
    private static string? SubjectInSentence(Sentence s, int k, SpeakerNames names)
    {
        for (var j = 0; j < k; j++)
        {
            if (!SpeakerNames.IsRole(s.Tokens[j].Norm)) continue;
            var end = RunEnd(s, j, k);
            if (end > j) return names.ShortMention(s.Text, Phrase(s, j, end));
        }
        return null;
    }

    /// <summary>
    /// The person a sentence opens with: a و-prefixed verb (not a cue) and then a role phrase or a name followed by
    /// «، role» (وأقر ناصر هاشم السيد، مدير الإعلام). Null otherwise.
    /// </summary>
    private static string? LeadSubject(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (tokens.Count < 3 || tokens[0].Cue is not null || tokens[0].Norm is not { Length: > 3 } v || v[0] != 'و') return null;
        if (SpeakerNames.IsRole(tokens[1].Norm))
        {
            var end = RunEnd(s, 1, tokens.Count);
            return end > 1 ? names.ShortMention(s.Text, Phrase(s, 1, end)) : null;
        }
        var j = 1;
        while (j < tokens.Count && j < 5 && !SpeakerNames.IsRole(tokens[j].Norm) && !Stops.Contains(tokens[j].Norm)
               && (j == 1 || !HasPunctuation(s.Text, tokens[j - 1].End, tokens[j].Start)))
            j++;
        if (j == 1 || j >= tokens.Count || !SpeakerNames.IsRole(tokens[j].Norm)) return null;
        var comma = s.Text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End);
        return comma.Trim().SequenceEqual("،") || comma.Trim().SequenceEqual(",") ? names.ShortMention(s.Text, Phrase(s, 1, j - 1)) : null;
    }

    /// <summary>The last token of the phrase starting at <paramref name="j"/>: up to 10 tokens, before <paramref name="limit"/>, punctuation or a stop word.</summary>
    private static int RunEnd(Sentence s, int j, int limit)
    {
        var end = j;
        for (var m = j + 1; m < limit && m < j + 10; m++)
        {
            if (HasPunctuation(s.Text, s.Tokens[m - 1].End, s.Tokens[m].Start) || Stops.Contains(s.Tokens[m].Norm)
                || s.Tokens[m].Cue is not null) break;
            end = m;
        }
        return end;
    }

    private static bool HasPunctuation(string text, int from, int to, bool allowQuoteMarks = false)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200f' or '\u200e' || (allowQuoteMarks && QuoteSpans.IsMark(c))) continue;
            return true;
        }
        return false;
    }

    private static bool IsNumber(string norm)
    {
        foreach (var c in norm) if (!char.IsDigit(c)) return false;
        return true;
    }
}
