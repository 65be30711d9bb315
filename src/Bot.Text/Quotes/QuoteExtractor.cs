using System.Buffers;

namespace Bot.Text;

/// <summary>
/// Finds direct quotations and their speakers. This file holds the pipeline and the tests that tell a name or a title from
/// speech; QuoteExtractor.Speech.cs whether a quotation has a reporting cue within reach, QuoteExtractor.Speakers.cs whose
/// words they are, QuoteExtractor.RolePhrases.cs where a role's phrase and a name end, QuoteExtractor.Subjects.cs the
/// subject before a cue. Rules:
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
/// the name the article introduced with that role (<see cref="SpeakerNames.Prefer"/>), or the new name its words go on
/// under in the next report (وقال الرئيس التنفيذي: «…». وأضاف الغيث: «…»; <see cref="NameRolesGoingOn"/>).</item>
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
internal static partial class QuoteExtractor
{
    public const int MinWords = 2;
    public const int MaxNameWords = 4;
    public const int MaxGap = 16;
    public const int MaxThatGap = 32;
    public const int MaxProductWords = 8;

    /// <summary>Words a body's name in marks may have (الهيئة الوطنية لشؤون المرأة اللبنانية: six).</summary>
    public const int MaxBodyNameWords = 7;
    public const int FullStatementWords = 12;

    /// <summary>The marks a quotation can open with: the double marks, and the single ones <see cref="Marked"/> reads as them.</summary>
    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create(QuoteSpans.Marks + "'‘’");

    private static readonly WordList Stops = new("speaker-stops.txt");
    internal static readonly WordList NameCues = new("quote-name-cues.txt");
    private static readonly WordList TitleCues = new("quote-title-cues.txt");
    private static readonly WordList Anaphors = new("speaker-anaphors.txt");

    private readonly record struct Token(int Start, int End, string Norm, CueKind? Cue, bool Prefixed);

    private sealed class Sentence(string text)
    {
        public string Text { get; } = text;
        // (sized for the words the text can hold, about one in six characters: grown from empty, the list's copies had shown
        // as a fifth of the extractor's time in a sampled profile)
        public List<Token> Tokens { get; } = new(text.Length / 6 + 4);
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
        // Every quotation is a span of marks (QuoteSpans), and every span opens at one of these once the marks are read
        // (Marked): an article with none of them — four in ten of argen-news — has nothing to find, and reading its sentences
        // for speakers was most of the engine's time.
        if (!article.Sentences.Exists(s => s.Text.AsSpan().ContainsAny(QuotationMarks))) return [];
        var found = new List<(Quote Quote, string Norm, int Words, double Confidence)>();
        var names = new SpeakerNames(article);
        string? previous = null;
        // Everyone named as a speaker or a sentence's subject so far (normalised).
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        // Who issued the statement last mentioned (وذكر المجمع في بيان له), and in which sentence: a bare البيان is them.
        string? issuer = null;
        var issuerSentence = -1;
        // Who issued the decree the article reports (أصدر رئيس مجلس الوزراء … عماد خميس، قرارا): a bare القرار quoted later is
        // theirs.
        string? decreeIssuer = null;
        // Short quoted texts and the sentences that set them in marks with no cue (see MarkedElsewhere).
        Dictionary<string, List<int>>? marked = null;
        // The last statement quoted by its adjectives alone (بيان رسمي), and in which sentence: a bare البيان after it is it.
        string? described = null;
        var describedSentence = -1;
        // The last sentence a quotation was found in: a sentence that is nothing but a quotation right after it goes on.
        var lastQuoted = -2;
        // The last sentence whose reporting cue named its speaker (وأفاد مدير الأرصاد … في تصريحات صحفية عن …).
        var lastNamed = -2;
        // The last sentence whose narration named the person it is of (يطفئ أبو رامي الفحم قرابة منتصف الليل).
        var lastNarrated = -2;
        // Quotations whose cue named nobody, with nobody quoted before them («…»، تقول ضاحكة), and in which sentences: the
        // story may name their speaker right after (هي رندة خوري؛ الجراح هو الدكتور عمر قباني؛ عبد الرحمن قطان، أو أبو عبدو).
        var unnamed = new List<(Sentence Sentence, QuoteSpan Span, int First)>();
        // Who last asked someone (سأله مراسلنا: «…»), whom, and in which sentence: the reply right after is the one asked.
        string? asker = null, asked = null;
        var askedSentence = -3;
        // The last sentence any of whose reporting cues named its speaker, before a quotation of it or not.
        var lastCued = -2;
        // Who answers an interview printed as questions on dashed lines (ـ لماذا …؟), and the last such question's sentence.
        string? interviewee = null;
        var dashAsked = -3;
        var n = article.Sentences.Count;
        for (var si = 0; si < n; si++)
        {
            // «اقرأ أيضا: …»: another story's headline; none of its words or names belong to this one.
            if (article.CrossLinkLines[si]) continue;
            // التقيناها …، وكان هذا الحوار. | ـ لماذا أبقيتِ اللوحة على حالها؟ | «…»: a question on a dashed line of its own is the
            // interviewer's; the one it is put to is the person the lines before the first such question name (والتقينا مؤسس
            // الشركة، المهندس طارق الحمادي، وكان هذا الحوار), or the one the story was with.
            if (DashedQuestion(article.Sentences, si) is var asks and >= 0)
            {
                interviewee ??= PersonNamedBefore(article, names, si) ?? previous;
                dashAsked = si = asks;
                continue;
            }
            // A quotation left open runs on into the next sentences (the splitter cuts inside long statements): read them as one.
            var sentenceText = Marked(article.Sentences[si].Text);
            var first = si;
            // قائلا: | «…»: a sentence cut at the colon that introduces a quotation (the splitter caps long sentences there).
            if (EndsWithColon(sentenceText, out var markAfter) && si + 1 < n && (markAfter || StartsWithMark(Marked(article.Sentences[si + 1].Text))))
                sentenceText = sentenceText + " " + Marked(article.Sentences[++si].Text);
            // وصرح اردوغان أمام مجموعة من رجال الأعمال في اسطنبول | “لقد اتخذنا …: a page's hard line wrap between a verb of
            // saying and the words it brings in.
            else if (si + 1 < n && WrappedBeforeQuotation(sentenceText, Marked(article.Sentences[si + 1].Text)))
                sentenceText = sentenceText + " " + Marked(article.Sentences[++si].Text);
            var (joined, joinedText) = (si, sentenceText);
            // (…but not into a paragraph that opens a new reporting clause, وأضاف أن “…: the earlier quotation was left open —
            // unless a mark comes first: " وأضاف closes the quotation, “تابعت الجمعية … opens its words)
            // (…and a quotation that opens the sentence, its cue after it: "نجوت بأعجوبة.. أهلي لا يصدقون …"، بهذه الكلمات وصف)
            if (OpensAfterColon(sentenceText) || StartsWithMark(sentenceText))
                while (Unclosed(sentenceText) && si + 1 < n && si - first < MaxQuoteSentences && !NewReport(article.Sentences[si + 1].Text))
                    sentenceText = sentenceText + " " + Marked(article.Sentences[++si].Text);
            if (Unclosed(sentenceText) && si > joined) (si, sentenceText) = (joined, joinedText);
            var s = Prepare(sentenceText, names, first, si);
            if (s is null) continue;
            // الرجل هو عبد الرحمن الدبّاغ، الطبيبة هي رهف أبو شمالة: the story names the person it has quoted by description so
            // far; those quotations, and the next bare cue, are that name's.
            var identified = IdentifiedAs(s, names, out var description);
            if (identified is not null
                // (هي الأستاذة أروى عبد الجليل؛ اسمه خالد السيد: «she is», «his name is» name the one the story is with, when it
                // had them only by description — رجل خمسيني، امرأة، المعلمة)
                && (description.Length > 0 || (previous is not null && Described(previous))))
            {
                var d = ArabicText.Normalize(description.Length > 0 ? description : previous!);
                if (description.Length == 0) d = d.Split(' ')[0] is var w && !Definite(w) ? WithAl(w) : w;
                for (var i = found.Count - 1; i >= 0 && found[i].Quote.SentenceIndex >= first - IdentifiedReach; i--)
                    if (CalledBy(found[i].Quote.Speaker, d))
                        found[i] = Renamed(found[i], identified, names);
                // (…and words whose cue named nobody, before anyone was quoted: «المقص، المقص»، يقول ضاحكا. | الجراح هو الدكتور عمر
                // قباني)
                if (description.Length > 0 && found.Count == 0 && unnamed.Count > 0 && first - unnamed[0].First <= IdentifiedReach)
                    NameUnnamed(found, unnamed, identified, names);
                // (a description named so is whom the story turns to: الموظفة، واسمها منى، تعمل …. تقول)
                if (description.Length > 0 || (previous is not null && CalledBy(previous, d))) previous = identified;
            }
            // «الفرن ما بيستنّى حدا»، تقول ضاحكة …. هي رندة خوري: «she is» right after words whose cue named nobody, before
            // anyone had spoken, names who said them.
            else if (identified is not null && description.Length == 0 && unnamed.Count > 0 && unnamed[^1].First == first - 1
                     && NameUnnamed(found, unnamed, identified, names) is { } sayer)
                previous = sayer;
            // عرّف نفسه باسم معاذ، وقال: «…»؛ «…». ثم عرّفت نفسها باسم سناء؛ السيدة، التي عرّفت نفسها بأم ملك، أضافت: someone who
            // says who they are is the one the story is with — and the words given so far to them by description are theirs.
            else if (identified is null && SelfIntroduced(s, names) is { } self)
            {
                if (previous is not null && UnnamedSoFar(previous))
                    for (var i = found.Count - 1; i >= 0 && found[i].Quote.SentenceIndex >= first - IdentifiedReach; i--)
                        if (found[i].Quote.Speaker == previous)
                            found[i] = Renamed(found[i], self, names);
                previous = self;
            }
            // يجلس رجل في السبعين …: «…». | الحاج محمود أبو رزق يقطف الزيتون منذ …: a story that quoted someone by description
            // alone, then opens a paragraph with a full name it never gave before, names that person.
            else if (identified is null && found.Count > 0 && article.Sentences[si].IndexInParagraph == 0
                     && OpeningFullName(s, names, out var title) is { } named && !UsedBefore(names, first, named)
                     && NamedLede(found, named, title, first, names) > 0)
                previous = named;
            // يمشي رجل قصير القامة بين صفوف الزيتون …. | جورج نعمة غادر لبنان …. يقول إن …: «…»: a full name opening a sentence
            // names the man or the woman the narration brought in, before anyone was quoted.
            else if (identified is null && found.Count == 0 && previous is not null && UnnamedPerson(ArabicText.Normalize(previous).Split(' ')[0])
                     && OpeningFullName(s, names, out _) is { } lede)
                previous = lede;
            // «الخبز الحلبي بدو صبر»، يقول ضاحكا …. | عبد الرحمن قطان، أو أبو عبدو …: so does a full name opening the next
            // paragraph for words whose cue named nobody, before anyone was quoted.
            else if (identified is null && found.Count == 0 && unnamed.Count > 0 && article.Sentences[si].IndexInParagraph == 0
                     && first - unnamed[0].First <= IdentifiedReach
                     && OpeningFullName(s, names, out _) is { } opening && !UsedBefore(names, first, opening)
                     && NameUnnamed(found, unnamed, opening, names) is { } opener)
                previous = opener;
            if (found.Count > 0 || (unnamed.Count > 0 && first - unnamed[0].First > IdentifiedReach)) unnamed.Clear();
            // (the person this sentence's narration names as doing something, when it names one)
            string? narratedHere = null;
            // (وخاطب سموه أبناءه: a lead that points back, سموه، المتحدث, leaves the one it points to speaking)
            if (LeadSubject(s, names) is { } lead) previous = previous is not null && IsAnaphor(ArabicText.Normalize(lead)) ? previous : lead;
            else if (previous is null && OpeningSubject(s, names) is { } opener) previous = opener;
            // (…and the person a street report's narration turns to: يقف الحاج عبد الراضي حسانين وسط أرضه، ويقول: «…»; or one
            // it brings in «called» a name: يجلس شيخ في الثمانين يدعى دا الطاهر)
            // (…not an adverb read as its last word: يطرق المعلم رأسه قليلا، تحتضنه طويلا)
            // (…or the person the reporter asks by name: سألنا العم سالم: ماذا بعد هذه السفينة؟ | فضحك … قبل أن يجيب)
            else if (AskedBefore(s, s.Tokens.Count, names) is { } askedByUs) previous = narratedHere = askedByUs;
            else if ((NarratedSubject(s, names) ?? CalledSubject(s, names)) is { } narrated && !AdverbWord(narrated, names)) previous = narratedHere = narrated;
            if (narratedHere is not null) lastNarrated = si;
            if (previous is not null) speakers.Add(ArabicText.Normalize(previous));
            // (who was speaking before this sentence's cues name anyone: «وقال البيان» makes البيان the previous speaker)
            var speakingBefore = previous;
            decreeIssuer ??= DecreeIssuer(s, names);
            // وقال وكيل الوزارة كريم النوري، في تصريح للوكالة الرسمية، وتابعه “العراق اولا”. | إنه “…”: a stray full stop cut
            // the إنه-clause from the verb of the sentence before, which named its speaker and quoted nothing of its own.
            var cutThat = lastCued == first - 1 && lastQuoted != first - 1 ? CutThatQuotation(s) : null;
            // (“…”، بهذه الكلمات رد المزارع أبو عمر: «with these words» names the speaker whatever the verb, so a sentence
            // without a cue of its own is read as one with a cue)
            if (!s.HasCue && !WithTheseWordsAfterQuotation(s))
            {
                // (…and the quotation standing alone right after such words is the same nobody's so far: «…»، يقول. «…».)
                if (previous is null && found.Count == 0 && unnamed.Count > 0 && unnamed[^1].First == first - 1 && WholeQuotation(s) is { } goesOn)
                {
                    unnamed.Add((s, goesOn, first));
                    continue;
                }
                // (أصدرت وزارة الصحة بيانا: a statement's issuer, for the «وجاء في البيان» after it)
                if (MentionsStatement(s) && IssuerHere(s, previous, names) is { } issuedHere) (issuer, issuerSentence) = (issuedHere, si);
                // ''…''.. بهذه العبارة استهل مدرب مولودية الجزائر نور الدين زكري حديثه: a quotation alone in its sentence, and
                // «with these words» opening the next one, whose verb's subject said them.
                if (WholeQuotation(s) is { } alone && si + 1 < n && Prepare(Marked(article.Sentences[si + 1].Text), names, si + 1, si + 1) is { } following
                    && WithTheseWordsSpeaker(following, 0, names) is { } withThese && Plausible(withThese, s, alone, carried: true, names) is { } sayer)
                {
                    found.Add(WholeQuote(s, alone, sayer, new CueFound(CueKind.Verb, 0, After: true, FromPrevious: false), first, names));
                    lastQuoted = si;
                    continue;
                }
                // وفي بيان لنادي الأسير الفلسطيني، اليوم الأحد، فإن "…": «in a statement of» its issuer opening the sentence, and
                // فإن right before the words, with no verb of saying: the issuer's.
                if (StatementThenFaInna(s) is { } stated && IssuerHere(s, null, names) is { } statedBy
                    && Plausible(statedBy, s, stated, carried: false, names) is { } issuerSpeaks)
                {
                    found.Add(WholeQuote(s, stated, issuerSpeaks, new CueFound(CueKind.Source, 0, After: false, FromPrevious: false), first, names));
                    lastQuoted = si;
                    continue;
                }
                // - صحافي: «…؟» | - الركراكي: «…»: a transcript's line, who speaks and a colon opening it before the words.
                // (a role alone without ال, which names nobody after a verb, is who speaks here: «a journalist»)
                if (SpeakerLabel(s, speakers, afterQuote: lastQuoted == first - 1) is var (labelled, label)
                    && (PersonNoun(s.Tokens[0].Norm) ? label : Plausible(label, s, labelled, carried: false, names)) is { } labelSays)
                {
                    found.Add(WholeQuote(s, labelled, labelSays, new CueFound(CueKind.Verb, 0, After: false, FromPrevious: false), first, names));
                    speakers.Add(ArabicText.Normalize(previous = labelSays));
                    lastQuoted = si;
                    continue;
                }
                // (…its answer, a quotation standing alone right after it, is theirs)
                if (interviewee is not null && dashAsked == first - 1 && WholeQuotation(s) is { } answer
                    && Plausible(interviewee, s, answer, carried: true, names) is { } answers)
                {
                    found.Add(WholeQuote(s, answer, answers, new CueFound(CueKind.Participle, 0, After: false, FromPrevious: true), first, names));
                    speakers.Add(ArabicText.Normalize(previous = answers));
                    lastQuoted = si;
                    continue;
                }
                // وقال الوزير: “…”. | “…”.: a statement quoted over several paragraphs, the later ones without a cue.
                // (…or right after a sentence whose cue named the speaker and reported the words without marks)
                // (…or a sentence opening with «and that» before a quotation, right after a quoted one: وأن "…" goes on with its
                // clause)
                // (…or right after narration that named the person: يطفئ أبو رامي الفحم قرابة منتصف الليل. «…».)
                // (…in an interview, a question is the asker's and what follows it the one asked's: سأله القادري: «…؟» فأجاب: «…».
                // «…؟» «…».)
                if (previous is not null && (lastQuoted == first - 1 || lastNamed == first - 1 || lastNarrated == first - 1)
                    && (WholeQuotation(s) ?? ThatThenQuotation(s, lastQuoted == first - 1)) is { } whole
                    && Plausible(InterviewTurn(s, whole, previous, asker, asked, first - askedSentence) ?? previous, s, whole, carried: true, names) is { } carried)
                {
                    found.Add(WholeQuote(s, whole, carried, new CueFound(CueKind.Participle, 0, After: false, FromPrevious: true), first, names));
                    lastQuoted = si;
                    // (…and the interview goes on with each turn)
                    if (carried == asker || carried == asked) askedSentence = si;
                }
                else if (previous is not null && cutThat is { } cut && Plausible(previous, s, cut, carried: true, names) is { } cutCarried)
                {
                    found.Add(WholeQuote(s, cut, cutCarried, new CueFound(CueKind.Verb, 0, After: false, FromPrevious: true), first, names));
                    lastQuoted = si;
                }
                // يبتسم الحفيد: «…»؛ تلتفت الأم من أمام الفرن: «…»؛ هز عمي رابح رأسه: «…»: narration with no verb of saying, its
                // clause closed by a colon right before a quotation, brings in the words of whom it narrates — the person it
                // names, or the one the story is with.
                // (a person carried on — named, or told by what they are, الرجل الستيني — not a body or a source quoted before,
                // عضو في المجلس البلدي: the narration is of the story's people)
                else if (previous is not null && NarrationBeforeColon(s, narratedHere is not null) is var (narratedSpan, verb)
                         && (narratedHere is not null || QuoteConfidence.Classify(previous, names) is SpeakerKind.Person or SpeakerKind.Named
                             || (ArabicText.Normalize(previous).Split(' ')[0] is var told && Definite(told) && (PersonNoun(told) || told is "الام" or "الاب")))
                         && NarratorAgrees(s, verb, previous, names)
                         && Plausible(previous, s, narratedSpan, carried: true, names) is { } narrator)
                {
                    found.Add(WholeQuote(s, narratedSpan, narrator, new CueFound(CueKind.Verb, 0, After: false, FromPrevious: narratedHere is null), first, names));
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
                    // (not an adverb after the verb: فضحك طويلا قبل أن يجيب)
                    if (!Reported(s, nextCue, names) && CueSpeaker(s, nextCue, names, speakers, previous) is { } named && Names(named, names) && !AdverbWord(named, names)
                        && !PlayerGoesOn(s.Tokens[nextCue].Norm, named, previous, names))
                    {
                        speakers.Add(ArabicText.Normalize(previous = Resolve(named, previous, names, article, first)));
                        lastCued = si;
                    }
                if (MentionsStatement(s) && IssuerHere(s, previous, names) is { } issuedBy) (issuer, issuerSentence) = (issuedBy, si);
                if (!s.Eligible[q]) continue;
                var speaker = Attribute(s, q, names, previous, out var hasCue, out var cue);
                // مؤكدا “أهمية …”، وأن الأمم المتحدة “عازمة …”: the second clause is still the same speaker's.
                if (!hasCue && lastFound >= 0 && previous is not null && CoordinatedThat(s, lastFound, span.Open) is var distance and >= 0)
                    (speaker, hasCue, cue) = (previous, true, new CueFound(CueKind.Participle, distance, After: false, FromPrevious: true));
                // وأن "…" right after a quoted sentence, with a cue only later in this one: as in a sentence with none (above).
                else if (!hasCue && q == 0 && previous is not null && ThatThenQuotation(s, lastQuoted == first - 1) == span)
                    (speaker, hasCue, cue) = (previous, true, new CueFound(CueKind.Participle, 0, After: false, FromPrevious: true));
                // (…and so does إنه "…" cut from its verb: above)
                else if (!hasCue && q == 0 && previous is not null && cutThat == span)
                    (speaker, hasCue, cue) = (previous, true, new CueFound(CueKind.Verb, 0, After: false, FromPrevious: true));
                // لوقف ما وصفته ب”…” after a quotation of this sentence: «what it described as» is the same speaker's.
                else if (!hasCue && lastFound >= 0 && previous is not null && IndexBefore(s.Tokens, span.Open) is var db and >= 0 && DescribedAs(s, db))
                    (speaker, hasCue, cue) = (previous, true, new CueFound(CueKind.Participle, 0, After: false, FromPrevious: true));
                if (!hasCue && previous is null && found.Count == 0 && BareCueAfter(s, span) && Worded(s, span)) unnamed.Add((s, span, first));
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
                // (وأكد القرار أن "…": a decree's words are those of who issued it)
                // (…also «its provisions»: وتضمنت أحكام القرار "…")
                if (decreeIssuer is not null && ArabicText.Normalize(speaker).Trim() is var bare && (Decree(bare) || (bare.StartsWith("احكام ") && Decree(bare[6..]))))
                    speaker = decreeIssuer;
                // (وقال البيان الذي أصدرته الرئاسة المصرية "…": the issuer this sentence names first)
                if (BareStatement(speaker) && IssuerHere(s, null, names) is { } issuedHere)
                    speaker = issuedHere;
                // (…or a sentence shortly before names it: reports go on quoting a statement for paragraphs, وأوضح البيان three
                // sentences after «وقال الاتحاد في بيان مشترك»)
                else if (BareStatement(speaker) && issuer is not null && first - issuerSentence <= MaxStatementReach)
                {
                    speaker = issuer;
                    cue = cue with { FromPrevious = true };
                }
                // (…or the body quoted in the sentence just before, whose words the statement goes on giving: نشر برنامج الأغذية
                // العالمي على حسابه: "…". | وقال البيان: "…")
                else if (BareStatement(speaker) && speakingBefore is not null && lastQuoted == first - 1
                         && QuoteConfidence.Classify(speakingBefore, names) == SpeakerKind.Organisation)
                {
                    speaker = speakingBefore;
                    cue = cue with { FromPrevious = true };
                }
                // (…or it is the statement quoted in the last two sentences, printed with its adjectives: ولفت البيان right after
                // «وأشار بيان رسمي»)
                else if (described is not null && first - describedSentence <= 2 && ArabicText.Normalize(speaker) is "البيان" or "البلاغ"
                         && ArabicText.Normalize(described).StartsWith(ArabicText.Normalize(speaker)[2..] + " ", StringComparison.Ordinal))
                {
                    speaker = described;
                    cue = cue with { FromPrevious = true };
                }
                var resolved = Resolve(speaker, previous, names, article, first);
                // وواصل نجم منتخب الجزائر: “…” after «وقال محرز»: a player's epithet after a verb of going on is the player
                // already speaking, when the article names nobody with it.
                if (resolved == speaker && previous is not null && !cue.After && IndexBefore(s.Tokens, span.Open) - cue.Distance is var gk and >= 0
                    && PlayerGoesOn(s.Tokens[gk].Norm, speaker, previous, names))
                    resolved = previous;
                // (وعندما سأله المذيع: «…» after the minister's words: the one asking is not the one the story is with, whatever
                // role the article calls him by)
                if (resolved != speaker && resolved == previous && !cue.After && IndexBefore(s.Tokens, span.Open) - cue.Distance is var ak0 and >= 0
                    && AsksSomeone(s.Tokens[ak0].Norm))
                    resolved = speaker;
                if (resolved != speaker && previous is not null && resolved == previous) cue = cue with { FromPrevious = true };
                // «شكلك تعبان اليوم يا نبيل»، فيرد ضاحكا: «…»: a bare verb of replying right after a quotation that called
                // someone by name is that person answering, not the one who spoke.
                if (cue.FromPrevious && !cue.After && resolved == previous && lastQuoted >= first - 1 && found.Count > 0
                    && IndexBefore(s.Tokens, span.Open) - cue.Distance is var rk and >= 0 && Replies(s.Tokens[rk].Norm)
                    && Addressed(found[^1].Quote.Text, names) is { } addressed && ArabicText.Normalize(addressed) != ArabicText.Normalize(resolved))
                    resolved = addressed;
                // سأله مراسلنا: «…». فأجاب: «…»: the reply, carried on from whoever spoke last, is the one asked's.
                if (cue.FromPrevious && !cue.After && asked is not null && first - askedSentence <= 2 && resolved == asker
                    && IndexBefore(s.Tokens, span.Open) - cue.Distance is var ak and >= 0 && Replies(s.Tokens[ak].Norm))
                    resolved = asked;
                // وقالت: “…” after أعلن الرئيس حسني مبارك: a woman's verb does not carry on a man's words.
                // (…nor a woman's participle: وأشارت إلى …، معلقة: "…" after «تحدث عنها رئيس البرلمان الدكتور علي عبد العال»)
                if (cue.FromPrevious && !cue.After && IndexBefore(s.Tokens, span.Open) - cue.Distance is var fk and >= 0
                    // (…a present one too, in the narration: فترد وهي تبتسم بتعب after «يسأل الطبيب سامر حجار المريضة نجاح» — not
                    // inside what someone said, where a body may be its subject: قال شعبان إن الجمعية تقول لكل مواطن)
                    && ((s.Tokens[fk].Cue == CueKind.Verb && (FemininePast(s.Tokens[fk].Norm)
                                                              || (Feminine(WithoutConjunction(s.Tokens[fk].Norm)) && !ThatOrCueBefore(s, fk))))
                        || (s.Tokens[fk].Cue == CueKind.Participle && WithoutConjunction(s.Tokens[fk].Norm) is ['م', .., 'ه']))
                    && names.IntroducedAsMan(resolved))
                {
                    // (…but it may carry on the body whose statement the article quotes, a man's words quoted inside it: وجاء بيان
                    // الرابطة …: “لقد أدلى الرئيس تبون بتصريح: “…”” | وأضافت، “…”)
                    if (issuer is null || first - issuerSentence > MaxStatementReach || QuoteConfidence.Classify(issuer, names) != SpeakerKind.Organisation)
                        continue;
                    resolved = issuer;
                }
                // (…nor a man's verb a mother's: لكن الحنين لا يفارق أبو سامر. …، يصمت قليلا ثم يقول after «أم سامر تدير المطبخ»)
                if (cue.FromPrevious && !cue.After && IndexBefore(s.Tokens, span.Open) - cue.Distance is var mk and >= 0
                    && s.Tokens[mk].Cue == CueKind.Verb && !Feminine(WithoutConjunction(s.Tokens[mk].Norm))
                    // (…or one the article calls السيدة: يقول إنه after «السيدة نجاة، أم العروس، تجلس»)
                    && CalledAsWoman(resolved, names))
                    continue;
                // (سأله صحافي: «…؟»: one who asks may be «a journalist», a role alone that names nobody after another verb)
                if ((Plausible(resolved, s, span, cue.FromPrevious || resolved == previous, names)
                     ?? (!cue.After && IndexBefore(s.Tokens, span.Open) - cue.Distance is var sk and >= 0 && AsksSomeone(s.Tokens[sk].Norm)
                         && SpeakerNames.IsRole(ArabicText.Normalize(resolved)) ? resolved : null))
                    is not { } checkedSpeaker) continue;
                speaker = checkedSpeaker;
                // (وتابع نقلا عن شهود أن "…": the words are the witnesses', but the one who goes on speaking is still the one
                // who relays them — the next «وأضاف» is his)
                // (a question to someone by «him/her»: the one asked is whom the story was with — سأله مراسلنا، سألتها المذيعة)
                if (!cue.After && IndexBefore(s.Tokens, span.Open) - cue.Distance is var qk and >= 0 && AsksSomeone(s.Tokens[qk].Norm)
                    && speakingBefore is not null && speakingBefore != speaker)
                    (asker, asked, askedSentence) = (speaker, speakingBefore, si);
                // (…nor do words someone used to say, remembered by another: وتتذكر أن أمها، الحاجة عليا، كانت تقول لها: «…» —
                // the one remembering is still the one the story is with)
                if (previous is null || !(RelayedByBareVerb(s, span.Open) || cue.Remembered)) previous = speaker;
                speakers.Add(ArabicText.Normalize(speaker));
                if (BareStatement(speaker) && speaker.Contains(' ')) (described, describedSentence) = (speaker, si);
                lastFound = span.Close;
                var text = s.Text[(span.Open + 1)..span.Close].Trim();
                var words = ArticleModel.CountWords(text);
                // عقب خروج "نسور قرطاج" … عقب تعادل "نسور قرطاج": a few words the article sets in marks again elsewhere are a
                // name or a label it keeps using, not words said once.
                if (words <= MaxNameWords && MarkedElsewhere(article, text, first, si, ref marked)) continue;
                // “صدمة هائلة”، “لقاء تاريخي”: two words with no clause in them are a label, whoever is named near them — unless
                // they complete the clause right before them, after أن or a verb (وأضاف أنه “سعيد جدا”، ستحقق “نصرا كبيرا”), not
                // after «describing as» (بأنه “انفراجة تاريخية”).
                if (words <= 2 && !QuoteConfidence.LooksLikeSpeech(text) && !CompletesClause(s, span)) continue;
                var evidence = Evidence(s, span, cue, speaker, names, words, text);
                found.Add((new Quote(speaker, text, first), ArabicText.Normalize(text), words, QuoteConfidence.Score(evidence)));
                lastQuoted = si;
            }
            for (; nextCue < s.Tokens.Count; nextCue++)
                // (…also one the article calls by an adjective of origin: قالت الفلسطينية البالغة من العمر 17 عاما)
                // (…or named before an unprefixed verb and the إن of what was said, as a quotation's speaker would be: لكن عبد
                // السلام يقول إنه لم يتلق أي تعويض — the next «يقول بمرارة» is his)
                if (!Reported(s, nextCue, names) && (CueSpeaker(s, nextCue, names, speakers, previous) ?? SpeakerBeforeThat(s, nextCue, names)) is { } named
                    && !SetOffVerb(s, nextCue, names)
                    && Resolve(named, previous, names, article, first) is var called && (Names(named, names) || (called != named && Names(called, names))))
                {
                    speakers.Add(ArabicText.Normalize(previous = called));
                    lastNamed = lastCued = si;
                }
            if (MentionsStatement(s) && IssuerHere(s, previous, names) is { } by) (issuer, issuerSentence) = (by, si);
        }
        NameRolesGoingOn(found, article, names);
        return Rank(found, n, names);
    }

    /// <summary>
    /// The unprefixed verb cue at <paramref name="k"/> is the verb of a person set off before it (<see cref="SetOffSubject"/>:
    /// الابن خليل، الذي غادر حمص طفلا، يرى المكان بعين أخرى): what follows it is what the verb takes, no speaker.
    /// </summary>
    private static bool SetOffVerb(Sentence s, int k, SpeakerNames names) =>
        s.Tokens[k].Cue == CueKind.Verb && !s.Tokens[k].Prefixed && SetOffSubject(s, names, out _) == k;

    /// <summary>The name before an unprefixed verb cue that إن follows (<see cref="SpeakerBefore"/>), or null.</summary>
    private static string? SpeakerBeforeThat(Sentence s, int k, SpeakerNames names) =>
        k > 0 && k + 1 < s.Tokens.Count && s.Tokens[k].Cue == CueKind.Verb && !s.Tokens[k].Prefixed
        && s.Tokens[k + 1].Norm is "ان" or "انه" or "انها" or "انهم" or "انهن" && Joined(s, s.Tokens[k].End, s.Tokens[k + 1].Start)
            ? SpeakerBefore(s, k, names) : null;

    /// <summary>
    /// وقال الرئيس التنفيذي لشركة فلاي دبي: «…». | وأضاف الغيث: «…»: a role the article gives no name to, quoted, and the next
    /// sentence that opens with a verb of saying «went on» (وأضاف، وتابع) with a name the article has not used before — news copy
    /// brings a speaker in by role and goes on by family name, so the role was that person. The role's quotations right
    /// before get the name. (A name used before is someone already in the story, who may be a second speaker taking up the
    /// word.)
    /// </summary>
    private static void NameRolesGoingOn(List<(Quote Quote, string Norm, int Words, double Confidence)> found, ArticleModel article, SpeakerNames names)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var role = found[i].Quote.Speaker;
            if (QuoteConfidence.Classify(role, names) != SpeakerKind.Role) continue;
            var (run, last) = (i, i);
            while (last + 1 < found.Count && found[last + 1].Quote.Speaker == role) last++;
            var after = found[last].Quote.SentenceIndex;
            // (the quotation may run on over the sentences after its own: the next one opening with a verb cue is the narrator's)
            var k = after + 1;
            while (k < article.Sentences.Count && k <= after + MaxQuoteSentences && !NewReport(article.Sentences[k].Text)) k++;
            i = last;
            if (k >= article.Sentences.Count || k > after + MaxQuoteSentences || article.CrossLinkLines[k]
                || (last + 1 < found.Count && found[last + 1].Quote.SentenceIndex < k))
                continue;
            if (Prepare(Marked(article.Sentences[k].Text), names, k, k) is not { } s || s.Tokens.Count < 2
                || s.Tokens[0].Cue != CueKind.Verb || !GoesOn(s.Tokens[0].Norm)
                || NamedByCue(s, 0, names, []) is not { } named
                || QuoteConfidence.Classify(named, names) is not (SpeakerKind.Person or SpeakerKind.Named)
                || UsedBefore(names, k, named))
                continue;
            // (the role's quotations right before the naming sentence only: a long page may quote another holder of the same
            // role elsewhere — الرئيس التنفيذي of another company)
            for (var j = run; j <= last; j++)
                found[j] = found[j] with { Quote = found[j].Quote with { Speaker = named } };
        }
    }

    /// <summary>A word of <paramref name="name"/> stands in a sentence before <paramref name="sentence"/>.</summary>
    private static bool UsedBefore(SpeakerNames names, int sentence, string name)
    {
        foreach (var w in ArabicText.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (names.FirstSentence(w) is var first and >= 0 && first < sentence) return true;
        return false;
    }

    /// <summary>
    /// The quotations found so far, up to <see cref="IdentifiedReach"/> sentences before <paramref name="sentence"/>, given to
    /// one description — the last speaker, a man or a woman described only (رجل في السبعين، امرأة، الرجل السبعيني) — renamed
    /// <paramref name="named"/>, when the description agrees with the name and its <paramref name="title"/> (not a woman's
    /// before الحاج). Returns how many were renamed; none when the last speaker was named, or another speaker stands between.
    /// </summary>
    private static int NamedLede(List<(Quote Quote, string Norm, int Words, double Confidence)> found, string named, string? title, int sentence, SpeakerNames names)
    {
        var last = found[^1].Quote.Speaker;
        // («a man», «a woman» — not a role, العازف الشاب، الرئيس التنفيذي, which a named person is called by)
        var head = ArabicText.Normalize(last).Split(' ')[0];
        if (!(UnnamedPerson(head) || (Definite(head) && UnnamedPerson(WithoutAl(head)))) || found[^1].Quote.SentenceIndex < sentence - IdentifiedReach) return 0;
        // (…by the title before the name too: الحاج، الحاجة)
        var woman = head.EndsWith('ه') || head is "امراه" or "المراه";
        var titledWoman = title is not null && (title.EndsWith('ه') || title == "خالتي");
        if (woman ? (title is not null && !titledWoman) : titledWoman) return 0;
        var renamed = 0;
        for (var i = found.Count - 1; i >= 0 && found[i].Quote.SentenceIndex >= sentence - IdentifiedReach && found[i].Quote.Speaker == last; i--)
        {
            found[i] = Renamed(found[i], named, names);
            renamed++;
        }
        return renamed;
    }

    /// <summary>
    /// A quotation found, its speaker renamed <paramref name="speaker"/>, its confidence as if that name had been read (the
    /// speaker's part of it changes).
    /// </summary>
    private static (Quote Quote, string Norm, int Words, double Confidence) Renamed((Quote Quote, string Norm, int Words, double Confidence) found,
        string speaker, SpeakerNames names) =>
        found with
        {
            Quote = found.Quote with { Speaker = speaker },
            Confidence = found.Confidence - QuoteConfidence.SpeakerPoints(QuoteConfidence.Classify(found.Quote.Speaker, names))
                         + QuoteConfidence.SpeakerPoints(QuoteConfidence.Classify(speaker, names)),
        };

    /// <summary>
    /// «نقلا عن» right after a verb cue with no speaker of its own, before the quotation opening at <paramref name="open"/>
    /// (وتابع نقلا عن شهود أن "…").
    /// </summary>
    private static bool RelayedByBareVerb(Sentence s, int open)
    {
        for (var j = 1; j + 1 < s.Tokens.Count && s.Tokens[j + 1].End <= open; j++)
            if (s.Tokens[j].Norm == "نقلا" && s.Tokens[j + 1].Norm == "عن" && s.Tokens[j - 1].Cue == CueKind.Verb
                && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start) && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start))
                return true;
        return false;
    }

    /// <summary>
    /// The first quotation of a sentence that opens with (و)في and a statement noun (بيان، تصريح، بلاغ) and brings the words in
    /// with فإن/فان right before their mark; null otherwise.
    /// </summary>
    private static QuoteSpan? StatementThenFaInna(Sentence s)
    {
        if (s.Spans.Count == 0 || !s.Eligible[0] || s.Tokens.Count < 4 || s.Tokens[0].Norm is not ("في" or "وفي") || !StatementNoun(s.Tokens[1].Norm))
            return null;
        var span = s.Spans[0];
        var before = IndexBefore(s.Tokens, span.Open);
        return before > 1 && s.Tokens[before].Norm is "فان" && s.Text.AsSpan(s.Tokens[before].End, span.Open - s.Tokens[before].End).IsWhiteSpace()
            ? span : null;
    }

    /// <summary>The quotation a sentence holds whole, given to <paramref name="speaker"/> with <paramref name="cue"/>, scored.</summary>
    private static (Quote Quote, string Norm, int Words, double Confidence) WholeQuote(Sentence s, QuoteSpan whole, string speaker, CueFound cue, int sentence, SpeakerNames names)
    {
        var text = s.Text[(whole.Open + 1)..whole.Close].Trim();
        var words = ArticleModel.CountWords(text);
        return (new Quote(speaker, text, sentence), ArabicText.Normalize(text), words, QuoteConfidence.Score(Evidence(s, whole, cue, speaker, names, words, text)));
    }

    /// <summary>
    /// True when a sentence outside <paramref name="first"/>…<paramref name="last"/> holds <paramref name="text"/> between marks
    /// with no verb of saying among the three words before it (قال الوزير “لن نتراجع عن القرار” twice is said twice).
    /// <paramref name="marked"/> keeps, per text, the sentences holding it so, found on first use: asked again for every
    /// quotation of the same words, a scan of the article each time was quadratic on a page that repeats one.
    /// </summary>
    private static bool MarkedElsewhere(ArticleModel article, string text, int first, int last, ref Dictionary<string, List<int>>? marked)
    {
        marked ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
        if (!marked.TryGetValue(text, out var sentences)) marked[text] = sentences = SentencesMarking(article, text);
        foreach (var i in sentences)
            if (i < first || i > last) return true;
        return false;
    }

    /// <summary>The sentences that hold <paramref name="text"/> between marks with no verb of saying among the three words before it.</summary>
    private static List<int> SentencesMarking(ArticleModel article, string text)
    {
        var found = new List<int>();
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            var other = article.Sentences[i].Text;
            for (var at = other.IndexOf(text, StringComparison.Ordinal); at >= 0; at = other.IndexOf(text, at + 1, StringComparison.Ordinal))
                if (at > 0 && QuoteSpans.IsMark(other[at - 1]) && at + text.Length < other.Length && QuoteSpans.IsMark(other[at + text.Length])
                    && !CueJustBefore(other, at - 1))
                {
                    found.Add(i);
                    break;
                }
        }
        return found;
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
    /// positions in the sentence stay as they are. Doubled curly ones (‘‘…’’, and ‘‘…‘‘ with the same pair at both ends)
    /// are typed for the same mark.
    /// </summary>
    internal static string Marked(string text)
    {
        if (text.Contains("''", StringComparison.Ordinal)) text = text.Replace("''", "\" ", StringComparison.Ordinal);
        if (text.Contains("‘‘", StringComparison.Ordinal) || text.Contains("’’", StringComparison.Ordinal))
            text = text.Replace("‘‘", "\" ", StringComparison.Ordinal).Replace("’’", "\" ", StringComparison.Ordinal);
        if (text.AsSpan().Count('؛') >= 2) text = SemicolonAsides(text);
        text = DomainStops(text);
        text = RoleInMarks(text);
        return text.AsSpan().IndexOfAny('\'', '‘') >= 0 ? SingleMarks(text) : text;
    }

    /// <summary>
    /// لـ"العربية.نت": the period of a site's Arabic domain ending reads as a space, position for position — it ends no
    /// sentence (the splitter keeps it), and the rules that stop at a full stop would part a cue from its quotation at it.
    /// </summary>
    private static string DomainStops(string text)
    {
        char[]? chars = null;
        for (var i = text.IndexOf('.'); i >= 0; i = text.IndexOf('.', i + 1))
            if (i > 0 && ArabicLetters.IsArabicLetter(text[i - 1]) && SentenceSplitter.ArabicDomainEnding(text.AsSpan(i + 1)))
                (chars ??= text.ToCharArray())[i] = ' ';
        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// واصل "سفير" جبهة البوليساريو، عبد القادر الطالب عمر: a role word alone in marks is set off in irony, and reads as if
    /// unmarked — the marks turn to spaces, position for position — so that its phrase leads to the name as any role's does.
    /// </summary>
    private static string RoleInMarks(string text)
    {
        char[]? chars = null;
        for (var i = text.AsSpan().IndexOfAny('"', '“', '«'); i >= 0 && i + 2 < text.Length; )
        {
            var closer = text[i] switch { '“' => '”', '«' => '»', _ => '"' };
            var close = text.IndexOf(closer, i + 1);
            if (close < 0) break;
            var word = text.AsSpan(i + 1, close - i - 1);
            if ((word.Length is >= 3 and <= 12 && !word.ContainsAnyExcept(ArabicLetterRange) && SpeakerNames.IsRole(ArabicText.Normalize(word.ToString())))
                || BodyAfterRole(text, i, word))
            {
                chars ??= text.ToCharArray();
                chars[i] = chars[close] = ' ';
                i = close;
            }
            var next = text.AsSpan(i + 1).IndexOfAny('"', '“', '«');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// وقال رئيس «المنظمة الليبية للعدالة الانتقالية»، المحامي طارق أبو زيد: a body's name in marks (a body word first, six
    /// words at most, no comma nor colon) right after a role in construct is what the role is over — read unmarked too, the
    /// role's phrase goes on to the name.
    /// </summary>
    private static bool BodyAfterRole(string text, int open, ReadOnlySpan<char> inner)
    {
        if (inner.IndexOfAny("،,:.") >= 0 || inner.Count(' ') > 5) return false;
        var firstEnd = inner.IndexOf(' ');
        if (!SpeakerNames.IsOrganisation(ArabicText.Normalize((firstEnd < 0 ? inner : inner[..firstEnd]).ToString()))) return false;
        var before = text.AsSpan(0, open).TrimEnd();
        var start = before.LastIndexOf(' ') + 1;
        var role = ArabicText.Normalize(before[start..].ToString());
        return role.Length > 2 && !role.StartsWith("ال", StringComparison.Ordinal) && SpeakerNames.IsRole(role);
    }

    /// <summary>The Arabic letters (ء to ي) a lone word in marks must be made of to be read as a role word.</summary>
    private static readonly SearchValues<char> ArabicLetterRange = SearchValues.Create("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي");

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
    internal static string SingleMarks(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            // (…also set off by spaces inside, both ends alike: وقالت بالحرف ' هذا الرجل حمى مصر ')
            var spaced = text[i] == '\'' && SpacedOpening(text, i);
            if (text[i] is not ('\'' or '‘') || !(OpensArabic(text, i) || spaced)) continue;
            var closer = text[i] == '‘' ? '’' : '\'';
            var close = text.IndexOf(closer, i + 2);
            if (close < 0 || !(spaced ? SpacedClosing(text, close) : ClosesArabic(text, close))
                || text.AsSpan(i + 1, close - i - 1).IndexOfAny('\n', '\'') >= 0) continue;
            chars ??= text.ToCharArray();
            (chars[i], chars[close]) = closer == '’' ? ('“', '”') : ('"', '"');
            i = close;
        }
        return chars is null ? text : new string(chars);

        static bool OpensArabic(string t, int i) =>
            (i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] is ':' or '(' or '،' or ',') && i + 1 < t.Length && ArabicLetters.IsArabicLetter(t[i + 1]);

        static bool SpacedOpening(string t, int i) =>
            i > 0 && char.IsWhiteSpace(t[i - 1]) && i + 2 < t.Length && t[i + 1] == ' ' && ArabicLetters.IsArabicLetter(t[i + 2]);

        static bool SpacedClosing(string t, int i) =>
            i > 1 && t[i - 1] == ' ' && ArabicLetters.IsArabicLetter(t[i - 2]) && (i + 1 >= t.Length || char.IsWhiteSpace(t[i + 1]) || char.IsPunctuation(t[i + 1]));

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

    /// <summary>
    /// إنه “…”: the sentence's first quotation when only إن/أن (with «it» or not, behind ب) opens the sentence before it;
    /// else null.
    /// </summary>
    private static QuoteSpan? CutThatQuotation(Sentence s)
    {
        if (s.Spans.Count == 0 || !s.Eligible[0] || s.Tokens.Count == 0 || s.Tokens[0].Norm is not ("انه" or "ان" or "انها" or "بانه" or "بان")) return null;
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

    /// <summary>
    /// <paramref name="text"/> opens with a verb of saying and runs on with no punctuation to its end (a line break cut it),
    /// and <paramref name="next"/> opens with a quotation mark.
    /// </summary>
    private static bool WrappedBeforeQuotation(string text, string next)
    {
        var t = text.AsSpan().TrimEnd();
        return t.Length > 0 && char.IsLetter(t[^1]) && StartsWithMark(next) && OpensWithVerbCue(text) && Unpunctuated(text, text.Length);
    }

    private static bool StartsWithMark(string text)
    {
        // (…also behind a list's dash: جاءت كالتالي: | -“سعيد بهذا الانتصار …”)
        var t = text.AsSpan().TrimStart().TrimStart("-–—").TrimStart();
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
        // (بيّنت is a verb whatever follows — «between» has no feminine: وبيّنت القيادة، أن المتسللين "…")
        return w is "زاد" or "زادت" or "اختتم" or "اختتمت" or "بين" or "وبين";
    }

    /// <summary>The guarded cue at <paramref name="k"/> is right before a colon, or (not بيّن) before a person, a role or a body.</summary>
    private static bool GuardedCueHolds(Sentence s, int k, SpeakerNames names)
    {
        var after = s.Text.AsSpan(s.Tokens[k].End).TrimStart();
        if (after.Length > 0 && after[0] == ':') return true;
        // ويتابع «هناك فنانون …»: «and he goes on» right before the words.
        if (s.Tokens[k].Norm is "ويتابع" or "وتتابع" && StartsWithMark(after.ToString())) return true;
        // ويشير إلى ثلاجة الأدوية: «…»: pointing at something a few words long, then a colon and the words — what the one
        // pointing says.
        if (WithoutConjunction(s.Tokens[k].Norm) is "يشير" or "تشير" && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Norm == "الي"
            && (ColonAndQuotationAfter(s, k, 2) || ColonAndQuotationAfter(s, k, 3) || ColonAndQuotationAfter(s, k, 4))) return true;
        // وبين، ان “…”: a comma and أن right after it open what was said, as a colon does.
        if (after.Length > 0 && after[0] is '،' or ',' && k + 1 < s.Tokens.Count && IsThatWord(s.Tokens[k + 1].Norm)
            && CommaBetween(s, s.Tokens[k].End, s.Tokens[k + 1].Start)) return true;
        // بيّن only before a colon, or a name and أن (بين الاعرجي أنه "…"): before a name or a body and و it is «between»
        // (بين الجيش السوداني و…).
        if (s.Tokens[k].Norm is "بين" or "وبين")
        {
            // وبيّن أن «…»: written with its shadda, or opening the sentence with و right before أن or a role (وبين أمين بغداد
            // أيضا، أن), it is the verb.
            if (s.Text.AsSpan(s.Tokens[k].Start, s.Tokens[k].End - s.Tokens[k].Start).Contains('\u0651')
                || (k == 0 && s.Tokens[k].Norm == "وبين" && s.Tokens.Count > 1 && (IsThatWord(s.Tokens[1].Norm) || SpeakerNames.IsRole(s.Tokens[1].Norm))
                    && Joined(s, s.Tokens[0].End, s.Tokens[1].Start)))
                return true;
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
        // ويشير مدير زراعة نابلس، المهندس وائل حمدان، إلى أن؛ ويشير المهندس وائل حمدان إلى أن: a role or a title right after
        // «indicates» is its subject, whatever short mention its name prints as (حمدان, said once). (Not after «considers»,
        // whose object a role may be: كان يعتبر الفنان محمد رمضان "رقم واحد".)
        if (k + 1 < s.Tokens.Count && WithoutConjunction(s.Tokens[k].Norm) is "يشير" or "تشير"
            && (SpeakerNames.IsRole(s.Tokens[k + 1].Norm) || SpeakerNames.IsNameTitle(s.Tokens[k + 1].Norm))
            && Joined(s, s.Tokens[k].End, s.Tokens[k + 1].Start) && SpeakerAfter(s, k, names) is not null) return true;
        if (SpeakerAfter(s, k, names) is not { } speaker) return false;
        // واختتمت مصطفى: 'مصاريف المدارس …': a speaker of a word or two, a colon, and a quotation — no event closes so.
        if (s.Tokens[k].Norm is not ("زادت" or "وزادت") && (ColonAndQuotationAfter(s, k, 1) || ColonAndQuotationAfter(s, k, 2))) return true;
        var preferred = names.Prefer(speaker);
        return QuoteConfidence.Classify(preferred, names) switch
        {
            SpeakerKind.Role or SpeakerKind.Organisation => true,
            // زادت أسعار …: one word mentioned twice is no person yet; two name words or a family name are.
            // (…but not two nouns, the first in ة and no given name: وتعتبر منطقة توزيع رئيسية)
            SpeakerKind.Person => (preferred.Trim().Contains(' ') && !NounInTaFirst(ArabicText.Normalize(preferred).Trim()))
                                  || names.IsFamilyName(ArabicText.Normalize(preferred).Trim()),
            // (…and so is an ال-family name in ي the article gives again, after a first name: ويشير الغراوي … إلى أن "…" after
            // «الدكتور فاضل الغراوي» — not تعتبر السينما)
            SpeakerKind.Named => ArabicText.Normalize(preferred).Trim() is var called
                                 && (names.IsFamilyName(called) || (SpeakerNames.FamilyWord(called) && called.EndsWith('ي') && names.Mentions(called) >= 2 && names.FollowsAFirstName(called))),
            _ => false,
        };
    }

    /// <summary>A phrase whose first word ends in ة and is no given name (منطقة توزيع, not فاطمة الزهراء).</summary>
    private static bool NounInTaFirst(string norm) =>
        norm.IndexOf(' ') is var space and > 0 && norm[space - 1] == 'ه' && !SpeakerNames.IsFirstName(norm[..space]);

    /// <summary>The <paramref name="words"/> words after token <paramref name="k"/> run on to a colon, and a quotation mark opens after it.</summary>
    private static bool ColonAndQuotationAfter(Sentence s, int k, int words)
    {
        if (k + words >= s.Tokens.Count) return false;
        for (var j = k + 1; j <= k + words; j++)
            if (!Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start)) return false;
        return s.Text.AsSpan(s.Tokens[k + words].End).TrimStart() is [':', .. var rest] && StartsWithMark(rest.ToString());
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
    private static bool VerbCueBefore(Sentence s, int k, int from) => NearestVerbCueBefore(s, k, from) >= 0;

    /// <summary>The nearest verb cue among the tokens from <paramref name="from"/> up to <paramref name="k"/>, with no stop between; or -1.</summary>
    private static int NearestVerbCueBefore(Sentence s, int k, int from)
    {
        for (var m = k - 1; m >= 0 && m >= from; m--)
        {
            if (HasStop(s.Text, s.Tokens[m].End, s.Tokens[k].Start)) return -1;
            if (s.Tokens[m].Cue == CueKind.Verb) return m;
        }
        return -1;
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
    internal static bool MannerWord(string norm) =>
        MannerNoun(norm)
        // (…also with «his/her»: يقول بلهجته البصرية، تضيف بصوتها، قالت بابتسامتها)
        // (its ت back to the ة it was: بلهجت → بلهجه)
        // (never behind ال, which takes no pronoun)
        || (norm.Length > 5 && norm[0] == 'ب' && !norm.StartsWith("بال", StringComparison.Ordinal) && MannerWithPronoun(norm));

    /// <summary>A manner noun with «his/her» (بلهجته، بصوتها; <see cref="SpeakerNames.PronounStem"/>).</summary>
    private static bool MannerWithPronoun(string norm)
    {
        Span<char> buffer = stackalloc char[norm.Length];
        var stem = SpeakerNames.PronounStem(norm, buffer);
        return stem.Length > 0 && MannerNoun(stem);
    }

    /// <summary>The closed list behind <see cref="MannerWord"/>, normalised.</summary>
    private static bool MannerNoun(ReadOnlySpan<char> norm) =>
        norm is "بوضوح" or "بحسم" or "بحزم" or "بثقه" or "بصراحه" or "بحماس" or "بغضب" or "بتاثر" or "بفخر" or "بسخريه" or "بتواضع"
            or "بحزن" or "بانفعال" or "بهدوء" or "بمراره" or "بحسره" or "بتفاؤل" or "بصوت" or "بشده" or "بقوه"
            // (…and «in a … manner / tone» before its adjective: وأضافت بأسلوب فكاهي)
            or "باسلوب" or "بنبره" or "بلهجه" or "بطريقه"
            // (…and a smile or a broken tongue: قال بابتسامة خجولة، يقول بعربية متقطعة)
            or "بابتسامه" or "بعربيه"
            // (…or the tongue one speaks: تقول بدارجة ممزوجة بالأمازيغية، تقول لينا بفرنسية تتخللها كلمات عربية)
            or "بدارجه" or "بالدارجه" or "بفرنسيه" or "بالفرنسيه" or "بانجليزيه" or "بالانجليزيه" or "بالعربيه" or "بامازيغيه"
            or "بالامازيغيه" or "بكرديه" or "بالكرديه" or "بلغه" or "بلسان" or "بالعاميه" or "بعاميه"
            // (…and the feelings street reports give their speakers: تقول بخجل، يروي بأسى، تضيف بقلق)
            or "بخجل" or "باسي" or "بالم" or "بقلق" or "بحرقه" or "بحنين" or "بدهشه" or "بامتعاض" or "بياس" or "بحيره" or "بلهفه"
            or "بحنان" or "بفرح" or "بسعاده" or "بخوف" or "بتردد" or "بعصبيه" or "بحده" or "بمرح" or "بهمس" or "بصعوبه"
            or "بحراره" or "بدموع" or "بحماسه" or "بعفويه" or "بلطف" or "بثبات" or "بارتياح" or "بانزعاج" or "بيقين" or "بتنهيده"
            or "بمزاح" or "بجديه" or "بغصه" or "بعتاب" or "بامل"
            // (…and how fast or how briefly: فأجاب بسرعة، يقول ببطء، قالت باختصار)
            or "بسرعه" or "ببطء" or "باختصار" or "بجراه" or "ببساطه" or "باقتضاب" or "بايجاز" or "بحذر" or "بتهكم" or "باستغراب" or "باستياء"
            // (…and how loud: ينادي بأعلى صوته)
            or "باعلي";

    /// <summary>The word without one و or ف opening it (وقال → قال), when more than three letters are written.</summary>
    internal static string WithoutConjunction(string norm) => norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm[1..] : norm;

    /// <summary>«Attributed (it) to» (عزا، عزت، يعزو، تعزو; with و/ف): what is attributed, not who, may follow it.</summary>
    private static bool Attributes(string norm) => WithoutConjunction(norm) is "عزا" or "عزت" or "يعزو" or "تعزو";

    /// <summary>أبرز، يبرز («highlighted»): a cue whose object often comes right after it.</summary>
    private static bool Highlights(string norm) => WithoutConjunction(norm) is "ابرز" or "ابرزت" or "يبرز" or "تبرز";

    /// <summary>«The owners of» (مالكي، مالكو), before what they own: a group, not the family name المالكي.</summary>
    internal static bool OwnersWord(string norm) => norm is "مالكي" or "مالكو";

    /// <summary>A verb of describing or judging (وصف، يصف، واصفا، اعتبر), with or without و.</summary>
    private static bool Describes(string norm)
    {
        // (the و of وصف is the root's: وصفت، وصفه are read whole, ووصفت without its first و)
        return Judges(norm) || (norm.Length > 3 && norm[0] == 'و' && norm[1] != 'ا' && Judges(norm[1..]));

        static bool Judges(string w) =>
            w.StartsWith("وصف", StringComparison.Ordinal) || w.StartsWith("يصف", StringComparison.Ordinal)
            || w.StartsWith("تصف", StringComparison.Ordinal) || w.StartsWith("واصف", StringComparison.Ordinal)
            // اعتبر التهمة “ملفقة”: considered — what follows may be what is judged
            || w is "اعتبر" or "اعتبرت" or "اعتبره" or "اعتبرها";
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

    /// <summary>How many sentences after naming a statement's issuer a bare «البيان» is still theirs.</summary>
    private const int MaxStatementReach = 6;

    /// <summary>A statement named only as such (البيان، بيان مشترك): it names no issuer. A statement with its issuer (بيان
    /// لرئاسة الجمهورية) has already been printed as the issuer (<see cref="SpeakerNames.ShortMention"/>).</summary>
    private static bool BareStatement(string speaker)
    {
        var parts = ArabicText.Normalize(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // (not one that names its role-holder: بيان النائب العام)
        return parts.Length > 0 && SpeakerNames.IsStatement(parts[0]) && !SpeakerNames.RoleHoldersStatement(parts);
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
            && !InsideQuote(s.Spans, s.Tokens[1].Start) && BodyName(s, 1, names, construct: true) is { } body)
            return body;
        // أعلنت جماعة أكادير، في بلاغ صدر الاثنين: so is a body and the one word of its name after any opening verb, when «in a
        // statement» follows them.
        if (s.Tokens.Count > 5 && SpeakerNames.IsOrganisation(s.Tokens[1].Norm) && !Definite(s.Tokens[1].Norm) && Joined(s, s.Tokens[0].End, s.Tokens[1].Start)
            && Joined(s, s.Tokens[1].End, s.Tokens[2].Start) && !Definite(s.Tokens[2].Norm) && s.Tokens[2].Cue is null && !Stops.Contains(s.Tokens[2].Norm)
            && !InsideQuote(s.Spans, s.Tokens[1].Start) && s.Tokens[3].Norm == "في" && SpeakerNames.IsStatement("ال" + s.Tokens[4].Norm)
            && s.Text.AsSpan(s.Tokens[2].End, s.Tokens[3].Start - s.Tokens[2].End).Trim() is "" or "،" or ",")
            return names.Prefer(s.Text[s.Tokens[1].Start..s.Tokens[2].End]);
        return previous is not null && !BareStatement(previous) ? previous : null;
    }

    /// <summary>
    /// The body word at <paramref name="at"/> and up to three ال-words after it (not a time word: وزارة الصحة العراقية، اليوم),
    /// as the article introduced the body (<see cref="SpeakerNames.Prefer"/>); null for a bare indefinite body word (وزارة).
    /// </summary>
    private static string? BodyName(Sentence s, int at, SpeakerNames names, bool construct = false)
    {
        var end = at;
        // (…also behind a construct word of its name, for the issuer of a statement: أصدرت مؤسسة قضايا المرأة المصرية … بيانًا)
        if (construct && !Definite(s.Tokens[at].Norm) && at + 2 < s.Tokens.Count && !Definite(s.Tokens[at + 1].Norm) && Definite(s.Tokens[at + 2].Norm)
            && !SpeakerNames.TimeWord(s.Tokens[at + 2].Norm) && s.Tokens[at + 1].Cue is null && !Stops.Contains(s.Tokens[at + 1].Norm)
            && Joined(s, s.Tokens[at].End, s.Tokens[at + 1].Start) && Joined(s, s.Tokens[at + 1].End, s.Tokens[at + 2].Start))
            end = at + 1;
        while (end + 1 < s.Tokens.Count && end < at + 3 && Definite(s.Tokens[end + 1].Norm) && !SpeakerNames.TimeWord(s.Tokens[end + 1].Norm)
               && Joined(s, s.Tokens[end].End, s.Tokens[end + 1].Start)) end++;
        return end > at || Definite(s.Tokens[at].Norm) ? names.Prefer(s.Text[s.Tokens[at].Start..s.Tokens[end].End]) : null;
    }

    /// <summary>
    /// وتضمن القرار، كما تضمنت أحكام القرار، وتضمنت وثيقة صادرة عن الوقف: «the decree included» quotes what it says.
    /// </summary>
    private static bool DocumentHolds(Sentence s, int k)
    {
        // (read without allocating: this runs for every word of every sentence)
        var norm = s.Tokens[k].Norm;
        var verb = norm.Length > 4 && norm[0] is 'و' or 'ف' ? norm.AsSpan(1) : norm.AsSpan();
        if (verb is not ("تضمن" or "تضمنت" or "يتضمن" or "تتضمن") || k + 1 >= s.Tokens.Count
            || InsideQuote(s.Spans, s.Tokens[k].Start) || !Joined(s, s.Tokens[k].End, s.Tokens[k + 1].Start)) return false;
        var next = s.Tokens[k + 1].Norm;
        if (next is "احكام" && k + 2 < s.Tokens.Count && Joined(s, s.Tokens[k + 1].End, s.Tokens[k + 2].Start)) next = s.Tokens[k + 2].Norm;
        return Decree(next) || SpeakerNames.IsStatement(next) || next == "وثيقه";
    }

    /// <summary>A decree, a circular or an official document with ال (القرار، المرسوم، التعميم، الوثيقة), normalised.</summary>
    private static bool Decree(string norm) => norm is "القرار" or "المرسوم" or "التعميم" or "الوثيقه";

    /// <summary>
    /// أصدر رئيس مجلس الوزراء السوري المهندس عماد خميس، قرارًا يقضي بـ …: the person, role or body named after «issued»
    /// opening the sentence, when a decree follows in the accusative (قرارا، مرسوما، تعميما); null otherwise.
    /// </summary>
    private static string? DecreeIssuer(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (tokens.Count < 4 || tokens[0].Norm is not ("اصدر" or "اصدرت" or "واصدر" or "واصدرت") || InsideQuote(s.Spans, tokens[0].Start)) return null;
        for (var j = 2; j < tokens.Count && j <= 12; j++)
            if (tokens[j].Norm is "قرارا" or "مرسوما" or "تعميما")
                return SpeakerAfter(s, 0, names) is { } issuer
                       && (PersonOrRole(issuer, names) || QuoteConfidence.Classify(names.Prefer(issuer), names) == SpeakerKind.Organisation)
                    ? names.Prefer(issuer) : null;
        return null;
    }

    /// <summary>The sentence mentions a statement (في بيان له، في بيانها، بيانا، في بلاغ).</summary>
    private static bool MentionsStatement(Sentence s)
    {
        foreach (var t in s.Tokens)
        {
            var w = t.Norm.StartsWith("ال", StringComparison.Ordinal) ? t.Norm[2..] : t.Norm;
            // (…or a بلاغ, as the Maghreb press calls one: أعلنت جماعة أكادير، في بلاغ)
            if ((w.StartsWith("بيان", StringComparison.Ordinal) || w.StartsWith("بلاغ", StringComparison.Ordinal)) && w.Length <= 6) return true;
        }
        return false;
    }

    /// <summary>The cue that attributed a quotation: its kind, its distance in words, whether it follows the quotation,
    /// whether the speaker was carried over from earlier, and whether the words are what someone used to say, remembered by
    /// another (who is then still the one the story is with).</summary>
    private readonly record struct CueFound(CueKind Kind, int Distance, bool After, bool FromPrevious, bool Remembered = false);

    /// <summary>The word right before the quotation, with nothing between, is أن/إن (not بأن) or a verb that is no cue.</summary>
    private static bool CompletesClause(Sentence s, QuoteSpan span)
    {
        var before = IndexBefore(s.Tokens, span.Open);
        if (before < 0 || HasPunctuation(s.Text, s.Tokens[before].End, span.Open, allowQuoteMarks: true)) return false;
        var norm = s.Tokens[before].Norm;
        return (IsThatWord(norm) && norm[0] != 'ب') || (s.Tokens[before].Cue is null && VerbForm(norm));
    }

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
                    || DescribedAs(s, before))
                // («…»، تقول، «…»: the second half of words a cue split goes on with the first)
                || SecondHalf(s, span)
                // (دعت المنظمة في بيان إلى «تحرك عاجل …»: what a call is for, after its إلى or ب)
                || (!cue.After && before - cue.Distance is var ck and >= 0 && CallsFor(s.Tokens[ck].Norm) && s.Tokens[before].Norm is "الي" or "ب"
                    && !HasPunctuation(s.Text, s.Tokens[before].End, span.Open, allowQuoteMarks: true));
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

    /// <summary>دعا، طالب، حث and their feminine and present forms, behind و or ف: a verb of calling for something (normalised).</summary>
    private static bool CallsFor(string norm) =>
        CallVerb(norm) || (norm.Length >= 3 && norm[0] is 'و' or 'ف' && CallVerb(norm.AsSpan(1)));

    private static bool CallVerb(ReadOnlySpan<char> w) =>
        w is "دعا" or "دعت" or "يدعو" or "تدعو" or "طالب" or "طالبت" or "يطالب" or "تطالب" or "حث" or "حثت" or "يحث" or "تحث";

    /// <summary>سأله، سألتها، تسأله (also behind و/ف): a verb of asking with whom it asks (normalised).</summary>
    private static bool AsksSomeone(string norm) =>
        WithoutConjunction(norm) is "ساله" or "سالها" or "سالهم" or "سالهما" or "سالته" or "سالتها" or "سالتهم" or "سالتهما" or "يساله"
            or "يسالها" or "تساله" or "تسالها";

    /// <summary>
    /// رد، ردت، يرد، ترد، ليرد، لترد، أجاب، أجابت، يجيب، تجيب, also behind و or ف (ورد، فردت): a verb of replying (normalised).
    /// </summary>
    internal static bool Replies(string norm) =>
        ReplyVerb(norm) || (norm.Length >= 3 && norm[0] is 'و' or 'ف' && ReplyVerb(norm.AsSpan(1)));

    private static bool ReplyVerb(ReadOnlySpan<char> w) =>
        w is "رد" or "ردت" or "يرد" or "ترد" or "ليرد" or "لترد" or "اجاب" or "اجابت" or "يجيب" or "تجيب";

    /// <summary>The name a quotation calls someone by (يا نبيل), one word the article names that person by elsewhere too; else null.</summary>
    private static string? Addressed(string quotation, SpeakerNames names)
    {
        var at = quotation.IndexOf("يا ", StringComparison.Ordinal);
        while (at >= 0)
        {
            if (at == 0 || !char.IsLetter(quotation[at - 1]))
            {
                var rest = quotation.AsSpan(at + 3).TrimStart();
                var end = rest.IndexOfAny(" ،,.!؟?:؛»”\"");
                var word = (end < 0 ? rest : rest[..end]).ToString();
                var norm = ArabicText.Normalize(word);
                if (norm.Length > 2 && names.IsNameLike(norm) && !Stops.Contains(norm) && !StopWords.Contains(norm) && names.Mentions(norm) >= 2)
                    return word;
            }
            at = quotation.IndexOf("يا ", at + 3, StringComparison.Ordinal);
        }
        return null;
    }

    /// <summary>
    /// «هون بدرس أحسن من البيت»، تقول، «على الأقل الحاجز بعطيني وقت»؛ «…»، يقول مبتسما في جلبابه الأبيض، «والحمد لله ربنا
    /// كرم»: the quotation after a verb cue set off by commas between it and the quotation before, in up to eight words — the
    /// second half of one speaker's words, which the cue split, however short.
    /// </summary>
    private static bool SecondHalf(Sentence s, QuoteSpan span)
    {
        var at = s.Spans.IndexOf(span);
        if (at <= 0) return false;
        var previous = s.Spans[at - 1];
        var gap = s.Text.AsSpan(previous.Close + 1, span.Open - previous.Close - 1).Trim();
        if (gap.Length < 3 || gap[0] is not ('،' or ',') || gap[^1] is not ('،' or ',' or ':')) return false;
        var words = 0;
        var cue = false;
        foreach (var t in s.Tokens)
            if (t.Start > previous.Close && t.End <= span.Open)
            {
                words++;
                cue |= t.Cue == CueKind.Verb;
            }
        return cue && words <= 8;
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
            // (…also with its day set off by a comma: وأكد البنك المركزي اليمني في بيان، الجمعة، "…")
            var dated = m < before && CommaBetween(s, s.Tokens[m].End, s.Tokens[m + 1].Start)
                        && Enumerable.Range(m + 1, before - m).All(t => SpeakerNames.TimeWord(s.Tokens[t].Norm));
            if (m < before && HasPunctuation(s.Text, s.Tokens[m].End, s.Tokens[m + 1].Start) && !dated) return false;
            if (s.Tokens[m - 1].Norm == "في" && StatementNoun(s.Tokens[m].Norm) && Joined(s, s.Tokens[m - 1].End, s.Tokens[m].Start))
                return m < 2 || CommaBetween(s, s.Tokens[m - 2].End, s.Tokens[m - 1].Start) || dated;
        }
        return false;
    }

    /// <summary>A statement, with or without its pronoun (في بيانها “…”، في تصريحه “…”): the quotation is what it says.</summary>
    private static bool StatementNoun(ReadOnlySpan<char> norm)
    {
        foreach (var stem in StatementNouns)
            if (norm.StartsWith(stem, StringComparison.Ordinal) && norm.Length <= stem.Length + 2) return true;
        return false;
    }

    /// <summary>A news medium (وكالة، صحيفة، قناة، موقع …), also with ال.</summary>
    internal static bool Medium(string norm) =>
        (norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm) is "وكاله" or "صحيفه" or "جريده" or "قناه" or "فضائيه" or "موقع" or "اذاعه" or "مجله" or "تلفزيون"
            or "وسائل" or "شبكه" or "راديو"
            // (the agencies the Arabic press names bare: قالت … لأناضول، للأناضول; Algeria's «وأج»: حسب ما صرح به لوأج)
            or "اناضول" or "واج"
            // (…and the first word of those named by two: قال لفرانس برس، لسكاي نيوز)
            or "فرانس" or "سكاي" or "رويترز";

    /// <summary>ل and a medium (لوسائل، لوكالة، للتلفزيون): whom the words were said to.</summary>
    internal static bool ToMedium(string norm) =>
        norm.Length > 3 && (norm.StartsWith("لل", StringComparison.Ordinal) ? Medium(norm[2..]) : norm[0] == 'ل' && Medium(norm[1..]));

    /// <summary>Someone's words, after a source cue (حسب تصريحات، وفق توضيحات، بحسب رواية).</summary>
    private static bool SourceWordsNoun(string norm) =>
        norm is "تصريحات" or "تصريح" or "حديث" or "توضيحات" or "تعبير" or "قول" or "كلام" or "روايه" or "تقديرات" or "تاكيدات";

    private static readonly string[] StatementNouns = ["بيان", "بلاغ", "اجتماع", "تصريح", "كلمت", "حديث", "مقابل", "تغريد", "منشور", "رسال", "لقاء", "حوار", "مؤتمر", "خطاب", "مداخل", "افاده"];

    /// <summary>
    /// وأكد رفض القوات المسلحة أي وجود، شدد على أهمية، أكد ضرورة، أعلن اعتزامه: a verbal noun of stance right after a verb
    /// of saying is what is said, never who says it (normalised).
    /// </summary>
    internal static bool StanceNoun(string norm) =>
        norm is "رفض" or "اهميه" or "ضروره" or "استعداد" or "حرص" or "التزام" or "تمسك" or "استمرار" or "عزم" or "دعم" or "ترحيب"
            or "تضامن" or "ادانه" or "تاييد" or "قلق" or "امل" or "ثقه" or "حاجه" or "تاكيد"
            // (…and standing by someone: واكد وقوف العراق وتضامنه مع السودان)
            or "وقوف"
            // what is announced or confirmed: the return, the readiness, the start (واكد عودة اللاعبين)
            or "عوده" or "جاهزيه" or "بدء" or "انطلاق" or "اقتراب" or "نجاح" or "وجود" or "عدم"
            // (…or expected: كما توقع ظهور العين بمستوى مختلف)
            or "ظهور"
            // (أكد رغبة الحكومة، يؤكد عظمة …، أكد صحة الأنباء)
            or "رغبه" or "عظمه" or "صحه" or "اهتمام"
            // (…or difficult, possible: أكد مصدر في وزارة الطيران المدني صعوبة تحديد أسباب سقوط الطائرة)
            or "صعوبه" or "امكانيه" or "استحاله"
            // (…or someone's position: وأوضح وزير الخارجية المغربي ناصر بوريطة موقف المملكة الداعي إلى “…”)
            or "موقف"
            // (…and what a verb of considering makes of its object: واعتبرها الرئيس المصري بداية للتسوية)
            or "بدايه" or "خطوه" or "فرصه"
            // (…and the reasons a verb of justifying gives: بررت الوزيرة أسباب التأخر)
            or "اسباب"
            // (…and the efforts or ways a verb of discussing takes: كما ناقش حواس جهود استعادة القطع، ناقش سبل تعزيز)
            or "جهود" or "سبل"
            // (…and the reassurance a verb of conveying takes: ونقل النقيب طمأنة بعض المسؤولين)
            or "طمانه"
            // (…and the details or the truth a verb of explaining or revealing takes: تريم يوضح تفاصيل الخلاف، يكشف كواليس)
            or "تفاصيل" or "حقيقه" or "كواليس" or "خفايا" or "اسرار"
        // …also with his or her pronoun (وأعلن اعتزامه، وأكد رفضه)
        // (four letters too: أوضح رفضه، أعلن عودته)
        || (norm.Length >= 4 && WithoutPronoun(norm)
            is "رفض" or "اعتزام" or "استعداد" or "حرص" or "التزام" or "تمسك" or "عزم" or "دعم" or "ترحيب" or "تضامن" or "تاييد" or "قلق" or "امل" or "ثقت" or "نيت"
            or "عودت" or "رغبت" or "اهتمام" or "وقوف"
            // (…and the feelings a verb of expressing takes: أبدى مدرب النصر بيدرو مانويل أسفه لخسارة فريقه، أعرب عن سعادته)
            or "اسف" or "سعادت" or "حزن" or "استياء" or "غضب" or "ارتياح" or "استغراب" or "امتعاض" or "تفاؤل" or "تخوف" or "فخر");

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
        // (a first letter read as a prefix may be the word's own: لوحتها «…» is a painting)
        return WithPronoun(norm) || (norm.Length > 4 && norm[0] is 'و' or 'ب' or 'ل' or 'ف' && !NameCues.Contains(norm) && WithPronoun(norm[1..]));

        static bool WithPronoun(string norm)
        {
            var bare = norm.EndsWith("هم", StringComparison.Ordinal) ? norm[..^2] : WithoutPronoun(norm);
            if (bare is null || bare.Length < 3) return false;
            // (روايته → رواية: the ta marbuta is written ت before a pronoun)
            if (bare[^1] == 'ت') bare = bare[..^1] + "ه";
            // (not a preposition's pronoun, عليه، إليه; nor one's own words, كلمته «…»، عبارته «…», which are speech)
            return NameCues.Contains(bare) && !StopWords.Contains(norm) && !StopWords.Contains(bare) && bare is not ("علي" or "الي" or "عبر" or "كلمه" or "عباره");
        }
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

    /// <summary>A cue or an إن/أن before token <paramref name="k"/>: the verb there is inside what someone says.</summary>
    private static bool ThatOrCueBefore(Sentence s, int k)
    {
        for (var m = 0; m < k; m++)
            if (s.Tokens[m].Cue is not null || IsThatWord(s.Tokens[m].Norm)) return true;
        return false;
    }

    /// <summary>How many sentences back a quotation printed under a description may be named by «الرجل هو …».</summary>
    private const int IdentifiedReach = 8;

    /// <summary>
    /// الرجل هو عبد الرحمن الدبّاغ؛ والطبيبة هي رهف أبو شمالة، 29 عاما؛ الموظفة، واسمها منى، تعمل: a sentence opening with a
    /// person told by what they are, with ال (<see cref="PersonNoun"/>: a role, kin, a trade, الرجل، المرأة), then «he/she is» or «and his/her name
    /// is» set off, and a name closed by punctuation — the name, and in <paramref name="described"/> the description; or
    /// opening with «he/she is» or «his/her name is» and a name, the description left empty (the one the story is with).
    /// Null otherwise.
    /// </summary>
    private static string? IdentifiedAs(Sentence s, SpeakerNames names, out string described)
    {
        described = "";
        var tokens = s.Tokens;
        if (tokens.Count < 3 || InsideQuote(s.Spans, tokens[0].Start)) return null;
        // (…behind «that»: ذلك الولد، واسمه عمر)
        var o = tokens[0].Norm is "ذلك" or "تلك" && tokens.Count > 4 && Joined(s, tokens[0].End, tokens[1].Start) ? 1 : 0;
        var head = tokens[o].Norm.Length > 5 && tokens[o].Norm[0] == 'و' && Definite(tokens[o].Norm[1..]) ? tokens[o].Norm[1..] : tokens[o].Norm;
        // (…or «she is», «his name is» and the name: the person the story is with)
        var pointing = o == 0 && head is "هو" or "هي" or "اسمه" or "اسمها";
        // (…or «and his name is» set off after the description: الموظفة، واسمها منى، تعمل)
        var setOff = !pointing && tokens[o + 1].Norm is "واسمه" or "واسمها" && CommaBetween(s, tokens[o].End, tokens[o + 1].Start);
        // (…and one adjective with ال before «he is»: الرجل الأربعيني هو خالد المرعبي)
        var adjective = !pointing && !setOff && tokens.Count > o + 4 && Definite(tokens[o + 1].Norm) && tokens[o + 2].Norm is "هو" or "هي"
                        && !PersonNoun(tokens[o + 1].Norm) && Joined(s, tokens[o].End, tokens[o + 1].Start) ? 1 : 0;
        if (!pointing && (!Definite(head) || head.Length < 4 || !(PersonNoun(head) || UnnamedPerson(WithoutAl(head)))
            || !(setOff || (tokens[o + 1 + adjective].Norm is "هو" or "هي" && Joined(s, tokens[o + adjective].End, tokens[o + 1 + adjective].Start)))
            || !Joined(s, tokens[o + 1 + adjective].End, tokens[o + 2 + adjective].Start)))
            return null;
        var n = pointing ? 1 : o + 2 + adjective;
        if (pointing && !Joined(s, tokens[0].End, tokens[1].Start)) return null;
        while (n + 1 < tokens.Count && SpeakerNames.IsNameTitle(tokens[n].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start)) n++;
        if (!IsNamePart(s, n, names) || tokens[n].Cue is not null || SpeakerNames.IsPlace(tokens[n].Norm) || SpeakerNames.IsBodyWord(tokens[n].Norm)) return null;
        var end = tokens[n].Norm is "عبد" or "ابو" or "ام" ? Math.Max(n + 1, NameEnd(s, n + 1, names)) : NameEnd(s, n, names);
        if (end - n > 3 || (end + 1 < tokens.Count && Joined(s, tokens[end].End, tokens[end + 1].Start)) || (setOff && end + 1 >= tokens.Count)) return null;
        // (the name as the story gives it, whole: it names the person here for the first time)
        var name = s.Text[tokens[n].Start..tokens[end].End];
        if (QuoteConfidence.Classify(name, names) is not (SpeakerKind.Person or SpeakerKind.Named)) return null;
        described = pointing ? "" : adjective > 0 ? head + " " + tokens[o + 1].Norm : head;
        return name;
    }

    /// <summary>
    /// عرّف نفسه باسم معاذ؛ عرّفت نفسها بأم ملك: the name someone gives themselves («introduced himself as»), a name after
    /// باسم or a kunya behind ب; null when the sentence has none.
    /// </summary>
    private static string? SelfIntroduced(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        for (var j = 1; j + 1 < tokens.Count; j++)
        {
            if (tokens[j].Norm is not ("نفسه" or "نفسها") || WithoutConjunction(tokens[j - 1].Norm) is not ("عرف" or "عرفت")
                || !Joined(s, tokens[j - 1].End, tokens[j].Start) || !Joined(s, tokens[j].End, tokens[j + 1].Start) || InsideQuote(s.Spans, tokens[j].Start))
                continue;
            var n = j + 1;
            // (a kunya behind ب: بأم ملك، بأبو علي)
            if (tokens[n].Norm is "بام" or "بابو" && n + 1 < tokens.Count && Joined(s, tokens[n].End, tokens[n + 1].Start))
                return s.Text[(tokens[n].Start + 1)..tokens[n + 1].End];
            if (tokens[n].Norm != "باسم" || n + 1 >= tokens.Count || !Joined(s, tokens[n].End, tokens[n + 1].Start) || !IsNamePart(s, n + 1, names)) return null;
            var end = Math.Min(NameEnd(s, n + 1, names), n + 3);
            return s.Text[tokens[n + 1].Start..tokens[end].End];
        }
        return null;
    }

    /// <summary>
    /// زبونة، سيدة، شاب، الرجل الستيني: a speaker the story has only by what they are, no name yet (not «one of» a group, أحد
    /// العاملين, who is someone else).
    /// </summary>
    private static bool UnnamedSoFar(string speaker) =>
        Described(speaker) || (ArabicText.Normalize(speaker).Split(' ')[0] is var head && !Definite(head) && head is not ("احد" or "احدي")
                               && (TradeNoun(head) || UnnamedPerson(head)));

    /// <summary>
    /// امرأة ↔ المرأة, رجل ↔ الرجل (normalised): a word with and without ال — the alef of امرأة goes with the article, so a
    /// plain «ال» + word or [2..] gets «المرأة» wrong.
    /// </summary>
    private static string WithAl(string word) => word == "امراه" ? "المراه" : "ال" + word;

    /// <inheritdoc cref="WithAl"/>
    private static string WithoutAl(string word) => word == "المراه" ? "امراه" : word[2..];

    /// <summary>
    /// The speaker is the description <paramref name="described"/> (normalised, with ال: الرجل) or opens with it, with ال or
    /// without (الرجل الخمسيني، رجل، رجل ستيني).
    /// </summary>
    private static bool CalledBy(string speaker, string described)
    {
        var was = ArabicText.Normalize(speaker);
        var bare = WithoutAl(described);
        return was == described || was == bare || was.StartsWith(described + " ", StringComparison.Ordinal) || was.StartsWith(bare + " ", StringComparison.Ordinal)
               // (…also its adjective, indefinite as the description first came: رجل أربعيني … الرجل الأربعيني هو خالد)
               || (was.Contains(' ') && EveryWordWithoutAl(was) == EveryWordWithoutAl(described));

        static string EveryWordWithoutAl(string norm) =>
            string.Join(' ', norm.Split(' ').Select(w => w.Length > 3 && w.StartsWith("ال", StringComparison.Ordinal) ? WithoutAl(w) : w));
    }

    /// <summary>
    /// The previous speaker (normalised) is an unnamed person (امرأة سبعينية) and the mention (normalised, الفتاة) calls
    /// someone by another word: an unnamed person is that person again only by the same word (المرأة).
    /// </summary>
    private static bool OtherUnnamed(string previous, string mention) =>
        previous.Split(' ')[0] is var unnamed && UnnamedPerson(unnamed) && mention.Split(' ')[0] != WithAl(unnamed);

    /// <summary>
    /// The speaker is had only by description: «a man», «a woman» however described (رجل خمسيني، امرأة) or a person noun
    /// with ال (المعلمة، الرجل الخمسيني).
    /// </summary>
    private static bool Described(string speaker)
    {
        var words = ArabicText.Normalize(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (UnnamedPerson(words[0]) || (Definite(words[0]) && (PersonNoun(words[0]) || UnnamedPerson(WithoutAl(words[0])))));
    }

    /// <summary>
    /// An anaphoric mention (المتحدث، محدثنا) is the previous speaker; so is a description by age (الرجل الخمسيني) of a person
    /// named in <paramref name="sentence"/> of <paramref name="article"/> or the one before; a role alone is the name introduced
    /// with it.
    /// </summary>
    private static string Resolve(string speaker, string? previous, SpeakerNames names, ArticleModel article, int sentence)
    {
        var norm = ArabicText.Normalize(speaker);
        // (…but a country is no «source» or «spokesman»: وقال المصدر after a sentence about إسرائيل)
        if (IsAnaphor(norm)) return previous is not null && SpeakerNames.IsPlace(ArabicText.Normalize(previous)) ? speaker : previous ?? speaker;
        // وقالت الوزارة right after «بدورها أعلنت وزارة النفط الاتحادية», in an article that named another ministry first: the
        // body word called back is the body of its kind just named, not the first one.
        // (…and so is it right after the body just speaking whose name opens with it: وأكدت الشركة after «وذكرت الشركة العامة
        // لتسويق الأدوية …، أن “… من انتاج شركة فايزر …”» — not a company its words named)
        if (previous is not null && norm.IndexOf(' ') < 0 && norm.StartsWith("ال", StringComparison.Ordinal) && BodyWord(norm)
            && (names.AnotherBodyOfKind(previous, norm[2..]) || ArabicText.Normalize(previous).StartsWith(norm + " ", StringComparison.Ordinal)))
            return previous;
        // ويضيف الرجل الخمسيني، تقول السيدة الأربعينية after «أبو أحمد»، «أم خالد»: a person told by the decade of their age
        // (behind what they are) is the person being quoted, when of that person's sex and named in this sentence or the one
        // before — the copy's way of not repeating a name (not someone quoted paragraphs before: the description may be of a
        // person the engine did not read as speaking).
        if (previous is not null && AgeDescription(norm) is { } feminine && QuoteConfidence.Classify(previous, names) is SpeakerKind.Person or SpeakerKind.Named
            && ArabicText.Normalize(previous) is var before
            && (feminine ? !names.IntroducedAsMan(previous) && !before.StartsWith("ابو ", StringComparison.Ordinal) : !before.StartsWith("ام ", StringComparison.Ordinal))
            && !OtherUnnamed(before, norm)
            && NamedNear(article, sentence, before))
            return previous;
        // تقول الأم، يضيف الأب after «تجلس أم صالح», «أبو سمير»: the mother or the father is the parent the story is with.
        if (previous is not null && ArabicText.Normalize(previous) is var parent
            && ((norm is "الام" or "الوالده" && parent.StartsWith("ام ", StringComparison.Ordinal))
                || (norm is "الاب" or "الوالد" && parent.StartsWith("ابو ", StringComparison.Ordinal)))
            && NamedNear(article, sentence, parent, back: 2))
            return previous;
        // (…and the one mother or father the article names, wherever: تقول الأم after «والدتها فاطمة»، «أم أحمد»)
        if (norm is "الام" or "الوالده" && names.OnlyParent(mother: true) is { } theMother) return theMother;
        if (norm is "الاب" or "الوالد" && names.OnlyParent(mother: false) is { } theFather) return theFather;
        var preferred = names.Prefer(speaker);
        // وقال الأستاذ / وأوضح المحاضر after «أكد البروفسور سمير فلازي»: a bare role the article never gave a name of is an
        // epithet of the person being quoted.
        // (…and so is the role word that opens the previous speaker's phrase: المسؤول after «المسؤول المصري»)
        // (…but not one the narration brought in without ال just before: يجلس موظف من إدارة المرور …. يقول الموظف)
        if (preferred == speaker && previous is not null && norm.StartsWith("ال", StringComparison.Ordinal) && norm.IndexOf(' ') < 0
            && SpeakerNames.IsRole(norm) && (QuoteConfidence.Classify(previous, names) is SpeakerKind.Person or SpeakerKind.Named
                                             || ArabicText.Normalize(previous).StartsWith(norm + " ", StringComparison.Ordinal))
            && !BroughtInJustBefore(article, sentence, norm[2..])
            // (…nor «the girl» after «a woman in her seventies»)
            && !OtherUnnamed(ArabicText.Normalize(previous), norm))
            return previous;
        // وشدد المدرب البوسني, وأضاف الناخب الوطني after «وقال بيتكوفيتش»: so is a coach or a player with the adjective of a
        // country the article never introduced anyone with, nor two people with its role word. (Not a president or a
        // minister: الرئيس القبرصي beside «عون» is the guest, another man.)
        if (preferred == speaker && previous is not null && RoleAndOrigin(norm) is { } role
            && role is "المدرب" or "الناخب" or "اللاعب" or "النجم" or "المهاجم" && !names.RoleShared(role)
            && QuoteConfidence.Classify(previous, names) is SpeakerKind.Person or SpeakerKind.Named)
            return previous;
        return preferred;
    }

    /// <summary>
    /// The word (normalised, without ال) stands without ال before «from, in» or an adjective, or right after a present verb,
    /// in sentence <paramref name="sentence"/> or the one before: someone brought in as «a» something (يجلس موظف من إدارة
    /// المرور، مسؤول روسي، تنحني طبيبة), whom «the» something after it is.
    /// </summary>
    private static bool BroughtInJustBefore(ArticleModel article, int sentence, string word)
    {
        for (var i = Math.Max(0, sentence - 1); i <= sentence && i < article.Sentences.Count; i++)
        {
            var tokens = ArabicText.Normalize(article.Sentences[i].Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // (then «from, in» or an adjective — not in construct with a place or an ال-word, which names the office whose
            // holder the article names: وزير الطاقة بوطرفة، محافظ تعز نبيل شمسان)
            for (var t = 0; t + 1 < tokens.Length; t++)
                if (tokens[t] == word && (tokens[t + 1] is "من" or "في"
                                          || (tokens[t + 1] is { Length: > 3 } adjective && adjective[^1] == 'ي' && !adjective.StartsWith("ال", StringComparison.Ordinal)
                                              && !SpeakerNames.IsPlace(adjective) && !SpeakerNames.IsFirstName(adjective))
                                          // (…or right after the narration's present verb: تنحني طبيبة على رضيع)
                                          || (t > 0 && SpeakerNames.PresentVerbLike(tokens[t - 1]))))
                    return true;
        }
        return false;
    }

    /// <summary>
    /// The last word of <paramref name="name"/> (normalised) stands in sentence <paramref name="sentence"/> or the
    /// <paramref name="back"/> before it.
    /// </summary>
    private static bool NamedNear(ArticleModel article, int sentence, string name, int back = 1)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        for (var i = Math.Max(0, sentence - back); i <= sentence && i < article.Sentences.Count; i++)
            if (ArabicText.Normalize(article.Sentences[i].Text).Contains(last, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// الرجل الخمسيني، السيدة الأربعينية، الستيني (normalised): a person described by the decade of their age with ال, alone or
    /// behind a word for what they are (الرجل، الفلاح), or a woman alone (السيدة، المرأة); true for a woman, false for a man,
    /// null for anything else.
    /// </summary>
    internal static bool? AgeDescription(string norm)
    {
        // (…or a woman alone, as the copy calls the one it is with: وتضيف السيدة — «الرجل», a role word, Resolve reads so
        // already)
        if (norm is "السيده" or "المراه" or "الفتاه") return true;
        var parts = norm.Split(' ');
        if (parts.Length > 2 || (parts.Length == 2 && !(Definite(parts[0]) && parts[0].Length > 3))) return null;
        var age = parts[^1];
        var feminine = age.EndsWith('ه');
        return (feminine ? age[..^1] : age) is "العشريني" or "الثلاثيني" or "الاربعيني" or "الخمسيني" or "الستيني" or "السبعيني" or "الثمانيني"
            or "التسعيني"
            // (…and the word before agrees: not الفلاح الخمسينية)
            && (parts.Length == 1 || parts[0].EndsWith('ه') == feminine || parts[0] is "المراه" or "الام" or "الجده")
            ? feminine : null;
    }

    /// <summary>
    /// وواصل نجم منتخب الجزائر after «وقال محرز»: a verb of going on and a player's epithet after it, with a person named by
    /// name speaking before — the epithet is that person.
    /// </summary>
    private static bool PlayerGoesOn(string verb, string epithet, string? previous, SpeakerNames names) =>
        previous is not null && GoesOn(verb) && (Epithet(epithet) || (!Adds(verb) && NationalRole(epithet)))
        && QuoteConfidence.Classify(previous, names) is SpeakerKind.Person or SpeakerKind.Named;

    private static bool Adds(string norm) => WithoutConjunction(norm) is "اضاف" or "اضافت";

    /// <summary>
    /// وتابع الزعيم التركي after «وأكد اردوغان»: a role and an adjective of origin, both with ال — after a verb of going on
    /// (not أضاف, which a second speaker at a joint appearance may take), the man already speaking.
    /// </summary>
    private static bool NationalRole(string speaker) =>
        ArabicText.Normalize(speaker) is var norm
        && (RoleAndOrigin(norm) is { } role ? role.StartsWith("ال", StringComparison.Ordinal) && SpeakerNames.IsRole(role) : DescribedRole(norm));

    /// <summary>
    /// وتابع السياسي المخضرم after «وقال أحمد نجيب الشابي»: a role with ال and one ال-adjective that is no role, body or
    /// place (normalised) — the writer's epithet for the man speaking.
    /// </summary>
    private static bool DescribedRole(string norm) =>
        norm.Split(' ') is [var role, var adjective] && role.StartsWith("ال", StringComparison.Ordinal) && SpeakerNames.IsRole(role)
        && adjective.Length > 4 && adjective.StartsWith("ال", StringComparison.Ordinal) && !SpeakerNames.IsRole(adjective) && !BodyWord(adjective)
        && !SpeakerNames.IsPlace(adjective);

    /// <summary>The first of two normalised words when the second is an adjective of origin with ال (المدرب البوسني); else null.</summary>
    private static string? RoleAndOrigin(string norm) =>
        norm.Split(' ') switch
        {
            // الفني البرتغالي: the North African press's «technician» for the head coach
            ["الفني", var origin] when Origin(origin) => "المدرب",
            [var role, var origin] when Origin(origin) => role,
            // المدير الفني البرتغالي: the head coach, called by his title of two words
            ["المدير", "الفني", var origin] when Origin(origin) => "المدرب",
            _ => null,
        };

    /// <summary>An adjective of origin with ال (البرتغالي، الإسبانية), normalised.</summary>
    private static bool Origin(string norm) => norm.Length > 4 && norm.StartsWith("ال", StringComparison.Ordinal) && SpeakerNames.Nisba(norm[2..]);

    /// <summary>
    /// المتحدث العسكري للحركة: one of the two words from <paramref name="from"/> is a body behind لل (normalised words) — the
    /// body a spokesman or a source is placed in.
    /// </summary>
    internal static bool BodyBehindLam(string[] parts, int from)
    {
        for (var i = from; i < parts.Length && i < from + 2; i++)
            if (parts[i].Length > 4 && parts[i].StartsWith("لل", StringComparison.Ordinal) && BodyWord("ال" + parts[i][2..])) return true;
        return false;
    }

    /// <summary>A verb of going on with what one was saying (وتابع، وواصل، واستطرد، وأكمل).</summary>
    private static bool GoesOn(string norm) =>
        WithoutConjunction(norm) is "تابع" or "تابعت" or "واصل" or "واصلت" or "استطرد" or "استطردت" or "اكمل" or "اكملت" or "اضاف" or "اضافت";

    /// <summary>
    /// A sports reporter's epithet for a player (نجم منتخب الجزائر، لاعب فريق "ليفربول" الإنجليزي): a player's word and what he
    /// plays for, with no name in it; or «the holder of» a thing (صاحب الرقم القياسي).
    /// </summary>
    private static bool Epithet(string speaker)
    {
        var parts = ArabicText.Normalize(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && ((parts[0] is "نجم" or "النجم" or "لاعب" or "اللاعب" or "مهاجم" or "المهاجم" or "قائد" or "هداف" or "جناح" or "حارس"
                                      && parts[1] is "منتخب" or "فريق" or "نادي" or "المنتخب" or "الفريق" or "النادي" or "الدولي" or "الدوري")
                                     // (…or «the holder of» something: تابع صاحب الشعبية الكبرى في بلاده)
                                     // (…or «the young man» described: وتابع الشاب المولود في 4 كانون الأول)
                                     || (parts[0] is "صاحب" or "صاحبه" or "الشاب" or "الشابه" && parts[1].StartsWith("ال", StringComparison.Ordinal)));
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
            // (nor one placed in a body behind لل: المتحدث العسكري للحركة is another body's than the one speaking before)
            return rest is not "باسم" && !(rest is "من" or "في" or "لدي" && n + 1 < parts.Length && BodyWord(parts[n + 1]))
                && !BodyBehindLam(parts, n);
        }
        return false;
    }

    /// <summary>
    /// One word in the accusative, unvowelled (طويلا، فورا، قليلا), however often the article says it — an adverb or a state,
    /// not a person, unless the article calls someone by it: a woman's given name may end so (ابنتها ميرا، وتضيف ريتا).
    /// </summary>
    private static bool AdverbWord(string speaker, SpeakerNames names) =>
        speaker.Trim() is var t && !t.Contains(' ') && ArabicText.Normalize(t) is var norm
        && IndefiniteAccusative(norm, names, minLength: 4, repeated: true) && !names.CalledByName(norm);

    /// <summary>
    /// The sentence's first quotation when narration alone brings it in: a clause of at most <see cref="MaxGap"/> words, with no
    /// quotation of its own, closed by a colon right before the marks that end the sentence, and a present verb in it (يبتسم،
    /// تلتفت، لا تخفي) — or any opening when the sentence named its subject (<paramref name="named"/>: هز عمي رابح رأسه). Also
    /// the verb nearest before the colon, whose gender is the speaker's (-1 when the clause has none in the present).
    /// </summary>
    private static (QuoteSpan Span, int Verb)? NarrationBeforeColon(Sentence s, bool named)
    {
        if (s.Spans.Count == 0 || !s.Eligible[0] || !QuoteSpans.AfterColon(s.Text, s.Spans[0].Open)) return null;
        var span = s.Spans[0];
        var verb = -1;
        var words = 0;
        // (one person's: not a plural, nor a verb of a relative clause, الجيران الذين تجمعوا)
        for (var k = 0; k < s.Tokens.Count && s.Tokens[k].End <= span.Open; k++, words++)
            if (PresentVerb(WithoutConjunction(s.Tokens[k].Norm)) && !(k > 0 && SpeakerNames.Relative(s.Tokens[k - 1].Norm))) verb = k;
        if (words == 0 || words > MaxGap || (verb < 0 && !named)) return null;
        // (words, not a title listed after a colon: كل من فيلم: "في عينيا" للمخرج …; the quotation ends the sentence and has
        // a clause's length or joints)
        foreach (var c in s.Text.AsSpan(span.Close + 1))
            if (!char.IsWhiteSpace(c) && c is not ('.' or '!' or '؟' or '?' or '…')) return null;
        // (…or a question or a cry of two words or more, which no title after a narrated colon is: ثم يرفع رأسه: «متى تريده؟»)
        return Worded(s, span) || (s.Text[span.Close - 1] is '؟' or '?' or '!' && ArticleModel.CountWords(s.Text[(span.Open + 1)..span.Close]) >= 2)
            ? (span, verb) : null;

        static bool PresentVerb(string norm) => NarrationVerb(norm) && !SpeakerNames.IsFirstName(norm);
    }

    /// <summary>
    /// - صحافي آخر: «…؟»؛ - الركراكي: «…»: a line of a transcript — a dash, or none right after quoted words, then who
    /// speaks, up to three words and a colon, then the words to the end of the sentence. Who speaks is a person or a role
    /// (صحافي آخر، مراسلة), or one ال-name already quoted (الركراكي). Null otherwise.
    /// </summary>
    private static (QuoteSpan Span, string Speaker)? SpeakerLabel(Sentence s, HashSet<string> speakers, bool afterQuote)
    {
        if (s.Spans.Count != 1 || !s.Eligible[0] || !QuoteSpans.AfterColon(s.Text, s.Spans[0].Open)) return null;
        var span = s.Spans[0];
        var last = IndexBefore(s.Tokens, span.Open);
        if (last is < 0 or > 2 || !Worded(s, span)) return null;
        // (the dash of a transcript's line, or the words quoted right before: a headline in a page's list of links, «النائب
        // فلان: "…"», is another story's)
        var dashed = false;
        foreach (var c in s.Text.AsSpan(0, s.Tokens[0].Start))
            if (c is '-' or '–' or '—' or '•' or '*') dashed = true;
            else if (!char.IsWhiteSpace(c)) return null;
        if (!dashed && !afterQuote) return null;
        foreach (var c in s.Text.AsSpan(span.Close + 1))
            if (!char.IsWhiteSpace(c) && c is not ('.' or '!' or '؟' or '?' or '…')) return null;
        for (var k = 1; k <= last; k++)
            if (!Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start)) return null;
        var head = s.Tokens[0].Norm;
        // (not a narration's verb before its subject: فتدخلت مباركة:)
        var person = PersonNoun(head) || (last == 0 && Definite(head) && speakers.Contains(head));
        return person ? (span, s.Text[s.Tokens[0].Start..s.Tokens[last].End]) : null;
    }

    /// <summary>
    /// The last person named by a common given name in the <see cref="InterviewIntroReach"/> sentences before sentence
    /// <paramref name="si"/>, the nearest first (يعيش الفنان التشكيلي العراقي فيصل الربيعي …. أجرينا معه هذا الحوار), or null.
    /// </summary>
    private static string? PersonNamedBefore(ArticleModel article, SpeakerNames names, int si)
    {
        for (var i = si - 1; i >= 0 && si - i <= InterviewIntroReach; i--)
        {
            if (Prepare(Marked(article.Sentences[i].Text), names, i, i) is not { } s) continue;
            for (var j = s.Tokens.Count - 2; j >= 0; j--)
                // (…a given name alone too, set off before what person it is: التقينا حمزة، شاب في الثانية والعشرين)
                if (SpeakerNames.IsFirstName(s.Tokens[j].Norm) && !InsideQuote(s.Spans, s.Tokens[j].Start) && NameEnd(s, j, names) is var end and > 0
                    && (end > j || SetOffBeforeWho(s, j))
                    && BestName(s, j, end, names) is var person && QuoteConfidence.Classify(person, names) is SpeakerKind.Person or SpeakerKind.Named)
                    return person;
        }
        return null;
    }

    /// <summary>How many sentences before an interview's first question may name the one it is with.</summary>
    private const int InterviewIntroReach = 5;

    /// <summary>
    /// ـ لماذا أبقيتِ اللوحة على حالها؟؛ ـ تقول دائما إن …. ماذا تقصد؟: a paragraph opening at sentence <paramref name="si"/> with a
    /// dash and ending with a question mark — the index of its last sentence; -1 otherwise.
    /// </summary>
    private static int DashedQuestion(IReadOnlyList<SentenceSpan> sentences, int si)
    {
        var opening = sentences[si].Text.AsSpan().TrimStart();
        if (sentences[si].IndexInParagraph != 0 || opening.Length < 4 || opening[0] is not ('ـ' or '-' or '–' or '—')) return -1;
        var last = si;
        while (last + 1 < sentences.Count && sentences[last + 1].Paragraph == sentences[si].Paragraph) last++;
        return sentences[last].Text.AsSpan().TrimEnd() is [.., '؟' or '?'] ? last : -1;
    }

    /// <summary>«…»، تقول ضاحكة: a verb of saying, unprefixed, right after the quotation and its comma.</summary>
    private static bool BareCueAfter(Sentence s, QuoteSpan span)
    {
        var k = IndexBefore(s.Tokens, span.Close) + 1;
        return k > 0 && k < s.Tokens.Count && s.Tokens[k].Start > span.Close && s.Tokens[k].Cue is CueKind.Verb && !s.Tokens[k].Prefixed
            && s.Text.AsSpan(span.Close + 1, s.Tokens[k].Start - span.Close - 1).Trim() is "،" or ",";
    }

    /// <summary>
    /// Gives the words whose cue named nobody (<paramref name="unnamed"/>) to <paramref name="name"/>, the one the story names
    /// right after them, and forgets them; the name as printed, or null when it cannot be their speaker.
    /// </summary>
    private static string? NameUnnamed(List<(Quote Quote, string Norm, int Words, double Confidence)> found,
        List<(Sentence Sentence, QuoteSpan Span, int First)> unnamed, string name, SpeakerNames names)
    {
        string? sayer = null;
        foreach (var (said, span, first) in unnamed)
            if (Plausible(name, said, span, carried: true, names) is { } speaker)
            {
                found.Add(WholeQuote(said, span, speaker, new CueFound(CueKind.Verb, 0, After: true, FromPrevious: false), first, names));
                sayer = speaker;
            }
        unnamed.Clear();
        return sayer;
    }

    /// <summary>
    /// In an interview (<paramref name="asker"/> asked <paramref name="asked"/> within <see cref="InterviewReach"/> sentences
    /// of this one), a quotation standing alone takes the other side's turn: a question after the one asked spoke is the
    /// asker's, words after the asker's question the one asked's. Null when no turn changes hands.
    /// </summary>
    private static string? InterviewTurn(Sentence s, QuoteSpan whole, string previous, string? asker, string? asked, int sinceAsked)
    {
        if (asker is null || asked is null || sinceAsked > InterviewReach || asker == asked) return null;
        var question = s.Text[whole.Close - 1] is '؟' or '?';
        return question && previous == asked ? asker : !question && previous == asker ? asked : null;
    }

    /// <summary>How many sentences after its last turn an interview goes on (<see cref="InterviewTurn"/>).</summary>
    private const int InterviewReach = 4;

    /// <summary>The quotation is words said, not a name or a title: longer than a name, or with a clause's joints.</summary>
    private static bool Worded(Sentence s, QuoteSpan span)
    {
        var inner = s.Text.AsSpan(span.Open + 1, span.Close - span.Open - 1);
        return ArticleModel.CountWords(inner.ToString()) > MaxNameWords || ClauseJoints(inner);
    }

    /// <summary>
    /// The verb of narration at <paramref name="verb"/> may be <paramref name="speaker"/>'s: not a woman's verb for a man, nor
    /// a man's for a woman the article calls a mother or السيدة (as a bare verb of saying carries on, above).
    /// </summary>
    private static bool NarratorAgrees(Sentence s, int verb, string speaker, SpeakerNames names)
    {
        if (verb < 0) return true;
        var norm = WithoutConjunction(s.Tokens[verb].Norm);
        return norm[0] == 'ت'
            ? !names.IntroducedAsMan(speaker)
            : !CalledAsWoman(speaker, names);
    }

    /// <summary>The article calls the speaker a woman: a mother by her son's name (أم سامر) or by a woman's title (السيدة نجاة).</summary>
    private static bool CalledAsWoman(string speaker, SpeakerNames names) =>
        ArabicText.Normalize(speaker).StartsWith("ام ", StringComparison.Ordinal) || names.TitledAsWoman(speaker);

    /// <summary>
    /// The speaker as printed (without quote marks inside it), or null when it cannot be one — better no quotation than a wrong speaker: a word the
    /// quotation itself holds, unless <paramref name="carried"/> over from an earlier sentence (the previous speaker, or the issuer
    /// of a statement whose words name it: وجاء في البيان “… تعلم وزارة الشؤون الدينية …”); a single word made of ب/ل/ك and a word the
    /// article uses alone (بمشروع); a bare role without ال or a bare title (مدير، رئيس، الدكتور). A و/ف before a role
    /// word is dropped (ورئيس اللجنة → رئيس اللجنة).
    /// </summary>
    private static string? Plausible(string speaker, Sentence s, QuoteSpan span, bool carried, SpeakerNames names)
    {
        var parts = ArabicText.Normalize(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        var head = parts[0];
        if (head.Length > 3 && head[0] is 'و' or 'ف' && SpeakerNames.IsRole(head[1..]))
        {
            speaker = speaker.TrimStart()[1..];
            parts[0] = head = head[1..];
        }
        // A speaker read from inside the quotation names nobody outside it (…but a body may name itself in its own words:
        // وبحسب بيان للاتحاد العراقي لكرة القدم، فإن اختيار درجال "يأتي تقديرا لجهوده في رئاسة الاتحاد العراقي").
        if (!carried && s.Text.AsSpan(span.Open, span.Close - span.Open).Contains(speaker.AsSpan(), StringComparison.Ordinal)
            && !NamedBefore(s.Text.AsSpan(0, span.Open), speaker))
            return null;
        // رئيس حزب «الإنصاف» الحاكم، مدرب "النسور: marks that set off a name inside the speaker's phrase are not printed (one
        // of a pair may fall outside it); nor are the spaces a role's marks were read as (سفير  جبهة البوليساريو).
        if (speaker.AsSpan().IndexOfAny("«»“”\"") >= 0 || speaker.Contains("  ", StringComparison.Ordinal))
            speaker = string.Join(' ', speaker.Split(['«', '»', '“', '”', '"', ' '], StringSplitOptions.RemoveEmptyEntries));
        // أمام البسطة بالكاميرا، خلف الفرن: where someone stood, read before a verb of saying, is nobody (but إمام المسجد is)
        if (parts.Length > 1 && PlacePreposition(head) && Definite(parts[1])
            && parts[1] is not ("المسجد" or "الجامع" or "الحرم")) return null;
        if (parts.Length == 1)
        {
            // (…but a word read like ل and a function word may be a family name: وقال خوسيه لانا، لانا «for me»)
            if ((PrepositionalWord(head, names) && !names.AfterGivenName(head)) || NoNameWord(speaker.Trim(), head, names)) return null;
            // (…unless the article gave the word as a family name: خالد نجم، … وقال نجم)
            // (…not one made definite by «our»: مراسلنا)
            // (…but أمين and أمير alone, nothing of an office after them, are the given names: «…»، يقول أمين)
            if (SpeakerNames.IsRole(head) && (!head.StartsWith("ال", StringComparison.Ordinal) || Titles.Contains(head[2..])) && !head.EndsWith("نا", StringComparison.Ordinal)
                && head is not ("امين" or "امير")
                // (…nor «a man», «a woman» the narration brought in, whom the story will name: يقف رجل عريض المنكبين)
                && !(carried && UnnamedPerson(head)))
                return names.FullNameOfFamilyName(head);
        }
        return speaker;
    }

    /// <summary>The speaker as written in <paramref name="text"/>, or behind ل, which takes the ال's alef (للاتحاد العراقي).</summary>
    private static bool NamedBefore(ReadOnlySpan<char> text, string speaker) =>
        text.Contains(speaker.AsSpan(), StringComparison.Ordinal)
        || (speaker.StartsWith("ال", StringComparison.Ordinal) && text.Contains(("ل" + speaker[1..]).AsSpan(), StringComparison.Ordinal));

    /// <summary>
    /// One word the article never repeats that cannot be a name by its form: an adverb with tanween (أحياناً، مخطئاً), a noun
    /// with a pronoun (عودته، برنامجه، مصادره), a plural in ات (إجراءات), و and a noun of stance (وأهمية), a statement
    /// (رسالة، تصريح), or ب/ل/ك and a noun the article also has with ال (بجامعة … الجامعة); and, however short or often said,
    /// a preposition with «him/her» (وكتبت معه). These come from misread phrases, and a quotation printed under them names
    /// nobody.
    /// </summary>
    private static bool NoNameWord(string raw, string norm, SpeakerNames names)
    {
        if (ToHim(norm)) return true;
        // (nor «we asked him/her», read before a bare cue: وحين سألناه إن كان …، ضحك وقال)
        if (WithoutConjunction(norm) is "سالناه" or "سالناها" or "نساله" or "نسالها") return true;
        if (names.Mentions(norm) >= 2 || raw.Length < 4) return false;
        if (norm.StartsWith("ال", StringComparison.Ordinal)) return false;
        // دور وأهمية الثقافة: و and a noun of stance; ووجه … رسالة: a statement is nobody
        // (…nor و and a body or a role: نجم فريق ليفربول ومنتخب قال)
        if (norm.Length > 4 && norm[0] == 'و' && norm[1..] is var rest && (StanceNoun(rest) || SpeakerNames.IsOrganisation(rest) || SpeakerNames.IsRole(rest))) return true;
        // (a statement noun is a family name after a first name: أحمد خطاب)
        if (StatementNoun(norm)) return !names.AfterFirstName(norm);
        // (…its tanween typed before the alef too: طويلًا)
        if (raw[^1] is '\u064B' or '\u064C' or '\u064D' || raw.EndsWith("اً", StringComparison.Ordinal) || raw.EndsWith("\u064Bا", StringComparison.Ordinal)) return true;
        // (not يه or اه, which end names: برجييه، ديدييه، سيبويه، مهماه)
        // (…nor a given name typed with ه for ة: فاطمه)
        if (raw.Length >= 5 && raw[^1] == 'ه' && raw[^2] is not ('ي' or 'ا') && !norm.EndsWith("الله", StringComparison.Ordinal) && !SpeakerNames.IsFirstName(norm))
            return true;
        if (norm.Length >= 5 && norm.EndsWith("ات", StringComparison.Ordinal)) return true;
        // (…and و with a noun and «her»: جثث أبنائها وحفيدها)
        if (norm.Length >= 6 && norm[0] == 'و' && norm.EndsWith("ها", StringComparison.Ordinal)) return true;
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
        ArabicText.Normalize("كابتن"),
    };

    /// <summary>Tokens, quotation spans and their eligibility; null for a sentence that can hold neither a cue nor a lead subject.</summary>
    private static Sentence? Prepare(string text, WordTokens words) =>
        MayMatter(text) ? Prepare(text, SpeakerNames.ReadWords(text, words)) : null;

    /// <summary>
    /// Sentences <paramref name="first"/> to <paramref name="last"/>, their marks read (<see cref="Marked"/>) and joined into
    /// <paramref name="text"/>, prepared from the words <paramref name="names"/> has already read in them.
    /// </summary>
    private static Sentence? Prepare(string text, SpeakerNames names, int first, int last) =>
        MayMatter(text) ? Prepare(text, names.WordsOf(first, last, text.Length) ?? SpeakerNames.ReadWords(text, names.Words)) : null;

    private static Sentence Prepare(string text, List<(int Start, int End, string Norm)> words)
    {
        var spans = new List<QuoteSpan>();
        QuoteSpans.Find(text, spans);
        var s = new Sentence(WithoutAbbreviationStops(text, spans));
        s.Spans.AddRange(spans);
        foreach (var (start, i, norm) in words)
        {
            var kind = ReportingCues.Match(norm, out var prefixed);
            // حيث ذكرالناطق الرسمي باسم الوزارة: a verb of saying typed onto the ال-word after it, the space dropped, is the
            // two words it stands for (only a word typed without marks, whose letters the normalised form matches one by one).
            if (kind is null && norm.Length == i - start && GluedCue(norm) is var cut and > 0)
            {
                var cue = norm[..cut];
                kind = ReportingCues.Match(cue, out prefixed);
                s.Tokens.Add(new Token(start, start + cut, cue, InsideQuote(s.Spans, start) ? null : kind, prefixed));
                s.Tokens.Add(new Token(start + cut, i, norm[cut..], null, false));
                continue;
            }
            s.Tokens.Add(new Token(start, i, norm, InsideQuote(s.Spans, start) ? null : kind, prefixed));
        }
        // فمدير المدرسة، عبد الرحيم الطيب، يقول؛ فالوزير قال: a role or a body opening the sentence behind «so/and» is read
        // as the word itself, so that every reading of a subject before its verb finds it.
        if (s.Tokens.Count > 1 && s.Tokens[0] is { Cue: null, Norm: ['و' or 'ف', .. var bare] } opener && bare.Length >= 4
            && (SpeakerNames.IsRole(bare) || SpeakerNames.IsOrganisation(bare)) && !InsideQuote(s.Spans, opener.Start))
            s.Tokens[0] = opener with { Start = opener.Start + 1, Norm = bare };
        for (var k = 0; k < s.Tokens.Count; k++)
            if (s.Tokens[k].Cue is not null && NoCueHere(s, k)) s.Tokens[k] = s.Tokens[k] with { Cue = null };
            else if (InStatement(s, k) || InWordsOf(s, k) || InOwnStatement(s, k) || InThisStatement(s, k) || PostedOnPage(s, k) || ClosedHisWords(s, k) || ExpressedAbout(s, k)
                     || DocumentHolds(s, k) || AdmittedThat(s, k))
                s.Tokens[k] = s.Tokens[k] with { Cue = CueKind.Verb, Prefixed = s.Tokens[k].Norm[0] == 'و' };
        var anyCue = s.Tokens.Exists(t => t.Cue is not null);
        for (var k = 0; !anyCue && k < s.Tokens.Count; k++) anyCue = InHisWordsAt(s.Tokens, k);
        s.HasCue = anyCue;
        foreach (var span in s.Spans) s.Eligible.Add(IsSpeech(s, span));
        return s;
    }

    /// <summary>
    /// Where a verb cue of three to five letters ends when it is glued to an ال-word of five letters or more (ذكرالناطق →
    /// ذكر | الناطق); 0 otherwise. (الله, four letters, is left alone: ذكرالله is a word of its own.)
    /// </summary>
    private static int GluedCue(string norm)
    {
        if (norm.Length < 8) return 0;
        for (var cut = 3; cut <= 5; cut++)
            if (norm.AsSpan(cut).StartsWith("ال") && norm.Length - cut >= 5 && ReportingCues.Match(norm.AsSpan(0, cut), out _) == CueKind.Verb)
                return cut;
        return 0;
    }

    /// <summary>
    /// واختتم المدرب … في حديثه عن هذا الأمر "…": «concluded» his talk, statement or speech reports its last words (alone,
    /// اختتم closes an event far more often: القمة التي اختتمت أمس).
    /// </summary>
    /// <summary>
    /// وعبرت عن أملها في أن “…”: عبّر («expressed», normalised like عبر, «across») right before عن is a verb of saying, as
    /// أعرب عن is — and so is one opening its sentence (also behind قد) with its subject before عن: وعبر الرشيدي عن سعادته: «…»،
    /// وقد عبّر البقالي في تصريح بعد السباق عن سعادته، قائلاً. (Not a medium after it, «via»: وعبر وسائل الإعلام.)
    /// </summary>
    private static bool ExpressedAbout(Sentence s, int k)
    {
        var tokens = s.Tokens;
        if (tokens[k].Norm is not ("عبر" or "عبرت" or "وعبر" or "وعبرت") || k + 1 >= tokens.Count || InsideQuote(s.Spans, tokens[k].Start)) return false;
        if (tokens[k + 1].Norm == "عن") return Joined(s, tokens[k].End, tokens[k + 1].Start);
        if (!(k == 0 || (k == 1 && tokens[0].Norm is "قد" or "وقد")) || Medium(tokens[k + 1].Norm) || StopWords.Contains(tokens[k + 1].Norm)) return false;
        for (var m = k + 1; m < tokens.Count && m <= k + 7; m++)
        {
            if (!Joined(s, tokens[m - 1].End, tokens[m].Start)) return false;
            if (m > k + 1 && tokens[m].Norm == "عن") return true;
        }
        return false;
    }

    /// <summary>
    /// أقر علي العريض، نائب رئيس حركة «النهضة»، بأن حزبه «…»: أقرّ is «admitted» when بأن follows in its clause; alone it is
    /// mostly «approved» (أقر مجلس الوزراء القانون), which reports no words.
    /// </summary>
    private static bool AdmittedThat(Sentence s, int k)
    {
        if (s.Tokens[k].Cue is not null || WithoutConjunction(s.Tokens[k].Norm) is not ("اقر" or "اقرت") || InsideQuote(s.Spans, s.Tokens[k].Start)) return false;
        for (var m = k + 1; m < s.Tokens.Count && m <= k + 20; m++)
        {
            if (HasStop(s.Text, s.Tokens[m - 1].End, s.Tokens[m].Start) || s.Tokens[m].Cue is not null) return false;
            if (s.Tokens[m].Norm is "بان" or "بانه" or "بانها" or "بانهم") return !InsideQuote(s.Spans, s.Tokens[m].Start);
        }
        return false;
    }

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

    /// <summary>A comma between two words, also after a closing mark (سوق «خان الحرير»، قال؛ الشهير بـ«سيد طماطم»، يؤكد).</summary>
    private static bool CommaPastMark(Sentence s, int from, int to) =>
        s.Text.AsSpan(from, to - from).Trim().TrimStart("\"”»'") is "،" or ",";

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
            if (char.IsWhiteSpace(c) || QuoteSpans.IsMark(c) || c is '″' or '\u200f' or '\u200e') continue;
            return false;
        }
        return any;
    }

    private static bool InsideQuote(List<QuoteSpan> spans, int position)
    {
        foreach (var span in spans) if (span.Open < position && position < span.Close) return true;
        return false;
    }
}
