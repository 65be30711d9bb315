using System.Buffers;

namespace Bot.Text;

/// <summary>A sentence of the article and the paragraph it belongs to.</summary>
internal readonly record struct SentenceSpan(string Text, int Paragraph, int IndexInParagraph);

/// <summary>
/// Splits an article body into sentences. Rules:
/// <list type="number">
/// <item>Line breaks (\n, \r, U+2028, U+2029) end paragraphs and so sentences, except after a comma; blank lines are skipped. Hard-wrapped text
/// (most lines end inside a sentence) is unwrapped first: a line break ends a paragraph only after a stop, a colon or a
/// closing mark. Line breaks a scraper left escaped (the two characters \n) count as line breaks.</item>
/// <item><c>. ! ? ؟ …</c> end a sentence; a run of them (<c>?!</c>, <c>...</c>) and any closing quotes or
/// brackets right after stay with it. <c>، ؛ ,</c> never end one.</item>
/// <item>No split inside a quotation «…», “…” (also “…“) or "…" — but only a quotation that closes within the paragraph
/// counts (an opening mark with no closing mark after it is ignored; with an odd number of straight quotes, only the pairs
/// the quote finder makes of them count: a mark opening a word with the next one ending a word).</item>
/// <item>A period is not an end when followed directly by a digit or a Latin letter (3.5, 12.5.2023,
/// aljazeera.net), when Latin text precedes it directly, or when it follows a single-letter token (abbreviations
/// د. أ. م. أ.ف.ب, Latin initials U.S.). An Arabic word glued after a period («النيازك.الشبكة») starts a new
/// sentence. Exception:
/// the era letters «م» and «هـ» right after a number (عام 1827 م.) end the sentence.</item>
/// <item>A sentence longer than <see cref="MaxWords"/> words is cut at a clause boundary (، ؛ , : or a closing
/// quote attached to the word before it; not a comma before an opening mark) outside quotations (straight marks too, when
/// they pair up) that leaves at least <see cref="MinClauseWords"/> words: the last one before the cap,
/// else the first one within <see cref="LookAheadWords"/> words after it (within <see cref="MaxWords"/> words when
/// the cap falls inside a quotation, so that a long quote stays whole; and not at all when that quotation closes and the
/// sentence ends with no boundary after it); failing that, before a word that opens a clause (<see cref="OpensClause"/>:
/// كما، حيث، وتم, و and a verb of saying …) outside quotations, the last before the cap or else the first within the look-ahead; then at the last
/// boundary before the cap even inside a quotation, or at the cap itself. No cut leaves fewer than
/// <see cref="MinClauseWords"/> words after it either: a sentence whose only cuts would leave a scrap («…، الأحد.»,
/// «لهم على الرحلات التالية .») stays whole. A sentence still longer than <see cref="MaxChars"/> characters (few spaces or
/// none) is cut after its last clause mark or space before that, else at it.</item>
/// </list>
/// </summary>
internal static class SentenceSplitter
{
    public const int MaxWords = 80;
    public const int MinClauseWords = 8;
    public const int LookAheadWords = 20;

    /// <summary>
    /// Characters past which a sentence is cut even without a word count to cut it by: every rule after the split reads a
    /// sentence whole, so one unbounded sentence made their work quadratic. The longest in 124,034 corpus sentences is
    /// 981 characters.
    /// </summary>
    public const int MaxChars = 2000;

    public static List<SentenceSpan> Split(string? body)
    {
        var result = new List<SentenceSpan>();
        if (string.IsNullOrEmpty(body)) return result;
        if (body.Contains("\\n", StringComparison.Ordinal)) body = EscapedBreaks(body);
        body = IsHardWrapped(body) ? Unwrap(body) : JoinCommaLines(body);
        var paragraph = 0;
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && !IsLineBreak(body[i])) continue;
            var before = result.Count;
            SplitParagraph(body.AsSpan(start, i - start), paragraph, result);
            if (result.Count > before) paragraph++;
            start = i + 1;
        }
        return result;
    }

    /// <summary>
    /// Line breaks a scraper left escaped, as the two characters \n (…والسليمانية.\n\nوأعلنت وزارة …): read as breaks — glued
    /// to the next word they hid its cue. Not before a Latin letter (a path, C:\new); an escaped \r before one is dropped.
    /// </summary>
    private static string EscapedBreaks(string body)
    {
        var sb = new System.Text.StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] == 'n' && (i + 2 >= body.Length || !char.IsAsciiLetter(body[i + 2])))
            {
                sb.Append('\n');
                i++;
                continue;
            }
            if (body[i] == '\\' && i + 3 < body.Length && body[i + 1] == 'r' && body[i + 2] == '\\' && body[i + 3] == 'n') { i++; continue; }
            sb.Append(body[i]);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A line ending with a comma goes on in the next line («… إلى أفضل نسبة ممكنة، | وتعيد الانتظام …»): no paragraph ends
    /// with one. A blank line or a list item after it still ends the paragraph.
    /// </summary>
    private static string JoinCommaLines(string body)
    {
        System.Text.StringBuilder? joined = null;
        var copied = 0;
        var end = '\0';
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (!IsLineBreak(c))
            {
                if (!char.IsWhiteSpace(c)) end = c;
                continue;
            }
            var next = i + 1;
            if (c == '\r' && next < body.Length && body[next] == '\n') next++;
            var nextBlank = next >= body.Length || IsLineBreak(body[next]);
            if (end is '،' or ',' && !nextBlank && !ListItemFollows(body, next))
            {
                joined ??= new System.Text.StringBuilder(body.Length);
                joined.Append(body, copied, i - copied).Append(' ');
                copied = next;
            }
            end = '\0';
            i = next - 1;
        }
        return joined is null ? body : joined.Append(body, copied, body.Length - copied).ToString();
    }

    /// <summary>
    /// Text wrapped at a fixed width (plain-text sources: «… بدعوة من جمعية العلوم الاجتماعية وتحت رعاية عميد كلية | العلوم
    /// الاجتماعية …»): at least <see cref="MinWrappedLines"/> lines, and most lines that another line follows end inside a
    /// sentence (no stop, colon or closing mark at their end).
    /// </summary>
    private static bool IsHardWrapped(string body)
    {
        int lines = 0, open = 0;
        var end = '\0';
        var inLine = false;
        foreach (var c in body)
        {
            if (IsLineBreak(c))
            {
                if (inLine) { lines++; if (!EndsSentence(end)) open++; }
                inLine = false;
                continue;
            }
            if (char.IsWhiteSpace(c)) continue;
            inLine = true;
            end = c;
        }
        if (inLine) lines++;
        return lines >= MinWrappedLines && open >= 0.6 * (lines - 1);
    }

    public const int MinWrappedLines = 4;

    /// <summary>A line ending with a stop, a colon or a closing mark ends its sentence; one ending with a word does not.</summary>
    private static bool EndsSentence(char c) => IsTerminator(c) || IsCloser(c) || c is ':' or '"';

    /// <summary>
    /// Joins the lines of hard-wrapped text with spaces. A line break still ends a paragraph after a sentence's end, at a
    /// blank line, and around a list item (a line opening with a dash, a bullet or a number and a dot or bracket).
    /// </summary>
    private static string Unwrap(string body)
    {
        var sb = new System.Text.StringBuilder(body.Length);
        var end = '\0';
        // A list item is a line of its own.
        var item = ListItemFollows(body, 0);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (!IsLineBreak(c))
            {
                sb.Append(c);
                if (!char.IsWhiteSpace(c)) end = c;
                continue;
            }
            if (c == '\r' && i + 1 < body.Length && body[i + 1] == '\n') i++;
            if (end == '\0')
            {
                // A blank line: the paragraph ends here even if its last line did not end a sentence.
                if (sb.Length > 0 && sb[^1] == ' ') sb[^1] = '\n';
            }
            else sb.Append(EndsSentence(end) || item || ListItemFollows(body, i + 1) ? '\n' : ' ');
            end = '\0';
            item = ListItemFollows(body, i + 1);
        }
        return sb.ToString();
    }

    private static bool ListItemFollows(string body, int from)
    {
        var i = from;
        while (i < body.Length && body[i] is ' ' or '\t') i++;
        if (i >= body.Length) return false;
        if (body[i] is '-' or '–' or '•' or '*' or '▪') return true;
        var digits = i;
        while (digits < body.Length && char.IsDigit(body[digits])) digits++;
        return digits > i && digits < body.Length && body[digits] is '.' or ')' or '-';
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>
    /// The last mark that may close a “ quotation: a ”, or a “ typed for it that ends a word or stands alone before a stop
    /// («… ونركز على تحقيق هدفنا “.»).
    /// </summary>
    private static int LastCurlyCloser(ReadOnlySpan<char> p)
    {
        var last = p.LastIndexOf('”');
        for (var i = p.Length - 1; i > last; i--)
            if (p[i] == '“' && p[..i].Contains('“') && (QuoteSpans.EndsWord(p, i) || QuoteSpans.ClosesAlone(p, i))) return i;
        return last;
    }

    private static void SplitParagraph(ReadOnlySpan<char> p, int paragraph, List<SentenceSpan> output)
    {
        var lastGuillemet = p.LastIndexOf('»');
        var lastCurly = LastCurlyCloser(p);
        var straightBalanced = p.Count('"') % 2 == 0;
        var depth = 0;
        var curly = 0;
        var straightOpen = false;
        // With an odd number of straight quotes, pairing them in order goes wrong after the stray one; the quote finder's
        // rule for that case (a mark opening a word pairs with the next one ending a word) still protects the pairs it finds
        // (موقع "إكس”: "نستودعكم الله.. إلى الإمارات الحبيبة").
        var oddPairedUntil = -1;
        string? oddText = null;
        var start = 0;
        var inParagraph = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            switch (c)
            {
                case '«': if (i < lastGuillemet) depth++; continue;
                case '»': if (depth > 0) depth--; continue;
                // “مشروع القانون … الإيرادات“: a “ that ends a word inside a “ quotation closes it (marks typed alike).
                case '“' when curly > 0 && (QuoteSpans.EndsWord(p, i) || QuoteSpans.ClosesAlone(p, i)): depth--; curly--; continue;
                case '“': if (i < lastCurly) { depth++; curly++; } continue;
                case '”': if (depth > 0) depth--; if (curly > 0) curly--; continue;
                case '"' when straightBalanced:
                    straightOpen = !straightOpen;
                    continue;
                case '"' when i > oddPairedUntil:
                    oddText ??= p.ToString();
                    oddPairedUntil = QuoteSpans.OddStraightEnd(oddText, i);
                    continue;
            }
            if (!IsTerminator(c) || depth > 0 || straightOpen || i < oddPairedUntil) continue;
            if (c == '.' && !IsSentencePeriod(p, i)) continue;
            var end = i + 1;
            while (end < p.Length && (IsTerminator(p[end]) || IsCloser(p[end]))) end++;
            Emit(p[start..end], paragraph, ref inParagraph, output);
            start = end;
            i = end - 1;
        }
        Emit(p[start..], paragraph, ref inParagraph, output);
    }

    /// <summary>«نت» or «كوم» as a whole word at the start of <paramref name="rest"/>: what follows the period of العربية.نت.</summary>
    internal static bool ArabicDomainEnding(ReadOnlySpan<char> rest) =>
        (rest.StartsWith("نت") && (rest.Length == 2 || !char.IsLetter(rest[2])))
        || (rest.StartsWith("كوم") && (rest.Length == 3 || !char.IsLetter(rest[3])));

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '؟' or '…';

    private static bool IsCloser(char c) => c is '»' or '”' or ')' or ']' or '’' or '\'';

    private static bool IsSentencePeriod(ReadOnlySpan<char> p, int i)
    {
        if (i + 1 < p.Length && char.IsLetterOrDigit(p[i + 1]))
        {
            // 3.5, 12.5.2023, aljazeera.net, U.S: glued to a digit or a Latin word. Arabic text glued after a
            // period (common in pasted articles: «النيازك.الشبكة», «في 2011.موقف إيران») is a new sentence unless
            // the token before is a single letter (أ.ف.ب).
            var next = p[i + 1];
            if (char.IsDigit(next) || next < 0x250 || (i > 0 && p[i - 1] < 0x250 && char.IsLetter(p[i - 1]))) return false;
            // (…nor a site's name with its Arabic domain ending: العربية.نت، مصراوي.كوم)
            if (ArabicDomainEnding(p[(i + 1)..])) return false;
        }
        // The token before the period.
        var end = i;
        var begin = end;
        while (begin > 0 && ArabicLetters.IsWordChar(p[begin - 1])) begin--;
        var letters = 0;
        for (var k = begin; k < end; k++) if (char.IsLetter(p[k])) letters++;
        if (letters != 1 || end - begin > 2) return true;
        // A single letter: an abbreviation, unless it is an era letter after a number.
        if (p[begin] is 'م' or 'ه')
        {
            var k = begin - 1;
            while (k >= 0 && p[k] == ' ') k--;
            if (k >= 0 && char.IsDigit(p[k])) return true;
            if (k < begin - 1) return false;
            // "1827م." written together
            return begin > 0 && char.IsDigit(p[begin - 1]);
        }
        return false;
    }

    private static void Emit(ReadOnlySpan<char> s, int paragraph, ref int inParagraph, List<SentenceSpan> output)
    {
        s = s.Trim();
        if (s.IsEmpty || !HasWordChar(s)) return;
        while (true)
        {
            var cut = ClauseCut(s);
            if (cut < 0 && s.Length > MaxChars) cut = HardCut(s);
            if (cut < 0) break;
            var head = s[..cut].Trim();
            if (!head.IsEmpty) output.Add(new SentenceSpan(head.ToString(), paragraph, inParagraph++));
            s = s[cut..].Trim();
            if (s.IsEmpty) return;
        }
        output.Add(new SentenceSpan(s.ToString(), paragraph, inParagraph++));
    }

    private static bool HasWordChar(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>
    /// Where to cut a sentence of over <see cref="MaxChars"/> characters that has no cut by words — few spaces or none
    /// («قال«نعم»الوزير،» typed a thousand times): after the last clause mark or space before the cap, else at the cap (not
    /// between the halves of a surrogate pair).
    /// </summary>
    private static int HardCut(ReadOnlySpan<char> s)
    {
        var head = s[..MaxChars];
        var at = head.LastIndexOfAny("،؛;:,.!?؟ \t");
        if (at >= MaxChars / 2) return at + 1;
        return char.IsLowSurrogate(s[MaxChars]) ? MaxChars - 1 : MaxChars;
    }

    /// <summary>An opening mark, spaces aside, at <paramref name="from"/>.</summary>
    private static bool OpensNext(ReadOnlySpan<char> s, int from)
    {
        var rest = s[from..].TrimStart();
        return rest.Length > 0 && rest[0] is '«' or '“';
    }

    /// <summary>Where to cut a run-on sentence (index just after the boundary), or -1 when it is short enough.</summary>
    private static int ClauseCut(ReadOnlySpan<char> s)
    {
        // (most sentences are under the cap: one that holds fewer spaces than the cap, and no other white space, has fewer
        // words than it — told by two vectorised searches, where the scan below reads every character)
        if (s.Count(' ') < MaxWords && s.IndexOfAny(WhiteSpaceButSpace) < 0) return -1;
        var words = 0;
        var inWord = false;
        var depth = 0;
        var bestOutside = -1;
        var bestAny = -1;
        var capIndex = -1;
        // Where the words outside quotations start, past the first MinClauseWords: read for a word that opens a clause only
        // when the cap is passed with no clause mark to cut at, which few sentences are.
        // (a per-thread array, not stackalloc: a method with stackalloc cannot be moved to optimised code mid-loop, and a
        // page-long sentence is scanned in one call)
        var starts = wordStarts ??= new int[2 * MaxWords + 2];
        var startCount = 0;
        var lookAhead = LookAheadWords;
        // Straight marks open and close alike: paired in order when they pair up, as the splitter pairs them above; with an
        // odd number, only the pairs the quote finder makes (a mark opening a word with the next one ending a word).
        var straightBalanced = s.Count('"') % 2 == 0;
        var straightOpen = false;
        var oddPairedUntil = -1;
        string? oddText = null;
        var capInQuotation = false;
        var i = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '"' && straightBalanced) straightOpen = !straightOpen;
            else if (c == '"' && i > oddPairedUntil)
            {
                oddText ??= s.ToString();
                oddPairedUntil = QuoteSpans.OddStraightEnd(oddText, i);
            }
            var inStraight = straightOpen || i < oddPairedUntil;
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
                if (words == MaxWords + 1 && capIndex < 0)
                {
                    capIndex = i;
                    if (bestOutside > 0 && LeavesClause(s, bestOutside)) return bestOutside;
                    if (depth > 0 || inStraight) (lookAhead, capInQuotation) = (MaxWords, true);
                }
                if (words > MinClauseWords && depth == 0 && !inStraight && startCount < starts.Length) starts[startCount++] = i;
            }
            inWord = !space;
            if (c is '«' or '“') depth++;
            else if (c is '»' or '”' && depth > 0) depth--;
            // A closing mark ends a clause when it closes the word before it (…الخزينة”); one standing apart may open a
            // quotation in the reversed style (مضيفا ” ستسترجع …”), and cutting there parts a cue from its words.
            // Nor does a comma right before an opening mark: the clause before it introduces the quotation (…بعد المناقشة، “…”).
            if ((c is '؛' or ';' or ':' || (c is '،' or ',' && !OpensNext(s, i + 1)) || (c is '»' or '”' && i > 0 && !char.IsWhiteSpace(s[i - 1])))
                && words >= MinClauseWords)
            {
                var outside = depth == 0 && !inStraight;
                if (outside && capIndex >= 0)
                {
                    if (LeavesClause(s, i + 1)) return i + 1;
                    // (…a boundary this close to the end leaves a scrap, «…، الأحد.», and none further on leaves more: a
                    // quotation the cap fell in stays whole, as below; other sentences are cut further back)
                    if (HasWordChar(s[(i + 1)..])) { if (capInQuotation) return -1; break; }
                    // (…not a quotation's closing mark with only the full stop after it: the sentence stays whole)
                    if (capInQuotation) return -1;
                }
                if (outside) bestOutside = i + 1;
                if (capIndex < 0) bestAny = i + 1;
            }
            if (capIndex >= 0 && words > MaxWords + lookAhead) break;
        }
        if (capIndex < 0) return -1;
        // A quotation the cap fell in that closes before the sentence ends, with no boundary outside it after: the sentence
        // stays whole rather than cut inside the words («وقال …: "…"» of some ninety words).
        if (capInQuotation && i == s.Length && depth == 0 && !straightOpen) return -1;
        // No clause mark outside quotations: before a word that opens a clause (كما، حيث، وتم …) rather than inside a
        // quotation or mid-clause, and never where the rest would be a scrap.
        var connective = ClauseOpening(s, starts.AsSpan(0, startCount), capIndex);
        if (connective > 0 && LeavesClause(s, connective)) return connective;
        if (bestAny > 0 && LeavesClause(s, bestAny)) return bestAny;
        return LeavesClause(s, capIndex) ? capIndex : -1;
    }

    /// <summary>
    /// Whether at least <see cref="MinClauseWords"/> words follow <paramref name="from"/>, counted as
    /// <see cref="ArticleModel.CountWords(ReadOnlySpan{char})"/> and the cap count them; scans no further than that.
    /// </summary>
    private static bool LeavesClause(ReadOnlySpan<char> s, int from)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < s.Length; i++)
        {
            var space = char.IsWhiteSpace(s[i]);
            if (!space && !inWord && ++words >= MinClauseWords) return true;
            inWord = !space;
        }
        return false;
    }

    /// <summary>
    /// Of the word <paramref name="starts"/>, the last before the cap that opens a clause, else the first from the cap on;
    /// -1 when none does.
    /// </summary>
    private static int ClauseOpening(ReadOnlySpan<char> s, ReadOnlySpan<int> starts, int capIndex)
    {
        for (var k = starts.Length - 1; k >= 0; k--)
            if (starts[k] < capIndex && OpensClause(s[starts[k]..])) return starts[k];
        foreach (var start in starts)
            if (start >= capIndex && OpensClause(s[start..])) return start;
        return -1;
    }

    /// <summary>
    /// Conjunctions that open a clause of their own in run-on news prose with no commas, so that a sentence cut before them
    /// reads whole («… بإيطاليا كما ألغت التونسية رحلتها …»، «… وتم إبلاغ الركاب …»). Normalised.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseConjunctions =
        new HashSet<string>(
            new[] { "كما", "حيث", "فيما", "بينما", "إذ", "كذلك", "لكن", "ولكن", "وقد", "وتم", "وكان", "وكانت" }.Select(ArabicText.Normalize),
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest word <see cref="OpensClause"/> reads (و and a verb of saying with its marks, «وأَضافَتْ»).</summary>
    private const int MaxOpenerChars = 16;

    /// <summary>Scratch space for the word <see cref="OpensClause"/> normalises (the splitter is static; one per thread).</summary>
    [ThreadStatic] private static char[]? openerBuffer;

    /// <summary>Every white-space character but the space (<see cref="char.IsWhiteSpace(char)"/>).</summary>
    private static readonly SearchValues<char> WhiteSpaceButSpace =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());

    /// <summary>Scratch space for the word starts <see cref="ClauseCut"/> records (one per thread).</summary>
    [ThreadStatic] private static int[]? wordStarts;

    /// <summary>Whether the word at the start of <paramref name="rest"/> is a clause conjunction, or و and a verb of saying (<see cref="ReportingCues"/>).</summary>
    private static bool OpensClause(ReadOnlySpan<char> rest)
    {
        var end = 0;
        while (end < rest.Length && end <= MaxOpenerChars && ArabicLetters.IsWordChar(rest[end])) end++;
        if (end < 2 || end > MaxOpenerChars) return false;
        var buffer = openerBuffer ??= new char[MaxOpenerChars];
        rest[..end].CopyTo(buffer);
        var word = buffer.AsSpan(0, ArabicLetters.Normalize(buffer, end));
        return ClauseConjunctions.Contains(word)
            || (word.Length > 2 && word[0] == 'و' && ReportingCues.Match(word, out var prefixed) == CueKind.Verb && prefixed);
    }
}
