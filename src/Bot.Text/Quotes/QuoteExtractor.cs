namespace Bot.Text;

/// <summary>
/// Finds direct quotations and their speakers. Rules:
/// <list type="number">
/// <item>A sentence ending with a colon, or a colon and an opening mark, is read with the next one when that one opens the
/// quotation or the mark already has (the splitter caps long sentences at such a colon: قائلا: | «حرص البنك …»).</item>
/// <item>A quotation opened after a colon, or opening its sentence, and not closed in that sentence takes in up to
/// <see cref="MaxQuoteSentences"/> following sentences until its marks balance (a long «يسعدني ويشرفني … البنك. … » cut by the
/// sentence splitter; "نجوت بأعجوبة.. أهلي لا يصدقون …. … مظلما"، بهذه الكلمات وصف); when they never balance the sentence is
/// read alone. Such a quotation keeps the index of the sentence it opens in.</item>
/// <item>Only quotations («…», “…”, "…", see <see cref="QuoteSpans"/>) of at least <see cref="MinWords"/> words
/// count: a quoted single word is a name or a label («البطل», «المغرب»).</item>
/// <item>Names are not speech: a quotation without an Arabic letter («Burton menswear»); a quotation of at most
/// <see cref="MaxNameWords"/> words used as a noun phrase — right after a definite word with ل/ب (للمركب “…”), or
/// directly followed by إن/أن, إلى, a relative pronoun or هي/هو (وتشير “سودان تربيون” إلى أن، نشاط “سماسرة العيد” الذين).</item>
/// <item>Names and titles are not speech: a quotation of any length right after a title word
/// (Resources/quote-title-cues.txt: عن، حول، بعنوان …); of at most <see cref="MaxProductWords"/> words right after an
/// indefinite naming noun (Resources/quote-name-cues.txt: شركة، مجموعة، غسالة …); of at most
/// <see cref="MaxNameWords"/> words right after a word with ال (المركب الترفيهي “…”، مكتب الدراسات «…») unless
/// that word directly follows a verb or source cue (قال الوزير “…”), but a known given name and name words after a
/// title or role are a name even then (أعلن البروفيسور "محمد سحنوني" الباحث); of two words with no clause word in them
/// right after an indefinite noun (تجربة "بحث المحارب").</item>
/// <item>A quotation needs a reporting cue (<see cref="ReportingCues"/>) outside any quotation: either before it,
/// at most <see cref="MaxGap"/> words away (<see cref="MaxThatGap"/> when the quotation opens an أن/إن clause), not
/// across a sentence-internal stop or an earlier quotation
/// (قال بوتين “…”, قال إن “…”, قالت فلانة، المسؤولة عن مجموعة “…”، إنه “…”), or right after it
/// (“…”، قال الوزير / “…” بحسب الوزير), or — after a comma, with no other cue between — the verb cue that opens the
/// sentence, however long the asides (وقال فلان، خلال افتتاحه …، في مركز …، "…"; such a quotation left open runs on over
/// the next sentences, as one after a colon does). Without one, quoted text is a name, a title or a slogan. A cue inside an aside
/// that closes before the quotation (between dashes or in brackets: وأضاف الفالح - حسبما ذكرت قناة (العربية) - أنه “…”)
/// cites a medium and is passed over, as is a source cue naming a medium (بحسب وكالة السودان للأنباء).</item>
/// <item>Speaker of a cue, in order: for قوله/تأكيده the person before it (للموسى قوله، عن مسؤول تأكيده); the noun
/// phrase after a verb or source cue (قال كيم لبوتين → كيم); the name right before an unprefixed verb
/// (كيم يؤكد، وكان كيم قد شدد); the previous speaker (وأضاف، قائلا); the person named after a role word earlier
/// in the sentence (تعهد الزعيم الكوري الشمالي كيم جونغ أون … وقال إن). A quotation without a speaker is dropped.</item>
/// <item>The previous speaker is also set by a verb cue with a named speaker and no quotation (وقال بوتين إن … then
/// وأضاف “…”; a source cue without a quotation names nothing: وفق مقابل مالي), by a sentence that opens with a verb and
/// a person (وأقر ناصر هاشم السيد، مدير الإعلام …), by one that opens with كان and a body (وكانت وزارة الفلاحة …), and,
/// before anyone has spoken, by a و-verb cue with no speaker after it: the role-led subject earlier in its sentence (زار
/// وزير المياه فلان، وقال في تصريح). After إنه/أنها a verb cue's phrase is its object (وقال إنه أكد الأهمية …).</item>
/// <item>A speaker's name may itself be quoted (وأضاف “مهماه” إن …): the marks of a quotation that is not speech do
/// not end the speaker's phrase.</item>
/// <item>The speaker is reported as its best short mention (<see cref="SpeakerNames"/>); an anaphoric mention
/// (Resources/speaker-anaphors.txt: المتحدث، محدثنا، المصدر ذاته) is the previous speaker, and a role alone (الوزيرة)
/// the name the article introduced with that role (<see cref="SpeakerNames.Prefer"/>).</item>
/// <item>A source cue before someone's words names them (حسب توضيحات الوزير → الوزير).</item>
/// <item>“…”، حسب تعبيره / على حد تعبيره: the previous speaker. A quotation in a second أن-clause joined by و to a found
/// one (مؤكدا “…”، وأن المنظمة “…”), or joined by وهو/وهي/وهم («…» وهو «…»), is the same speaker's. A source cue before a
/// person already quoted or introduced (المشروع حسب طواهرية …) makes them the previous speaker; other source cues name
/// nobody (وفق مقابل مالي، حسب قانون المالية).</item>
/// <item>An anaphor followed by a phrase that is not its body (يرى المتحدث من الإيجابيات) is still the previous speaker; a bare
/// role with ال that the article never gave a name of (وقال الأستاذ، وأوضح المحاضر) is the person being quoted.</item>
/// <item>After a verb of describing, a phrase that is no person or role is what is described (ووصف السد بأنه “…”): it names
/// nobody, and a longer quotation there is the previous speaker's.</item>
/// <item>A quotation of at most <see cref="MaxNameWords"/> words after a verb of describing whose speaker is no person
/// or role is a label, not speech (وصف المشروع بأنه “قانون حرب“).</item>
/// <item>A bare statement (وحسب البيان “…”، وقال البيان “…”) is whoever issued the statement the same or the previous
/// sentence mentions (وذكر المجمع في بيان له → المجمع); without one it stays unresolved and is never printed.</item>
/// <item>A phrase opening with a role is read to its end (colon, quotation, إن/أن): the person is the name right after the
/// role, else the name closing the phrase, else the role with its qualifiers (<see cref="SpeakerAfter"/>). A speaker that
/// cannot be printed — a word of the quotation, ب/ل/ك + a word, a bare title or indefinite role — drops the quotation
/// (<see cref="Plausible"/>).</item>
/// <item>A quotation opened after a colon or an إن/أن (also with a reversed ”) runs on over the next sentences until it
/// closes. A quotation after a colon, or inside an إن/أن clause opened within reach, may be <see cref="MaxThatGap"/> words
/// from its cue.</item>
/// <item>After a preposition (ل، ب، إلى، مع …) a quotation of more than <see cref="MaxNameWords"/> words, and after a plain
/// ال-word one of three or more, is speech when it has a clause's joints — a free preposition, pronoun or negation, or a
/// comma (رفضه لـ "التدخلات الخارجية في الأمور العربية"، الروايات "غير صحيحة على الإطلاق"); without them it names
/// something.</item>
/// <item>The full stop of a one-letter title (د. اشتيه) is no stop, and the title is skipped before the name.</item>
/// <item>After a role, a place qualifies it (محافظ بغداد), a name set off by commas is the person (محافظ بغداد، محمد العطا،),
/// and a word the article uses once, in construct with an ال-word, is the verb's object (دعا وزير الاتصال أصحاب الصحف).</item>
/// <item>A short quotation right before a colon and the statement it introduces names a medium (تابعته "بغداد اليوم": "…").</item>
/// <item>A person is printed by the name word that closes the article's mentions of them (وأكد الكاروري), then by the
/// most mentioned; a given name that recurs inside other full names (محمد) is not it.</item>
/// <item>Ranking (<see cref="Rank"/>): a quotation contained in another one of the article is dropped (the same text
/// twice, or a fragment of a full statement); then longer statements first, up to <see cref="FullStatementWords"/>
/// words, then earlier sentences and more mentioned speakers; ties in document order.</item>
/// </list>
/// </summary>
internal static class QuoteExtractor
{
    public const int MinWords = 2;
    public const int MaxNameWords = 4;
    public const int MaxGap = 16;
    public const int MaxThatGap = 32;
    public const int MaxProductWords = 8;
    public const int FullStatementWords = 12;

    private static readonly WordList Stops = new("speaker-stops.txt");
    internal static readonly WordList NameCues = new("quote-name-cues.txt");
    private static readonly WordList TitleCues = new("quote-title-cues.txt");
    private static readonly WordList Anaphors = new("speaker-anaphors.txt");

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
        var scored = ExtractScored(article);
        var kept = new List<Quote>(scored.Count);
        foreach (var (quote, confidence) in scored)
            if (confidence >= QuoteConfidence.Threshold) kept.Add(quote);
        return kept;
    }

    /// <summary>Every quotation found, ranked, with its <see cref="QuoteConfidence"/> score; <see cref="Extract"/> keeps those at the threshold or above.</summary>
    internal static List<(Quote Quote, double Confidence)> ExtractScored(ArticleModel article)
    {
        var found = new List<(Quote Quote, string Norm, int Words, double Confidence)>();
        var names = new SpeakerNames(article);
        string? previous = null;
        // Everyone named as a speaker or a sentence's subject so far (normalised).
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        // Who issued the statement last mentioned (وذكر المجمع في بيان له), and in which sentence: a bare البيان is them.
        string? issuer = null;
        var issuerSentence = -1;
        // The last sentence a quotation was found in: a sentence that is nothing but a quotation right after it goes on.
        var lastQuoted = -2;
        // The last sentence whose reporting cue named its speaker (وأفاد مدير الأرصاد … في تصريحات صحفية عن …).
        var lastNamed = -2;
        var n = article.Sentences.Count;
        for (var si = 0; si < n; si++)
        {
            // «اقرأ أيضا: …»: another story's headline; none of its words or names belong to this one.
            if (article.CrossLinkLines[si]) continue;
            // A quotation left open runs on into the next sentences (the splitter cuts inside long statements): read them as one.
            var sentenceText = Marked(article.Sentences[si].Text);
            var first = si;
            // قائلا: | «…»: a sentence cut at the colon that introduces a quotation (the splitter caps long sentences there).
            if (EndsWithColon(sentenceText, out var markAfter) && si + 1 < n && (markAfter || StartsWithMark(Marked(article.Sentences[si + 1].Text))))
                sentenceText = sentenceText + " " + Marked(article.Sentences[++si].Text);
            var (joined, joinedText) = (si, sentenceText);
            // (…but not into a paragraph that opens a new reporting clause, وأضاف أن “…: the earlier quotation was left open —
            // unless a mark comes first: " وأضاف closes the quotation, “تابعت الجمعية … opens its words)
            // (…and a quotation that opens the sentence, its cue after it: "نجوت بأعجوبة.. أهلي لا يصدقون …"، بهذه الكلمات وصف)
            if (OpensAfterColon(sentenceText) || StartsWithMark(sentenceText))
                while (Unclosed(sentenceText) && si + 1 < n && si - first < MaxQuoteSentences && !NewReport(article.Sentences[si + 1].Text))
                    sentenceText = sentenceText + " " + Marked(article.Sentences[++si].Text);
            if (Unclosed(sentenceText) && si > joined) (si, sentenceText) = (joined, joinedText);
            var s = Prepare(sentenceText, article.Tokens);
            if (s is null) continue;
            if (LeadSubject(s, names) is { } lead) previous = lead;
            else if (previous is null && OpeningSubject(s, names) is { } opener) previous = opener;
            if (previous is not null) speakers.Add(ArabicText.Normalize(previous));
            if (!s.HasCue)
            {
                // (أصدرت وزارة الصحة بيانا: a statement's issuer, for the «وجاء في البيان» after it)
                if (MentionsStatement(s) && IssuerHere(s, previous, names) is { } issuedHere) (issuer, issuerSentence) = (issuedHere, si);
                // وقال الوزير: “…”. | “…”.: a statement quoted over several paragraphs, the later ones without a cue.
                // (…or right after a sentence whose cue named the speaker and reported the words without marks)
                // (…or a sentence opening with «and that» before a quotation, right after a quoted one: وأن "…" goes on with its
                // clause)
                if (previous is not null && (lastQuoted == first - 1 || lastNamed == first - 1) && (WholeQuotation(s) ?? ThatThenQuotation(s, lastQuoted == first - 1)) is { } whole
                    && Plausible(previous, s, whole, previous, names) is { } carried)
                {
                    var carriedText = s.Text[(whole.Open + 1)..whole.Close].Trim();
                    var carriedWords = ArticleModel.CountWords(carriedText);
                    var carriedCue = new CueFound(CueKind.Participle, 0, After: false, FromPrevious: true);
                    var carriedEvidence = Evidence(s, whole, carriedCue, carried, names, carriedWords, carriedText);
                    found.Add((new Quote(carried, carriedText, first), ArabicText.Normalize(carriedText), carriedWords, QuoteConfidence.Score(carriedEvidence)));
                    lastQuoted = si;
                }
                continue;
            }
            var nextCue = 0;
            // Where the last quotation found in this sentence closes: a second أن-clause after it carries on its cue.
            var lastFound = -1;
            for (var q = 0; q < s.Spans.Count; q++)
            {
                var span = s.Spans[q];
                // Named speakers of the cues before this quotation update the previous speaker.
                for (; nextCue < s.Tokens.Count && s.Tokens[nextCue].End <= span.Open; nextCue++)
                    if (!Reported(s, nextCue) && CueSpeaker(s, nextCue, names, speakers, previous) is { } named && Names(named, names)) speakers.Add(ArabicText.Normalize(previous = Resolve(named, previous, names)));
                if (MentionsStatement(s) && IssuerHere(s, previous, names) is { } issuedBy) (issuer, issuerSentence) = (issuedBy, si);
                if (!s.Eligible[q]) continue;
                var speaker = Attribute(s, q, names, previous, out var hasCue, out var cue);
                // مؤكدا “أهمية …”، وأن الأمم المتحدة “عازمة …”: the second clause is still the same speaker's.
                if (!hasCue && lastFound >= 0 && previous is not null && CoordinatedThat(s, lastFound, span.Open) is var distance and >= 0)
                    (speaker, hasCue, cue) = (previous, true, new CueFound(CueKind.Participle, distance, After: false, FromPrevious: true));
                // وأن "…" right after a quoted sentence, with a cue only later in this one: as in a sentence with none (above).
                else if (!hasCue && q == 0 && previous is not null && ThatThenQuotation(s, lastQuoted == first - 1) == span)
                    (speaker, hasCue, cue) = (previous, true, new CueFound(CueKind.Participle, 0, After: false, FromPrevious: true));
                // لوقف ما وصفته ب”…” after a quotation of this sentence: «what it described as» is the same speaker's.
                else if (!hasCue && lastFound >= 0 && previous is not null && IndexBefore(s.Tokens, span.Open) is var db and >= 0 && DescribedAs(s, db))
                    (speaker, hasCue, cue) = (previous, true, new CueFound(CueKind.Participle, 0, After: false, FromPrevious: true));
                if (!hasCue || speaker is null) continue;
                // واصفة إياه بـ"مشروع ثقافي بكل ما تعنيه الكلمة": what something is called after بـ is a label, whoever calls it so
                // (21 on the dev pages, none counted); بأنه “…” brings in a clause and stays speech.
                if (LabelAfterDescribing(s, span)) continue;
                // وصف المشروع بأنه “قانون حرب“: a short quotation after a verb of describing, with no person or role as its
                // speaker (the phrase after وصف is then what is described), is a label; وصف شيخ الأزهر … بأنها “…” is his.
                if (!cue.After && IndexBefore(s.Tokens, span.Open) - cue.Distance is var ck && ck >= 0 && Describes(s.Tokens[ck].Norm)
                    && !PersonOrRole(speaker, names))
                {
                    if (ArticleModel.CountWords(s.Text[(span.Open + 1)..span.Close]) <= MaxNameWords) continue;
                    // ووصف السد بأنه “عدواني ولا يستهدف …”: a longer description is speech, of the person already speaking.
                    if (s.Tokens[ck].Prefixed && previous is not null) (speaker, cue) = (previous, cue with { FromPrevious = true });
                }
                // (وقال البيان الذي أصدرته الرئاسة المصرية "…": the issuer this sentence names first)
                if (BareStatement(speaker) && IssuerHere(s, null, names) is { } issuedHere)
                    speaker = issuedHere;
                else if (BareStatement(speaker) && issuer is not null && first - issuerSentence <= 1)
                {
                    speaker = issuer;
                    cue = cue with { FromPrevious = true };
                }
                var resolved = Resolve(speaker, previous, names);
                if (resolved != speaker && previous is not null && resolved == previous) cue = cue with { FromPrevious = true };
                // وقالت: “…” after أعلن الرئيس حسني مبارك: a woman's verb does not carry on a man's words.
                if (cue.FromPrevious && !cue.After && IndexBefore(s.Tokens, span.Open) - cue.Distance is var fk and >= 0
                    && s.Tokens[fk].Cue == CueKind.Verb && FemininePast(s.Tokens[fk].Norm) && names.IntroducedAsMan(resolved))
                    continue;
                if (Plausible(resolved, s, span, previous, names) is not { } checkedSpeaker) continue;
                speaker = checkedSpeaker;
                previous = speaker;
                speakers.Add(ArabicText.Normalize(speaker));
                lastFound = span.Close;
                var text = s.Text[(span.Open + 1)..span.Close].Trim();
                var words = ArticleModel.CountWords(text);
                // عقب خروج "نسور قرطاج" … عقب تعادل "نسور قرطاج": a few words the article sets in marks again elsewhere are a
                // name or a label it keeps using, not words said once.
                if (words <= MaxNameWords && MarkedElsewhere(article, text, first, si)) continue;
                var evidence = Evidence(s, span, cue, speaker, names, words, text);
                found.Add((new Quote(speaker, text, first), ArabicText.Normalize(text), words, QuoteConfidence.Score(evidence)));
                lastQuoted = si;
            }
            for (; nextCue < s.Tokens.Count; nextCue++)
                // (…also one the article calls by an adjective of origin: قالت الفلسطينية البالغة من العمر 17 عاما)
                if (!Reported(s, nextCue) && CueSpeaker(s, nextCue, names, speakers, previous) is { } named
                    && Resolve(named, previous, names) is var called && (Names(named, names) || (called != named && Names(called, names))))
                {
                    speakers.Add(ArabicText.Normalize(previous = called));
                    lastNamed = si;
                }
            if (MentionsStatement(s) && IssuerHere(s, previous, names) is { } by) (issuer, issuerSentence) = (by, si);
        }
        return Rank(found, n, names);
    }

    /// <summary>
    /// True when a sentence outside <paramref name="first"/>…<paramref name="last"/> holds <paramref name="text"/> between marks
    /// with no verb of saying among the three words before it (قال الوزير “لن نتراجع عن القرار” twice is said twice).
    /// </summary>
    private static bool MarkedElsewhere(ArticleModel article, string text, int first, int last)
    {
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            if (i >= first && i <= last) continue;
            var other = article.Sentences[i].Text;
            for (var at = other.IndexOf(text, StringComparison.Ordinal); at >= 0; at = other.IndexOf(text, at + 1, StringComparison.Ordinal))
                if (at > 0 && QuoteSpans.IsMark(other[at - 1]) && at + text.Length < other.Length && QuoteSpans.IsMark(other[at + text.Length])
                    && !CueJustBefore(other, at - 1))
                    return true;
        }
        return false;
    }

    /// <summary>A reporting cue among the three words before position <paramref name="i"/>.</summary>
    private static bool CueJustBefore(string text, int i)
    {
        for (var w = 0; w < 3; w++)
        {
            while (i > 0 && !ArabicLetters.IsWordChar(text[i - 1])) i--;
            var end = i;
            while (i > 0 && ArabicLetters.IsWordChar(text[i - 1])) i--;
            if (end == i) return false;
            if (ReportingCues.Match(ArabicText.Normalize(text[i..end]), out _) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// قال: ''الحمد لله …'': two apostrophes typed for a quotation mark read as one straight mark and a space, so that
    /// positions in the sentence stay as they are.
    /// </summary>
    private static string Marked(string text)
    {
        if (text.Contains("''", StringComparison.Ordinal)) text = text.Replace("''", "\" ", StringComparison.Ordinal);
        if (text.AsSpan().Count('؛') >= 2) text = SemicolonAsides(text);
        return text.AsSpan().IndexOfAny('\'', '‘') >= 0 ? SingleMarks(text) : text;
    }

    /// <summary>
    /// وقال محافظ نينوى نوفل العاكوب؛ في تصريح صحفي؛ ان “…”: two semicolons around a short aside (five words at most) are
    /// typed for commas, and read as commas, position for position.
    /// </summary>
    private static string SemicolonAsides(string text)
    {
        char[]? chars = null;
        for (var i = text.IndexOf('؛'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('؛', i + 1))
        {
            var next = text.IndexOf('؛', i + 1);
            if (next < 0) break;
            var aside = text.AsSpan(i + 1, next - i - 1);
            if (aside.Trim().IsEmpty || aside.Trim().Count(' ') > 4 || aside.IndexOfAny(".!?؟:،,\n") >= 0) continue;
            chars ??= text.ToCharArray();
            chars[i] = chars[next] = '،';
            i = next;
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// وقال 'إذا توفرت الإرادة السياسية …'، ‘…’: single marks around Arabic words are quotation marks too; they read as
    /// straight double marks (' → ") or curly ones (‘ → “, ’ → ”), position for position. An opening mark goes before an
    /// Arabic letter, a closing one after a word or a stop and before no letter: an apostrophe in Latin words (O'Neill)
    /// stays.
    /// </summary>
    private static string SingleMarks(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\'' or '‘') || !OpensArabic(text, i)) continue;
            var closer = text[i] == '‘' ? '’' : '\'';
            var close = text.IndexOf(closer, i + 2);
            if (close < 0 || !ClosesArabic(text, close) || text.AsSpan(i + 1, close - i - 1).IndexOfAny('\n', '\'') >= 0) continue;
            chars ??= text.ToCharArray();
            (chars[i], chars[close]) = closer == '’' ? ('“', '”') : ('"', '"');
            i = close;
        }
        return chars is null ? text : new string(chars);

        static bool OpensArabic(string t, int i) =>
            (i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] is ':' or '(' or '،' or ',') && i + 1 < t.Length && ArabicLetters.IsArabicLetter(t[i + 1]);

        // (…حفظهما الله-': any mark but a space before it, no letter after it)
        static bool ClosesArabic(string t, int i) =>
            !char.IsWhiteSpace(t[i - 1]) && (i + 1 >= t.Length || char.IsWhiteSpace(t[i + 1]) || char.IsPunctuation(t[i + 1]));
    }

    /// <summary>The sentence's only quotation, when nothing but spaces, dashes and stops stand outside it; else null.</summary>
    private static QuoteSpan? WholeQuotation(Sentence s)
    {
        if (s.Spans.Count != 1 || !s.Eligible[0]) return null;
        var span = s.Spans[0];
        foreach (var c in s.Text.AsSpan(0, span.Open))
            if (!char.IsWhiteSpace(c) && c is not ('-' or '–' or '—')) return null;
        foreach (var c in s.Text.AsSpan(span.Close + 1))
            if (!char.IsWhiteSpace(c) && c is not ('.' or '!' or '؟' or '?' or '…')) return null;
        return span;
    }

    /// <summary>
    /// وأن "…": the sentence's first quotation when only «and that» stands before it, and the sentence before was quoted
    /// (<paramref name="afterQuoted"/>); else null.
    /// </summary>
    private static QuoteSpan? ThatThenQuotation(Sentence s, bool afterQuoted)
    {
        if (!afterQuoted || s.Spans.Count == 0 || !s.Eligible[0] || s.Tokens.Count == 0 || s.Tokens[0].Norm is not ("وان" or "وبان")) return null;
        var span = s.Spans[0];
        return s.Tokens[0].End <= span.Open && s.Text.AsSpan(0, s.Tokens[0].Start).IsWhiteSpace()
            && s.Text.AsSpan(s.Tokens[0].End, span.Open - s.Tokens[0].End).IsWhiteSpace() ? span : null;
    }

    /// <summary>The sentence ends with a colon, or with a colon and an opening mark (وتابع الربيعة:”).</summary>
    private static bool EndsWithColon(string text, out bool markAfter)
    {
        var t = text.AsSpan().TrimEnd();
        markAfter = t.Length > 1 && t[^1] is '«' or '“' or '”' or '"';
        if (markAfter) t = t[..^1].TrimEnd();
        return t.Length > 0 && t[^1] == ':';
    }

    private static bool StartsWithMark(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.Length > 0 && t[0] is '«' or '“' or '”' or '"';
    }

    /// <summary>A person, a role, or one name word (بوتفليقة), as opposed to a thing described (السد، المشروع).</summary>
    private static bool PersonOrRole(string speaker, SpeakerNames names)
    {
        if (QuoteConfidence.Classify(names.Prefer(speaker), names) is SpeakerKind.Person or SpeakerKind.Role) return true;
        var norm = ArabicText.Normalize(speaker).Trim();
        return norm.IndexOf(' ') < 0 && names.IsNameLike(norm);
    }

    /// <summary>
    /// An إن/أن among the <see cref="MaxThatGap"/> words up to <paramref name="before"/>, with no stop after it (asides inside
    /// the clause may be long: أن التمويل، الذي وافق عليه المجلس، للمشروع …، سيسمح «…»).
    /// </summary>
    private static bool ThatClauseBefore(Sentence s, int before)
    {
        for (var k = before; k >= 0 && before - k < MaxThatGap; k--)
        {
            if (HasStop(s.Text, s.Tokens[k].End, s.Tokens[before].End)) return false;
            if (IsThatWord(s.Tokens[k].Norm)) return true;
        }
        return false;
    }

    /// <summary>
    /// A guarded cue (<see cref="Guarded"/>) or an ambiguous present form (<see cref="AmbiguousPresent"/>) at
    /// <paramref name="k"/> where <see cref="GuardedCueHolds"/> does not: no cue here.
    /// </summary>
    private static bool HeldBack(Sentence s, int k, SpeakerNames names) =>
        (Guarded(s.Tokens[k].Norm) || AmbiguousPresent(s.Tokens[k].Norm)) && !GuardedCueHolds(s, k, names);

    /// <summary>زاد، اختتم، بيّن (with or without و): cues only when <see cref="GuardedCueHolds"/>.</summary>
    private static bool Guarded(string norm)
    {
        // «وزاد» itself stays a plain cue: opening a sentence it is «and he added» (وزاد العدوة: «…»), and guarding it lost
        // that quotation on the dev pages; «وزادت» and a bare «زاد» mid-sentence are mostly «increased».
        var w = norm.Length > 4 && norm[0] == 'و' ? norm[1..] : norm;
        return w is "زاد" or "زادت" or "اختتم" or "اختتمت" or "بين" or "بينت" or "وبين";
    }

    /// <summary>The guarded cue at <paramref name="k"/> is right before a colon, or (not بيّن) before a person, a role or a body.</summary>
    private static bool GuardedCueHolds(Sentence s, int k, SpeakerNames names)
    {
        var after = s.Text.AsSpan(s.Tokens[k].End).TrimStart();
        if (after.Length > 0 && after[0] == ':') return true;
        // وبين، ان “…”: a comma and أن right after it open what was said, as a colon does.
        if (after.Length > 0 && after[0] is '،' or ',' && k + 1 < s.Tokens.Count && IsThatWord(s.Tokens[k + 1].Norm)
            && CommaBetween(s, s.Tokens[k].End, s.Tokens[k + 1].Start)) return true;
        // بيّن only before a colon, or a name and أن (بين الاعرجي أنه "…"): before a name or a body and و it is «between»
        // (بين الجيش السوداني و…).
        if (s.Tokens[k].Norm is "بين" or "بينت" or "وبين" or "وبينت")
        {
            for (var j = k + 2; j < s.Tokens.Count && j <= k + 4; j++)
            {
                if (!Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start)) return false;
                // (a name: a name word, or an ال-word the article repeats that is no role nor body)
                if (IsThatWord(s.Tokens[j].Norm))
                    return IsNamePart(s, k + 1, names) || (Definite(s.Tokens[k + 1].Norm) && names.Mentions(s.Tokens[k + 1].Norm) >= 2
                        && !SpeakerNames.IsRole(s.Tokens[k + 1].Norm) && !SpeakerNames.IsOrganisation(s.Tokens[k + 1].Norm));
                if (s.Tokens[j].Norm is ['و', ..] || !(IsNamePart(s, j, names) || Definite(s.Tokens[j].Norm))) return false;
            }
            return false;
        }
        if (SpeakerAfter(s, k, names) is not { } speaker) return false;
        var preferred = names.Prefer(speaker);
        return QuoteConfidence.Classify(preferred, names) switch
        {
            SpeakerKind.Role or SpeakerKind.Organisation => true,
            // زادت أسعار …: one word mentioned twice is no person yet; two name words or a family name are.
            SpeakerKind.Person => preferred.Trim().Contains(' ') || names.IsFamilyName(ArabicText.Normalize(preferred).Trim()),
            _ => false,
        };
    }

    /// <summary>يتابع، تعتبر، تشير، تكشف، تفيد (with or without و): present forms that are more often not speech.</summary>
    private static bool AmbiguousPresent(string norm)
    {
        var w = norm.Length > 4 && norm[0] == 'و' ? norm[1..] : norm;
        return w is "يتابع" or "تتابع" or "يعتبر" or "تعتبر" or "يشير" or "تشير" or "يكشف" or "تكشف" or "يفيد" or "تفيد"
            // (ويذكر أن …: «it is worth recalling»; رسالة تذكر العالم: «reminds»)
            or "يذكر" or "تذكر"
            // (أو يتوقع سقوط صواريخ: «is expected»)
            or "يتوقع" or "تتوقع";
    }

    /// <summary>
    /// أما الأرجنتيني هكتور كوبر مدرب سوريا، فوصف المواجهة …: after «أما», the phrase up to the comma is the subject of the
    /// ف-verb that follows it; the word after the verb is its object.
    /// </summary>
    private static string? TopicSubject(Sentence s, int k, SpeakerNames names)
    {
        if (k < 2 || k > 10 || s.Tokens[0].Norm != "اما" || s.Tokens[k].Norm[0] != 'ف' || !CommaBetween(s, s.Tokens[k - 1].End, s.Tokens[k].Start)
            // (أما في شأن قوافل العودة، فأجاب مكاري: a preposition opens what it is about, not who)
            || StopWords.Contains(s.Tokens[1].Norm) || Stops.Contains(s.Tokens[1].Norm))
            return null;
        for (var m = 2; m < k; m++)
            if (!Joined(s, s.Tokens[m - 1].End, s.Tokens[m].Start)) return null;
        return names.ShortMention(s.Text, Phrase(s, 1, k - 1));
    }

    /// <summary>A name of at most three words in marks right after <paramref name="from"/>, then a comma (تضيف “المساء”،).</summary>
    private static bool QuotedNameThenComma(string text, int from)
    {
        var rest = text.AsSpan(from).TrimStart();
        if (rest.IsEmpty || rest[0] is not ('“' or '«' or '"' or '”')) return false;
        var close = rest[1..].IndexOfAny("”»\"“");
        if (close < 0 || rest[1..(close + 1)].Count(' ') > 2) return false;
        var after = rest[(close + 2)..].TrimStart();
        return !after.IsEmpty && after[0] is '،' or ',';
    }

    /// <summary>A source cue right after a comma (…، بحسب بيان للدائرة الإعلامية).</summary>
    private static bool SetOffSource(Sentence s, int k) =>
        s.Tokens[k].Cue == CueKind.Source && k > 0 && s.Text.AsSpan(s.Tokens[k - 1].End, s.Tokens[k].Start - s.Tokens[k - 1].End).Contains('،');

    /// <summary>A verb cue among the tokens from <paramref name="from"/> up to <paramref name="k"/>, with no stop between.</summary>
    private static bool VerbCueBefore(Sentence s, int k, int from)
    {
        for (var m = k - 1; m >= 0 && m >= from; m--)
        {
            if (HasStop(s.Text, s.Tokens[m].End, s.Tokens[k].Start)) return false;
            if (s.Tokens[m].Cue == CueKind.Verb) return true;
        }
        return false;
    }

    /// <summary>
    /// واكد دماج خلال لقاءه بوكيلي محافظة تعز … الدكتور أحمد باطايع “ان الجهود الثقافية مستمرة …”: a quotation that opens with
    /// إن/أن inside its marks is the cue's that-clause, as far away as one outside them may be.
    /// </summary>
    private static bool OpensWithThat(Sentence s, QuoteSpan span)
    {
        var first = IndexBefore(s.Tokens, span.Open) + 1;
        return first < s.Tokens.Count && s.Tokens[first].Start < span.Close && IsThatWord(s.Tokens[first].Norm);
    }

    /// <summary>
    /// A quotation opened right after بـ behind a verb of describing and its object pronoun (واصفة إياه بـ"…", وصفها بـ"…") —
    /// but not «what he described as» past a label's length (<see cref="DescribedAsInWords"/>).
    /// </summary>
    private static bool LabelAfterDescribing(Sentence s, QuoteSpan span)
    {
        var open = span.Open;
        var b = IndexBefore(s.Tokens, open);
        if (b < 1 || s.Tokens[b].Norm != "ب") return false;
        if (DescribedAsInWords(s, b, ArticleModel.CountWords(s.Text[(span.Open + 1)..span.Close]))) return false;
        var gap = s.Text.AsSpan(s.Tokens[b].End, open - s.Tokens[b].End).Trim();
        if (!gap.IsEmpty && gap is not "ـ") return false;
        var d = b - 1;
        if (d >= 1 && s.Tokens[d].Norm is "اياه" or "اياها" or "اياهم" or "اياهما") d--;
        return Describes(s.Tokens[d].Norm);
    }

    /// <summary>How someone said it, ب and a noun: بوضوح، بحزم، بصراحة، بغضب …</summary>
    private static bool MannerWord(string norm) =>
        norm is "بوضوح" or "بحسم" or "بحزم" or "بثقه" or "بصراحه" or "بحماس" or "بغضب" or "بتاثر" or "بفخر" or "بسخريه" or "بتواضع"
            or "بحزن" or "بانفعال" or "بهدوء" or "بمراره" or "بحسره" or "بتفاؤل" or "بصوت";

    /// <summary>«Attributed (it) to» (عزا، عزت، يعزو، تعزو; with و/ف): what is attributed, not who, may follow it.</summary>
    private static bool Attributes(string norm) =>
        (norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm[1..] : norm) is "عزا" or "عزت" or "يعزو" or "تعزو";

    /// <summary>A verb of describing or judging (وصف، يصف، واصفا، اعتبر), with or without و.</summary>
    private static bool Describes(string norm)
    {
        var w = norm.Length > 3 && norm[0] == 'و' && norm[1] != 'ا' ? norm[1..] : norm;
        return w.StartsWith("وصف", StringComparison.Ordinal) || w.StartsWith("يصف", StringComparison.Ordinal)
            || w.StartsWith("تصف", StringComparison.Ordinal) || w.StartsWith("واصف", StringComparison.Ordinal)
            // اعتبر التهمة “ملفقة”: considered — what follows may be what is judged
            || w is "اعتبر" or "اعتبرت";
    }

    /// <summary>More «…» openings than closings, or an odd number of curly marks: a quotation runs past the sentence.</summary>
    private static bool Unclosed(string text)
    {
        int open = 0, close = 0, curly = 0, straight = 0;
        foreach (var c in text)
        {
            if (c == '«') open++;
            else if (c == '»') close++;
            else if (c is '“' or '”') curly++;
            else if (c == '"') straight++;
        }
        return open > close || curly % 2 == 1 || straight % 2 == 1;
    }

    /// <summary>The sentence ends inside a quotation introduced by a colon (قال: «يسعدني …، وتابع: " بدأنا …): a statement that goes on.</summary>
    private static bool OpensAfterColon(string text)
    {
        var open = text.LastIndexOfAny(['«', '“']);
        if (open >= 0 && text.IndexOfAny(text[open] == '«' ? ['»'] : ['”'], open + 1) < 0 && Introduces(text, open)) return true;
        // قال:” المعسكر رائع … — a reversed opening mark, the last of an odd number of curly ones.
        var reversed = text.LastIndexOf('”');
        if (reversed >= 0 && text.AsSpan().Count('”') + text.AsSpan().Count('“') is var curly && curly % 2 == 1 && Introduces(text, reversed)) return true;
        // وتابع: " بدأنا … — an odd straight mark, the last one after a colon.
        var straight = text.LastIndexOf('"');
        return straight >= 0 && text.AsSpan().Count('"') % 2 == 1 && Introduces(text, straight);
    }

    /// <summary>
    /// A colon or an إن/أن clause's opening word right before the mark at <paramref name="i"/> (قال: “…، ويؤكد فلان بأن “…),
    /// or a comma in a sentence that opens with a verb cue (وقال فلان، خلال افتتاحه …، "…).
    /// </summary>
    private static bool Introduces(string text, int i)
    {
        if (QuoteSpans.AfterColon(text, i) || (CommaBefore(text, i) && OpensWithVerbCue(text))) return true;
        // وأكد جمال بلماضي في خلال ندوة صحفية ”الهدرة …: the first mark of a sentence that opens with a verb cue, with no
        // punctuation before it.
        if (OpensWithVerbCue(text) && Unpunctuated(text, i)) return true;
        var k = QuoteSpans.LastBefore(text, i);
        var end = k + 1;
        while (k >= 0 && ArabicLetters.IsWordChar(text[k])) k--;
        if (end <= k + 1) return false;
        // (…or a verb of saying right before it: وقال «نحن ممتنون … قسراً. هناك رجال …»، وأوضح ” شكرًا يا علي معلول.. هتوحشنا”)
        var word = ArabicText.Normalize(text[(k + 1)..end]);
        return IsThatWord(word) || Said(word) || ReportingCues.Match(word, out _) == CueKind.Verb;
    }

    /// <summary>How many following sentences an open quotation may take in.</summary>
    public const int MaxQuoteSentences = 4;

    /// <summary>A statement named only as such (البيان، بيان مشترك): it says nothing about who speaks. A statement with its
    /// issuer (بيان لرئاسة الجمهورية) has already been printed as the issuer (<see cref="SpeakerNames.ShortMention"/>).</summary>
    private static bool BareStatement(string speaker)
    {
        var norm = ArabicText.Normalize(speaker).Trim();
        var space = norm.IndexOf(' ');
        return SpeakerNames.IsStatement(space < 0 ? norm : norm[..space]);
    }

    /// <summary>
    /// Who issued the statement a sentence mentions: the body it names with it (وفق بيان المجلس، في بيان لوزارة الصحة), as
    /// the article introduced that body; else the speaker so far (وقال الوزير في بيان له), unless that is a bare statement.
    /// </summary>
    private static string? IssuerHere(Sentence s, string? previous, SpeakerNames names)
    {
        for (var i = 0; i + 1 < s.Tokens.Count; i++)
            if (SpeakerNames.NamesStatement(s.Tokens[i].Norm) && !InsideQuote(s.Spans, s.Tokens[i].Start)
                && SpeakerNames.Issuer(s.Text, Phrase(s, i, Math.Min(s.Tokens.Count - 1, i + 6))) is { } named)
                return names.Prefer(named);
        // أصدرت وزارة الصحة بيانا، نشرت الوزارة بيانا: a body right after the opening verb issued it.
        if (s.Tokens.Count > 3 && s.Tokens[0].Cue is null && SpeakerNames.IsOrganisation(s.Tokens[1].Norm) && Joined(s, s.Tokens[0].End, s.Tokens[1].Start)
            && !InsideQuote(s.Spans, s.Tokens[1].Start) && BodyName(s, 1, names) is { } body)
            return body;
        return previous is not null && !BareStatement(previous) ? previous : null;
    }

    /// <summary>
    /// The body word at <paramref name="at"/> and up to three ال-words after it (not a time word: وزارة الصحة العراقية، اليوم),
    /// as the article introduced the body (<see cref="SpeakerNames.Prefer"/>); null for a bare indefinite body word (وزارة).
    /// </summary>
    private static string? BodyName(Sentence s, int at, SpeakerNames names)
    {
        var end = at;
        while (end + 1 < s.Tokens.Count && end < at + 3 && Definite(s.Tokens[end + 1].Norm) && !SpeakerNames.TimeWord(s.Tokens[end + 1].Norm)
               && Joined(s, s.Tokens[end].End, s.Tokens[end + 1].Start)) end++;
        return end > at || Definite(s.Tokens[at].Norm) ? names.Prefer(s.Text[s.Tokens[at].Start..s.Tokens[end].End]) : null;
    }

    /// <summary>The sentence mentions a statement (في بيان له، في بيانها، بيانا).</summary>
    private static bool MentionsStatement(Sentence s)
    {
        foreach (var t in s.Tokens)
        {
            var w = t.Norm.StartsWith("ال", StringComparison.Ordinal) ? t.Norm[2..] : t.Norm;
            if (w.StartsWith("بيان", StringComparison.Ordinal) && w.Length <= 6) return true;
        }
        return false;
    }

    /// <summary>The cue that attributed a quotation: its kind, its distance in words, whether it follows the quotation, and
    /// whether the speaker was carried over from earlier.</summary>
    private readonly record struct CueFound(CueKind Kind, int Distance, bool After, bool FromPrevious);

    private static QuoteEvidence Evidence(Sentence s, QuoteSpan span, CueFound cue, string speaker, SpeakerNames names, int words, string text)
    {
        var before = IndexBefore(s.Tokens, span.Open);
        var introduced = false;
        var continues = false;
        var adjacent = false;
        if (before >= 0)
        {
            var gap = s.Text.AsSpan(s.Tokens[before].End, span.Open - s.Tokens[before].End);
            introduced = gap.Contains(':') || (IsThatWord(s.Tokens[before].Norm) && !HasPunctuation(s.Text, s.Tokens[before].End, span.Open, allowQuoteMarks: true))
                || (before > 0 && s.Tokens[before - 1].Norm == "في" && StatementNoun(s.Tokens[before].Norm) && gap.Trim().IsEmpty)
                || StatementAsideBefore(s, before, gap);
            // (…also a second one joined by و: مشيرًا إلى أن "…"، وأن "…")
            continues = !HasPunctuation(s.Text, s.Tokens[before].End, span.Open, allowQuoteMarks: true)
                && (IsThatWord(s.Tokens[before].Norm) || AndThat(s.Tokens[before].Norm)
                    || (s.Tokens[before].Cue is null && VerbForm(s.Tokens[before].Norm))
                    // (ما وصفه ب”…”: «what he described as» is completed by the words)
                    || DescribedAs(s, before));
            // وقالت فرعون إن أسباب … أهمها “…”: an إن/أن clause opened between the cue and the quotation.
            if (!continues && !cue.After && cue.Distance > 0)
                for (var m = before; m > before - cue.Distance && m >= 0 && !continues; m--)
                    continues = IsThatWord(s.Tokens[m].Norm);
            var last = speaker.AsSpan().TrimEnd();
            var space = last.LastIndexOf(' ');
            adjacent = !cue.After && !cue.FromPrevious && gap.Trim().Trim(':').Trim().IsEmpty
                && ArabicText.Normalize(space >= 0 ? last[(space + 1)..].ToString() : last.ToString()) == s.Tokens[before].Norm;
        }
        return new QuoteEvidence(cue.Kind, cue.Distance, cue.After, introduced, cue.FromPrevious,
            QuoteConfidence.Classify(speaker, names), adjacent, continues, words, text);
    }

    /// <summary>
    /// وأكدت وزارة الخارجية، في بيان لها اليوم، “…”: an aside of في and a statement noun, up to three words after it, set off
    /// by a comma right before the quotation, introduces it as the statement's words.
    /// </summary>
    private static bool StatementAsideBefore(Sentence s, int before, ReadOnlySpan<char> gap)
    {
        if (gap.Trim().ToString() is not ("،" or ",")) return false;
        for (var m = before; m >= 1 && before - m <= 3; m--)
        {
            if (m < before && HasPunctuation(s.Text, s.Tokens[m].End, s.Tokens[m + 1].Start)) return false;
            if (s.Tokens[m - 1].Norm == "في" && StatementNoun(s.Tokens[m].Norm) && Joined(s, s.Tokens[m - 1].End, s.Tokens[m].Start))
                return m < 2 || CommaBetween(s, s.Tokens[m - 2].End, s.Tokens[m - 1].Start);
        }
        return false;
    }

    /// <summary>A statement, with or without its pronoun (في بيانها “…”، في تصريحه “…”): the quotation is what it says.</summary>
    private static bool StatementNoun(string norm)
    {
        foreach (var stem in StatementNouns)
            if (norm.StartsWith(stem, StringComparison.Ordinal) && norm.Length <= stem.Length + 2) return true;
        return false;
    }

    /// <summary>A news medium (وكالة، صحيفة، قناة، موقع …), also with ال.</summary>
    internal static bool Medium(string norm) =>
        (norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm) is "وكاله" or "صحيفه" or "جريده" or "قناه" or "فضائيه" or "موقع" or "اذاعه" or "مجله" or "تلفزيون"
            or "وسائل";

    /// <summary>ل and a medium (لوسائل، لوكالة، للتلفزيون): whom the words were said to.</summary>
    private static bool ToMedium(string norm) =>
        norm.Length > 3 && (norm.StartsWith("لل", StringComparison.Ordinal) ? Medium(norm[2..]) : norm[0] == 'ل' && Medium(norm[1..]));

    /// <summary>Someone's words, after a source cue (حسب تصريحات، وفق توضيحات، بحسب رواية).</summary>
    private static bool SourceWordsNoun(string norm) =>
        norm is "تصريحات" or "تصريح" or "توضيحات" or "تعبير" or "قول" or "كلام" or "روايه" or "تقديرات" or "تاكيدات";

    private static readonly string[] StatementNouns = ["بيان", "بلاغ", "اجتماع", "تصريح", "كلمت", "حديث", "مقابل", "تغريد", "منشور", "رسال", "لقاء", "حوار", "مؤتمر", "خطاب"];

    /// <summary>
    /// وأكد رفض القوات المسلحة أي وجود، شدد على أهمية، أكد ضرورة، أعلن اعتزامه: a verbal noun of stance right after a verb
    /// of saying is what is said, never who says it (normalised).
    /// </summary>
    internal static bool StanceNoun(string norm) =>
        norm is "رفض" or "اهميه" or "ضروره" or "استعداد" or "حرص" or "التزام" or "تمسك" or "استمرار" or "عزم" or "دعم" or "ترحيب"
            or "تضامن" or "ادانه" or "تاييد" or "قلق" or "امل" or "ثقه" or "حاجه" or "تاكيد"
            // what is announced or confirmed: the return, the readiness, the start (واكد عودة اللاعبين)
            or "عوده" or "جاهزيه" or "بدء" or "انطلاق" or "اقتراب" or "نجاح" or "وجود" or "عدم"
            // (أكد رغبة الحكومة، يؤكد عظمة …، أكد صحة الأنباء)
            or "رغبه" or "عظمه" or "صحه" or "اهتمام"
        // …also with his or her pronoun (وأعلن اعتزامه، وأكد رفضه)
        // (four letters too: أوضح رفضه، أعلن عودته)
        || (norm.Length >= 4 && WithoutPronoun(norm)
            is "رفض" or "اعتزام" or "استعداد" or "حرص" or "التزام" or "تمسك" or "عزم" or "دعم" or "ترحيب" or "تضامن" or "تاييد" or "قلق" or "امل" or "ثقت" or "نيت"
            or "عودت" or "رغبت" or "اهتمام");

    /// <summary>A word without its his/her pronoun (حديثه → حديث، كلمتها → كلمت); null when it has none.</summary>
    private static string? WithoutPronoun(string norm) =>
        norm.EndsWith("ها", StringComparison.Ordinal) ? norm[..^2] : norm.EndsWith('ه') ? norm[..^1] : null;

    /// <summary>
    /// A statement noun with a pronoun (حديثه، كلمتها، تصريحاته) or an expression of thanks or greeting (شكره، تحياته):
    /// someone's own words, never a speaker.
    /// </summary>
    private static bool OwnWords(string norm)
    {
        var w = WithoutPronoun(norm);
        if (w is null) return false;
        if (w.EndsWith("ات", StringComparison.Ordinal)) w = w[..^2];
        return w is "حديث" or "كلمت" or "تصريح" or "كلام" or "بيان" or "تغريد" or "رسالت"
            // (وختمت منشورها بالقول، في تدوينته، خلال مداخلته)
            or "منشور" or "تدوينت" or "خطاب" or "مداخلت"
            // …and what one expresses or conveys (ووجّه النجم السوري شكره لكل الفنانين، نقل تحياته، قدم تعازيه)
            or "شكر" or "تحي" or "تعازي" or "تهاني" or "تهنئت" or "تقدير" or "امتنان" or "اعتزاز";
    }

    /// <summary>A naming noun with a his/her/their pronoun, behind و ب ل ف at most (ببرنامجه، روايتها، كتابهم).</summary>
    private static bool NamingNounWithPronoun(string norm)
    {
        if (norm.Length > 4 && norm[0] is 'و' or 'ب' or 'ل' or 'ف' && !NameCues.Contains(norm)) norm = norm[1..];
        var bare = norm.EndsWith("هم", StringComparison.Ordinal) ? norm[..^2] : WithoutPronoun(norm);
        if (bare is null || bare.Length < 3) return false;
        // (روايته → رواية: the ta marbuta is written ت before a pronoun)
        if (bare[^1] == 'ت') bare = bare[..^1] + "ه";
        // (not a preposition's pronoun, عليه، إليه; nor one's own words, كلمته «…»، عبارته «…», which are speech)
        return NameCues.Contains(bare) && !StopWords.Contains(norm) && !StopWords.Contains(bare) && bare is not ("علي" or "الي" or "عبر" or "كلمه" or "عباره");
    }

    /// <summary>A present or future verb form (تمنح، ستحقق، يظهر، نبذل), by its prefix; no ال-word.</summary>
    private static bool VerbForm(string norm) =>
        norm.Length >= 4 && !Definite(norm)
        && (norm[0] is 'ي' or 'ت' or 'ن' || (norm.Length >= 5 && norm[0] == 'س' && norm[1] is 'ي' or 'ت' or 'ن'));

    /// <summary>
    /// Drops a quotation whose normalised text is contained in another one (the same text twice, or a fragment the
    /// article repeats inside a full statement), then orders the rest: longer statements first (up to
    /// <see cref="FullStatementWords"/> words they count as full), then earlier sentences and more mentioned speakers.
    /// </summary>
    private static List<(Quote Quote, double Confidence)> Rank(List<(Quote Quote, string Norm, int Words, double Confidence)> found, int sentences, SpeakerNames names)
    {
        var kept = new List<(Quote Quote, double Score, int Order, double Confidence)>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var contained = false;
            for (var j = 0; j < found.Count && !contained; j++)
                contained = j != i && found[j].Norm.Length >= found[i].Norm.Length && found[j].Norm.Contains(found[i].Norm, StringComparison.Ordinal)
                    && (found[j].Norm.Length > found[i].Norm.Length || j < i);
            if (contained) continue;
            var q = found[i].Quote;
            if (names.WithFamilyName(q.Speaker) is var full && !ReferenceEquals(full, q.Speaker)) q = q with { Speaker = full };
            var length = Math.Min(found[i].Words, FullStatementWords) / (double)FullStatementWords;
            var score = length + 0.25 * (1 - q.SentenceIndex / (double)Math.Max(1, sentences)) + 0.15 * names.Prominence(q.Speaker);
            kept.Add((q, score, i, found[i].Confidence));
        }
        kept.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Order.CompareTo(b.Order));
        return kept.ConvertAll(k => (k.Quote, k.Confidence));
    }

    /// <summary>An anaphoric mention (المتحدث، محدثنا) is the previous speaker; a role alone is the name introduced with it.</summary>
    private static string Resolve(string speaker, string? previous, SpeakerNames names)
    {
        var norm = ArabicText.Normalize(speaker);
        if (IsAnaphor(norm)) return previous ?? speaker;
        var preferred = names.Prefer(speaker);
        // وقال الأستاذ / وأوضح المحاضر after «أكد البروفسور سمير فلازي»: a bare role the article never gave a name of is an
        // epithet of the person being quoted.
        if (preferred == speaker && previous is not null && norm.StartsWith("ال", StringComparison.Ordinal) && norm.IndexOf(' ') < 0
            && SpeakerNames.IsRole(norm) && QuoteConfidence.Classify(previous, names) is SpeakerKind.Person or SpeakerKind.Named)
            return previous;
        return preferred;
    }

    private static bool BodyWord(string norm) =>
        SpeakerNames.IsBodyWord(norm) || (norm.StartsWith("ال", StringComparison.Ordinal) && SpeakerNames.IsOrganisation(norm[2..]));

    /// <summary>
    /// An anaphoric mention, also followed by a phrase that is not its body (يرى المتحدث من الإيجابيات → المتحدث), but not a
    /// role placed in a body (المتحدث باسم الوزارة، مصدر من المنظمة).
    /// </summary>
    private static bool IsAnaphor(string norm)
    {
        if (Anaphors.Contains(norm)) return true;
        var parts = norm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(2, parts.Length - 1); n >= 1; n--)
        {
            if (!Anaphors.Contains(string.Join(' ', parts, 0, n))) continue;
            var rest = parts[n];
            return rest is not "باسم" && !(rest is "من" or "في" or "لدي" && n + 1 < parts.Length && BodyWord(parts[n + 1]));
        }
        return false;
    }

    /// <summary>
    /// The speaker as printed (without quote marks inside it), or null when it cannot be one — better no quotation than a wrong speaker: a word the
    /// quotation itself holds (unless already the previous speaker); a single word made of ب/ل/ك and a word the
    /// article uses alone (بمشروع); a bare role without ال or a bare title (مدير، رئيس، الدكتور). A و/ف before a role
    /// word is dropped (ورئيس اللجنة → رئيس اللجنة).
    /// </summary>
    private static string? Plausible(string speaker, Sentence s, QuoteSpan span, string? previous, SpeakerNames names)
    {
        var parts = ArabicText.Normalize(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        var head = parts[0];
        if (head.Length > 3 && head[0] is 'و' or 'ف' && SpeakerNames.IsRole(head[1..]))
        {
            speaker = speaker.TrimStart()[1..];
            parts[0] = head = head[1..];
        }
        if (speaker != previous && s.Text.AsSpan(span.Open, span.Close - span.Open).Contains(speaker.AsSpan(), StringComparison.Ordinal))
            return null;
        // رئيس حزب «الإنصاف» الحاكم، مدرب "النسور: marks that set off a name inside the speaker's phrase are not printed (one
        // of a pair may fall outside it).
        if (speaker.AsSpan().IndexOfAny("«»“”\"") >= 0)
            speaker = string.Join(' ', speaker.Split(['«', '»', '“', '”', '"', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (parts.Length == 1)
        {
            // (…but a word read like ل and a function word may be a family name: وقال خوسيه لانا، لانا «for me»)
            if ((PrepositionalWord(head, names) && !names.AfterGivenName(head)) || NoNameWord(speaker.Trim(), head, names)) return null;
            // (…unless the article gave the word as a family name: خالد نجم، … وقال نجم)
            if (SpeakerNames.IsRole(head) && (!head.StartsWith("ال", StringComparison.Ordinal) || Titles.Contains(head[2..])))
                return names.FullNameOfFamilyName(head);
        }
        return speaker;
    }

    /// <summary>
    /// One word the article never repeats that cannot be a name by its form: an adverb with tanween (أحياناً، مخطئاً), a noun
    /// with a pronoun (عودته، برنامجه، مصادره), a plural in ات (إجراءات), و and a noun of stance (وأهمية), a statement
    /// (رسالة، تصريح), or ب/ل/ك and a noun the article also has with ال (بجامعة … الجامعة). These come from misread phrases,
    /// and a quotation printed under them names nobody.
    /// </summary>
    private static bool NoNameWord(string raw, string norm, SpeakerNames names)
    {
        if (names.Mentions(norm) >= 2 || raw.Length < 4) return false;
        if (norm.StartsWith("ال", StringComparison.Ordinal)) return false;
        // دور وأهمية الثقافة: و and a noun of stance; ووجه … رسالة: a statement is nobody
        if (norm.Length > 4 && norm[0] == 'و' && StanceNoun(norm[1..])) return true;
        if (StatementNoun(norm)) return true;
        if (raw[^1] is '\u064B' or '\u064C' or '\u064D' || raw.EndsWith("اً", StringComparison.Ordinal)) return true;
        // (not يه or اه, which end names: برجييه، ديدييه، سيبويه، مهماه)
        // (…nor a given name typed with ه for ة: فاطمه)
        if (raw.Length >= 5 && raw[^1] == 'ه' && raw[^2] is not ('ي' or 'ا') && !norm.EndsWith("الله", StringComparison.Ordinal) && !SpeakerNames.IsFirstName(norm))
            return true;
        if (norm.Length >= 5 && norm.EndsWith("ات", StringComparison.Ordinal)) return true;
        return norm.Length > 4 && norm[0] is 'ب' or 'ل' or 'ك' && names.IsMentioned(("ال" + norm[1..]).AsSpan());
    }

    /// <summary>
    /// A cue's one-word subject that names nobody (<see cref="NoNameWord"/>): it does not become the speaker the next «وأضاف»
    /// carries on (تؤكد دور وأهمية الثقافة … وأضاف، "…").
    /// </summary>
    private static bool NoName(string speaker, SpeakerNames names) =>
        speaker.Trim() is var t && !t.Contains(' ') && NoNameWord(t, ArabicText.Normalize(t), names);

    /// <summary>
    /// A cue's subject the next bare «وأضاف» may carry on: not a word that names nobody (<see cref="NoName"/>), nor a phrase
    /// of common words (الصحة العراقية تعلن الموقف الوبائي: the headline's object after its verb).
    /// </summary>
    private static bool Names(string speaker, SpeakerNames names) =>
        !NoName(speaker, names) && QuoteConfidence.Classify(speaker, names) != SpeakerKind.Other;

    /// <summary>Titles that precede a name and never stand for the person alone.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        ArabicText.Normalize("دكتور"), ArabicText.Normalize("دكتورة"), ArabicText.Normalize("مهندس"), ArabicText.Normalize("مهندسة"),
    };

    /// <summary>Tokens, quotation spans and their eligibility; null for a sentence that can hold neither a cue nor a lead subject.</summary>
    private static Sentence? Prepare(string text, WordTokens words)
    {
        if (!MayMatter(text)) return null;
        var spans = new List<QuoteSpan>();
        QuoteSpans.Find(text, spans);
        var s = new Sentence(WithoutAbbreviationStops(text, spans));
        s.Spans.AddRange(spans);
        var i = 0;
        while (i < text.Length)
        {
            if (!ArabicLetters.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && ArabicLetters.IsWordChar(text[i])) i++;
            var norm = words.NormalizedString(text.AsSpan(start, i - start));
            var kind = ReportingCues.Match(norm, out var prefixed);
            s.Tokens.Add(new Token(start, i, norm, InsideQuote(s.Spans, start) ? null : kind, prefixed));
        }
        for (var k = 0; k < s.Tokens.Count; k++)
            if (s.Tokens[k].Cue is not null && NoCueHere(s, k)) s.Tokens[k] = s.Tokens[k] with { Cue = null };
            else if (InStatement(s, k) || InThisStatement(s, k) || PostedOnPage(s, k) || ClosedHisWords(s, k))
                s.Tokens[k] = s.Tokens[k] with { Cue = CueKind.Verb, Prefixed = s.Tokens[k].Norm[0] == 'و' };
        var anyCue = s.Tokens.Exists(t => t.Cue is not null);
        for (var k = 0; !anyCue && k < s.Tokens.Count; k++) anyCue = InHisWordsAt(s.Tokens, k);
        s.HasCue = anyCue;
        foreach (var span in s.Spans) s.Eligible.Add(IsSpeech(s, span));
        return s;
    }

    /// <summary>
    /// واختتم المدرب … في حديثه عن هذا الأمر "…": «concluded» his talk, statement or speech reports its last words (alone,
    /// اختتم closes an event far more often: القمة التي اختتمت أمس).
    /// </summary>
    private static bool ClosedHisWords(Sentence s, int k)
    {
        if (s.Tokens[k].Cue is not null || s.Tokens[k].Norm is not ("اختتم" or "واختتم" or "اختتمت" or "واختتمت" or "ختم" or "وختم" or "ختمت" or "وختمت")
            || InsideQuote(s.Spans, s.Tokens[k].Start)) return false;
        for (var m = k + 1; m < s.Tokens.Count && m <= k + 16; m++)
        {
            if (HasStop(s.Text, s.Tokens[m - 1].End, s.Tokens[m].Start) || InsideQuote(s.Spans, s.Tokens[m].Start)) return false;
            if (OwnWords(s.Tokens[m].Norm)) return true;
        }
        return false;
    }

    /// <summary>
    /// ونشرت سما المصري عبر صفحتها الرسمية: “…”: «published» on someone's page or account, with the words after the colon that
    /// closes the clause, reports them like «wrote» (elsewhere نشر takes an object: نشرت الوزارة بيانا، صورة).
    /// </summary>
    private static bool PostedOnPage(Sentence s, int k)
    {
        if (s.Tokens[k].Cue is not null || s.Tokens[k].Norm is not ("نشر" or "نشرت" or "ونشر" or "ونشرت") || InsideQuote(s.Spans, s.Tokens[k].Start)) return false;
        var page = false;
        for (var m = k + 1; m < s.Tokens.Count && m <= k + 16; m++)
        {
            if (s.Tokens[m].Cue is not null || HasStop(s.Text, s.Tokens[m - 1].End, s.Tokens[m].Start)) return false;
            var norm = s.Tokens[m].Norm;
            page |= s.Tokens[m - 1].Norm is "عبر" or "علي" or "في" && (norm.StartsWith("صفحت", StringComparison.Ordinal) || norm.StartsWith("حساب", StringComparison.Ordinal));
            var end = m + 1 < s.Tokens.Count ? s.Tokens[m + 1].Start : s.Text.Length;
            var colon = s.Text.IndexOf(':', s.Tokens[m].End, end - s.Tokens[m].End);
            if (colon < 0) continue;
            if (!page) return false;
            var open = colon + 1;
            while (open < s.Text.Length && char.IsWhiteSpace(s.Text[open])) open++;
            return s.Spans.Exists(q => q.Open == open);
        }
        return false;
    }

    /// <summary>
    /// The text with the full stop of a one-letter abbreviation outside quotations blanked (وقال د. اشتيه، م. علي، د.مديحة), so that
    /// the title neither ends the speaker's phrase nor stands between a cue and its quotation. Same length, so positions hold.
    /// </summary>
    private static string WithoutAbbreviationStops(string text, List<QuoteSpan> spans)
    {
        char[]? copy = null;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] != '.' || !ArabicLetters.IsWordChar(text[i - 1]) || (i >= 2 && ArabicLetters.IsWordChar(text[i - 2]))
                || !(char.IsWhiteSpace(text[i + 1]) || GluedName(text, i)) || InsideQuote(spans, i)) continue;
            copy ??= text.ToCharArray();
            copy[i] = ' ';
        }
        return copy is null ? text : new string(copy);
    }

    /// <summary>د.مديحة: an Arabic name glued to the title's stop (not the next letter of an abbreviation: أ.ف.ب).</summary>
    private static bool GluedName(string text, int stop) =>
        text[stop + 1] is >= '\u0621' and <= '\u064A' && (stop + 2 >= text.Length || text[stop + 2] != '.')
        && text[stop - 1] is >= '\u0621' and <= '\u064A';

    /// <summary>Only spaces and one comma between two positions.</summary>
    private static bool CommaBetween(Sentence s, int from, int to)
    {
        var gap = s.Text.AsSpan(from, to - from).Trim();
        return gap is "،" or ",";
    }

    /// <summary>A one-letter word that is no prefix written apart (لـ، و): an abbreviated title, its stop blanked (د، م).</summary>
    private static bool AbbreviatedTitle(string norm) => norm.Length == 1 && norm[0] is not ('ل' or 'ب' or 'و' or 'ف' or 'ك');

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
        var inner = s.Text.AsSpan(span.Open + 1, span.Close - span.Open - 1);
        var words = ArticleModel.CountWords(inner.ToString());
        if (words < MinWords || !HasArabicLetter(inner) || LetterWords(inner) < MinWords) return false;
        // «لذلك اتفقنا …، وقال الفكي إن … رشحتها «قوى …»: a « paired with the next « (a typo for ») that swallows a new
        // reporting clause joins two quotations whose closing marks are missing; it is neither.
        if (s.Text[span.Close] == '«')
            foreach (var t in s.Tokens)
                if (t.Start > span.Open && t.End < span.Close && ReportingCues.Match(t.Norm, out var prefixed) == CueKind.Verb && prefixed)
                    return false;
        var before = IndexBefore(s.Tokens, span.Open);
        if (words <= MaxNameWords && IsNounPhrase(s, span, before)) return false;
        // لدى محلات «Burton menswear» و«دبنهامز» و«دوروثي بيركينز»: short quotations joined by و or a comma are a list of names.
        if (words <= MaxNameWords && InMarkedList(s, span)) return false;
        // وهما "خور دبي" و"دبي هيلز استيت": a short quotation listed after a name in marks is one more name.
        if (words <= MaxNameWords && s.Spans.IndexOf(span) is var at and > 0 && at - 1 < s.Eligible.Count && !s.Eligible[at - 1]
            && Listed(s, s.Spans[at - 1], span))
            return false;
        // "الشيخ محمد بن زايد آل نهيان": a title and name words only, a person's name set off in marks.
        if (words <= 8 && TitledName(inner)) return false;
        // تأسيس “مجلة نزوى”: a short quotation that opens with an indefinite naming noun is the name of what it names.
        // (not a preposition, also in the list: «على الغيرة المحضة»)
        // (four words too with no clause in them: “لجنة اهالي المخطوفين والمفقودين”)
        if ((words <= 3 || (words <= MaxNameWords && !ClauseJoints(inner)))
            && ArabicText.Normalize(FirstWord(inner)) is var first && first.Length > 2 && NameCues.Contains(first) && !StopWords.Contains(first))
            return false;
        // تابعته "بغداد اليوم": "…": a short quotation right before a colon and the statement it introduces names the medium.
        if (words <= MaxNameWords && BeforeColonAndQuotation(s.Text, span.Close)) return false;
        // في تصريح للوكالة الرسمية، تابعته “النعيم نيوز”: a short quotation right after «followed/carried/reported it» is the medium.
        // (also behind و: للصحيفة الرسمية وتابعته “النعيم نيوز”)
        if (words <= MaxNameWords && before >= 0
            && (s.Tokens[before].Norm is ['و', _, _, _, ..] wa ? wa[1..] : s.Tokens[before].Norm) is "تابعته" or "تابعتها" or "تابعها" or "نقلته" or "نقلتها" or "نقلها" or "اورده" or "اوردته" or "اوردها"
                // بيان للوزارة تلقت “المعالي نيوز” نسخة منه: the medium that received it
                or "تلقت" or "تلقي" or "تلقته" or "تلقتها" or "اطلعت" or "اطلع" or "اطلعتها" or "اطلعته")
            return false;
        // تعاقد مع 6 لاعبين هم "نزار الرشدان، و رزق بني هنكاني، …": after «they are», the marks list the people counted.
        if (before >= 0 && s.Tokens[before].Norm is "هم" or "وهم" && s.Text.AsSpan(s.Tokens[before].End, span.Open - s.Tokens[before].End).Trim().Trim(':').IsEmpty)
            return false;
        // حسبما ذكرت «سكاي نيوز عربية»، بحسب «سكاي نيوز عربية»: a short quotation right after «as … reported» or a source
        // cue is the medium's name.
        // (whatever its words look like: «نيوز» reads as a we-verb)
        if (words <= MaxNameWords && before >= 0
            && (s.Tokens[before].Cue == CueKind.Source
                || (s.Tokens[before].Cue == CueKind.Verb && before > 0 && s.Tokens[before - 1].Norm is "حسبما" or "كما" or "ما" or "وفقما")))
            return false;
        // " رئيس حزب اللواء الأبيض يقول إن حزبه …": marks around a report of someone else's words — a role opening them and a
        // verb of saying after it — set off an editor's summary, not anyone's words.
        if (ReportOfSpeech(inner)) return false;
        // بعض المشاريع مثل “ذا لاين”: a short quotation given as an example names it.
        if (words <= MaxNameWords && before >= 0 && s.Tokens[before].Norm is "مثل" or "ومثل" or "منها" or "ومنها") return false;
        // “حل الدولتين” (فلسطينية وإسرائيلية): a short quotation a bracket explains is a term.
        if (words <= MaxNameWords && s.Text.AsSpan(span.Close + 1).TrimStart().StartsWith("(")) return false;
        // وعنوانه: «البحث العلمي في الدراسات الإسلامية …»: after a title word and a colon comes a title, not speech.
        if (before >= 0 && s.Text.AsSpan(s.Tokens[before].End, span.Open - s.Tokens[before].End).Trim() is ":"
            && (s.Tokens[before].Norm is ['و', _, _, _, ..] wt ? wt[1..] : s.Tokens[before].Norm) is var titleWord
            && titleWord.Length > 3 && TitleCues.Contains(titleWord))
            return false;
        if (before < 0 || AfterColonOrComma(s.Text, s.Tokens[before].End, span.Open)) return true;
        // وقالت "هيومن رايتس ووتش" في تقرير إن "…"، أعلنت "اللجنة الوطنية لشؤون الأسرى" …، "…"، قال "التحالف العربي"، إنه: a
        // few words with no clause in them right after a verb of saying, with the words said following them, are the verb's
        // subject, a name in marks.
        if (words <= MaxNameWords && s.Tokens[before].Cue == CueKind.Verb && s.Text.AsSpan(s.Tokens[before].End, span.Open - s.Tokens[before].End).IsWhiteSpace()
            && !QuoteConfidence.LooksLikeSpeech(inner.ToString()) && (QuotationFollows(s, span) || ThatFollows(s, span)))
            return false;
        var w = s.Tokens[before].Norm.AsSpan();
        // ما وصفته ب”الفوضى التي تقوض مصداقية الدوري”: what the speaker called it is in their words (DescribedAsInWords).
        if (DescribedAsInWords(s, before, words)) return true;
        if (IsNumber(s.Tokens[before].Norm)) return words > MaxNameWords;
        // المهندسة “عزة عمر عوض الكريم”: a short quotation right after a role word that no cue introduces is a name.
        if (words <= MaxNameWords && SpeakerNames.IsRole(s.Tokens[before].Norm) && (before == 0 || s.Tokens[before - 1].Cue is null))
            return false;
        // دعا السيد « نور الدين الخادمي » كل شباب تونس: name words alone right after «Mr», with the sentence going on, are
        // the man's name (وقال السيد "لن نقبل" is speech: its words are no name's).
        // So is a known given name and name words after a title or role, even right after a cue (أعلن البروفيسور " محمد
        // سحنوني" الباحث …، وأوضح الشيخ "أحمد التسقيانى" عضو …).
        if (words <= MaxNameWords && before >= 0 && NameWordsOnly(inner)
            && (s.Tokens[before].Norm is "السيد" or "السيده"
                || (SpeakerNames.IsRole(s.Tokens[before].Norm) && SpeakerNames.IsFirstName(ArabicText.Normalize(FirstWord(inner)))))
            && s.Text.AsSpan(span.Close + 1).TrimStart() is { Length: > 0 } rest && char.IsLetter(rest[0]))
            return false;
        // إقالة ‘يحيي حدقة’، رئيس المديرية المركزية للتحكيم، قال 'بيك ين'، نائب رئيس هواوى مصر: a short quotation set off by a comma
        // before a role is a person's name in apposition.
        if (words <= 3 && RoleAfterComma(s, span.Close) && !ClauseJoints(inner)) return false;
        // بحملة الصيف «تسوق واربح …»: a naming or title word behind one ال-word still names the quotation.
        if (before > 0 && w.StartsWith("ال") && Joined(s, s.Tokens[before - 1].End, s.Tokens[before].Start))
        {
            var v = s.Tokens[before - 1].Norm.AsSpan();
            if (v.Length > 2 && v[0] is 'و' or 'ب' or 'ل' or 'ف' && (NameCues.Contains(v[1..]) || TitleCues.Contains(v[1..]))) v = v[1..];
            // (…but not a whole statement after a cue: قال رئيس الحكومة في كلمة بافتتاح المعرض “رغم كل الظروف …”)
            if (TitleCues.Contains(v) && v.Length > 3 && !(words > FullStatementWords && ClauseJoints(inner) && VerbCueBefore(s, before, 0)))
                return false;
            // (not a preposition, also in the list: ملقاة في الطريق “ماعناش منظومات …” is what he said about the road)
            if (NameCues.Contains(v) && !StopWords.Contains(v) && words <= MaxProductWords) return false;
            // (…and a naming noun with a pronoun: مسلسلها الجديد "نكدب لو قلنا ما بنحبش")
            if (words <= MaxProductWords && NamingNounWithPronoun(s.Tokens[before - 1].Norm)) return false;
        }
        if (w.Length > 2 && w[0] is 'و' or 'ب' or 'ل' or 'ف' && NameCues.Contains(w[1..])) w = w[1..];
        // ببرنامجه "يحدث في مصر"، في روايتها «…»: a naming noun with his or her pronoun names the quotation too.
        if (words <= MaxProductWords && NamingNounWithPronoun(s.Tokens[before].Norm)) return false;
        // كاشفا عن "قرب توقيع اتفاقية بخصوص تصدير النفط عن طريق خط جيهان": عن right after a cue brings in what was
        // revealed or voiced, a fragment of speech when it has a clause's joints; else a title (تحدث عن «…»).
        // (…also with the speaker between: وكشف الوزير المرعبي عن "وجود محاولات لسحب المساعدات …")
        if (w is "عن" && CueShortlyBefore(s, before) && words > MaxNameWords && ClauseJoints(inner)) return true;
        // داعيا إلى “عدم استغلال الفرصة لزيادات عشوائية”: إلى right after a cue brings in what was called for or pointed
        // to; past a name's length it is speech even with no clause joint (a name there stays one: دعا إلى «حوار وطني»).
        if (w is "الي" && CueShortlyBefore(s, before) && words > MaxNameWords) return true;
        if (TitleCues.Contains(w)) return false;
        // في مذكرة "حول آثار ومنعكسات تراجع سعر الصرف": a paper or a meeting «on» something is titled, not quoted.
        if (PaperOrMeeting(w) && ArabicText.Normalize(FirstWord(inner)) is "حول" or "عن") return false;
        // لما أطلق عليه “عملية نظافة العاصمة”: what he called it is a name.
        if (before > 0 && s.Tokens[before].Norm is "عليه" or "عليها" or "عليهم"
            && s.Tokens[before - 1].Norm is "اطلق" or "اطلقت" or "يطلق" or "تطلق" or "اطلقوا" or "يطلقون") return false;
        // تجربة "بحث المحارب": two words with no clause in them, right after an indefinite noun, name it.
        // (not after a future verb: ستحقق “نصرا كبيرا” carries on his clause)
        if (words <= 2 && s.Tokens[before].Cue is null && !w.StartsWith("ال") && w.Length > 2 && !IsThatWord(s.Tokens[before].Norm)
            && !(w.Length >= 5 && w[0] == 'س' && w[1] is 'ي' or 'ت' or 'ن')
            && !Stops.Contains(s.Tokens[before].Norm) && !StopWords.Contains(w) && !QuoteConfidence.LooksLikeSpeech(inner.ToString()))
            return false;
        // دعا إلى «إجراء الانتخابات المؤجلة، العام المقبل»، رفضه لـ "التدخلات الخارجية في الأمور العربية": after a
        // preposition a longer quotation that has a clause's joints (ClauseJoints) is a fragment of speech; one without
        // them names something (ل «البرنامج الوطني للإرشاد النفسي»).
        if (w.Length <= 3 && NameCues.Contains(w) && words > MaxNameWords && ClauseJoints(inner)) return true;
        if (NameCues.Contains(w)) return words > MaxProductWords;
        if (words > MaxNameWords) return true;
        // أكد ترامب أن الاتفاق "بداية جديدة لشعوب المنطقة"، مشدداً: three words or more right after أن and its ال-subject,
        // closing the clause (a stop or a comma after them), are its predicate in the speaker's words, not the thing's name.
        if (words >= 3 && before > 0 && IsThatWord(s.Tokens[before - 1].Norm) && Joined(s, s.Tokens[before - 1].End, s.Tokens[before].Start)
            && w.StartsWith("ال") && s.Text.AsSpan(span.Close + 1).TrimStart() is var closing && (closing.IsEmpty || closing[0] is '،' or ',' or '.' or '؛'))
            return true;
        if (!(NameCues.ContainsWithArticle(w) || (w.StartsWith("ال") && w.Length > 3))) return true;
        // قال الوزير “…”: the ال-word is the speaker right after a cue, so this is speech.
        if (before > 0 && s.Tokens[before - 1].Cue is CueKind.Verb or CueKind.Source) return true;
        // أن هذه الروايات "غير صحيحة على الإطلاق"، فإن البديل "هو ما نعيشه الآن": what is said of a plain ال-word, when it
        // has a clause's joints, is a predicate in someone's words, not the thing's name.
        return words >= 3 && !NameCues.ContainsWithArticle(w) && ClauseJoints(inner);
    }

    /// <summary>Text that opens with a role word and has a verb of saying (no و) among its next five words: a report of speech.</summary>
    private static bool ReportOfSpeech(ReadOnlySpan<char> inner)
    {
        var words = inner.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !SpeakerNames.IsRole(ArabicText.Normalize(words[0]))) return false;
        for (var i = 1; i < words.Length && i <= 5; i++)
            if (ReportingCues.Match(ArabicText.Normalize(words[i]), out var prefixed) == CueKind.Verb && !prefixed) return true;
        return false;
    }

    /// <summary>
    /// A longer quotation opens within twelve words after <paramref name="span"/>, behind إن/أن, a colon or a comma (or opening with إن/أن), with no
    /// full stop between (short quotations between, names, are passed over).
    /// </summary>
    private static bool QuotationFollows(Sentence s, QuoteSpan span)
    {
        foreach (var other in s.Spans)
        {
            if (other.Open <= span.Close) continue;
            var gap = s.Text.AsSpan(span.Close + 1, other.Open - span.Close - 1);
            if (gap.IndexOfAny(".!?؟") >= 0 || ArticleModel.CountWords(gap) > 12) return false;
            if (ArticleModel.CountWords(s.Text.AsSpan(other.Open + 1, other.Close - other.Open - 1)) <= MaxNameWords) continue;
            var lead = gap.TrimEnd();
            if (lead.Length == 0) return false;
            if (lead[^1] is ':' or '،' or ',') return true;
            // (…or one that opens with إن/أن itself: وقال " حمدى الزناتى " نائب نقيب الفلاحين … " أنه لا يجب …")
            if (ArabicText.Normalize(FirstWord(s.Text.AsSpan(other.Open + 1, other.Close - other.Open - 1))) is var opening && IsThatWord(opening)) return true;
            var t = IndexBefore(s.Tokens, other.Open);
            return t >= 0 && s.Tokens[t].Start > span.Close && IsThatWord(s.Tokens[t].Norm)
                   && s.Text.AsSpan(s.Tokens[t].End, other.Open - s.Tokens[t].End).IsWhiteSpace();
        }
        return false;
    }

    /// <summary>
    /// وجاء في البيان: “…”، جاء في بيان لوزارة الصحة أن “…”: «it came in the statement» reports the statement's words, its
    /// issuer the speaker (<see cref="SpeakerAfter"/> reads on past في).
    /// </summary>
    private static bool InStatement(Sentence s, int k) =>
        s.Tokens[k].Norm is "جاء" or "وجاء" && k + 2 < s.Tokens.Count && s.Tokens[k + 1].Norm == "في" && SpeakerNames.IsStatement(s.Tokens[k + 2].Norm)
        && !InsideQuote(s.Spans, s.Tokens[k].Start) && Joined(s, s.Tokens[k].End, s.Tokens[k + 1].Start) && Joined(s, s.Tokens[k + 1].End, s.Tokens[k + 2].Start);

    /// <summary>
    /// ونشرت "قنا" بياناً مقتضباً من مكتب النائب العام جاء فيه: "…": «in which came», after a statement its sentence names,
    /// reports the statement's words; its issuer is the speaker.
    /// </summary>
    private static bool InThisStatement(Sentence s, int k) =>
        s.Tokens[k].Norm is "جاء" or "وجاء" && k > 1 && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Norm is "فيه" or "فيها"
        && !InsideQuote(s.Spans, s.Tokens[k].Start) && Joined(s, s.Tokens[k].End, s.Tokens[k + 1].Start) && MentionsStatement(s);

    /// <summary>
    /// <paramref name="span"/> is one of three quotations or more in a row with only و or a comma between them (two may be
    /// fragments of one statement: “مفبركة” و”لا أساس لها”).
    /// </summary>
    private static bool InMarkedList(Sentence s, QuoteSpan span)
    {
        var at = s.Spans.IndexOf(span);
        if (at < 0) return false;
        var first = at;
        while (first > 0 && Listed(s, s.Spans[first - 1], s.Spans[first])) first--;
        var last = at;
        while (last + 1 < s.Spans.Count && Listed(s, s.Spans[last], s.Spans[last + 1])) last++;
        return last - first >= 2;
    }

    /// <summary>Two quotations joined by و or a comma alone, as the items of a list are.</summary>
    private static bool Listed(Sentence s, QuoteSpan a, QuoteSpan b) =>
        a.Close < b.Open && s.Text.AsSpan(a.Close + 1, b.Open - a.Close - 1).Trim() is "و" or "،" or ",";

    /// <summary>قال "التحالف العربي"، إنه …: إن/أن right after the quotation, behind a comma at most, opens what was said.</summary>
    private static bool ThatFollows(Sentence s, QuoteSpan span)
    {
        var next = s.Tokens.FindIndex(t => t.Start > span.Close);
        return next >= 0 && IsThatWord(s.Tokens[next].Norm) && s.Text.AsSpan(span.Close + 1, s.Tokens[next].Start - span.Close - 1).Trim(" ،,") is { IsEmpty: true };
    }

    /// <summary>Cue words that say nothing in this place (a verb of saying only in other company).</summary>
    private static bool NoCueHere(Sentence s, int k)
    {
        var norm = s.Tokens[k].Norm;
        var before = k > 0 ? s.Tokens[k - 1].Norm : "";
        // من أبرز أغانيها، أحد أبرز اللاعبين: after من or أحد, أبرز is «the most prominent», not «he stressed».
        if (norm == "ابرز")
            return before is "من" or "احد"
                // سكوت براون أبرز سيناتور ديموقراطي: right after a word, and before an indefinite one, it heads a construct
                // describing that word («the most prominent senator»); the verb opens its sentence or its clause.
                || (k > 0 && k + 1 < s.Tokens.Count && Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start) && Joined(s, s.Tokens[k].End, s.Tokens[k + 1].Start)
                    && !StopWords.Contains(before) && !IsThatWord(before) && !Definite(s.Tokens[k + 1].Norm) && !StopWords.Contains(s.Tokens[k + 1].Norm)
                    && !IsThatWord(s.Tokens[k + 1].Norm));
        // على أتم الاستعداد: after على, أتم is «the fullest», not «he concluded».
        if (norm == "اتم" && before == "علي") return true;
        // متابعة: "…" goes on like متابعا; anywhere else it is «follow-up» or «observing» (لجنة متابعة، أوساط متابعة).
        if (norm is "متابعه" or "ومتابعه") return s.Text.AsSpan(s.Tokens[k].End).TrimStart() is not [':', ..];
        // لافتة إلى أن "…" is «she pointed out», like لافتا; otherwise it is a banner (رفعوا لافتة كتب عليها "…"). (A precaution: no
        // dev page needed it, and a banner's words right after a cue are read as speech whatever this says.)
        if (norm is "لافته" or "ولافته") return k + 1 >= s.Tokens.Count || s.Tokens[k + 1].Norm is not ("الي" or "ان" or "بان");
        // إلى صرح أكاديمي: right after a preposition a verb's form is a noun (an edifice, not «he declared»).
        if (s.Tokens[k].Cue == CueKind.Verb && !s.Tokens[k].Prefixed && before is "الي" or "في" or "عن" or "مع"
            && Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start)) return true;
        // قد before a present verb makes it «may» (أن التحقيقات قد تتهم افرادا): what might be said, not a report.
        return before == "قد" && VerbForm(norm);
    }

    /// <summary>
    /// ما وصفه ب، بما وصفته بـ: «what he described as» at token <paramref name="k"/> — the ب before the quotation, or the
    /// verb itself.
    /// </summary>
    private static bool DescribedAs(Sentence s, int k)
    {
        var t = s.Tokens;
        if (t[k].Norm == "ب") k--;
        return k >= 1 && t[k].Norm is "وصفه" or "وصفته" or "وصفها" or "وصفوه" or "وصفوها" or "يصفه" or "تصفه" or "يصفها" or "تصفها" or "يصفونه"
            && t[k - 1].Norm is "ما" or "بما" or "لما" or "فيما" && Joined(s, t[k - 1].End, t[k].Start);
    }

    /// <summary>
    /// «What he described as» before a quotation of more than a label's words (ما وصفه ب"استمرار زيادة الواردات، التي شملت
    /// …"): the speaker's own words. On the dev pages every such quotation of five words or more was annotated, none shorter.
    /// </summary>
    private static bool DescribedAsInWords(Sentence s, int k, int words) => words > MaxNameWords && DescribedAs(s, k);

    /// <summary>
    /// A cue right before token <paramref name="k"/>, or among the three words before it with no punctuation between them
    /// (كشف الوزير المرعبي عن).
    /// </summary>
    private static bool CueShortlyBefore(Sentence s, int k)
    {
        for (var j = k - 1; j >= 0 && k - j <= 3; j--)
        {
            if (s.Tokens[j].Cue is not null) return true;
            if (j == 0 || !Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start)) return false;
        }
        return false;
    }

    /// <summary>A paper or a meeting, indefinite (مذكرة، دراسة، ندوة …): what is «on» something and carries a title.</summary>
    private static bool PaperOrMeeting(ReadOnlySpan<char> norm) =>
        norm is "مذكره" or "دراسه" or "تقرير" or "ورقه" or "بحث" or "ندوه" or "محاضره" or "مقال" or "مقاله" or "ورشه" or "كتاب"
            or "حلقه" or "ملتقي" or "مؤتمر" or "لقاء";

    /// <summary>A comma and then a role word right after position <paramref name="close"/> (…’، رئيس المديرية).</summary>
    private static bool RoleAfterComma(Sentence s, int close)
    {
        var next = s.Tokens.FindIndex(t => t.Start > close);
        return next >= 0 && CommaBetween(s, close + 1, s.Tokens[next].Start) && SpeakerNames.IsRole(s.Tokens[next].Norm);
    }

    /// <summary>
    /// Two to four words that can only be a person's name: a first word with no ال, then name words or ال-family names; no
    /// function word, verb, cue or role among them.
    /// </summary>
    private static bool NameWordsOnly(ReadOnlySpan<char> inner)
    {
        var words = ArabicText.Normalize(inner.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4) return false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length < 2 || !char.IsLetter(w[0]) || StopWords.Contains(w) || Stops.Contains(w) || VerbForm(w) || SpeakerNames.IsRole(w)
                || ReportingCues.Match(w, out _) is not null || (i == 0 && Definite(w)))
                return false;
        }
        return true;
    }

    /// <summary>A title (الشيخ، الدكتور) or an honorific, then only name words and connectors (بن، آل، عبد).</summary>
    private static bool TitledName(ReadOnlySpan<char> inner)
    {
        // (the first word decides most spans before the whole is split)
        var first = ArabicText.Normalize(FirstWord(inner));
        if (!(SpeakerNames.IsNameTitle(first) || SpeakerNames.IsHonorific(first))) return false;
        var words = ArabicText.Normalize(inner.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        for (var i = 1; i < words.Length; i++)
            if (!SpeakerNames.IsConnector(words[i]) && !(i > 1 && SpeakerNames.IsConnector(words[i - 1]))
                && (!char.IsLetter(words[i][0]) || words[i].StartsWith("ال", StringComparison.Ordinal) || Stops.Contains(words[i]) || StopWords.Contains(words[i])
                    || ReportingCues.Match(words[i], out _) is not null))
                return false;
        return true;
    }

    /// <summary>The first word of a quotation's text, as written.</summary>
    private static string FirstWord(ReadOnlySpan<char> inner)
    {
        inner = inner.TrimStart();
        var end = inner.IndexOfAny(' ', '\u00a0');
        return (end < 0 ? inner : inner[..end]).ToString();
    }

    /// <summary>A free-standing preposition, pronoun or negation, or a comma, inside a quotation: the joints of a clause, not a name.</summary>
    private static bool ClauseJoints(ReadOnlySpan<char> inner)
    {
        if (inner.IndexOfAny('،', ',') >= 0) return true;
        foreach (var word in inner.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (ArabicText.Normalize(word) is "في" or "من" or "علي" or "الي" or "عن" or "مع"
                or "هو" or "هي" or "هم" or "نحن" or "لا" or "لم" or "لن" or "ليس" or "ما" or "قد") return true;
        return false;
    }

    /// <summary>A colon and then an opening mark, spaces aside, right after position <paramref name="close"/>.</summary>
    private static bool BeforeColonAndQuotation(string text, int close)
    {
        var rest = text.AsSpan(close + 1).TrimStart();
        if (rest.Length == 0 || rest[0] != ':') return false;
        rest = rest[1..].TrimStart();
        return rest.Length > 0 && QuoteSpans.IsMark(rest[0]);
    }

    /// <summary>Words that hold a letter or a digit (فئة «أي ++» is one word and a sign).</summary>
    private static int LetterWords(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var range in text.Split(' '))
            foreach (var c in text[range])
                if (char.IsLetterOrDigit(c)) { n++; break; }
        return n;
    }

    private static bool HasArabicLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (ArabicLetters.IsArabicLetter(c)) return true;
        return false;
    }

    /// <summary>
    /// A short quotation used as a noun phrase: right after a definite word with a ل/ب prefix (للمركب “…”، بالشركة «…»), or
    /// directly followed by إن/أن, إلى, a relative pronoun or هي/هو (وتشير “سودان تربيون” إلى أن، نشاط “سماسرة العيد” الذين).
    /// </summary>
    private static bool IsNounPhrase(Sentence s, QuoteSpan span, int before)
    {
        if (before >= 0 && s.Tokens[before].Cue is null && !AfterColonOrComma(s.Text, s.Tokens[before].End, span.Open)
            && s.Tokens[before].Norm is { Length: > 4 } w && (w.StartsWith("لل", StringComparison.Ordinal) || w.StartsWith("بال", StringComparison.Ordinal)))
            return true;
        var next = before + 1;
        while (next < s.Tokens.Count && s.Tokens[next].Start < span.Close) next++;
        if (next >= s.Tokens.Count || HasPunctuation(s.Text, span.Close + 1, s.Tokens[next].Start)) return false;
        // بأن “ستيب مود” حضرت …: a short quotation opening a reported clause and followed by its verb is the subject.
        if (before >= 0 && s.Tokens[before].Norm is "ان" or "بان" && !HasPunctuation(s.Text, s.Tokens[before].End, span.Open, allowQuoteMarks: true)
            && ArticleModel.CountWords(s.Text[(span.Open + 1)..span.Close]) <= 2 && !Stops.Contains(s.Tokens[next].Norm))
            return true;
        // (…or a pronoun that makes it a clause's subject: وهي "سعودي أوجيه" هي التي واجهت …)
        return IsThatWord(s.Tokens[next].Norm) || s.Tokens[next].Norm is "الي" or "الذي" or "التي" or "الذين" or "اللذين" or "اللتين"
            or "هي" or "هو" or "هم";
    }

    /// <summary>وأن، وأنه، وبأن: a second إن/أن-clause joined by و (normalised).</summary>
    private static bool AndThat(string norm) => norm.Length > 2 && norm[0] == 'و' && IsThatWord(norm[1..]);

    /// <summary>إن/أن and their pronoun and ب forms (normalised).</summary>
    private static bool IsThatWord(string norm) =>
        norm is "ان" or "انه" or "انها" or "انهم" or "بان" or "بانه" or "بانها" or "باننا" or "اننا" or "انني" or "فان" or "فانه" or "فانها";

    private static int IndexBefore(List<Token> tokens, int position)
    {
        var last = -1;
        for (var k = 0; k < tokens.Count && tokens[k].End <= position; k++) last = k;
        return last;
    }

    /// <summary>The named speaker of cue token <paramref name="k"/>, if it is a verb or source cue followed by one.</summary>
    private static string? CueSpeaker(Sentence s, int k, SpeakerNames names, HashSet<string> speakers, string? previous) =>
        NamedByCue(s, k, names, speakers)
        // كما حرص اللاعب حسين فيصل على تقديم اعتذار …، وكتب عبر حسابه "…": a و-verb with no speaker after it goes on from
        // the sentence's subject, a role and a name right after its opening verb — whoever spoke before.
        ?? OpeningRolePerson(s, k, names)
        // زار وزير المياه فلان، وقال في تصريح …: before anyone has spoken, a و-verb with no speaker after it is the
        // sentence's subject's (a role phrase earlier in the sentence).
        ?? (previous is null && s.Tokens[k].Cue == CueKind.Verb && s.Tokens[k].Prefixed && s.Tokens.FindIndex(0, k, t => SpeakerNames.IsRole(t.Norm)) is var role and >= 0
            ? RoleLed(s, role, names) : null);

    /// <summary>
    /// A definite role word right after a clause's opening verb, before token <paramref name="k"/>: the sentence's first verb
    /// (حرص اللاعب) or one after كما (… كما أشاد الوزير); else null. In that place the role is the verb's subject, not its
    /// object.
    /// </summary>
    private static int? OpeningRole(Sentence s, int k)
    {
        for (var j = 0; j + 2 < k; j++)
        {
            var verb = s.Tokens[j].Norm is "كما" or "وكما" ? j + 1 : j == 0 ? 0 : -1;
            if (verb < 0 || verb + 1 >= k) continue;
            var role = verb + 1;
            if (s.Tokens[verb].Cue is not null || Stops.Contains(s.Tokens[verb].Norm) || StopWords.Contains(s.Tokens[verb].Norm)
                || Definite(s.Tokens[verb].Norm) || !SpeakerNames.IsRole(s.Tokens[role].Norm) || !Definite(s.Tokens[role].Norm)
                || (verb > 0 && !Joined(s, s.Tokens[verb - 1].End, s.Tokens[verb].Start))
                || !Joined(s, s.Tokens[verb].End, s.Tokens[role].Start) || InsideQuote(s.Spans, s.Tokens[role].Start))
                continue;
            return role;
        }
        return null;
    }

    /// <summary>
    /// The person of the role phrase that opens the sentence, or the last clause after من جهته/من جانبه, when no cue stands
    /// between it and cue <paramref name="k"/> (the subject before its verb, as nominal sentences put it), or null.
    /// </summary>
    private static string? OpeningRoleSubject(Sentence s, int k, SpeakerNames names)
    {
        // (…or a clause's opening after «on his part»: … من جهته أمين العاصمة صنعاء حمود عباد، قال …)
        var r = 0;
        for (var m = k - 1; m > 1; m--)
            if (s.Tokens[m - 1].Norm is "جهته" or "جهتها" or "جانبه" or "جانبها" && s.Tokens[m - 2].Norm == "من") { r = m; break; }
        if (k - r < 2 || InsideQuote(s.Spans, s.Tokens[r].Start)) return null;
        for (var m = r + 1; m < k; m++)
            if (s.Tokens[m].Cue is not null && !InsideQuote(s.Spans, s.Tokens[m].Start)) return null;
        // (…or an honorific and a name: معالي تركي بن عبدالمحسن آل الشيخ، رئيس …، أكد أن “…”)
        if (SpeakerNames.IsHonorific(s.Tokens[r].Norm) && r + 1 < k && IsNamePart(s, r + 1, names) && Joined(s, s.Tokens[r].End, s.Tokens[r + 1].Start))
            return BestName(s, r + 1, NameEnd(s, r + 1, names), names);
        // (…or a name of two to four words, then its role set off by commas: دينا أبو غيدا، مديرة مكتب البنك الدولي، تحذر)
        if (IsNamePart(s, r, names) && NameEnd(s, r, names) is var nameEnd && nameEnd > r && nameEnd - r <= 3 && nameEnd + 1 < k
            && CommaBetween(s, s.Tokens[nameEnd].End, s.Tokens[nameEnd + 1].Start) && SpeakerNames.IsRole(s.Tokens[nameEnd + 1].Norm)
            && CommaBetween(s, s.Tokens[k - 1].End, s.Tokens[k].Start))
            return BestName(s, r, nameEnd, names);
        if (!SpeakerNames.IsRole(s.Tokens[r].Norm)) return null;
        return RoleLed(s, r, names) is { } person && QuoteConfidence.Classify(person, names) is SpeakerKind.Person or SpeakerKind.Named
            && s.Text.IndexOf(person, s.Tokens[r].Start, StringComparison.Ordinal) > s.Tokens[r].Start ? person : null;
    }

    /// <summary>The person named by <see cref="OpeningRole"/>'s role phrase, or null.</summary>
    private static string? OpeningRolePerson(Sentence s, int k, SpeakerNames names) =>
        s.Tokens[k].Cue == CueKind.Verb && s.Tokens[k].Prefixed && OpeningRole(s, k) is { } role
        && RoleLed(s, role, names) is { } person && QuoteConfidence.Classify(person, names) is SpeakerKind.Person or SpeakerKind.Named ? person : null;

    private static string? NamedByCue(Sentence s, int k, SpeakerNames names, HashSet<string> speakers) => s.Tokens[k].Cue switch
    {
        // ووصف السد بأنه …: after a verb of describing, a phrase that is no person or role is what is described.
        // (A role right after the verb is its subject, whatever name its phrase ends with: اعتبر محافظ المصرف … السويدي.)
        CueKind.Verb when Describes(s.Tokens[k].Norm) => SpeakerAfter(s, k, names) is { } described
            && (PersonOrRole(described, names) || (k + 1 < s.Tokens.Count && SpeakerNames.IsRole(s.Tokens[k + 1].Norm))) ? described : null,
        // وتتابع الموضوع، تعتبر نهائيا مبكرا، تشير الأرقام، شكاوى تفيد عرقلة سير …: present forms that mostly mean «follows»,
        // «is considered», «indicates» name a speaker only as the guarded cues do: before a colon, a role, a body, or a
        // person of two words or a family name (one word mentioned twice is not enough: سير).
        CueKind.Verb when HeldBack(s, k, names) => null,
        CueKind.Verb => SpeakerAfter(s, k, names),
        // المشروع حسب طواهرية لم يأت …: a source cue names a speaker only when it names one already quoted or introduced
        // (not وفق مقابل مالي، حسب قانون المالية).
        CueKind.Source when SpeakerAfter(s, k, names) is { } source && speakers.Contains(ArabicText.Normalize(source))
            && QuoteConfidence.Classify(source, names) == SpeakerKind.Person => source,
        _ => null,
    };

    /// <summary>The speaker of quotation <paramref name="q"/>; <paramref name="hasCue"/> tells whether a cue attributes it at all.</summary>
    private static string? Attribute(Sentence s, int q, SpeakerNames names, string? previous, out bool hasCue, out CueFound cue)
    {
        hasCue = true;
        cue = default;
        var span = s.Spans[q];
        var floor = -1;
        for (var p = 0; p < q; p++) if (s.Eligible[p]) floor = s.Spans[p].Close;
        var before = IndexBefore(s.Tokens, span.Open);
        // وأوضح المسؤول، الثلاثاء، على هامش يوم إعلامي …، أن “…”: a quotation opening the cue's أن-clause may be farther away.
        // قال …: «…» and قالت النيابة إن الحفر … "…": a quotation after a colon, or inside an إن/أن clause opened within
        // reach, may be as far from its cue.
        // (so may one right after an aside between dashes: وقال مصطفى ـ في معرض رده على أسئلة الصحفيين … ـ "إننا …")
        var gap = before >= 0 && (IsThatWord(s.Tokens[before].Norm) || QuoteSpans.AfterColon(s.Text, span.Open) || ThatClauseBefore(s, before)
                                  || AfterAside(s.Text, span.Open) || TakenByVerb(s, before) || OpensWithThat(s, span))
            ? MaxThatGap : MaxGap;
        for (var k = before; k >= 0 && before - k <= gap && s.Tokens[k].Start > floor; k--)
        {
            var to = k == before ? span.Open : s.Tokens[k + 1].Start;
            if (HasStop(s.Text, s.Tokens[k].End, to)) break;
            if (s.Tokens[k].Cue is not { } kind || InAside(s.Text, s.Tokens[k].Start, span.Open)) continue;
            // وقال رئيس الغرفة، بحسب وكالة السودان للأنباء، إن …: the medium that carried the words, not who said them.
            // (…also behind ل: وقال الحاج وفقاً لوكالة سبوتنيك: “…”)
            if (kind == CueKind.Source && k + 1 < s.Tokens.Count && (Medium(s.Tokens[k + 1].Norm) || ToMedium(s.Tokens[k + 1].Norm))) continue;
            // ولفت، خلال كلمته …، وفق ما نقلت وكالة الأنباء، إلى أن "…": «according to what … reported» cites the medium too.
            if (kind == CueKind.Source && k + 2 < s.Tokens.Count && s.Tokens[k + 1].Norm is "ما" or "لما"
                && s.Tokens[k + 2].Norm is "نقلت" or "نقله" or "نقلته" or "ذكرت" or "اوردت" or "افادت" or "نشرت" or "اوردته" or "نقل" or "ذكر" or "اورد" or "نشر")
                continue;
            // وقال الحلبوسي، خلال الجلسة، بحسب بيان للدائرة الإعلامية، إن “…”: a source set off by commas after a verb cue
            // says where the words were reported; the verb's speaker said them.
            // (…also farther back, when the verb opens the sentence: وقال الوزير أمام اجتماع لجنة …، بحسب بيان للجنة اليوم، "…")
            if (SetOffSource(s, k) && VerbCueBefore(s, k, s.Tokens[0].Cue == CueKind.Verb ? 0 : before - gap)) continue;
            // وقال الغلوسي تضيف “المساء”، إن “…”: a verb and a paper's name in marks, set off between a verb cue and the words,
            // say who printed them; the verb cue before says who spoke.
            if (kind == CueKind.Verb && QuotedNameThenComma(s.Text, s.Tokens[k].End) && VerbCueBefore(s, k, before - gap)) continue;
            // وقال الشمري ـ حسبما أفادت قناة (السومرية نيوز) الإخبارية ـ إن "…": «as a medium reported» says where the words were
            // carried; the verb cue before says who spoke.
            if (kind == CueKind.Verb && k > 0 && k + 1 < s.Tokens.Count && Medium(s.Tokens[k + 1].Norm) && AsReported(s, k)
                && VerbCueBefore(s, k, before - gap)) continue;
            // (مؤكدا أن حضوره يعتبر "…": «is considered» with nobody after it leaves the words to the cue before)
            if (HeldBack(s, k, names)) continue;
            // (…and so does «what it described as», whose subject is the one already speaking: لوقف ما وصفته ب”…”)
            if (kind == CueKind.Verb && DescribedAs(s, k)) continue;
            // ونقلت الوكالة الرسمية عن شواني: أنه "…": a cue only with عن before the words (SpeakerAfter reads the one after it);
            // without عن, نقل is «moved».
            if (kind == CueKind.Verb && Relays(s.Tokens[k].Norm) && RelayedBy(s, k, before + 1, names) is null) continue;
            cue = new CueFound(kind, before - k, After: false, FromPrevious: false);
            if (InThisStatement(s, k) && IssuerHere(s, null, names) is { } issuedBy) return issuedBy;
            if (VerbalNounSpeaker(s, k, names) is { } owner) return owner;
            if (kind == CueKind.Verb && TopicSubject(s, k, names) is { } topic) return topic;
            if (kind != CueKind.Participle && RelayedFrom(s, k, before, names) is { } relayed) return relayed;
            var after = kind != CueKind.Participle ? SpeakerAfter(s, k, names) : null;
            // ووفقا للمصدر فقد "…"، وحسب البلاغ ذاته، "…": «the source» or «the statement» already quoted, with no issuer named
            // after it, goes on — the speaker before.
            if (kind == CueKind.Source && previous is not null
                && ((k + 1 < s.Tokens.Count && s.Tokens[k + 1].Norm is "للمصدر" or "للبيان" or "للبلاغ")
                    || (after is not null && ArabicText.Normalize(after).Trim() is "البيان" or "البلاغ")))
            {
                cue = cue with { FromPrevious = true };
                return previous;
            }
            if (after is not null) return after;
            if (kind == CueKind.Source) break;
            // تواصلت مع اللاعب "غزال"، الذي قال عن إنجازه: «…»: the verb of a relative clause is said by the name set off before
            // الذي/التي.
            if (kind == CueKind.Verb && k > 0 && s.Tokens[k - 1].Norm is "الذي" or "التي" && RelativeDoer(s, k, names) is { } who) return who;
            if (kind == CueKind.Verb && !s.Tokens[k].Prefixed && SpeakerBefore(s, k, names) is { } subject) return subject;
            // عازف الكمان عبد الباسط الحارثي، قائد «الفرقة …»، قال لوكالة «رويترز»: «…»: a sentence that opens with a role and
            // a name, and no verb before this one, is theirs.
            if (kind == CueKind.Verb && !s.Tokens[k].Prefixed && OpeningRoleSubject(s, k, names) is { } opening) return opening;
            if (kind == CueKind.Participle && SubjectBeforeParticiple(s, k, names) is { } doer) return doer;
            // (…the one who answered, not the one who asked: سأل الوزير …، فردّ رئيس الحكومة عليه قائلاً)
            if (kind == CueKind.Participle && Replier(s, k, names) is { } replier) return replier;
            if (kind == CueKind.Participle && VerbSubjectBefore(s, k, names) is { } said) return said;
            if (kind == CueKind.Participle && RelativeDoer(s, k, names) is { } antecedent) return antecedent;
            if (kind == CueKind.Participle && OpeningVerbSubject(s, k, names, previous) is { } verbSubject) return verbSubject;
            if (kind == CueKind.Participle && ExpressedBy(s, k, names) is { } expressed) return expressed;
            // ونفت السلطات الليبية وجود نقص، وقالت الجمعة إن …: a و-verb with no name after it goes on from the verb of saying
            // that opened its sentence with one, when no other cue stands between (not أن مرجعا حكوميا حذر …، وعزا).
            if (kind == CueKind.Verb && s.Tokens[k].Prefixed && k > 1 && s.Tokens[0].Cue == CueKind.Verb && !InsideQuote(s.Spans, s.Tokens[0].Start)
                && !CueBetween(s, 0, k) && SpeakerAfter(s, 0, names) is { } firstSaid && !NoName(firstSaid, names))
                return firstSaid;
            // وخلال اللقاء، استعرضت الوزيرة بنت انتهاه …، وركزت على “…”: a و-joined feminine verb with no name after it goes on
            // with the woman whose role the sentence gave before it, not with the speaker of an earlier sentence. (Any و-verb
            // taking the sentence's first role lost eighteen speakers on the dev pages: the role there is mostly an object.)
            if (kind == CueKind.Verb && s.Tokens[k].Prefixed && FemininePast(s.Tokens[k].Norm) && SubjectInSentence(s, k, names) is { } she)
                return she;
            // ونشرت وزارة النفط عبر صفحتها … وعلقت قائلة "…": …or with the body the sentence opened with, as the subject of a
            // feminine verb too (…and so with a participle right after that verb).
            var verb = kind == CueKind.Participle && k > 0 && s.Tokens[k - 1].Cue == CueKind.Verb ? k - 1 : k;
            if (s.Tokens[verb].Cue == CueKind.Verb && s.Tokens[verb].Prefixed && FemininePast(s.Tokens[verb].Norm) && OpeningBody(s, verb, names) is { } body)
                return body;
            // كما حرص اللاعب حسين فيصل على …، وكتب "…": a و-verb goes on from its clause's subject, not the earlier speaker.
            if (OpeningRolePerson(s, k, names) is { } clauseSubject) return clauseSubject;
            cue = cue with { FromPrevious = previous is not null };
            if ((previous ?? SubjectInSentence(s, k, names) ?? NamedSubjectInSentence(s, k, names)) is { } anyone) return anyone;
            // ظهر قائد الجيش السوداني عبد الفتاح البرهان …، وفي الفيديو بدا البرهان بخير. وقال: «…»: a verb opening its sentence with
            // nobody named yet speaks for the one person the article is about.
            if (k == 0 && s.Tokens[k].Prefixed && names.MainPerson() is { } main)
            {
                cue = cue with { FromPrevious = true };
                return main;
            }
            return null;
        }
        // Cue right after the quotation: “…”، قال الوزير / “…” بحسب الوزير.
        var next = before + 1;
        while (next < s.Tokens.Count && s.Tokens[next].Start < span.Close) next++;
        // “…”، بهذه الكلمات وصف أحد الناجين: «with these words» before the verb points back at the quotation.
        if (next + 2 < s.Tokens.Count && s.Tokens[next].Norm is "بهذه" or "بهذا" && s.Tokens[next + 1].Norm is "الكلمات" or "العبارات" or "الكلمه" or "العباره"
            or "الجمله" && Joined(s, s.Tokens[next].End, s.Tokens[next + 1].Start) && Joined(s, s.Tokens[next + 1].End, s.Tokens[next + 2].Start))
            next += 2;
        for (var k = next; k < s.Tokens.Count && k <= next + 1; k++)
        {
            // …not a verb joined by و/ف: “…” ودعت المؤسسات opens a new statement, it does not say whose this one is.
            if ((s.Tokens[k].Cue is CueKind.Source || (s.Tokens[k].Cue is CueKind.Verb && !s.Tokens[k].Prefixed))
                && SpeakerAfter(s, k, names) is { } after)
            {
                cue = new CueFound(s.Tokens[k].Cue!.Value, 0, After: true, FromPrevious: false);
                return after;
            }
            // “…”، كما أعلن عن ذلك في هذا اللقاء: «as he announced» with no name after it is the speaker already named.
            if (s.Tokens[k].Norm == "كما" && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Cue is CueKind.Verb && !s.Tokens[k + 1].Prefixed
                && Joined(s, s.Tokens[k].End, s.Tokens[k + 1].Start))
            {
                if (SpeakerAfter(s, k + 1, names) is { } named)
                {
                    cue = new CueFound(CueKind.Verb, 0, After: true, FromPrevious: false);
                    return named;
                }
                if (previous is not null)
                {
                    cue = new CueFound(CueKind.Verb, 0, After: true, FromPrevious: true);
                    return previous;
                }
            }
            // “…”، حسب تعبيره / على حد تعبيره: the speaker already named.
            if (previous is not null && (InHisWordsAt(s.Tokens, k)
                || (s.Tokens[k].Cue is CueKind.Source && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Norm is "تعبيره" or "تعبيرها" or "قوله" or "قولها")))
            {
                cue = new CueFound(CueKind.Source, 0, After: true, FromPrevious: true);
                return previous;
            }
        }
        // وقال المهندس عبدالرحمن الفضلي، خلال افتتاحه "…"، والذي يقام برعاية …، في مركز …، "المملكة تمضي …": a quotation
        // after a comma belongs to the verb that opens the sentence, however long the asides, when no other cue stands between.
        // (وأضاف أن الأمن العام قام …، "ولن نترك …": a و-verb and أن with no name between carry on the previous speaker)
        var carried = s.Tokens.Count > 1 && s.Tokens[0].Prefixed && IsThatWord(s.Tokens[1].Norm) ? previous : null;
        // (…and so does the first quotation of such a sentence with no punctuation before it: واختتم المدرب الذي توج مع مصر
        // بـ3 بطولات … في حديثه عن هذا الأمر "…")
        // (…when it is longer than a name and no إن/أن-clause with its own subject opens between)
        if (before > 0 && (CommaBefore(s.Text, span.Open) || (q == 0 && Unpunctuated(s.Text, span.Open)
                && ArticleModel.CountWords(s.Text[(span.Open + 1)..span.Close]) > MaxNameWords && !s.Tokens.GetRange(1, before).Exists(t => IsThatWord(t.Norm))))
            && s.Tokens[0].Cue == CueKind.Verb && !Describes(s.Tokens[0].Norm)
            && !HasStop(s.Text, s.Tokens[0].End, span.Open) && (SpeakerAfter(s, 0, names) ?? carried) is { } opener)
        {
            var between = false;
            // (a source set off by a comma only says where the words were reported: …، بحسب بيان للجنة اليوم، "…")
            for (var m = 1; m <= before && !between; m++)
                between = s.Tokens[m].Cue is not null && !InsideQuote(s.Spans, s.Tokens[m].Start) && !SetOffSource(s, m);
            if (!between)
            {
                cue = new CueFound(CueKind.Verb, before, After: false, FromPrevious: ReferenceEquals(opener, carried));
                return opener;
            }
        }
        hasCue = false;
        return null;
    }

    /// <summary>A reporting cue strictly between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool CueBetween(Sentence s, int from, int to)
    {
        for (var m = from + 1; m < to; m++)
            if (s.Tokens[m].Cue is not null) return true;
        return false;
    }

    /// <summary>
    /// What a verb takes after its preposition is as far from the verb as an إن-clause may be: what someone called for, right
    /// after إلى (دعا الوزير …، أئمة المساجد عبر ربوع الوطن إلى “…”), and what أعرب expresses, a short phrase after عن that
    /// the quotation goes on (وأعرب جلالة الملك، …، عن أحر التعازي وصادق المواساة “في فقدان …”).
    /// </summary>
    private static bool TakenByVerb(Sentence s, int before)
    {
        for (var a = before; a >= 0 && before - a <= 4; a--)
        {
            var preposition = s.Tokens[a].Norm;
            if (!(preposition == "عن" || (preposition == "الي" && a == before))) continue;
            for (var j = a - 1; j >= 0 && a - j <= MaxThatGap; j--)
            {
                if (s.Tokens[j].Cue != CueKind.Verb) continue;
                var v = s.Tokens[j].Norm;
                if (v.Length > 3 && v[0] == 'و') v = v[1..];
                if (preposition == "الي" ? v is "دعا" or "دعت" or "طالب" or "طالبت" or "ناشد" or "ناشدت" : v is "اعرب" or "اعربت") return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// A sentence whose first word, before any quotation mark, is a verb cue behind و or ف (وأضاف أن “…): the narrator's
    /// next clause. (A bare تؤكد الجمعية may be the statement's own words about its issuer.)
    /// </summary>
    private static bool NewReport(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var start = i;
        while (i < text.Length && ArabicLetters.IsWordChar(text[i])) i++;
        return i > start && ReportingCues.Match(ArabicText.Normalize(text[start..i]), out var prefixed) == CueKind.Verb && prefixed;
    }

    /// <summary>The text's first word is a verb cue (وقال، أكد).</summary>
    private static bool OpensWithVerbCue(string text)
    {
        var i = 0;
        while (i < text.Length && !ArabicLetters.IsWordChar(text[i])) i++;
        var start = i;
        while (i < text.Length && ArabicLetters.IsWordChar(text[i])) i++;
        return i > start && ReportingCues.Match(ArabicText.Normalize(text[start..i]), out _) == CueKind.Verb;
    }

    /// <summary>No stop, colon, comma or quotation mark before <paramref name="to"/>: the sentence's words run on to it.</summary>
    private static bool Unpunctuated(string text, int to) => text.AsSpan(0, to).IndexOfAny(".:؛!?؟،,«»“”\"") < 0;

    /// <summary>A dash closing an aside that opened with a dash earlier in the text, spaces aside, right before <paramref name="open"/>.</summary>
    private static bool AfterAside(string text, int open)
    {
        var k = QuoteSpans.LastBefore(text, open);
        if (k < 1 || text[k] is not ('-' or '–' or '—' or 'ـ') || !char.IsWhiteSpace(text[k - 1])) return false;
        // the opening dash stands apart too (a tatweel inside a word stretches it: بـ، الـ)
        for (var i = k - 2; i > 0; i--)
            if (text[i] == text[k] && char.IsWhiteSpace(text[i - 1]) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) return true;
        return false;
    }

    /// <summary>A comma, spaces aside, right before position <paramref name="open"/>.</summary>
    private static bool CommaBefore(string text, int open) => QuoteSpans.LastBefore(text, open) is var k and >= 0 && text[k] is '،' or ',';

    /// <summary>
    /// The position lies in an aside — between dashes or in brackets — that closes before <paramref name="quoteOpen"/>:
    /// وأضاف الفالح - في تصريح للصحفيين حسبما ذكرت قناة (العربية) - أنه “…”. A cue there cites a medium, not the speaker.
    /// </summary>
    private static bool InAside(string text, int position, int quoteOpen)
    {
        var depth = 0;
        for (var i = position; i < quoteOpen && i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && depth-- == 0) return true;
        }
        return SpacedDashes(text, 0, position) % 2 == 1 && SpacedDashes(text, position, quoteOpen) > 0;
    }

    /// <summary>Dashes with a space on each side (an aside's edges, not a hyphen) between two positions.</summary>
    private static int SpacedDashes(string text, int from, int to)
    {
        var count = 0;
        for (var i = Math.Max(from, 1); i < to && i + 1 < text.Length; i++)
            if (text[i] is '-' or '–' or '—' && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1])) count++;
        return count;
    }

    /// <summary>على حد تعبيره/قوله/وصفه («in his words») starting at token <paramref name="k"/>.</summary>
    private static bool InHisWordsAt(List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k].Norm == "علي" && tokens[k + 1].Norm == "حد"
        && tokens[k + 2].Norm is "تعبيره" or "تعبيرها" or "قوله" or "قولها" or "وصفه" or "وصفها";

    /// <summary>
    /// Words from one quotation's close to the next one's opening when they hold a و-joined أن (وأن، وبأن) or pronoun
    /// (ينظر إلى … «بكثير من الحذر» وهو «على استعداد …») and no stop, at most <see cref="MaxGap"/> of them; else -1.
    /// </summary>
    private static int CoordinatedThat(Sentence s, int from, int to)
    {
        if (HasStop(s.Text, from, to)) return -1;
        var words = 0;
        var joined = false;
        foreach (var t in s.Tokens)
        {
            if (t.Start <= from || t.End > to) continue;
            words++;
            joined |= AndThat(t.Norm) || t.Norm is "وهو" or "وهي" or "وهم";
        }
        return joined && words <= MaxGap ? words : -1;
    }

    /// <summary>A stop inside a sentence between two positions (a hard-capped run-on keeps its full stops).</summary>
    private static bool HasStop(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
            if (text[i] is '.' or '؛' or ';' or '!' or '?' or '؟') return true;
        return false;
    }

    /// <summary>A verb of saying, also with «it» (ذكرته، أعلنتها), that is no relaying.</summary>
    private static bool SaysIt(string norm)
    {
        var verb = norm.EndsWith("ها", StringComparison.Ordinal) ? norm[..^2] : norm.EndsWith('ه') ? norm[..^1] : norm;
        return (ReportingCues.Match(norm, out _) == CueKind.Verb || (verb.Length >= 3 && ReportingCues.Match(verb, out _) == CueKind.Verb))
               && !Relays(norm) && !Relays(verb);
    }

    /// <summary>Past the fields that name a body, from token <paramref name="k"/>: an ال-word behind ل or و each (للحقوق والتنمية).</summary>
    private static int BodyFieldsEnd(Sentence s, int k)
    {
        var t = s.Tokens;
        while (k < t.Count && Joined(s, t[k - 1].End, t[k].Start) && t[k].Norm.Length > 4
               && (t[k].Norm.StartsWith("لل", StringComparison.Ordinal) || t[k].Norm.StartsWith("وال", StringComparison.Ordinal)))
            k++;
        return k;
    }

    /// <summary>حسبما، وفق ما، بحسب ما right before the verb at <paramref name="k"/>: «as (it) reported» (not كما, also «also»: كما توقعت الوكالة).</summary>
    private static bool AsReported(Sentence s, int k)
    {
        var t = s.Tokens;
        if (!Joined(s, t[k - 1].End, t[k].Start)) return false;
        if (t[k - 1].Norm is "حسبما" or "وحسبما" or "بحسبما") return true;
        return k >= 2 && t[k - 1].Norm == "ما" && t[k - 2].Norm is "حسب" or "بحسب" or "وفق" or "وفقا" or "وبحسب" or "وحسب" && Joined(s, t[k - 2].End, t[k - 1].Start);
    }

    /// <summary>نقل، نقلت، ينقل، تنقل (with or without و): «relayed», a cue only with «عن» and the one relayed from.</summary>
    private static bool Relays(string norm) =>
        (norm.Length > 3 && norm[0] == 'و' ? norm[1..] : norm) is "نقل" or "نقلت" or "ينقل" or "تنقل";

    /// <summary>ونقلت الوكالة الرسمية عن شواني: the speaker after the first عن within eight words of the relay verb, before <paramref name="limit"/>.</summary>
    private static string? RelayedBy(Sentence s, int k, int limit, SpeakerNames names)
    {
        // (not past another cue: ونقل الفيصل تحيات القيادة معربا عن تقديره)
        for (var j = k + 1; j < limit && j <= k + 8 && s.Tokens[j].Cue is null; j++)
            if (s.Tokens[j].Norm == "عن") return SpeakerAfter(s, j, names);
        return null;
    }

    /// <summary>
    /// أفادت مصادر نقلا عن القيادة في بيان، أنه "…": the words are relayed from the one named after «نقلا عن», between the cue
    /// <paramref name="k"/> and the token before the quotation; null when nothing is relayed.
    /// </summary>
    private static string? RelayedFrom(Sentence s, int k, int before, SpeakerNames names)
    {
        for (var j = k + 1; j + 1 < before; j++)
            if (s.Tokens[j].Norm == "نقلا" && s.Tokens[j + 1].Norm == "عن" && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start))
                return SpeakerAfter(s, j + 1, names);
        return null;
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
        for (var j = k - 1; j >= 0 && j >= k - 10; j--)
            if (s.Tokens[j].Norm == "عن" && j + 1 < k)
                // عن المتحدث باسم المنظمة، طارق ياسرفيتش، قوله: a role phrase is read as after a verb, up to the name it sets off.
                return SpeakerNames.IsRole(s.Tokens[j + 1].Norm) && RoleLed(s, j + 1, names) is { } person
                    ? person
                    : names.ShortMention(s.Text, Phrase(s, j + 1, k - 1));
        return null;
    }

    private static List<(int Start, int End, string Norm)> Phrase(Sentence s, int from, int to) =>
        s.Tokens.GetRange(from, to - from + 1).ConvertAll(t => (t.Start, t.End, t.Norm));

    /// <summary>
    /// The speaker of the noun phrase right after cue <paramref name="k"/>, or null. A phrase that opens with a name
    /// ends at a comma (قال علي حسين، المدير التنفيذي → حسين). A phrase that opens with a role is read up to its end —
    /// a colon, a quotation, إن/أن, a stop or another cue — and the person is, in order: the name right after the role
    /// and its ال-qualifiers (الرئيس الروسي فلاديمير بوتين); the name right before that end (وقال مدير أول إدارة الاتصال
    /// لدى شركة Ooredoo الكويت مجبل الأيوب: → الأيوب); else the role with its qualifiers.
    /// </summary>
    private static string? SpeakerAfter(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if ((TopicBeforeFa(s, k, names) ?? DescribedTopicBeforeFa(s, k, names)) is { } topic) return topic;
        // ونقلت الوكالة الوطنية عن الوزير: the one relayed from, never the medium that relays (without عن, ونقل الفيصل
        // تحيات القيادة, it is «conveyed» and its subject follows as after any verb).
        if (tokens[k].Cue == CueKind.Verb && Relays(tokens[k].Norm))
        {
            if (RelayedBy(s, k, tokens.Count, names) is { } relayed) return relayed;
            // (وفق ما نقلت وكالة الأنباء: a medium relaying, without whom from, names no speaker)
            if (k + 1 < tokens.Count && Medium(tokens[k + 1].Norm)) return null;
        }
        // وعزا السبب إلى "…"، وعزا هذا الارتفاع إلى: what is attributed may come right after «attributed»; the one attributing
        // it is then the one already speaking (not after a body or a name: وعزا المعهد الوطني للإحصاء هذا الارتفاع إلى).
        if (Attributes(tokens[k].Norm) && k + 1 < tokens.Count
            && (tokens[k + 1].Norm is "هذا" or "هذه" or "ذلك" or "تلك"
                || (Definite(tokens[k + 1].Norm) && !SpeakerNames.IsOrganisation(tokens[k + 1].Norm) && !SpeakerNames.IsRole(tokens[k + 1].Norm)
                    && !names.IsFamilyName(tokens[k + 1].Norm))))
            return null;
        var first = k + 1;
        // وجاء في البيان الصادر عن الاتحاد: the statement after في, and so its issuer.
        if (InStatement(s, k)) first++;
        // أصدرت سلطة الطيران المدني بيانا أكدت فيه أن “…”: «in it» after the verb — the statement's issuer speaks.
        if (first < tokens.Count && tokens[first].Norm is "فيه" or "فيها" && MentionsStatement(s) && IssuerHere(s, null, names) is { } issuer)
            return issuer;
        // وقالت "هيومن رايتس ووتش" في تقرير: a name in marks right after the verb is its subject, whole.
        if (first < tokens.Count && MarkedNameAfter(s, tokens[k].End) is { } marked) return marked;
        // وقالت (فاطمه) على "تويتر": so is a name in brackets right after a verb of saying.
        if (first < tokens.Count && tokens[k].Cue == CueKind.Verb && BracketedNameAfter(s, k, names) is { } bracketed) return bracketed;
        // وقال إنه أكد الأهمية البالغة …: after إنه/أنها the verb's subject is that pronoun; what follows is its object.
        if (k > 0 && tokens[k - 1].Norm is "انه" or "انها" or "انهم" or "بانه" or "بانها" && Joined(s, tokens[k - 1].End, tokens[k].Start))
            return null;
        // وقال د. اشتيه: an abbreviated title (د. for دكتور, م. for مهندس) before the name.
        if (first + 1 < tokens.Count && AbbreviatedTitle(tokens[first].Norm) && Joined(s, tokens[first].End, tokens[first + 1].Start))
            first++;
        // قال سمو الشيخ ذياب، وأكد معالي الوزير: an honorific before the title or name is neither.
        if (first + 1 < tokens.Count && SpeakerNames.IsHonorific(tokens[first].Norm)
            && Joined(s, tokens[first].End, tokens[first + 1].Start))
            first++;
        // أكدت السيدة ليلى بنعلي: «Mr/Mrs» before a name (the Maghreb press) — السيد after a name is a family name (ناصر هاشم السيد).
        else if (first + 1 < tokens.Count && tokens[first].Norm is "السيد" or "السيده" && Joined(s, tokens[first].End, tokens[first + 1].Start)
                 && IsNamePart(s, first + 1, names))
            first++;
        // وأكدت نفس الفيدرالية، ذات الوزارة: «the same» body or role is that body or role.
        else if (first + 1 < tokens.Count && tokens[first].Norm is "نفس" or "ذات" && Joined(s, tokens[first].End, tokens[first + 1].Start)
                 && Definite(tokens[first + 1].Norm) && (SpeakerNames.IsOrganisation(tokens[first + 1].Norm) || SpeakerNames.IsRole(tokens[first + 1].Norm)))
            first++;
        // حسب توضيحات الوزير، وفق تصريحات المدير: the speaker is the one whose words these are; حسبما أفادت به الهيئة: the
        // verb's object pronoun comes before its subject.
        // بحسب ما ذكرته الوزارة، وفق ما أعلنته الشركة: «according to what X said (it)», the speaker after the verb (not a
        // medium relaying: وفق ما نقلت وكالة الأنباء).
        // (…also «لما أعلن عنه بيان صادر عن الوزارة»: what it was announced about, then who announced it)
        if (tokens[k].Cue == CueKind.Source && first + 2 < tokens.Count && tokens[first].Norm is "ما" or "لما" && SaysIt(tokens[first + 1].Norm)
            && Joined(s, tokens[first].End, tokens[first + 1].Start) && Joined(s, tokens[first + 1].End, tokens[first + 2].Start))
        {
            first += 2;
            if (first + 1 < tokens.Count && tokens[first].Norm is "عنه" or "عنها" or "به" or "بها" && Joined(s, tokens[first].End, tokens[first + 1].Start)) first++;
        }
        if (first + 1 < tokens.Count && Joined(s, tokens[first].End, tokens[first + 1].Start)
            && ((tokens[k].Cue == CueKind.Source && SourceWordsNoun(tokens[first].Norm))
                || (tokens[k].Cue == CueKind.Verb && tokens[first].Norm is "به" or "بها" or "بذلك")
                // (أكد ذلك مدير المطار احمد هوشيار: «that» as the object, before a role; not before a verb: واعتبر ذلك يؤدي)
                || (tokens[k].Cue == CueKind.Verb && tokens[first].Norm == "ذلك" && SpeakerNames.IsRole(tokens[first + 1].Norm))
                // (لما أعلن عنه بيان صادر عن …، أعلن عنه الشيخ محمد بن راشد: «about it» before who announced it)
                || (tokens[k].Cue == CueKind.Verb && tokens[first].Norm is "عنه" or "عنها"))) first++;
        // وقال دراج لرويترز after «عمرو دراج»: a role word the article gave as a family name is that person, when no qualifier
        // joins it (a cyclist's «دراج الفريق» would).
        if (first < tokens.Count && Joined(s, tokens[first - 1].End, tokens[first].Start) && names.FullNameOfFamilyName(tokens[first].Norm) is { } full
            && (first + 1 == tokens.Count || !Joined(s, tokens[first].End, tokens[first + 1].Start) || !Definite(tokens[first + 1].Norm)
                || SpeakerNames.TimeWord(tokens[first + 1].Norm)))
            return full;
        if (first < tokens.Count && SpeakerNames.IsRole(tokens[first].Norm) && Joined(s, tokens[first - 1].End, tokens[first].Start))
            return RoleLed(s, first, names);
        // وقال مساعد المدير العام … عبدالغفور تيفوني: «assistant» before a role is part of the role. Alone it is no role word,
        // being a Gulf given name too (مساعد الجزاف).
        if (first + 1 < tokens.Count && tokens[first].Norm is "مساعد" or "مساعده" or "معاون" or "معاونه"
            && SpeakerNames.IsRole(tokens[first + 1].Norm) && Joined(s, tokens[first].End, tokens[first + 1].Start))
            return RoleLed(s, first + 1, names);
        // وقالت المساعدة في إعداد التقرير كاترين ساجي: with ال and before في («in», what she assists in) it is the role.
        if (first + 1 < tokens.Count && tokens[first].Norm is "المساعد" or "المساعده" && tokens[first + 1].Norm == "في"
            && Joined(s, tokens[first].End, tokens[first + 1].Start))
            return RoleLed(s, first, names);
        // وطالبت أم أكرم …، مضيفة: after a feminine verb, أم and a name is a mother called by her son's name (elsewhere أم is
        // «or»), printed whole.
        if (first + 1 < tokens.Count && tokens[first].Norm == "ام" && FemininePast(tokens[k].Norm) && Joined(s, tokens[first].End, tokens[first + 1].Start)
            && IsNamePart(s, first + 1, names) && !Stops.Contains(tokens[first + 1].Norm))
            return s.Text[tokens[first].Start..tokens[first + 1].End];
        // واستطرد آخر: "…"، وأضافت أخرى: «another» man or woman of those the article has been quoting, alone before the words,
        // is the speaker as the article gives him — not the one before.
        if (first < tokens.Count && tokens[first].Norm is "اخر" or "اخري" or "اخرون" or "اخريات" && tokens[k].Cue == CueKind.Verb
            && (first + 1 == tokens.Count || !Joined(s, tokens[first].End, tokens[first + 1].Start) || IsThatWord(tokens[first + 1].Norm)))
            return s.Text[tokens[first].Start..tokens[first].End];
        // وقال احد المستهلكين، قالت إحدى الأمهات: «one of» a group, the speaker as the article gives him.
        if (first + 1 < tokens.Count && tokens[first].Norm is "احد" or "احدي" && Definite(tokens[first + 1].Norm)
            && !Stops.Contains(tokens[first + 1].Norm) && !StopWords.Contains(tokens[first + 1].Norm) && Joined(s, tokens[first].End, tokens[first + 1].Start))
            return s.Text[tokens[first].Start..tokens[first + 1].End];
        var last = first - 1;
        for (var j = first; j < tokens.Count && j < first + 7; j++)
        {
            if (!Joined(s, tokens[j - 1].End, tokens[j].Start)) break;
            var norm = tokens[j].Norm;
            // بيان صادر عن وزارة الدفاع: «issued by» goes on to the issuer.
            // (…also behind an adjective, and with the verb: بيان مقتضب صدر عن جيش الاحتلال)
            var issuedBy = norm == "عن" && j <= first + 3 && SpeakerNames.IsStatement(tokens[first].Norm) && tokens[j - 1].Norm is "صادر" or "الصادر" or "صدر";
            // (a number, also with ال: علقت الـ2 في المئة; and a token with no letters left, a lone ـ, as IsNumber says)
            if (((Stops.Contains(norm) && !IsNameAli(s, j, names) && !NameSabah(s, j, names)) || tokens[j].Cue is not null || IsNumber(norm)
                 || norm.AsSpan().ContainsAnyInRange('0', '9')) && !issuedBy) break;
            if (j == first && !names.IsNameLike(norm) && !NameSabah(s, j, names) && !SpeakerNames.IsRole(norm) && !norm.StartsWith("ال", StringComparison.Ordinal)
                && !FamilyNameLikeAFunctionWord(s, j, names)) break;
            // وكتبت الإعلامية ريهام سعيد منشورا، عقد الوزير مؤتمرا صحفيا: the verb's object after its subject ends the phrase.
            if (j > first && (AccusativePair(s, j, names) || (j >= first + 2 && ObjectAfterName(s, j, names)))) break;
            // وقال يوسف إبراهيم طبقاً لما أوردته: a word with tanween is an adverb or an object, no more of the name.
            if (j > first && Tanween(s, j)) break;
            // وانتقد العماري الحكومة الحالية: a body after a person's name is the verb's object, not more of the name.
            if (j > first && Definite(norm) && SpeakerNames.IsOrganisation(norm) && !SpeakerNames.IsOrganisation(tokens[first].Norm)
                && !SpeakerNames.IsRole(tokens[first].Norm) && !SpeakerNames.IsStatement(tokens[first].Norm)) break;
            // وجدّد الحوثي التأكيد على “…”: a stance with ال right after a one-word name is the verb's object (not after a body or
            // a role, whose ال-words name them: قوات الدعم السريع).
            if (j == first + 1 && Definite(norm) && norm.Length > 4 && StanceNoun(norm[2..]) && !SpeakerNames.IsOrganisation(tokens[first].Norm)
                && !SpeakerNames.IsRole(tokens[first].Norm)) break;
            // وواصل حديثه، وأنهى … حديثه قائلا: his talk is what goes on, not who; ويؤكد بأكثر من معنى: a preposition's phrase.
            // (…but «said» takes no stance as its object: قالت أمل عبدالله is a woman named أمل)
            if (j == first && (OwnWords(norm) || PrepositionalWord(norm, names) || (StanceNoun(norm) && !Said(tokens[k].Norm)))) break;
            // وأكمل محييا اللاعبين “…”: a five-letter word of the form مُفَعِّلاً that the article uses once, before the ال-word it
            // takes, is how he went on, not who.
            if (j == first && norm.Length == 5 && norm[0] == 'م' && norm[^1] == 'ا' && names.Mentions(norm) < 2 && j + 1 < tokens.Count
                && Definite(tokens[j + 1].Norm) && Joined(s, tokens[j].End, tokens[j + 1].Start)) break;
            // وقال مخاطبا سمو الأمير، وأضاف مستطردا، متسائلا: an accusative participle of the derived forms (مُفاعِلاً، مُتَفاعِلاً،
            // مُفتَعِلاً، مُستَفعِلاً) says how he spoke, not who — not any م…ا word (موكوينا is a name).
            if (j == first && MannerParticiple(norm)) break;
            // واعتبرت القرار "استمرارا لحملة عدائية": a masculine thing after a feminine verb is its object, not who speaks.
            if (j == first && FemininePast(tokens[k].Norm) && MasculineObject(norm)) break;
            // ودعا المكونات والفاعليات … إلى «…»: a feminine plural after a masculine past verb is its object, since such a
            // subject takes the feminine (دعت المكونات).
            if (j == first && MasculinePast(tokens[k].Norm) && Definite(norm) && norm.Length >= 6 && norm.EndsWith("ات", StringComparison.Ordinal)) break;
            // وقال بوضوح: "…"، قائلًا بحسم: "…": a manner word (ب and a noun of how one speaks) is not who. A closed list: ب opens
            // names as often (وقال بوتين “…”، بلقاسم).
            if (j == first && MannerWord(norm)) break;
            // وقال سنتمسك بالأمل: a «we will» verb opens unquoted speech, not a name; so does «we are still» (وقال مازالنا على …).
            if (j == first && ((norm.Length >= 6 && norm.StartsWith("سن", StringComparison.Ordinal)) || StillVerb(norm))) break;
            // يؤكد اهتمامهم بالثقافة: a noun with «their» or «her» is the verb's object, never a person's name. (Stricter than
            // SpeakerNames.WithPronoun, which also stops نا and four-letter words: here, right after the verb, كريستالينا
            // جورجيفا must stay a name.)
            if (j == first && norm.Length >= 5 && (norm.EndsWith("ها", StringComparison.Ordinal) || norm.EndsWith("هم", StringComparison.Ordinal)
                || norm.EndsWith("هما", StringComparison.Ordinal))) break;
            // وقال لرويترز "…"، ولفت لـmtv الى أن: one ل-word the article never repeats, alone before the words or a stop, is whom
            // they were said to; so is any written لـ with its tatweel.
            if (j == first && norm.Length > 2 && norm[0] == 'ل'
                && (s.Text[tokens[j].Start + 1] == 'ـ'
                    || (names.Mentions(norm) < 2 && (j + 1 >= tokens.Count || !Joined(s, tokens[j].End, tokens[j + 1].Start) || Stops.Contains(tokens[j + 1].Norm)))))
                break;
            // ل + a word used alone ends a name (بوطرفة لوكالة), and so does one the article never repeats (بوتين لصحافيين) — a
            // repeated one is a name of its own (أبو ليلى، حسين لبيب) —, but not a statement's issuer (بيان لرئاسة الجمهورية).
            if (j > first && norm.Length > 3 && norm[0] == 'ل' && (names.MentionedAlone(norm[1..]) || names.Mentions(norm) < 2)
                && !((j == first + 1 || (j == first + 2 && SpeakerNames.StatementAdjective(tokens[first + 1].Norm))) && SpeakerNames.IsStatement(tokens[first].Norm))
                // (…nor a field behind لل and its adjective that go on naming a body or an issuer: بلاغ للمديرية العامة للأمن الوطني)
                && !(SpeakerNames.Field(norm) && j + 1 < tokens.Count && Definite(tokens[j + 1].Norm)
                     && Joined(s, tokens[j].End, tokens[j + 1].Start)
                     && (SpeakerNames.IsStatement(tokens[first].Norm) || SpeakerNames.IsOrganisation(tokens[first].Norm)))) break;
            last = j;
        }
        return last < first ? null : names.ShortMention(s.Text, Phrase(s, first, last));
    }

    /// <summary>
    /// أما محامي الدفاع عبد الناصر المهري فوصف المحاكمة بأنها “…”: after أما («as for») the subject comes first and ف opens
    /// its verb, so the words after the verb are its object. The subject's phrase — a role or a name first, up to eight words
    /// with no punctuation but a comma before the verb —, or null.
    /// </summary>
    private static string? TopicBeforeFa(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (!tokens[k].Prefixed || tokens[k].Norm[0] != 'ف') return null;
        for (var a = k - 1; a >= 0 && k - a <= 8; a--)
        {
            if (InsideQuote(s.Spans, tokens[a].Start)) return null;
            if (a < k - 1 && HasPunctuation(s.Text, tokens[a].End, tokens[a + 1].Start)) return null;
            if (tokens[a].Norm is not ("اما" or "واما")) continue;
            if (a + 1 >= k || (a == k - 2 && HasPunctuation(s.Text, tokens[a].End, tokens[a + 1].Start))) return null;
            // (a person or a role: «أما في شأن قوافل العودة، فأجاب مكاري» is about something, and its speaker follows the verb)
            if (!SpeakerNames.IsRole(tokens[a + 1].Norm) && !IsNamePart(s, a + 1, names)) return null;
            var end = CommaBetween(s, tokens[k - 1].End, tokens[k].Start) || Joined(s, tokens[k - 1].End, tokens[k].Start) ? k - 1 : -1;
            if (end < a + 1) return null;
            return (SpeakerNames.IsRole(tokens[a + 1].Norm) ? RoleLed(s, a + 1, names) : null) ?? names.ShortMention(s.Text, Phrase(s, a + 1, end));
        }
        return null;
    }

    /// <summary>
    /// أما عماد يوحنا، هو شاب ثلاثيني شهد الحريق بنفسه أيضا فيقول: after «أما», a name set off by a comma and a description
    /// of him with no other punctuation nor cue before the ف-verb at <paramref name="k"/> is that verb's subject; or null.
    /// (<see cref="TopicBeforeFa"/> reads the short phrases, up to the verb.)
    /// </summary>
    private static string? DescribedTopicBeforeFa(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (!tokens[k].Prefixed || tokens[k].Norm[0] != 'ف') return null;
        for (var a = k - 1; a >= 0 && k - a <= MaxDescribedTopic; a--)
        {
            if (InsideQuote(s.Spans, tokens[a].Start) || (a < k - 1 && tokens[a + 1].Cue is not null)) return null;
            if (tokens[a].Norm is not ("اما" or "واما")) continue;
            if (a + 1 >= k || !IsNamePart(s, a + 1, names)) return null;
            // (the name: up to four words before the comma, as a name the article may give only here is not known by its words)
            var end = a + 1;
            while (end + 1 < k && end < a + 4 && Joined(s, tokens[end].End, tokens[end + 1].Start) && !Stops.Contains(tokens[end + 1].Norm)) end++;
            if (end + 1 >= k || !CommaBetween(s, tokens[end].End, tokens[end + 1].Start)) return null;
            for (var m = end + 1; m < k; m++)
                if (HasPunctuation(s.Text, tokens[m].End, tokens[m + 1].Start)) return null;
            return BestName(s, a + 1, end, names);
        }
        return null;
    }

    /// <summary>The farthest «أما» <see cref="DescribedTopicBeforeFa"/> looks back for, in words.</summary>
    private const int MaxDescribedTopic = 16;

    /// <summary>
    /// One to three name words in brackets right after the verb at <paramref name="k"/> (وقالت (فاطمه) على "تويتر"), as
    /// written; null for anything else.
    /// </summary>
    private static string? BracketedNameAfter(Sentence s, int k, SpeakerNames names)
    {
        var open = s.Tokens[k].End;
        while (open < s.Text.Length && s.Text[open] == ' ') open++;
        if (open >= s.Text.Length || s.Text[open] != '(') return null;
        var close = s.Text.IndexOf(')', open + 1);
        if (close < 0) return null;
        var inside = s.Tokens.FindAll(t => t.Start > open && t.End <= close);
        if (inside.Count is 0 or > 3 || s.Text.AsSpan(open + 1, close - open - 1).IndexOfAny(".،,:؛") >= 0) return null;
        foreach (var t in inside)
            if (!names.IsNameLike(t.Norm) || Stops.Contains(t.Norm) || t.Cue is not null || SpeakerNames.IsPlace(t.Norm)) return null;
        return s.Text[(open + 1)..close].Trim();
    }

    /// <summary>The words of a quotation that is no speech (a name in marks) opening right after <paramref name="position"/>, or null.</summary>
    private static string? MarkedNameAfter(Sentence s, int position)
    {
        for (var q = 0; q < s.Spans.Count; q++)
        {
            var span = s.Spans[q];
            if (span.Open < position) continue;
            if (s.Eligible[q] || !s.Text.AsSpan(position, span.Open - position).IsWhiteSpace()) return null;
            var name = s.Text[(span.Open + 1)..span.Close].Trim();
            return HasArabicLetter(name) && ArticleModel.CountWords(name) <= MaxNameWords ? name : null;
        }
        return null;
    }

    /// <summary>قال، قالت، يقول، تقول, also behind و/ف (normalised): a verb whose object is words, never a stance.</summary>
    private static bool Said(string norm) =>
        (norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm[1..] : norm) is "قال" or "قالت" or "يقول" or "تقول";

    /// <summary>مخاطبا، مستطردا، متسائلا، مبتسما (normalised): م, the form's mark (ا or ت third; مت or مست first), six to eight letters, ا last.</summary>
    private static bool MannerParticiple(string norm) =>
        norm.Length is >= 6 and <= 8 && norm[0] == 'م' && norm[^1] == 'ا'
        && (norm[2] is 'ا' or 'ت' || norm.StartsWith("مت", StringComparison.Ordinal) || norm.StartsWith("مست", StringComparison.Ordinal));

    /// <summary>مازال، لازالت، مازلنا: «still», a verb, normalised.</summary>
    private static bool StillVerb(string norm) =>
        norm.StartsWith("مازال", StringComparison.Ordinal) || norm.StartsWith("لازال", StringComparison.Ordinal)
        || norm.StartsWith("مازل", StringComparison.Ordinal) || norm.StartsWith("لازل", StringComparison.Ordinal);

    /// <summary>
    /// وقال فالي في المؤتمر after «البرتغالي إليديو فالي»: a word read like ف and a function word (فالي: «so to») that the
    /// article gives right after a given name, alone before a word that ends a name, is that family name.
    /// </summary>
    private static bool FamilyNameLikeAFunctionWord(Sentence s, int j, SpeakerNames names)
    {
        var norm = s.Tokens[j].Norm;
        return norm.Length > 3 && norm[0] == 'ف' && StopWords.Contains(norm.AsSpan(1))
               && (j + 1 == s.Tokens.Count || !Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start) || Stops.Contains(s.Tokens[j + 1].Norm))
               && names.AfterGivenName(norm);
    }

    /// <summary>أشاد، رحّب، نوّه، ندّد، طالب (past or present, also behind و/ف): verbs that take what they praise or ask with ب.</summary>
    internal static bool TakesObjectWithBa(string norm) =>
        (norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm[1..] : norm) is "اشاد" or "اشادت" or "يشيد" or "تشيد" or "رحب" or "رحبت" or "يرحب"
            or "ترحب" or "نوه" or "نوهت" or "ينوه" or "تنوه" or "ندد" or "نددت" or "يندد" or "تندد" or "طالب" or "طالبت" or "يطالب" or "تطالب";

    /// <summary>جدلاً واسعاً: a word written with tanween is an indefinite noun or adjective, never a name.</summary>
    private static bool Tanween(Sentence s, int j) =>
        s.Text.AsSpan(s.Tokens[j].Start, s.Tokens[j].End - s.Tokens[j].Start).IndexOfAny('\u064B', '\u064C', '\u064D') >= 0;

    /// <summary>
    /// علي is normalised like the preposition على; it is the name علي when so spelt and a name follows (قال علي حسين), and
    /// also spelt على, as the Egyptian press writes it, before عبد (قال على عبد العال) — but not after a verb that takes على
    /// (وعلق على عبد الله، شدد على); and so spelt, closing a name before punctuation (<see cref="ClosingAli"/>).
    /// </summary>
    private static bool IsNameAli(Sentence s, int j, SpeakerNames names) =>
        ClosingAli(s, j, names)
        || s.Tokens[j].Norm == "علي" && j + 1 < s.Tokens.Count && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
        && (s.Text.AsSpan(s.Tokens[j].Start, s.Tokens[j].End - s.Tokens[j].Start).SequenceEqual("علي")
            ? IsNamePart(s, j + 1, names) || (Definite(s.Tokens[j + 1].Norm) && !SpeakerNames.IsRole(s.Tokens[j + 1].Norm)
                // (…closed by punctuation, or by إن/أن: قال علي العريض إن حزبه «…»)
                && (j + 2 >= s.Tokens.Count || HasPunctuation(s.Text, s.Tokens[j + 1].End, s.Tokens[j + 2].Start) || IsThatWord(s.Tokens[j + 2].Norm)))
            : s.Tokens[j + 1].Norm.StartsWith("عبد", StringComparison.Ordinal)
              && !(j > 0 && (s.Tokens[j - 1].Norm is ['و' or 'ف', _, _, _, ..] prefixed ? prefixed[1..] : s.Tokens[j - 1].Norm)
                  is "علق" or "علقت" or "يعلق" or "تعلق" or "شدد" or "شددت" or "يشدد" or "تشدد" or "رد" or "ردت" or "يرد" or "ترد"
                     or "اكد" or "اكدت" or "حرص" or "حرصت" or "اثني" or "اثنت"));

    /// <summary>
    /// علي as written, closing a name before punctuation (العقيد أحمد محمد علي، عبر صفحته): the name, not the preposition على,
    /// which never stands between a name and a comma.
    /// </summary>
    private static bool ClosingAli(Sentence s, int j, SpeakerNames names) =>
        s.Tokens[j].Norm == "علي" && j > 0 && s.Text.AsSpan(s.Tokens[j].Start, s.Tokens[j].End - s.Tokens[j].Start).SequenceEqual("علي")
        && s.Tokens[j - 1].Norm != "علي" && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start) && IsNamePart(s, j - 1, names)
        && (j + 1 >= s.Tokens.Count ? s.Tokens[j].End < s.Text.Length && HasPunctuation(s.Text, s.Tokens[j].End, s.Text.Length)
            : HasPunctuation(s.Text, s.Tokens[j].End, s.Tokens[j + 1].Start));

    /// <summary>A word that can be part of a person's name here: name-like and no stop or body word (هيئة، شركة), or the name علي.</summary>
    private static bool IsNamePart(Sentence s, int j, SpeakerNames names) =>
        (names.IsNameLike(s.Tokens[j].Norm) && !Tanween(s, j) && !AccusativePair(s, j, names) && !Stops.Contains(s.Tokens[j].Norm) && s.Tokens[j].Cue is null && !IsNumber(s.Tokens[j].Norm)
         && !PrepositionalWord(s.Tokens[j].Norm, names) && !SpeakerNames.IsOrganisation(s.Tokens[j].Norm) && !OwnWords(s.Tokens[j].Norm)
         && !SpeakerNames.WithPronoun(s.Tokens[j].Norm))
        || IsNameAli(s, j, names) || HamzaName(s, j, names) || NameBasim(s, j, names) || NameSabah(s, j, names);

    /// <summary>
    /// صباح is «morning» before a time word (صباح اليوم، صباح الأحد، صباح يوم الخميس) and the given name before a name word
    /// (الشيخ صباح الخالد، الدكتور صباح عبود جاسم), common in the Gulf.
    /// </summary>
    private static bool NameSabah(Sentence s, int j, SpeakerNames names) =>
        s.Tokens[j].Norm == "صباح" && j + 1 < s.Tokens.Count && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
        && s.Tokens[j + 1].Norm is var next && !StopWords.Contains(next) && next is not ("الغد" or "غد" or "باكر" or "الباكر" or "امس")
        && s.Tokens[j + 1].Cue is null && !IsNumber(next) && !Stops.Contains(next)
        && (names.IsNameLike(next) || (Definite(next) && next.Length > 3));

    /// <summary>
    /// المتحدث باسم الحكومة العراقية باسم العوادي: after the body a spokesman speaks for, باسم is the first name باسم — before a
    /// family name the article repeats.
    /// </summary>
    private static bool NameBasim(Sentence s, int j, SpeakerNames names) =>
        s.Tokens[j].Norm == "باسم" && j > 0 && j + 1 < s.Tokens.Count && Definite(s.Tokens[j - 1].Norm) && !SpeakerNames.IsRole(s.Tokens[j - 1].Norm)
        && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start) && !SpeakerNames.IsOrganisation(s.Tokens[j + 1].Norm)
        && (names.IsFamilyName(s.Tokens[j + 1].Norm) || names.Mentions(s.Tokens[j + 1].Norm) >= 2);

    /// <summary>
    /// إليسا، إلهام، ألفت: a first name whose hamza normalises into an ال-word; as written it has none. A name when the article
    /// repeats it.
    /// </summary>
    private static bool HamzaName(Sentence s, int j, SpeakerNames names) =>
        s.Text[s.Tokens[j].Start] is 'إ' or 'أ' or 'آ' && s.Tokens[j].Norm.StartsWith("ال", StringComparison.Ordinal) && s.Tokens[j].Norm.Length > 3
        && !SpeakerNames.IsRole(s.Tokens[j].Norm) && !Stops.Contains(s.Tokens[j].Norm) && !SpeakerNames.IsOrganisation(s.Tokens[j].Norm)
        && names.Mentions(s.Tokens[j].Norm) >= 2;

    /// <summary>
    /// ل with ال (للوزارة), or ب/ل/ك and a place, a role or a word the article uses alone (بطرابلس، لمراسل، بمشروع، لوزارة): a prepositional phrase, not a name
    /// (بوطرفة and بلحيمر are names).
    /// </summary>
    private static bool PrepositionalWord(string norm, SpeakerNames names) =>
        norm.Length > 3 && norm[0] is 'ب' or 'ل' or 'ك' && ((norm[0] == 'ل' && norm[1] == 'ل') || names.MentionedAlone(norm[1..]) || StopWords.Contains(norm.AsSpan(1))
            || SpeakerNames.IsPlace(norm[1..])
            // قال بسيدي بلعباس: «in Sidi …», a Maghreb town (سيدي بوزيد، سيدي قاسم)
            || norm[1..] == "سيدي"
            // لمراسل موزاييك، لرئيس الحكومة: to whom the words were said
            || SpeakerNames.IsRole(norm[1..])
            // بجامعة، لوزارة، بشركة: a body behind a preposition
            || SpeakerNames.IsOrganisation(norm[1..])
            // وتحدثت لموقعنا، قالت لصحيفة: the medium the words were given to
            || Medium(norm[1..]) || (norm.EndsWith("نا", StringComparison.Ordinal) && Medium(norm[1..^2])));

    /// <summary>The speaker of a phrase opening with the role at <paramref name="first"/>; see <see cref="SpeakerAfter"/>.</summary>
    private static string? RoleLed(Sentence s, int first, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // (كما أشاد رئيس مجلس السيادة بالقوى السياسية: what a verb of praise or welcome before the role takes with ب is its object)
        var objectWithBa = first > 0 && TakesObjectWithBa(tokens[first - 1].Norm);
        // The role, further roles (نائب الرئيس) and ال-qualifiers (الروسي، الخارجية), a construct noun before one (رئيسة سلطة الضبط).
        var j = first + 1;
        // (…not the medium the words were said to: وقال الوزير لوكالة فرانس برس)
        while (j < tokens.Count && j < first + 10 && Joined(s, tokens[j - 1].End, tokens[j].Start) && tokens[j].Cue is null && !ToMedium(tokens[j].Norm)
               && !Addressing(s, j)
               && (!Stops.Contains(tokens[j].Norm) || MemberFor(s, first, j) || SpeakerNames.IsHonorific(tokens[j].Norm) || PostedTo(s, j))
               && !PluralObject(tokens, j, first)
               && !(objectWithBa && tokens[j].Norm.StartsWith('ب'))
               && (SpeakerNames.IsRoleAdjective(tokens[j].Norm)
                   // صاحب محل آخر، صاحبة مطعم: what an owner owns, never a name, and «another» after it
                   || (j == first + 1 && tokens[first].Norm is "صاحب" or "صاحبه" or "اصحاب" && !IsThatWord(tokens[j].Norm))
                   || (j == first + 2 && tokens[first].Norm is "صاحب" or "صاحبه" && tokens[j].Norm is "اخر" or "اخري")
                   // المبعوث الأممي إلى اليمن، السفير السعودي لدى لبنان: where the role is held
                   || PostedTo(s, j)
                   // مصدر أمني، مسؤول حكومي: a relational adjective of an indefinite role
                   || (!Definite(tokens[first].Norm) && SpeakerNames.Nisba(tokens[j].Norm) && (j == first + 1 || SpeakerNames.Nisba(tokens[j - 1].Norm)))
                   || (!IsNamePart(s, j, names) && (Definite(tokens[j].Norm) || SpeakerNames.IsRole(tokens[j].Norm)))
                   || DefiniteBehindPreposition(tokens[j].Norm)
                   // محافظ بغداد، مدير مرفأ بيروت: a place qualifies the role, and so does the word before it (قائد عمليات
                   // بغداد، المتحدث لقيادة عمليات بغداد)
                   || SpeakerNames.IsPlace(tokens[j].Norm)
                   // (…and so does a word after a noun of places or tribes: رئيس المجلس الأعلى لقبائل ومدن فزان)
                   || SpeakerNames.PlaceNoun(tokens[j - 1].Norm)
                   || (j + 1 < tokens.Count && SpeakerNames.IsPlace(tokens[j + 1].Norm) && Joined(s, tokens[j].End, tokens[j + 1].Start))
                   || (j + 2 < tokens.Count && tokens[j].Norm.Length > 3 && tokens[j].Norm[0] is 'ل' or 'ب'
                       && SpeakerNames.IsPlace(tokens[j + 2].Norm) && Joined(s, tokens[j].End, tokens[j + 1].Start)
                       && Joined(s, tokens[j + 1].End, tokens[j + 2].Start))
                   // an employer and its name (رئيس شركة ايرباص الاوروبية، لمجمع سوناطراك): where the person works
                   || (SpeakerNames.IsBodyWord(tokens[j].Norm) && j + 1 < tokens.Count && Joined(s, tokens[j].End, tokens[j + 1].Start))
                   || (NamesBody(s, j) && !Definite(tokens[j - 1].Norm) && j + 1 < tokens.Count && Joined(s, tokens[j].End, tokens[j + 1].Start)
                       && (IsNamePart(s, j + 1, names) || Definite(tokens[j + 1].Norm) || SpeakerNames.IsPlace(tokens[j + 1].Norm)
                           // عضو مجلس مفوضي هيئة الإعلام: a body within a body
                           || SpeakerNames.IsBodyWord(tokens[j + 1].Norm)))
                   // an abbreviated title before the name (وزير المعادن د. أحمد)
                   || (AbbreviatedTitle(tokens[j].Norm) && j + 1 < tokens.Count && IsNamePart(s, j + 1, names))
                   // an honorific before the name or its title (وزيرة التربية والتعليم معالي د. مديحة)
                   || (SpeakerNames.IsHonorific(tokens[j].Norm) && j + 1 < tokens.Count && Joined(s, tokens[j].End, tokens[j + 1].Start))
                   // رئيس مجلس الوزراء ووزير الداخلية الشيخ …: a second role joined by و is the same person's
                   || (tokens[j].Norm.Length > 3 && tokens[j].Norm[0] == 'و' && SpeakerNames.IsRole(tokens[j].Norm[1..]))
                   // الناطق باسم وزارة الداخلية، النائب عن ائتلاف دولة القانون: the body a spokesman or a member speaks for
                   || (tokens[j].Norm == "باسم" && j + 1 < tokens.Count && j == first + 1)
                   || MemberFor(s, first, j)
                   // للعمال غير الأجراء: غير and the ال-word it negates
                   || (tokens[j].Norm == "غير" && j + 1 < tokens.Count && Definite(tokens[j + 1].Norm))
                   // وزير البريد و تكنولوجيات الإعلام و الاتصال: و typed apart still joins the qualifiers
                   || (tokens[j].Norm == "و" && j + 1 < tokens.Count && !SpeakerNames.IsRole(tokens[j + 1].Norm)
                       && (Definite(tokens[j + 1].Norm) || (j + 2 < tokens.Count && Definite(tokens[j + 2].Norm))))
                   // a place or a field in construct behind ب or ل: بمشروع الجزيرة، لكرة القدم، لشؤون الطاقة
                   // (but not a name that starts with ب before a family name the article uses: بخيت الرشيدي … وقال الرشيدي)
                   // (…also before a body and its ال-word: لشؤون مجلس الأمة)
                   || (tokens[j].Norm.Length > 3 && tokens[j].Norm[0] is 'ب' or 'ل' && j + 1 < tokens.Count
                       && (Definite(tokens[j + 1].Norm) || (j + 2 < tokens.Count && SpeakerNames.IsOrganisation(tokens[j + 1].Norm)
                           && Definite(tokens[j + 2].Norm) && Joined(s, tokens[j + 1].End, tokens[j + 2].Start)))
                       && Joined(s, tokens[j].End, tokens[j + 1].Start) && !names.IsFamilyName(tokens[j + 1].Norm) && !NameBasim(s, j, names)
                       // (…nor one the article repeats alone: بشارة الأسمر … وحيا الاسمر)
                       && !(tokens[j].Norm[0] == 'ب' && names.Mentions(tokens[j + 1].Norm) >= 2 && names.IsNameLike(tokens[j].Norm)
                            && !names.MentionedAlone(tokens[j].Norm[1..])))
                   // a construct noun before an ال-word, or before a body and its ال-word: مدير أول إدارة الاتصال، رئيسة سلطة
                   // الضبط، مدير إعلام وزارة العمل
                   // (not a function word: نفت الوزيرة كل الإشاعات)
                   || (j + 1 < tokens.Count && !SpeakerNames.IsRole(tokens[j + 1].Norm) && !StopWords.Contains(tokens[j].Norm)
                       && (Definite(tokens[j + 1].Norm) || (SpeakerNames.IsOrganisation(tokens[j + 1].Norm) && j + 2 < tokens.Count
                           && Definite(tokens[j + 2].Norm) && Joined(s, tokens[j + 1].End, tokens[j + 2].Start)))
                       && Joined(s, tokens[j].End, tokens[j + 1].Start) && (IsRoleHead(tokens[j - 1].Norm) || tokens[j - 1].Norm is "و" or "باسم")
                       // …only after an indefinite word, as Arabic construct goes: after الوزير or الخارجية a word and
                       // a family name the article uses (الوزير سامي الخطيب أمس … وأضاف الخطيب) are a person's names, else
                       // the verb's object (وشجع المتحدث استنجاد الحكومة)
                       && !(Definite(tokens[j - 1].Norm) && names.IsFamilyName(tokens[j + 1].Norm))
                       // (…nor a common given name after it: النائب محمد العماري لوكالة الأنباء)
                       && !(Definite(tokens[j - 1].Norm) && SpeakerNames.IsFirstName(tokens[j].Norm))
                       // …not after a rank or title with ال: العميد مقداد الموسوي is a name, أمير دولة الكويت a role
                       && !(SpeakerNames.IsNameTitle(tokens[j - 1].Norm) && Definite(tokens[j - 1].Norm))
                       // …but a first name and an ال-family name end the phrase: المهندس علاء السقطي، رئيس … (a body word
                       // is no first name: رئيس هيئة الأركان إن)
                       // (…though not right after a role without ال, whose construct goes on: وزير شؤون الإعلام، عيسى الحمادي)
                       && (SpeakerNames.IsOrganisation(tokens[j].Norm) || (!Definite(tokens[j - 1].Norm) && SpeakerNames.IsRole(tokens[j - 1].Norm))
                           || (j + 2 < tokens.Count && !HasPunctuation(s.Text, tokens[j + 1].End, tokens[j + 2].Start)
                               && !IsThatWord(tokens[j + 2].Norm) && tokens[j + 2].Cue is null)))))
            j++;
        // الرئيس التنفيذي للشركة السعودية للتنمية والاستثمار التقني "تقنية" علي بن عبدالله العايد: a name in marks after the
        // role's qualifiers is the employer's; the person's name follows it.
        // (only after an employer, or for a body's name: الكاتب السوري “سامر رضوان” is the writer's own name; رئيسة “لجنة
        // اهالي المخطوفين” في لبنان وداد حلواني — also past where the body is)
        if (j < tokens.Count && Joined(s, tokens[j - 1].End, tokens[j].Start) && AfterMarkedName(s, j) is var person and > 0
            && (SpeakerNames.IsBodyWord(tokens[j].Norm)
                || tokens.FindIndex(first + 1, j - first - 1, t => SpeakerNames.IsBodyWord(t.Norm) || SpeakerNames.IsBodyWord(StripLam(t.Norm))) >= 0))
        {
            if (person + 2 < tokens.Count && tokens[person].Norm == "في" && SpeakerNames.IsPlace(tokens[person + 1].Norm)
                && Joined(s, tokens[person - 1].End, tokens[person].Start) && Joined(s, tokens[person].End, tokens[person + 1].Start)) person += 2;
            if (person < tokens.Count && Joined(s, tokens[person - 1].End, tokens[person].Start) && IsNamePart(s, person, names)) j = person;
        }
        // نائب رئيس حركة فتح، محمود العالول، …: the body's name alone before a comma belongs to the role's phrase.
        if (j + 1 < tokens.Count && NamesBody(s, j) && Joined(s, tokens[j - 1].End, tokens[j].Start) && IsNamePart(s, j, names)
            && NameEnd(s, j, names) == j && CommaBetween(s, tokens[j].End, tokens[j + 1].Start))
            j++;
        else if (j < tokens.Count && Joined(s, tokens[j - 1].End, tokens[j].Start) && IsNamePart(s, j, names) && !ConstructObject(s, j, names))
        {
            // الرئيس المدير العام لمجمع سوناطراك توفيق حكار: the word after a body word names the body, the person follows.
            var nameEnd = NameEnd(s, j, names);
            // رئيس منظمة مراسلون للحقوق والتنمية هوزان قادر: the body's one-word name and its fields, then the person.
            var bodyName = SpeakerNames.IsBodyWord(tokens[j].Norm) ? j + 1 : SpeakerNames.IsBodyWord(tokens[j - 1].Norm) ? j : -1;
            if (bodyName > 0 && nameEnd == bodyName && BodyFieldsEnd(s, nameEnd + 1) is var holder && holder > nameEnd + 1
                && holder < tokens.Count && Joined(s, tokens[holder - 1].End, tokens[holder].Start) && IsNamePart(s, holder, names))
                return BestName(s, holder, NameEnd(s, holder, names), names);
            var from = SpeakerNames.IsBodyWord(tokens[j].Norm) && j + 2 <= nameEnd ? j + 2 : NamesBody(s, j) && nameEnd > j ? j + 1 : j;
            return BestName(s, from, nameEnd, names);
        }
        // محافظ بغداد، محمد العطا، في مؤتمر صحفي، أن: a name set off by commas right after the role's phrase, behind any
        // rank (المتحدث لقيادة عمليات بغداد، اللواء قاسم عطا أن), is the person.
        // (…also after where the role is held: السفير السعودي في لبنان، وليد البخاري، إلى أن)
        var set = j;
        if (set + 2 < tokens.Count && tokens[set].Norm is "في" or "لدي" && SpeakerNames.IsPlace(tokens[set + 1].Norm)
            && Joined(s, tokens[set - 1].End, tokens[set].Start) && Joined(s, tokens[set].End, tokens[set + 1].Start)) set += 2;
        if (set < tokens.Count && CommaBetween(s, tokens[set - 1].End, tokens[set].Start))
        {
            var k = set;
            while (k + 1 < tokens.Count && (SpeakerNames.IsNameTitle(tokens[k].Norm) || AbbreviatedTitle(tokens[k].Norm))
                   && Joined(s, tokens[k].End, tokens[k + 1].Start)) k++;
            if (IsNamePart(s, k, names) && !SpeakerNames.IsPlace(tokens[k].Norm))
            {
                var nameEnd = NameEnd(s, k, names);
                var after = nameEnd + 1 < tokens.Count ? tokens[nameEnd + 1] : default;
                // …up to a comma, إن/أن, a cue or the medium it spoke to (عدي الجنديل للوكالة الرسمية، إن)
                if (nameEnd + 1 >= tokens.Count || !Joined(s, tokens[nameEnd].End, after.Start) || IsThatWord(after.Norm) || after.Cue is not null
                    || after.Norm == "ل" || Addressee(after.Norm) || (after.Norm.StartsWith("لل", StringComparison.Ordinal) && after.Norm.Length > 4)
                    // …or the circumstances of the words (عماد جميل في لقاء متلفز)
                    || (after.Norm == "في" && nameEnd + 2 < tokens.Count && StatementNoun(tokens[nameEnd + 2].Norm)))
                {
                    // وزير الخارجية، أيمن الصفدي، أن: a family name the article never uses alone prints with the first name
                    // (and so reads as a person's: شيخ الأزهر، الدكتور أحمد الطيب، … بأنها “…”).
                    var best = BestName(s, k, nameEnd, names);
                    return nameEnd > k && Definite(ArabicText.Normalize(best)) && !names.IsFamilyName(ArabicText.Normalize(best))
                        ? s.Text[tokens[k].Start..tokens[nameEnd].End]
                        : best;
                }
            }
        }
        // Read on to the phrase's end; the name closing it is the person — not past what a verb of praise took with ب, its
        // object (أشاد رئيس مجلس السيادة بالقوى السياسية المؤمنة بقضية الوطن).
        var end = -1;
        if (j < tokens.Count && !EndsPhrase(s, tokens[j - 1].End, tokens[j].Start)
            && !(objectWithBa && tokens[j].Norm.StartsWith('ب')))
            for (var m = j; m < tokens.Count && m < first + 18; m++)
            {
                // The phrase goes on only through places and employers (في شركة، لدى شركة، بمشروع) and appositions, up to
                // a cue or إن/أن (themselves stop words).
                // (…not through a word with tanween, the verb's indefinite object: كما أبدى رئيس الوزراء القطري تفاؤلًا حذرًا)
                if (HasStop(s.Text, tokens[m - 1].End, tokens[m].Start) || Addressing(s, m) || Tanween(s, m)) break;
                if (tokens[m].Cue is not null || IsThatWord(tokens[m].Norm)) { end = m - 1; break; }
                // وقال وزير الخارجية لوكالة فرانس برس: the name after a medium is the medium's.
                if (ToMedium(tokens[m].Norm))
                {
                    if (m > j && IsNamePart(s, m - 1, names) && !NamesBody(s, m - 1) && !SpeakerNames.IsPlace(tokens[m - 1].Norm)) end = m - 1;
                    break;
                }
                // رئيس مؤسسة مياه بيروت جان جبران لـ"صوت لبنان": a name right before the medium it spoke to ends the phrase.
                if ((tokens[m].Norm == "ل" || Addressee(tokens[m].Norm)) && m > j && IsNamePart(s, m - 1, names) && !NamesBody(s, m - 1)
                    && !SpeakerNames.IsPlace(tokens[m - 1].Norm))
                {
                    end = m - 1;
                    break;
                }
                if (Addressee(tokens[m].Norm)
                    || (Stops.Contains(tokens[m].Norm) && tokens[m].Norm is not ("في" or "لدي") && !IsNameAli(s, m, names) && !NameSabah(s, m, names)
                        // (…nor على/عن before an ال-word, what a board or a defence is over: للجنة الرقابة على المصارف سمير حمود)
                        && !(tokens[m].Norm is "علي" or "عن" && m + 1 < tokens.Count && Definite(tokens[m + 1].Norm)
                             && Joined(s, tokens[m].End, tokens[m + 1].Start))))
                {
                    // رئيس دائرة شؤون اللاجئين في منظمة التحرير أحمد أبو هولي خلال استقباله: two name words right before the stop
                    // close the phrase (not a body's name nor a place).
                    if (m > j + 1 && IsNamePart(s, m - 1, names) && IsNamePart(s, m - 2, names) && Joined(s, tokens[m - 2].End, tokens[m - 1].Start)
                        && !NamesBody(s, m - 2) && !NamesBody(s, m - 1) && !SpeakerNames.IsPlace(tokens[m - 1].Norm) && !SpeakerNames.IsPlace(tokens[m - 2].Norm))
                        end = m - 1;
                    break;
                }
                // وقال المتحدث باسم الوزارة، في حديث للصحيفة …، أن: the circumstances of the words end the speaker's phrase.
                // (…and a name right before them closes the phrase: رئيس الاتحاد في البصرة سلمان كاصد في حديث صحفي، إنه)
                // (…also an ال-family name after a name word: القيادي العمالي في الشركة عبد العزيز الحسنين في حديث)
                if (tokens[m].Norm == "في" && m + 1 < tokens.Count && StatementNoun(tokens[m + 1].Norm))
                {
                    if (m > j && !SpeakerNames.IsPlace(tokens[m - 1].Norm)
                        && (IsNamePart(s, m - 1, names)
                            || (m - 1 > j && Definite(tokens[m - 1].Norm) && !SpeakerNames.IsOrganisation(tokens[m - 1].Norm) && !SpeakerNames.IsRole(tokens[m - 1].Norm))))
                        end = m - 1;
                    break;
                }
                if (EndsPhrase(s, tokens[m].End, m + 1 < tokens.Count ? tokens[m + 1].Start : s.Text.Length)) { end = m; break; }
                // وزير الداخلية في حكومة تصريف الأعمال بسام مولوي، اليوم السبت، إن؛ وزيرة التنمية المحلية، والقائم بأعمال وزيرة
                // البيئة، الدكتورة منال عوض، خلال: two name words before a comma close the phrase (not a body's name: في مجموعة
                // طلعت مصطفى، nor a place).
                if (m > j && m + 1 < tokens.Count && CommaBetween(s, tokens[m].End, tokens[m + 1].Start)
                    && IsNamePart(s, m, names) && IsNamePart(s, m - 1, names) && Joined(s, tokens[m - 1].End, tokens[m].Start)
                    && !NamesBody(s, m - 1) && !SpeakerNames.IsPlace(tokens[m].Norm) && !SpeakerNames.IsPlace(tokens[m - 1].Norm))
                {
                    end = m;
                    break;
                }
            }
        if (end >= j)
        {
            // A family name with ال closes a name after a first name (مجبل الأيوب، علي المطوع).
            // (…and after a compound given name: عبد العزيز الحسنين)
            var start = IsNamePart(s, end, names) ? end
                : end > j && Definite(tokens[end].Norm) && IsNamePart(s, end - 1, names) && Joined(s, tokens[end - 1].End, tokens[end].Start) ? end - 1
                : end - 1 > j && Definite(tokens[end].Norm) && Definite(tokens[end - 1].Norm) && tokens[end - 2].Norm is "عبد" or "ابو"
                  && Joined(s, tokens[end - 2].End, tokens[end - 1].Start) && Joined(s, tokens[end - 1].End, tokens[end].Start) ? end - 2
                : -1;
            if (start >= 0)
            {
                // …back to the body's name or the place before it (مؤسسة مياه بيروت وجبل لبنان جان جبران → جان جبران).
                while (start - 1 >= j && IsNamePart(s, start - 1, names) && Joined(s, tokens[start - 1].End, tokens[start].Start)
                       && !NamesBody(s, start - 1) && !SpeakerNames.IsPlace(tokens[start - 1].Norm)) start--;
                if (PersonRun(s, start, end)) return BestName(s, start, end, names);
                // قال وزير الإعلام في حكومة الأسد “عماد سارة” إن: a name set in marks of its own closing the phrase is the person.
                if (MarkedWhole(s, start, end)) return BestName(s, start, end, names);
            }
        }
        // The role and its qualifiers, also one after من/في (مصدر من المنظمة، مصدر في وزارة الداخلية).
        var to = j - 1;
        if (j + 1 < tokens.Count && tokens[j].Norm is "من" or "في" && Definite(tokens[j + 1].Norm)
            && Joined(s, tokens[j - 1].End, tokens[j].Start) && Joined(s, tokens[j].End, tokens[j + 1].Start))
            to = j + 1;
        // …or «inside» and a body, printed whole (مصدر من داخل السفارة)
        else if (j + 2 < tokens.Count && tokens[j].Norm is "من" or "في" && tokens[j + 1].Norm is "داخل" or "قلب" && Definite(tokens[j + 2].Norm)
                 && Joined(s, tokens[j - 1].End, tokens[j].Start) && Joined(s, tokens[j].End, tokens[j + 1].Start) && Joined(s, tokens[j + 1].End, tokens[j + 2].Start))
            return s.Text[tokens[first].Start..tokens[j + 2].End];
        // …or a body and its ال-word (مصدر في وزارة الداخلية)
        else if (j + 2 < tokens.Count && tokens[j].Norm is "من" or "في" && SpeakerNames.IsOrganisation(tokens[j + 1].Norm) && Definite(tokens[j + 2].Norm)
                 && Joined(s, tokens[j - 1].End, tokens[j].Start) && Joined(s, tokens[j].End, tokens[j + 1].Start) && Joined(s, tokens[j + 1].End, tokens[j + 2].Start))
            to = j + 2;
        // (صاحب محل آخر: an owner is told by what he owns, printed whole)
        if (tokens[first].Norm is "صاحب" or "صاحبه" && to > first && to - first <= 2) return s.Text[tokens[first].Start..tokens[to].End];
        return names.ShortMention(s.Text, Phrase(s, first, to));
    }

    /// <summary>
    /// للشركة → الشركة، للجنة → اللجنة: ل before ال drops ال's alef (normalised; <see cref="SpeakerNames.LamBeforeArticle"/>, which the
    /// issuer of a statement is read with too). Kept here rather than in SpeakerNames.IsBodyWord: read there,
    /// it changed a speaker elsewhere (w52_035).
    /// </summary>
    private static string StripLam(string norm) => SpeakerNames.LamBeforeArticle(norm) is var lam and > 0 ? "ال" + norm[lam..] : norm;

    /// <summary>
    /// When token <paramref name="j"/> opens a name in marks (a span that is no quotation, its opening mark right before the
    /// token), the index of the first token after its closing mark; else -1.
    /// </summary>
    private static int AfterMarkedName(Sentence s, int j)
    {
        for (var q = 0; q < s.Spans.Count; q++)
        {
            var span = s.Spans[q];
            if (s.Eligible[q] || span.Open >= s.Tokens[j].Start || span.Close < s.Tokens[j].End
                || !s.Text.AsSpan(span.Open + 1, s.Tokens[j].Start - span.Open - 1).IsWhiteSpace()) continue;
            var next = j;
            while (next < s.Tokens.Count && s.Tokens[next].Start < span.Close) next++;
            return next;
        }
        return -1;
    }

    /// <summary>
    /// النائب عن ائتلاف دولة القانون، المحامي عن هيئة الدفاع: عن after a member of parliament, a lawyer or a representative
    /// names whom they stand for.
    /// </summary>
    private static bool MemberFor(Sentence s, int first, int j) =>
        s.Tokens[j].Norm == "عن" && j == first + 1 && j + 1 < s.Tokens.Count && s.Tokens[first].Norm is "نائب" or "النائب" or "نائبه" or "النائبه"
            // المحامي عن هيئة الدفاع، الممثل عن الوزارة: whom a lawyer or a representative stands for
            or "محامي" or "المحامي" or "محاميه" or "المحاميه" or "ممثل" or "الممثل" or "ممثله" or "الممثله"
        && (SpeakerNames.IsBodyWord(s.Tokens[j + 1].Norm) || Definite(s.Tokens[j + 1].Norm) || SpeakerNames.IsPlace(s.Tokens[j + 1].Norm));

    /// <summary>
    /// إلى، لدى or في and a place (المبعوث الأممي إلى اليمن، السفير لدى الأمم المتحدة): where a role is held — after إلى or لدى
    /// any ال-word that is no role, after في only a place the lexicon knows.
    /// </summary>
    private static bool PostedTo(Sentence s, int j) =>
        j + 1 < s.Tokens.Count && s.Tokens[j + 1].Norm is var place && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
        && (SpeakerNames.IsPlace(place) ? s.Tokens[j].Norm is "الي" or "في" or "لدي"
            : s.Tokens[j].Norm is "الي" or "لدي" && Definite(place) && !SpeakerNames.IsRole(place));

    /// <summary>
    /// ودعا وزير الاتصال أصحاب الصحف إلى: a word the article uses only here, in construct with an ال-word that does not
    /// close a name, is the verb's object after its subject, not a person's name.
    /// </summary>
    private static bool ConstructObject(Sentence s, int j, SpeakerNames names) =>
        j + 1 < s.Tokens.Count && names.Mentions(s.Tokens[j].Norm) < 2 && Definite(s.Tokens[j + 1].Norm) && !SpeakerNames.IsConnector(s.Tokens[j].Norm)
        // (a common given name is a name: رئيس الحكومة سعد الحريري عليه)
        && !SpeakerNames.IsFirstName(s.Tokens[j].Norm)
        // …but after a title a name follows, whatever its family name (المهندس كامل الوزير)
        && !(j > 0 && (SpeakerNames.IsNameTitle(s.Tokens[j - 1].Norm) || AbbreviatedTitle(s.Tokens[j - 1].Norm)))
        && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start) && NameEnd(s, j, names) == j;

    /// <summary>
    /// A plural ال-word after an ال-qualifier is the verb's object, not the role's qualifier (دعا رئيس الوزراء المحتجين إلى
    /// → رئيس الوزراء): qualifiers of a role are singular adjectives or one construct noun.
    /// </summary>
    private static bool PluralObject(List<Token> tokens, int j, int first) =>
        j >= first + 2 && Definite(tokens[j - 1].Norm) && Definite(tokens[j].Norm)
        && (tokens[j].Norm.EndsWith("ين", StringComparison.Ordinal) || tokens[j].Norm.EndsWith("ون", StringComparison.Ordinal));

    /// <summary>The word at <paramref name="j"/> follows a body word (لمجمع سوناطراك، شركة زين): it names the body.</summary>
    private static bool NamesBody(Sentence s, int j) => j > 0 && SpeakerNames.IsBodyWord(s.Tokens[j - 1].Norm);

    /// <summary>A role word or one of its adjectives: what a construct noun (مدير أول إدارة الاتصال) may follow.</summary>
    private static bool IsRoleHead(string norm) => SpeakerNames.IsRole(norm) || SpeakerNames.IsRoleAdjective(norm);

    /// <summary>An ال-word behind ب or ل (بالوزارة، للنقل): a qualifier of a role.</summary>
    internal static bool DefiniteBehindPreposition(string norm) =>
        norm.Length > 4 && (norm.StartsWith("بال", StringComparison.Ordinal) || norm.StartsWith("لل", StringComparison.Ordinal));

    /// <summary>
    /// A name closing a role's phrase is a person unless it is quoted (على موقع “فيسبوك”), follows a naming noun
    /// (لوكالة رويترز، شركة Ooredoo) or a preposition (في ذات السياق).
    /// </summary>
    private static bool PersonRun(Sentence s, int start, int end)
    {
        for (var m = start; m <= end; m++)
            if (InsideQuote(s.Spans, s.Tokens[m].Start)) return false;
        if (start == 0 || HasPunctuation(s.Text, s.Tokens[start - 1].End, s.Tokens[start].Start)) return true;
        var w = s.Tokens[start - 1].Norm.AsSpan();
        if (Stops.Contains(w)) return false;
        if (w.Length > 2 && w[0] is 'و' or 'ب' or 'ل' or 'ف' && NameCues.Contains(w[1..])) w = w[1..];
        return !NameCues.Contains(w);
    }

    /// <summary>Tokens <paramref name="start"/>…<paramref name="end"/> are all a quotation that is no speech holds (a name in marks).</summary>
    private static bool MarkedWhole(Sentence s, int start, int end)
    {
        for (var q = 0; q < s.Spans.Count; q++)
            if (!s.Eligible[q] && s.Spans[q].Open < s.Tokens[start].Start && s.Tokens[end].End <= s.Spans[q].Close)
                return s.Tokens.FindAll(t => t.Start > s.Spans[q].Open && t.End <= s.Spans[q].Close).Count == end - start + 1;
        return false;
    }

    /// <summary>
    /// مع/إلى and a ل-word without ال (لنظيره، لصحيفة; not لا… which starts names like لافروف) bring in an addressee:
    /// a name after them is not the speaker.
    /// </summary>
    private static bool Addressee(string norm) =>
        norm is "مع" or "الي"
        || (norm.Length > 3 && norm[0] == 'ل' && !norm.StartsWith("لل", StringComparison.Ordinal) && !Stops.Contains(norm)
            && !SpeakerNames.IsRole(norm) && norm[1] != 'ا' && !SpeakerNames.IsPlace(norm));

    /// <summary>The last token of a name starting at <paramref name="j"/>: name words, and an ال-word inside or closing it (سعد الدين، علي المطوع).</summary>
    private static int NameEnd(Sentence s, int j, SpeakerNames names)
    {
        var end = j;
        for (var m = j + 1; m < s.Tokens.Count && m < j + 5 && Joined(s, s.Tokens[m - 1].End, s.Tokens[m].Start); m++)
        {
            // طارق المجذوب لقناة محلية: after an ال-family name a ل-word is whom the words were said to; after any name, ل and a
            // medium (تشاو ليجيان لوسائل إعلام).
            if ((Definite(s.Tokens[m - 1].Norm) && Addressee(s.Tokens[m].Norm)) || ToMedium(s.Tokens[m].Norm)) break;
            // أكد لاعب المنتخب صالح الشهري أهمية أن …: a stance after the name is what the verb says.
            if (StanceNoun(s.Tokens[m].Norm)) break;
            // كتبت الإعلامية ريهام سعيد منشورا: after two name words, a word the article uses once that ends in the accusative's
            // ا (منشورا، بيانا، تصريحا) is the verb's object.
            if (m >= j + 2 && ObjectAfterName(s, m, names)) break;
            // نقلت الوكالة عن الوزير لحسن حداد إشادته بقرار الشركة: after two name words, a verbal noun with «his» or «her» is
            // what the person did.
            if (m >= j + 2 && PossessedVerbalNoun(s, m, names)) break;
            // وصف مدرب فريق النصر خورخي داسيلفا خسارة الفريق: after two name words, a ة-noun in construct with an ال-word that
            // is no family name of the article is the verb's object.
            if (m >= j + 2 && CommonConstructAfterName(s, m, names)) break;
            if (IsNamePart(s, m, names)) { end = m; continue; }
            var norm = s.Tokens[m].Norm;
            // عبد الله الكولي، نور الدين: الله and الدين complete the name before them.
            if (norm is "الله" or "الدين") { end = m; continue; }
            // الملك عبد الله الثاني منتخب بلاده: a regnal number closes the name; what follows is the verbal noun's object.
            if (SpeakerNames.Regnal(norm)) { end = m; break; }
            var after = m + 1 < s.Tokens.Count && Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start);
            // (محمد الأمين ترك: between a given name and a family name, الأمين is the second half of a compound given name)
            // (…and a role word closing a name before a comma is a family name: الدكتور رامى الناظر، مدير …)
            var compoundHalf = m == j + 1 && !SpeakerNames.IsConnector(s.Tokens[j].Norm)
                && ((after && IsNamePart(s, m + 1, names)) || (m + 1 < s.Tokens.Count && CommaBetween(s, s.Tokens[m].End, s.Tokens[m + 1].Start)));
            // (…and so is a role word without ال right after a common given name, before a comma or a word that ends a name:
            // الفنان التشكيلي محمد أمين، الذي)
            if (m == j + 1 && SpeakerNames.IsFirstName(s.Tokens[j].Norm) && SpeakerNames.IsRole(norm) && !Definite(norm)
                && m + 1 < s.Tokens.Count
                && SpeakerNames.ClosesRoleWordName(CommaBetween(s, s.Tokens[m].End, s.Tokens[m + 1].Start), s.Tokens[m + 1].Norm))
            {
                end = m;
                break;
            }
            // (…also a role word, when an ال-family name closed by a comma or إن/أن follows it: وزير الثقافة محمد الأمين الصبيحي،
            // عبد الملك الحوثي،)
            if (m == j + 1 && after && (SpeakerNames.IsFirstName(s.Tokens[j].Norm) || (s.Tokens[j].Norm is "عبد" or "ابو" && SpeakerNames.IsRole(norm)))
                && norm.StartsWith("ال", StringComparison.Ordinal)
                && m + 1 < s.Tokens.Count && SpeakerNames.FamilyWord(s.Tokens[m + 1].Norm) && !SpeakerNames.TimeWord(s.Tokens[m + 1].Norm)
                && (m + 2 >= s.Tokens.Count || CommaBetween(s, s.Tokens[m + 1].End, s.Tokens[m + 2].Start) || IsThatWord(s.Tokens[m + 2].Norm)))
            {
                end = m + 1;
                break;
            }
            if (!norm.StartsWith("ال", StringComparison.Ordinal) || (SpeakerNames.IsRole(norm) && !compoundHalf) || Stops.Contains(norm)) break;
            if (after && IsNamePart(s, m + 1, names)) { end = m; continue; }
            // أحمد الصادق الكاروري … وأكد الكاروري: two ال-words close a name when the article calls the person by the second.
            if (after && m + 1 < j + 5 && s.Tokens[m + 1].Norm is var family && family.StartsWith("ال", StringComparison.Ordinal)
                && !SpeakerNames.IsRole(family) && !SpeakerNames.IsOrganisation(family) && !Stops.Contains(family)
                && (names.IsFamilyName(family) || names.Mentions(family) >= 2))
            {
                end = ++m;
                continue;
            }
            // …and, right after a first name, before a word that ends a name or opens the statement (عبدالله المعيوف أنه
            // “…”، سامي الخطيب على الحوار، رامي الخطيب بالمواطنين; but not بوتفليقة العراق بأنه: the object), or, after any
            // first names, that is a family name the article uses (سامي الخطيب التأكيد، أحمد محمد الكاروري … وأضاف الكاروري).
            var next = m + 1 < s.Tokens.Count ? s.Tokens[m + 1] : default;
            // (خالد الجار الله: الله and الدين go on completing it)
            if (after && m == j + 1 && SpeakerNames.IsFirstName(s.Tokens[j].Norm) && next.Norm is "الله" or "الدين") { end = m; continue; }
            if (!after || m + 1 >= s.Tokens.Count || SpeakerNames.IsRole(next.Norm) || names.IsFamilyName(norm)
                // (…or right after a common given name, whatever follows: سعد الحريري عليه)
                || (m == j + 1 && SpeakerNames.IsFirstName(s.Tokens[j].Norm) && !SpeakerNames.IsOrganisation(norm) && !SpeakerNames.IsPlace(norm)
                    && !SpeakerNames.TimeWord(norm))
                // (…also after a lineage: مديحة بنت أحمد الشيبانية معبرة)
                || ((m == j + 1 || (m - 2 >= j && SpeakerNames.IsConnector(s.Tokens[m - 2].Norm)))
                    && (IsThatWord(next.Norm) || next.Cue is not null || Stops.Contains(next.Norm) || DefiniteBehindPreposition(next.Norm)))
                // (…and after a given name and the father's, before إن/أن or a cue: تهاني عبدالله الخيال أن)
                || (m == j + 2 && end == j + 1 && SpeakerNames.FathersWord(s.Tokens[j + 1].Norm) && (IsThatWord(next.Norm) || next.Cue is not null))) end = m;
            break;
        }
        return end;
    }

    /// <summary>
    /// A verbal noun of the derived forms with «his» or «her» (إشادته، ترحيبه، استنكارها): ا or ت first, ه or ها last as
    /// written (not ة, which names end in: شحاتة), six letters or more, used once.
    /// </summary>
    private static bool PossessedVerbalNoun(Sentence s, int m, SpeakerNames names)
    {
        var norm = s.Tokens[m].Norm;
        var raw = s.Text.AsSpan(s.Tokens[m].Start, s.Tokens[m].End - s.Tokens[m].Start);
        return norm.Length >= 6 && norm[0] is 'ا' or 'ت' && (raw.EndsWith("ه") || raw.EndsWith("ها")) && names.Mentions(norm) < 2;
    }

    /// <summary>
    /// خسارة الفريق، زيارة الوزير: a word written with ة, used once, in construct with the ال-word after it, which is a role
    /// or is used once and is no family name — a noun and its genitive (names end in ة too, but a third name word before a
    /// common ال-noun is rare: أسامة الخطيب has the family name the article goes on using).
    /// </summary>
    private static bool CommonConstructAfterName(Sentence s, int m, SpeakerNames names)
    {
        if (m + 1 >= s.Tokens.Count || !Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start)) return false;
        var raw = s.Text.AsSpan(s.Tokens[m].Start, s.Tokens[m].End - s.Tokens[m].Start);
        var next = s.Tokens[m + 1].Norm;
        // (not before a time, a place or a word that ends names: سهام بوغديري نمصية اليوم، عبد العزيز بوتفليقة العراق بأنه)
        return raw.EndsWith("ة") && names.Mentions(s.Tokens[m].Norm) < 2 && Definite(next) && !names.IsFamilyName(next)
               && !Stops.Contains(next) && !SpeakerNames.TimeWord(next) && !SpeakerNames.IsPlace(next)
               && (SpeakerNames.IsRole(next) || names.Mentions(next) < 2);
    }

    /// <summary>An indefinite noun in the accusative, unvowelled (منشورا، بيانا): five letters or more ending in a consonant and ا, used once.</summary>
    private static bool IndefiniteAccusative(string norm, SpeakerNames names, int minLength = 5) =>
        norm.Length >= minLength && norm[^1] == 'ا' && norm[^2] is not ('ا' or 'ي' or 'و') && names.Mentions(norm) < 2 && !SpeakerNames.IsFirstName(norm);

    /// <summary>
    /// ريهام سعيد منشورا عبر …: an unvowelled accusative (<see cref="IndefiniteAccusative"/>) before a function word — not a
    /// foreign family name, which a role or a verb follows (داني دي بيرنا رئيس الشركة).
    /// </summary>
    private static bool ObjectAfterName(Sentence s, int m, SpeakerNames names) =>
        IndefiniteAccusative(s.Tokens[m].Norm, names) && m + 1 < s.Tokens.Count && Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start)
        && (StopWords.Contains(s.Tokens[m + 1].Norm) || Stops.Contains(s.Tokens[m + 1].Norm)) && !SpeakerNames.IsRole(s.Tokens[m + 1].Norm);

    /// <summary>
    /// جدلا واسعا، مؤتمرا صحفيا، اجتماعا موسعا: a noun and its adjective, both unvowelled accusatives used once — the verb's
    /// object, never a name (أثارت الإعلامية المصرية جدلا واسعا had printed «واسعا»).
    /// </summary>
    private static bool AccusativePair(Sentence s, int j, SpeakerNames names)
    {
        // (the adjective may be a nisba: وفدا أمريكيا، مؤتمرا صحفيا)
        return (j + 1 < s.Tokens.Count && IndefiniteAccusative(s.Tokens[j].Norm, names, minLength: 4) && Adjective(s.Tokens[j + 1].Norm)
                && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start))
               || (j > 0 && Adjective(s.Tokens[j].Norm) && IndefiniteAccusative(s.Tokens[j - 1].Norm, names, minLength: 4)
                   && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start));

        bool Adjective(string norm) =>
            IndefiniteAccusative(norm, names, minLength: 4) || (norm.Length >= 5 && norm.EndsWith("يا", StringComparison.Ordinal) && names.Mentions(norm) < 2);
    }

    /// <summary>The word of the name tokens[from..to] the article calls the person by (ties: the last), as written.</summary>
    private static string BestName(Sentence s, int from, int to, SpeakerNames names)
    {
        if (Patronymic(s, from, names) is { } lineage) return lineage;
        var best = to;
        var bestCount = -1;
        for (var m = from; m <= to; m++)
        {
            // How the article calls the person (SpeakerNames.CallWeight), counting mentions beyond this name: أحمد محمد محمد
            // الكاروري holds محمد twice, which says nothing of how he is called. A place is never the name (محافظ بغداد).
            var inside = 0;
            for (var o = from; o <= to; o++) if (s.Tokens[o].Norm == s.Tokens[m].Norm) inside++;
            var c = Stops.Contains(s.Tokens[m].Norm) ? 0 : SpeakerNames.IsPlace(s.Tokens[m].Norm) ? -1 : names.CallWeight(s.Tokens[m].Norm, inside);
            if (c >= bestCount) { best = m; bestCount = c; }
        }
        // A regnal number with the given name it numbers (الملك عبدالله الثاني، الملك عبد الله الثاني), never alone — and never
        // the given name without it, however often the article uses that (الأمير الحسين بن عبد الله).
        if (to > from && SpeakerNames.Regnal(s.Tokens[to].Norm)) best = to;
        if (best > from && SpeakerNames.Regnal(s.Tokens[best].Norm) && Joined(s, s.Tokens[best - 1].End, s.Tokens[best].Start))
        {
            var given = best - 1 > from && s.Tokens[best - 1].Norm is "الله" or "الدين" && Joined(s, s.Tokens[best - 2].End, s.Tokens[best - 1].Start) ? best - 2 : best - 1;
            return s.Text[s.Tokens[given].Start..s.Tokens[best].End];
        }
        // A compound name from its connector on (أيمن بن عبد الرحمان → بن عبد الرحمان), never its half (عبد), nor الله or
        // الدين without the word they complete (حسن نصر الله، أنصار الله).
        var start = best;
        if (best > from && s.Tokens[best].Norm is "الله" or "الدين" && Joined(s, s.Tokens[best - 1].End, s.Tokens[best].Start)) start = best - 1;
        if (!SpeakerNames.IsConnector(s.Tokens[best].Norm) && best > 0 && SpeakerNames.IsConnector(s.Tokens[best - 1].Norm)
            && Joined(s, s.Tokens[best - 1].End, s.Tokens[best].Start)) start = best - 1;
        while (start > 0 && SpeakerNames.IsConnector(s.Tokens[start - 1].Norm) && Joined(s, s.Tokens[start - 1].End, s.Tokens[start].Start)) start--;
        var end = Math.Max(start, best);
        while (end + 1 < s.Tokens.Count && SpeakerNames.IsConnector(s.Tokens[end].Norm) && Joined(s, s.Tokens[end].End, s.Tokens[end + 1].Start)) end++;
        // حسين المالكي when the article also quotes نوري المالكي: a family name two people share prints with the first name.
        // …and so does one that is also a role word (كامل الوزير، رامى الناظر), which alone reads as the role.
        if (start == end && start > from
            && ((Definite(s.Tokens[start].Norm) && names.IsSharedFamilyName(s.Tokens[start].Norm)) || SpeakerNames.IsRole(s.Tokens[start].Norm))
            && Joined(s, s.Tokens[start - 1].End, s.Tokens[start].Start))
            start = start - 2 >= from && s.Tokens[start - 2].Norm is "عبد" or "ابو" ? start - 2 : start - 1;
        return s.Text[s.Tokens[start].Start..s.Tokens[end].End];
    }

    /// <summary>
    /// A Gulf name of lineage starting at <paramref name="from"/> — a given name, بن and the father's name, further بن and a
    /// house with آل (عبد الله بن زايد آل نهيان، محمد بن عبدالرحمن بن جاسم آل ثاني) — is called by the given name and the
    /// father's: «عبد الله بن زايد», never «بن زايد» or the grandfather's «بن جاسم». Null for any other name (أيمن بن عبد
    /// الرحمان is called «بن عبد الرحمان»).
    /// </summary>
    private static string? Patronymic(Sentence s, int from, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // The given name: one word, or عبد/أبو and the word after it (عبد الله); then بن and the father's name.
        var b = from + 1;
        if (from + 1 < tokens.Count && tokens[from].Norm is "عبد" or "ابو" && Joined(s, tokens[from].End, tokens[from + 1].Start)) b = from + 2;
        if (b + 1 >= tokens.Count || tokens[b].Norm is not ("بن" or "ابن" or "بنت") || !IsNamePart(s, from, names)) return null;
        var father = b + 1;
        if (father + 1 < tokens.Count && tokens[father].Norm is "عبد" or "ابو") father++;
        return SpeakerNames.Lineage(s.Text, Phrase(s, 0, tokens.Count - 1), b, father);
    }

    /// <summary>A colon or the opening mark of a quotation that is speech between two positions: the end of a speaker's phrase.</summary>
    private static bool EndsPhrase(Sentence s, int from, int to)
    {
        for (var i = from; i < to && i < s.Text.Length; i++)
        {
            if (s.Text[i] == ':') return true;
            for (var q = 0; q < s.Spans.Count; q++)
                if (s.Spans[q].Open == i && s.Eligible[q]) return true;
        }
        return false;
    }

    private static bool Definite(string norm) => SpeakerNames.Definite(norm);

    /// <summary>
    /// وقطع الوزير نصر الدين مفرح قائلا: a role and a name right before a participle cue, after a verb joined by و that is no
    /// cue, are that verb's subject — the one saying it — rather than the speaker named before.
    /// </summary>
    private static string? SubjectBeforeParticiple(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // قبل أن يفاجئهم محرز بالقول “…”: «by saying» is said by the name the article repeats right before it — not the one a
        // preposition addresses (وردّ … على بن راشد بالقول).
        if (tokens[k].Norm == "بالقول" && k > 0 && IsNamePart(s, k - 1, names) && names.Mentions(tokens[k - 1].Norm) >= 2
            && Joined(s, tokens[k - 1].End, tokens[k].Start))
        {
            var from = NameRunStart(s, k - 1, 3, names);
            if (from == 0 || !(Stops.Contains(tokens[from - 1].Norm) || Addressee(tokens[from - 1].Norm))) return BestName(s, from, k - 1, names);
        }
        var a = k;
        while (a - 1 >= 0 && k - a < 4 && Joined(s, tokens[a - 1].End, tokens[a].Start)
               && (IsNamePart(s, a - 1, names) || (a < k && tokens[a - 1].Norm is "الله" or "الدين") || (a == k && FamilyWordBefore(s, a - 1, names))))
            a--;
        // …، خرج قاسم ليقول: «…»: a name the article repeats between ليقول/ليضيف («and then he says») and a word opening the
        // clause that the article uses once and is no given name, is that word's — a verb's — subject.
        if (k >= 2 && tokens[k].Norm.Length > 3 && tokens[k].Norm[0] == 'ل' && names.Mentions(tokens[k - 1].Norm) >= 2 && IsNamePart(s, k - 1, names)
            && Joined(s, tokens[k - 2].End, tokens[k - 1].Start) && Joined(s, tokens[k - 1].End, tokens[k].Start)
            && (k == 2 || !Joined(s, tokens[k - 3].End, tokens[k - 2].Start)) && tokens[k - 2].Cue is null && !Definite(tokens[k - 2].Norm)
            && names.Mentions(tokens[k - 2].Norm) < 2 && !SpeakerNames.IsFirstName(tokens[k - 2].Norm) && !SpeakerNames.IsRole(tokens[k - 2].Norm)
            && !Stops.Contains(tokens[k - 2].Norm) && !StopWords.Contains(tokens[k - 2].Norm))
            return BestName(s, k - 1, k - 1, names);
        if (a == k || a < 2) return null;
        // The role and its ال-qualifiers before the name, and the verb before the role.
        var r = a - 1;
        while (r > 0 && a - r < 4 && !SpeakerNames.IsRole(tokens[r].Norm) && Definite(tokens[r].Norm)) r--;
        if (!SpeakerNames.IsRole(tokens[r].Norm) || r < 1 || tokens[r - 1].Cue is not null) return null;
        var verb = tokens[r - 1].Norm;
        if (verb.Length < 4 || verb[0] != 'و' || Stops.Contains(verb)) return null;
        for (var m = r; m < k; m++)
            if (!Joined(s, tokens[m].End, tokens[m + 1].Start)) return null;
        return RoleLed(s, r, names);
    }

    /// <summary>
    /// ونعى نادي الأهلي وفاة اللاعب علي مرسال عبر صفحته بفيسبوك، مؤكدا أنه "…": with no verb cue before it, a participle's doer
    /// is the subject named right after the و-verb that opens the sentence.
    /// </summary>
    private static string? OpeningVerbSubject(Sentence s, int k, SpeakerNames names, string? previous)
    {
        // (…or an unprefixed verb after «كما» that opens it: كما أبدى رئيس الوزراء القطري تفاؤلا …، قائلا إن بلاده "…")
        var v = s.Tokens[0].Norm == "كما" && s.Tokens.Count > 2 && Joined(s, s.Tokens[0].End, s.Tokens[1].Start) ? 1 : 0;
        var first = s.Tokens[v].Norm;
        if (k < v + 3 || first.Length < (v == 0 ? 4 : 3) || (v == 0 && first[0] != 'و') || Definite(v == 0 ? first[1..] : first) || s.Tokens[v].Cue is not null
            || Stops.Contains(first) || StopWords.Contains(first) || InsideQuote(s.Spans, s.Tokens[v].Start)) return null;
        // (a preposition behind و is no verb: وبعد المباراة، عبّر العاشوري …، قائلا — but وعبّر, «and expressed», is written
        // like «and via»)
        if (v == 0 && first != "وعبر" && (Stops.Contains(first.AsSpan(1)) || StopWords.Contains(first.AsSpan(1)))) return null;
        if (CueBetween(s, v, k)) return null;
        // (the speaker already named, right after the verb, with its object after it: وأقسم عون اليمين أمام النواب، قائلا — a
        // name, not a role, which the name after it may hold: وعبر المتحدث باسم الخارجية العراقية أحمد الصحاف)
        if (previous is not null && !SpeakerNames.IsRole(s.Tokens[v + 1].Norm) && s.Text.AsSpan(s.Tokens[v + 1].Start).StartsWith(previous + " ", StringComparison.Ordinal))
            return previous;
        // (not a word behind ل or ب the article uses once: to whom the verb did it, ووجه وزير الصناعة رسالة لموظفي الوزارة قائلا)
        if (SpeakerAfter(s, v, names) is not { } after
            || (after.IndexOf(' ') < 0 && after[0] is 'ل' or 'ب' && names.Mentions(ArabicText.Normalize(after)) < 2)) return null;
        // The name right after the verb, not a word farther on (وأنهى درياز تصريحاته قائلا), nor the verb's object with it:
        // a role or a name the role leads to agrees.
        var led = RoleLed(s, v + 1, names);
        if (led is not null && after.StartsWith(led + " ", StringComparison.Ordinal)) return led;
        return after == led || s.Text.AsSpan(s.Tokens[v + 1].Start).StartsWith(after, StringComparison.Ordinal) ? after : null;
    }

    /// <summary>
    /// وفي أول تعليق له، عبّر صلاح عن سعادته، قائلًا: "…": a participle's doer is the name after «expressed» (عبّر, which
    /// unvowelled reads as «via» too: only a name and عن after it make it the verb), with no cue between.
    /// </summary>
    private static string? ExpressedBy(Sentence s, int k, SpeakerNames names)
    {
        for (var j = k - 1; j >= 0 && k - j <= MaxThatGap; j--)
        {
            if (InsideQuote(s.Spans, s.Tokens[j].Start)) continue;
            if (s.Tokens[j].Cue is not null) return null;
            // (…a name word, or an ال-word the article repeats that is no role, body or place: عبّر العاشوري)
            if (s.Tokens[j].Norm is not ("عبر" or "وعبر" or "عبرت" or "وعبرت") || j + 2 >= k || !Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
                || !(IsNamePart(s, j + 1, names) || FamilyNameAlone(s.Tokens[j + 1].Norm, names))) continue;
            var end = NameEnd(s, j + 1, names);
            if (end + 1 >= k) return null;
            if (s.Tokens[end + 1].Norm == "عن" && Joined(s, s.Tokens[end].End, s.Tokens[end + 1].Start)) return BestName(s, j + 1, end, names);
            // (…also with an aside between, when the verb opens its clause: وعبّر العاشوري، في مقابلة …، عن أسفه)
            var opensClause = s.Tokens[j].Prefixed || j == 0 || CommaBetween(s, s.Tokens[j - 1].End, s.Tokens[j].Start);
            if (!opensClause || !CommaBetween(s, s.Tokens[end].End, s.Tokens[end + 1].Start)) return null;
            for (var m = end + 1; m < k; m++)
                if (s.Tokens[m].Norm == "عن" && !InsideQuote(s.Spans, s.Tokens[m].Start)) return BestName(s, j + 1, end, names);
            return null;
        }
        return null;
    }

    /// <summary>An ال-word the article mentions more than once that is no role, body, place or function word: a family name.</summary>
    private static bool FamilyNameAlone(string norm, SpeakerNames names) =>
        Definite(norm) && norm.Length > 4 && names.Mentions(norm) >= 2 && !SpeakerNames.IsRole(norm) && !SpeakerNames.IsOrganisation(norm)
        && !SpeakerNames.IsPlace(norm) && !Stops.Contains(norm) && !StopWords.Contains(norm) && !SpeakerNames.TimeWord(norm);

    /// <summary>
    /// نفى المحافظ ذلك، متهما الإعلام الغربي …، ولافتا إلى أن "…": a participle's doer is the subject of a verb cue before it
    /// in the same sentence, when that verb names one — not the speaker of an earlier sentence.
    /// </summary>
    private static string? VerbSubjectBefore(Sentence s, int k, SpeakerNames names)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (InsideQuote(s.Spans, s.Tokens[j].Start)) continue;
            if (s.Tokens[j].Cue != CueKind.Verb || Describes(s.Tokens[j].Norm)) continue;
            // (not the medium's verb: - … حسبما ذكرت قناة (العربية) - أنه "…"، مؤكدا)
            if (InAside(s.Text, s.Tokens[j].Start, s.Tokens[k].Start) || (j > 0 && s.Tokens[j - 1].Norm is "حسبما" or "كما" or "ما" or "حسب" or "بحسب")) continue;
            if (HeldBack(s, j, names)) return null;
            // وقالت مصادر مطلعة، إن وزير التعليم وجه انتقادات …، قائلاً: "…": a masculine participle is not a feminine verb's
            // subject's; it carries on the role the verb's إن-clause opens with, or no one.
            if (FemininePast(s.Tokens[j].Norm) && !s.Tokens[k].Norm.EndsWith('ه')) return ClauseSubject(s, j, k, names);
            // (رئيس المهرجان محمد حفظي علّق على الاختيار، قائلاً: "…": an unprefixed verb's subject may stand before it)
            return SpeakerAfter(s, j, names)
                   ?? (s.Tokens[j].Prefixed ? null : SpeakerBefore(s, j, names) ?? OpeningRoleSubject(s, j, names));
        }
        return null;
    }

    /// <summary>
    /// والتقى رئيسها الشيخ فيصل بن قاسم آل ثاني، الذي أشاد بـ"…"، مشيراً إلى أن "…": with no verb cue before it, a
    /// participle's doer is the subject of the relative clause it carries on — the name set off before الذي/التي.
    /// </summary>
    private static string? RelativeDoer(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        for (var r = k - 1; r >= 2 && k - r <= MaxThatGap; r--)
        {
            if (HasStop(s.Text, tokens[r].End, tokens[r + 1].Start)) return null;
            if (InsideQuote(s.Spans, tokens[r].Start)) continue;
            // (another cue before is the doer's own, unless it is the relative clause's verb: الذي أشاد بـ"…"، مشيراً)
            if (tokens[r].Cue is not null && tokens[r - 1].Norm is not ("الذي" or "التي")) return null;
            if (tokens[r].Norm is not ("الذي" or "التي")) continue;
            // (the pronoun agrees with the participle: a match, «مواجهة بوركينا فاسو، التي أقيمت …»، is not who «قائلا» speaks for)
            if ((tokens[r].Norm == "التي") != tokens[k].Norm.EndsWith('ه')) return null;
            // …a name, up to five words with its connectors (بن، آل), closed by the comma before the pronoun (also behind the
            // marks a name may have after its role: اللاعب "غزال"، الذي — not a programme's, ببرنامج «حبر سري»، الذي)
            var gap = s.Text.AsSpan(tokens[r - 1].End, tokens[r].Start - tokens[r - 1].End).Trim();
            var marked = gap.Length > 1 && gap[0] is '"' or '”' or '»';
            if (gap[(marked ? 1 : 0)..] is not ("،" or ",") || !IsNamePart(s, r - 1, names)) return null;
            var start = NameRunStart(s, r - 1, 5, names);
            while (start < r - 1 && SpeakerNames.IsConnector(tokens[start].Norm)) start++;
            if (marked && (start == 0 || !SpeakerNames.IsRole(tokens[start - 1].Norm))) return null;
            // (one word only when the article names it again: a noun before الذي is no one)
            if (start == r - 1 && names.Mentions(tokens[start].Norm) < 2) return null;
            return names.ShortMention(s.Text, Phrase(s, start, r - 1));
        }
        return null;
    }

    /// <summary>
    /// The first token of the name ending at <paramref name="last"/>: name words and connectors (بن، آل) joined before it, at
    /// most <paramref name="maxBefore"/> of them.
    /// </summary>
    private static int NameRunStart(Sentence s, int last, int maxBefore, SpeakerNames names)
    {
        var start = last;
        while (start > 0 && last - start < maxBefore && Joined(s, s.Tokens[start - 1].End, s.Tokens[start].Start)
               && (IsNamePart(s, start - 1, names) || SpeakerNames.IsConnector(s.Tokens[start - 1].Norm)))
            start--;
        return start;
    }

    /// <summary>
    /// سأل وزير الدولة محمود قماطي …، فردّ رئيس الحكومة سعد الحريري عليه قائلاً: "…": a role right after a ف-verb (فرد،
    /// فأجاب) is the subject of the answer the participle carries on, not the one who asked.
    /// </summary>
    private static string? Replier(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        for (var v = k - 2; v >= 0 && k - v <= 12; v--)
        {
            if (HasStop(s.Text, tokens[v].End, tokens[v + 1].Start) || InsideQuote(s.Spans, tokens[v].Start)) return null;
            if (tokens[v].Cue is not null) return null;
            var verb = tokens[v].Norm;
            if (verb.Length >= 3 && verb[0] == 'ف' && !Definite(verb[1..]) && !Stops.Contains(verb) && !StopWords.Contains(verb)
                && SpeakerNames.IsRole(tokens[v + 1].Norm) && Joined(s, tokens[v].End, tokens[v + 1].Start))
                return RoleLed(s, v + 1, names);
        }
        return null;
    }

    /// <summary>The role phrase right after the first إن/أن between tokens <paramref name="from"/> and <paramref name="to"/> (إن وزير التعليم وجه), or null.</summary>
    private static string? ClauseSubject(Sentence s, int from, int to, SpeakerNames names)
    {
        for (var m = from + 1; m + 1 < to; m++)
        {
            if (InsideQuote(s.Spans, s.Tokens[m].Start)) continue;
            if (s.Tokens[m].Norm is not ("ان" or "بان")) continue;
            if (!SpeakerNames.IsRole(s.Tokens[m + 1].Norm) || s.Tokens[m + 1].Norm.EndsWith('ه') || !Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start))
                return null;
            // (the role and its ال-qualifiers: a verb follows, so no name is read on from it)
            var end = m + 1;
            while (end + 1 < to && end - m < 4 && Definite(s.Tokens[end + 1].Norm) && Joined(s, s.Tokens[end].End, s.Tokens[end + 1].Start)) end++;
            return names.Prefer(names.ShortMention(s.Text, Phrase(s, m + 1, end)));
        }
        return null;
    }

    /// <summary>An ال-family name right after a name word (نصر الدين مفرح is one, so is علي المطوع).</summary>
    private static bool FamilyWordBefore(Sentence s, int j, SpeakerNames names) =>
        j > 0 && SpeakerNames.FamilyWord(s.Tokens[j].Norm) && IsNamePart(s, j - 1, names);

    /// <summary>The name right before an unprefixed verb cue (كيم يؤكد، وكان كيم قد شدد), or null.</summary>
    private static string? SpeakerBefore(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // احد اصحاب المحال، يقول: «one of» a group, opening the sentence and set off by a comma before the verb.
        if (k is >= 2 and <= 4 && tokens[0].Norm is "احد" or "احدي" && Definite(tokens[k - 1].Norm) && CommaBetween(s, tokens[k - 1].End, tokens[k].Start)
            && Enumerable.Range(1, k - 1).All(m => Joined(s, tokens[m - 1].End, tokens[m].Start)))
            return s.Text[tokens[0].Start..tokens[k - 1].End];
        var j = k - 1;
        while (j >= 0 && tokens[j].Norm is "قد" or "كان" or "وكان" or "كانت" or "وكانت" or "لقد" or "ولقد") j--;
        if (j < 0 || !Joined(s, tokens[j].End, tokens[j + 1].Start)) return null;
        var end = j;
        // كان فوزي الخبوشي كشف: a family name the article uses closes the name after a first name (but خلع الحجاب قالت
        // is a topic).
        if (j > 0 && (names.IsFamilyName(tokens[j].Norm) || IntroducedFamily(s, j)) && names.IsNameLike(tokens[j - 1].Norm)
            && !Stops.Contains(tokens[j - 1].Norm) && Joined(s, tokens[j - 1].End, tokens[j].Start))
            j--;
        while (j >= 0 && end - j < 3 && names.IsNameLike(tokens[j].Norm) && !Stops.Contains(tokens[j].Norm)
               && (j == end || Joined(s, tokens[j].End, tokens[j + 1].Start)))
            j--;
        // و بخصوص نهائي رادس قال، وحول الهدف الذي سجله قال: the topic the words are about, not who said them.
        for (var m = end; m >= 0 && end - m < 16 && (m == end || Joined(s, tokens[m].End, tokens[m + 1].Start)); m--)
            if (TopicWord(tokens[m].Norm)) return null;
        // المساكني قال: an ال-family name the article gives after a first name (يوسف المساكني), opening the sentence, is a
        // name alone too (inside one, مجلس إنقاذ المحافظة طالب, an ال-word after a noun is no name).
        // (…also behind كان opening it: وكان الصنهاجي قد كتب)
        if (j == end && (end == 0 || (end == 1 && tokens[0].Norm is "كان" or "وكان" or "كانت" or "وكانت"))
            && (names.IsFamilyName(tokens[end].Norm) || names.FollowsAFirstName(tokens[end].Norm)))
            return names.ShortMention(s.Text, Phrase(s, end, end));
        // عقد العطية مؤتمرا صحفيًا قال فيه: a word written with tanween is an indefinite noun, never a name.
        if (Tanween(s, end)) return null;
        // نشرت تغريدة في حسابها في "تويتر" قالت فيها: what comes after في/على/عبر is where, not who.
        if (j >= 0 && tokens[j].Norm is "في" or "علي" or "عبر") return null;
        // بشكل عام تجيب: one word is a name only when the article mentions it again (كيم يؤكد), or كان puts it before
        // the verb as its subject (وكان كيم قد شدد).
        // (…nor after أن: وأوضحت البعثة أن وليامز قالت — the subject of the clause's verb of saying)
        if (j == end || (end - j == 1 && names.Mentions(tokens[end].Norm) < 2
                         && !(j >= 0 && tokens[j].Norm is "كان" or "وكان" or "كانت" or "وكانت" or "ان" or "بان"))) return null;
        return names.ShortMention(s.Text, Phrase(s, j + 1, end));
    }

    /// <summary>
    /// الصحفي السعودي ماجد المالكي قال: an ال-word after a given name, itself after a role, a title or an adjective of origin,
    /// closes the name even when the article never uses it alone.
    /// </summary>
    private static bool IntroducedFamily(Sentence s, int j) =>
        j >= 2 && SpeakerNames.FamilyWord(s.Tokens[j].Norm) && Joined(s, s.Tokens[j - 2].End, s.Tokens[j - 1].Start)
        && SpeakerNames.IntroducesName(s.Tokens[j - 2].Norm, j > 2 ? s.Tokens[j - 3].Norm : null);

    /// <summary>A person introduced by a role word before token <paramref name="k"/> (الزعيم الكوري الشمالي كيم جونغ أون), or null.</summary>
    private static string? SubjectInSentence(Sentence s, int k, SpeakerNames names)
    {
        for (var j = 0; j < k; j++)
        {
            if (!SpeakerNames.IsRole(s.Tokens[j].Norm)) continue;
            // (a feminine verb or participle has no masculine role for its subject: وجّهت “الكونفدرالية” مراسلة إلى رئيس الحكومة
            // …، طالبت; أدانت الوزارة اقتحام وزير الأمن القومي …، معتبرة)
            if ((FemininePast(s.Tokens[k].Norm) || (s.Tokens[k].Cue == CueKind.Participle && s.Tokens[k].Norm.EndsWith('ه')))
                && !s.Tokens[j].Norm.EndsWith('ه')) continue;
            var end = RunEnd(s, j, k);
            // (read as a role's phrase is: رفض نائب رئيس حركة فتح، محمود العالول، … قائلا → العالول)
            if (end > j) return RoleLed(s, j, names) ?? names.ShortMention(s.Text, Phrase(s, j, end));
        }
        return null;
    }

    /// <summary>
    /// The body after a sentence's opening feminine و-verb, when a feminine verb cue at <paramref name="k"/> goes on from it
    /// (ونشرت وزارة النفط … وعلقت → وزارة النفط).
    /// </summary>
    private static string? OpeningBody(Sentence s, int k, SpeakerNames names)
    {
        if (k < 3 || s.Tokens[0].Cue is not null || s.Tokens[0].Norm[0] != 'و' || !FemininePast(s.Tokens[0].Norm)
            || !SpeakerNames.IsOrganisation(s.Tokens[1].Norm) || !s.Tokens[1].Norm.EndsWith('ه') || !Joined(s, s.Tokens[0].End, s.Tokens[1].Start))
            return null;
        return names.ShortMention(s.Text, Phrase(s, 1, RunEnd(s, 1, k)));
    }

    /// <summary>
    /// تتلقى رانيا وعد (١٧ عاما) العلاج …، وتذكر … فتقول: a name of two words or more right after a verb earlier in the sentence,
    /// the verb of the same gender as the cue at <paramref name="k"/>, is the cue's subject; or null.
    /// </summary>
    private static string? NamedSubjectInSentence(Sentence s, int k, SpeakerNames names)
    {
        var feminine = Feminine(s.Tokens[k].Norm);
        for (var j = 1; j + 1 < k; j++)
        {
            var verb = s.Tokens[j - 1].Norm;
            if (!(VerbForm(verb) && verb[0] is 'ي' or 'ت') && !(!Definite(verb) && verb.Length >= 4 && FemininePast(verb)) || Feminine(verb) != feminine
                || s.Tokens[j - 1].Cue is not null || !Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start) || !IsNamePart(s, j, names)) continue;
            var end = NameEnd(s, j, names);
            if (end <= j || end >= k) continue;
            // (a person's name: a common given name first, or a family name the article repeats — not يجري عمال ومهندسون)
            var best = BestName(s, j, end, names);
            if (SpeakerNames.IsFirstName(s.Tokens[j].Norm) || names.Mentions(ArabicText.Normalize(best).Trim()) >= 2) return best;
        }
        return null;

        // (تقول، قالت، وتذكر: a present with ت or a past ending in ت — not the masculine pasts that open with ت: تابع، تساءل)
        static bool Feminine(string norm)
        {
            var v = norm.Length > 4 && norm[0] is 'و' or 'ف' ? norm[1..] : norm;
            return (v[0] == 'ت' && v is not ("تابع" or "تساءل" or "تسائل" or "تحدث" or "تطرق" or "توقع" or "تعهد" or "تمني" or "تناول" or "توجه"))
                || FemininePast(v);
        }
    }

    /// <summary>
    /// A masculine noun of what is decided, written or done (القرار، التقرير، الهجوم …), normalised: after a feminine verb
    /// it can only be the object.
    /// </summary>
    private static bool MasculineObject(string norm) =>
        norm is "القرار" or "التقرير" or "الاتفاق" or "القانون" or "المشروع" or "الحكم" or "الاجراء" or "الهجوم" or "الاعتداء"
            or "القصف" or "الموقف" or "الخطاب" or "التصريح" or "الاعلان" or "الوضع" or "الامر" or "التعديل" or "المقترح" or "الطلب";

    /// <summary>A verb cue in the past of the third person masculine singular (دعا، قال، وأضاف): not feminine, not present, not plural.</summary>
    private static bool MasculinePast(string norm)
    {
        var v = norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm[1..] : norm;
        return !FemininePast(norm) && !VerbForm(v) && !v.EndsWith("وا", StringComparison.Ordinal) && ReportingCues.Match(norm, out _) == CueKind.Verb;
    }

    /// <summary>A past verb of the third person feminine (قالت، أكدت، طالبت; also behind و/ف).</summary>
    internal static bool FemininePast(string norm)
    {
        var v = norm.Length > 4 && norm[0] is 'و' or 'ف' ? norm[1..] : norm;
        // (not the masculine verbs that end in ت themselves, also behind و/ف: لفت، ثبت، سكت، صمت)
        return v.Length >= 4 && v[^1] == 'ت' && v is not ("اثبت" or "ولفت" or "فلفت" or "وثبت" or "وسكت" or "وصمت");
    }

    /// <summary>
    /// The person a sentence opens with: a و-prefixed verb (not a cue) and then a role phrase or a name followed by
    /// «، role» (وأقر ناصر هاشم السيد، مدير الإعلام). Null otherwise.
    /// </summary>
    private static string? LeadSubject(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // جاء ذلك في المؤتمر الصحفي الذي عقده، اليوم، المدير الفني لمنتخب الشباب، عماد محمد.: «this came in …» names the one
        // whose words come before and after it, by the first role in the sentence.
        if (tokens.Count > 3 && tokens[0].Norm is "جاء" or "وجاء" && tokens[1].Norm == "ذلك")
            for (var r = 2; r < tokens.Count; r++)
            {
                // (جاء ذلك خلال كلمته: his words, the one already speaking)
                if (OwnWords(tokens[r].Norm)) return null;
                // (not an adjective after an ال-noun, المؤتمر الصحفي, nor the members of a body, لمجلس النواب)
                // (…nor a role word describing the statement: خلال مؤتمر صحفي عقده)
                if (SpeakerNames.IsRole(tokens[r].Norm) && !InsideQuote(s.Spans, tokens[r].Start) && !StatementNoun(tokens[r - 1].Norm)
                    && !(Definite(tokens[r].Norm) && Joined(s, tokens[r - 1].End, tokens[r].Start)
                         && (Definite(tokens[r - 1].Norm) || NamesBody(s, r)
                             || (tokens[r - 1].Norm.Length > 3 && SpeakerNames.IsBodyWord(tokens[r - 1].Norm[1..])))))
                    return RoleLed(s, r, names);
            }
        // رئيس مركز أبوظبي للغة العربية علي بن تميم، كان قد نشر تغريدة …: a role and a name opening the sentence, set off by
        // a comma before «كان قد», are the subject of the verb after it.
        if (tokens.Count > 4 && SpeakerNames.IsRole(tokens[0].Norm) && !InsideQuote(s.Spans, tokens[0].Start))
            for (var m = 1; m + 2 < tokens.Count && m < 10; m++)
            {
                if (HasPunctuation(s.Text, tokens[m - 1].End, tokens[m].Start)) break;
                if (!CommaBetween(s, tokens[m].End, tokens[m + 1].Start)) continue;
                if (tokens[m + 1].Norm is "كان" or "كانت" && tokens[m + 2].Norm == "قد" && RoleLed(s, 0, names) is { } holder
                    && QuoteConfidence.Classify(holder, names) == SpeakerKind.Person)
                    return holder;
                break;
            }
        // من جانبه أشاد وزير المعادن …: the verb and its subject after «من جانبه/من جهته».
        var o = tokens.Count > 4 && tokens[0].Norm == "من" && tokens[1].Norm is "جانبه" or "جانبها" or "جهته" or "جهتها" ? 2 : 0;
        // من جهته أمين العاصمة حمود عباد، قال …: the subject before its verb.
        if (o == 2 && SpeakerNames.IsRole(tokens[2].Norm))
        {
            var end = RunEnd(s, 2, tokens.Count);
            return end > 2 ? names.ShortMention(s.Text, Phrase(s, 2, end)) : null;
        }
        // عبر الموسيقار المصري الكبير عمر خيرت عن سعادته …. وقال: "…": عبّر («expressed») opening the sentence before a role
        // is the verb, not «across»; its subject goes on speaking in the next sentence.
        // (also after من جانبه: من جانبه، عبّر رئيس قطاع الأدب … عن شكره …، وقال ل«عكاظ» «…»)
        if (tokens.Count >= o + 3 && tokens[o].Norm is "عبر" or "عبرت" && SpeakerNames.IsRole(tokens[o + 1].Norm) && Joined(s, tokens[o].End, tokens[o + 1].Start))
            return RoleLed(s, o + 1, names);
        // استقبلت وزيرة العمل …، استلمت كوثر كريكو مهامها: a feminine past verb of four letters or more opening the sentence
        // without و, then a role phrase or a name. (Not a masculine one: nothing tells an unprefixed verb from a name or a noun.)
        if (o == 0 && MayOpenWithVerb(s, names) && FemininePast(tokens[0].Norm) && tokens[0].Norm[0] != 'و'
            && !tokens[0].Norm.EndsWith("ات", StringComparison.Ordinal))
        {
            // أدانت وزارة الخارجية الفلسطينية اقتحام …: a body after it, with the words that name it.
            if (SpeakerNames.IsOrganisation(tokens[1].Norm) && Joined(s, tokens[0].End, tokens[1].Start))
                return BodyName(s, 1, names);
            // (a plural after it is a body of people, no name: تمكنت وحدات مكافحة الإرهاب)
            if (!SpeakerNames.IsRole(tokens[1].Norm))
                return tokens[1].Norm.EndsWith("ات", StringComparison.Ordinal) ? null : NameSubject(s, names);
            var end = RunEnd(s, 1, tokens.Count);
            return end > 1 ? RoleLed(s, 1, names) ?? names.ShortMention(s.Text, Phrase(s, 1, end)) : null;
        }
        // هنّأ سمو الشيخ مكتوم بن محمد …، وقال سموّه: an honorific right after the sentence's first word makes that word a
        // verb, and the name after the honorific and any titles its subject. (Not a preposition or a noun behind ب/ل: برعاية
        // سمو …; هنّأ normalises to هنا, «here».)
        if (o == 0 && tokens.Count > 3 && SpeakerNames.IsHonorific(tokens[1].Norm) && tokens[0].Cue is null && !Definite(tokens[0].Norm)
            && !tokens[0].Norm.StartsWith('ب') && !tokens[0].Norm.StartsWith('ل') && !Stops.Contains(tokens[0].Norm) && (!StopWords.Contains(tokens[0].Norm) || tokens[0].Norm == "هنا")
            && Joined(s, tokens[0].End, tokens[1].Start))
        {
            var n = 2;
            while (n + 1 < tokens.Count && n < 4 && SpeakerNames.IsNameTitle(tokens[n].Norm) && Joined(s, tokens[n - 1].End, tokens[n].Start)) n++;
            if (Joined(s, tokens[n - 1].End, tokens[n].Start) && IsNamePart(s, n, names)) return BestName(s, n, NameEnd(s, n, names), names);
        }
        // (a three-letter و-verb too: ورد وزير الاتصالات بالقول — not a function word: وفي، ولم)
        if (tokens.Count < o + 3 || tokens[o].Cue is not null || tokens[o].Norm is not { Length: >= 3 } v || (o == 0 && v[0] != 'و')
            || (v.Length == 3 && (o > 0 || Stops.Contains(v) || StopWords.Contains(v) || StopWords.Contains(v.AsSpan(1))))
            // (وبالنسبة لموضوع …، والأهم: a noun with ال behind و or a preposition opens no verb's sentence — but وألقى،
            // وألمح, written with their hamza, are verbs)
            || (NounAfterConjunction(v) && !HamzaVerbAfterWaw(s, o))
            // (وبخصوص وضعية محمد ولد السالك …، قال المصدر: what the sentence is about, not who acts in it)
            || TopicWord(v)) return null;
        if (SpeakerNames.IsRole(tokens[o + 1].Norm))
        {
            var end = RunEnd(s, o + 1, tokens.Count);
            // (the verb's object after the role is no part of it: وعقد وزير الخارجية اجتماعا موسعا، ورحب رئيس المجلس بالحاضرين)
            for (var m = o + 2; m <= end; m++)
                if (AccusativePair(s, m, names) || (tokens[m].Norm.StartsWith('ب') && TakesObjectWithBa(v))) { end = m - 1; break; }
            return end > o + 1 ? names.ShortMention(s.Text, Phrase(s, o + 1, end)) : null;
        }
        if (o > 0) return null;
        // وكانت وزارة الفلاحة والتنمية الريفية والصيد البحري، قد أكدت: a body right after كان is the subject, named whole.
        if (v is "وكان" or "وكانت" && SpeakerNames.IsOrganisation(tokens[1].Norm))
            return names.Prefer(s.Text[tokens[1].Start..tokens[RunEnd(s, 1, tokens.Count)].End]);
        // وكانت نانسي قد كشفت …، قالت فيها: “…”: so is a name between كان and قد, which opens the verb it is the subject of.
        if (v is "وكان" or "وكانت" && IsNamePart(s, 1, names) && NameEnd(s, 1, names) is var nameEnd && nameEnd + 1 < tokens.Count
            && tokens[nameEnd + 1].Norm == "قد" && Joined(s, tokens[nameEnd].End, tokens[nameEnd + 1].Start))
            return BestName(s, 1, nameEnd, names);
        // وعزا المعهد الوطني التونسي للإحصاء في تقرير …: so is a body with ال after any opening و-verb — with its ال-words,
        // as the article named it (not the verb's object after them: ونشرت الهيئة بيانا).
        if (Definite(tokens[1].Norm) && SpeakerNames.IsOrganisation(tokens[1].Norm))
            return BodyName(s, 1, names);
        // وتحدث الدعيج عن … قائلا، وأثنى بودربالة على …: a name right after the opening verb is its subject when the
        // article names that person again, or the name has two words.
        if (NameSubject(s, names) is { } subject) return subject;
        var j = 1;
        while (j < tokens.Count && j < 5 && !SpeakerNames.IsRole(tokens[j].Norm) && !Stops.Contains(tokens[j].Norm)
               && (j == 1 || !HasPunctuation(s.Text, tokens[j - 1].End, tokens[j].Start)))
            j++;
        if (j == 1 || j >= tokens.Count || !SpeakerNames.IsRole(tokens[j].Norm)) return null;
        var comma = s.Text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End);
        return comma.Trim().SequenceEqual("،") || comma.Trim().SequenceEqual(",") ? names.ShortMention(s.Text, Phrase(s, 1, j - 1)) : null;
    }

    /// <summary>
    /// ولفت إلى أن ما أعلن عنه رئيس الوزراء … هو رقم أولي: a cue after «what» («what the prime minister announced»), inside
    /// the clause of an earlier verb cue, reports someone the speaker spoke of; he does not become the one speaking.
    /// </summary>
    private static bool Reported(Sentence s, int k) =>
        k > 1 && s.Tokens[k - 1].Norm == "ما" && s.Tokens[k].Cue == CueKind.Verb
        && s.Tokens.FindIndex(0, k - 1, t => t.Cue == CueKind.Verb) >= 0;

    /// <summary>
    /// موجهاً حديثه لأبنائه الطلاب: an accusative participle (م first, ا last) and «his talk» or «his word» say whom the
    /// words were for; whoever follows is no part of the speaker's phrase.
    /// </summary>
    private static bool Addressing(Sentence s, int m) =>
        m + 1 < s.Tokens.Count && s.Tokens[m].Norm is { Length: >= 5 } p && p[0] == 'م' && p[^1] == 'ا'
        && s.Tokens[m + 1].Norm is "حديثه" or "حديثها" or "كلامه" or "كلامها" or "كلمته" or "كلمتها" or "رسالته" or "رسالتها" or "خطابه" or "خطابها";

    /// <summary>بخصوص، حول، بشأن، عن (also behind و, normalised): what follows is what the words are about.</summary>
    private static bool TopicWord(string norm) =>
        norm is "بخصوص" or "وبخصوص" or "حول" or "وحول" or "بشان" or "وبشان" or "عن" or "وعن";

    /// <summary>وألقى، وألمح: و and a verb whose أ the normaliser made into the ا of ال.</summary>
    private static bool HamzaVerbAfterWaw(Sentence s, int j) =>
        s.Tokens[j].End - s.Tokens[j].Start > 3 && s.Text[s.Tokens[j].Start] == 'و' && s.Text[s.Tokens[j].Start + 1] == 'أ';

    /// <summary>و and an ال-noun, also behind ب/ل/ك (والأهم، وبالنسبة، وللمرة): no verb.</summary>
    private static bool NounAfterConjunction(string norm) =>
        norm.Length > 3 && norm[0] == 'و'
        && (norm.AsSpan(1).StartsWith("ال") || (norm.Length > 4 && norm[1] is 'ب' or 'ل' or 'ك' && norm.AsSpan(2).StartsWith("ال"))
            || norm.AsSpan(1).StartsWith("لل"));

    /// <summary>Name words right after a sentence's opening و-verb (وتحدث الدعيج), or null; see <see cref="LeadSubject"/>.</summary>
    private static string? NameSubject(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (tokens.Count < 3 || !Joined(s, tokens[0].End, tokens[1].Start)) return null;
        // وقدم الجخ باقة من قصائده: an ال-family name the article gave after a role and a first name (الشاعر هشام الجخ).
        if (Definite(tokens[1].Norm) && !SpeakerNames.IsRole(tokens[1].Norm) && !SpeakerNames.IsOrganisation(tokens[1].Norm)
            && (names.IsFamilyName(tokens[1].Norm) || names.IntroducedAfterRole(tokens[1].Norm)))
            return names.ShortMention(s.Text, Phrase(s, 1, 1));
        if (!NameWord(s, 1, names)) return null;
        var end = 1;
        // (the ال-half of a compound given name goes on the name: وجه عبد الإله بنكيران انتقادات)
        while (end + 1 < tokens.Count && end < 4 && Joined(s, tokens[end].End, tokens[end + 1].Start)
               && ((end < 3 && NameWord(s, end + 1, names)) || (tokens[end].Norm is "عبد" or "ابو" && Definite(tokens[end + 1].Norm))))
            end++;
        if (end == 1 && names.Mentions(tokens[1].Norm) < 2) return null;
        // تفاعلت جماهير كرة القدم: words in construct with an ال-word that closes no name are a thing, not a person.
        if (end + 1 < tokens.Count && Joined(s, tokens[end].End, tokens[end + 1].Start) && Definite(tokens[end + 1].Norm)
            && !names.IsFamilyName(tokens[end + 1].Norm) && !names.FollowsAFirstName(tokens[end + 1].Norm) && !SpeakerNames.Nisba(tokens[end + 1].Norm[2..])
            // (a role after the name is his: وجه عبد الإله بنكيران الأمين العام لحزب …)
            && !SpeakerNames.IsRole(tokens[end + 1].Norm))
            return null;
        // وبلغ حجم احتياطي تونس، وتواجه مصر أزمة طاقة: a place in or right after the words makes them a thing of that place,
        // or the place itself, not a person.
        for (var m = 1; m <= end + 1 && m < tokens.Count; m++)
            if (SpeakerNames.IsPlace(tokens[m].Norm) && (m <= end || Joined(s, tokens[end].End, tokens[m].Start))) return null;
        return names.ShortMention(s.Text, Phrase(s, 1, end));
    }

    /// <summary>
    /// The sentence's first word may be an unprefixed verb before its subject: no cue, no ال, no stop or function word, no
    /// name the article repeats, and a word right after it.
    /// </summary>
    private static bool MayOpenWithVerb(Sentence s, SpeakerNames names) =>
        s.Tokens.Count >= 3 && s.Tokens[0].Cue is null && !Definite(s.Tokens[0].Norm) && !Stops.Contains(s.Tokens[0].Norm)
        && !StopWords.Contains(s.Tokens[0].Norm) && names.Mentions(s.Tokens[0].Norm) < 2 && Joined(s, s.Tokens[0].End, s.Tokens[1].Start);

    /// <summary>
    /// حارب السوري مجد الدين غزال كثيرا …. قال لوكالة فرانس برس "…": before anyone has spoken, a sentence opening with a verb
    /// and then a role phrase, or a nisba, its adjectives and a name — or opening with a role phrase and a name, its verb
    /// dropped — names the person the article is about; a bare cue after it is theirs.
    /// (Only then: an unprefixed opening word may be a name or a noun, which a role after it makes unlikely.)
    /// </summary>
    private static string? OpeningSubject(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد يرحب …: a role phrase and a person's name opening the story is its
        // subject too (a headline-like lead, its verb after the name or dropped).
        if (tokens.Count >= 4 && Definite(tokens[0].Norm) && SpeakerNames.IsRole(tokens[0].Norm) && !InsideQuote(s.Spans, tokens[0].Start)
            && RoleLed(s, 0, names) is { } subject && QuoteConfidence.Classify(subject, names) is SpeakerKind.Person or SpeakerKind.Role or SpeakerKind.Named
            // (a name after the role, not the role phrase itself)
            && s.Text.IndexOf(subject, tokens[0].Start, StringComparison.Ordinal) is var named && named > tokens[0].Start
            && s.Text.AsSpan(tokens[0].Start, named - tokens[0].Start).IndexOfAny("،,.:؛") < 0)
            return subject;
        if (!MayOpenWithVerb(s, names) || tokens[0].Norm.Length < 3 || InsideQuote(s.Spans, tokens[0].Start) || InsideQuote(s.Spans, tokens[1].Start))
            return null;
        // (the person named before the first comma: حيّت وزيرة العمل … لينا الشيخ المعتصمين …، وخصّت الكنداكات is not about
        // الكنداكات)
        string? person = null;
        if (SpeakerNames.IsRole(tokens[1].Norm))
            person = RoleLed(s, 1, names) is { } led && s.Text.IndexOf(led, tokens[1].Start, StringComparison.Ordinal) is var at and >= 0
                     && s.Text.AsSpan(tokens[1].Start, at - tokens[1].Start).IndexOfAny("،,.:؛") < 0
                ? led : null;
        else if (Definite(tokens[1].Norm) && SpeakerNames.Nisba(tokens[1].Norm[2..]))
        {
            // (…and the adjectives after it: وجه الإعلامي السعودي المخضرم وليد الفراج)
            var n = 2;
            while (n < tokens.Count && n < 5 && Definite(tokens[n].Norm) && Joined(s, tokens[n - 1].End, tokens[n].Start)) n++;
            if (n < tokens.Count && Joined(s, tokens[n - 1].End, tokens[n].Start) && NameWord(s, n, names))
                person = BestName(s, n, NameEnd(s, n, names), names);
        }
        return person;
    }

    /// <summary>A word of a person's name: not a body (وقالت وزارة …), not a verb (وأصبح يعمل …), not inside a quotation.</summary>
    private static bool NameWord(Sentence s, int j, SpeakerNames names) =>
        IsNamePart(s, j, names) && !SpeakerNames.IsBodyWord(s.Tokens[j].Norm) && s.Tokens[j].Norm.Length > 2
        && !VerbForm(s.Tokens[j].Norm) && !InsideQuote(s.Spans, s.Tokens[j].Start);

    /// <summary>The last token of the phrase starting at <paramref name="j"/>: up to 10 tokens, before <paramref name="limit"/>, punctuation or a stop word.</summary>
    private static int RunEnd(Sentence s, int j, int limit)
    {
        var end = j;
        for (var m = j + 1; m < limit && m < j + 10; m++)
        {
            if (HasPunctuation(s.Text, s.Tokens[m - 1].End, s.Tokens[m].Start) || Stops.Contains(s.Tokens[m].Norm)
                || s.Tokens[m].Cue is not null || OwnWords(s.Tokens[m].Norm)) break;
            end = m;
        }
        return end;
    }

    /// <summary>Nothing but spaces between two positions, or the marks of a quoted name (وأعلن «مميش»، وتشير “سودان تربيون”).</summary>
    private static bool Joined(Sentence s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = s.Text[i];
            // (متحدث #الصحة: a hashtag's sign, in the Gulf press, joins its word to the phrase)
            if (char.IsWhiteSpace(c) || c is '\u200f' or '\u200e' or '#') continue;
            if (QuoteSpans.IsMark(c) && IsNameMark(s, i)) continue;
            return false;
        }
        return true;
    }

    /// <summary>True for a mark that opens or closes a quotation that is not speech.</summary>
    private static bool IsNameMark(Sentence s, int position)
    {
        // (Eligible is filled last while a sentence is prepared; until then no mark is known to name something)
        for (var q = 0; q < s.Spans.Count && q < s.Eligible.Count; q++)
            if ((s.Spans[q].Open == position || s.Spans[q].Close == position) && !s.Eligible[q]) return true;
        return false;
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
