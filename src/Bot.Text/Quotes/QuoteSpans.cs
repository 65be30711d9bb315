namespace Bot.Text;

/// <summary>A quotation inside a sentence: indexes of its opening and closing marks.</summary>
internal readonly record struct QuoteSpan(int Open, int Close);

/// <summary>
/// Finds quotations in a sentence. Rules:
/// <list type="number">
/// <item>«…» and “…” pair an opening mark with the next closing mark (a “ ending a word before any ” closes too: “… الإيرادات“;
/// so does a double prime ″ typed for ”; “” before a word is one opening mark typed twice); "…" pairs straight quotes in order
/// (when their number is even; a mark glued to a word's end before a comma or a stop only closes; a short "…" name opening
/// a word, or glued to و, ب, ل, ك or ف, inside one nests in it; when it is odd, a mark that opens a
/// word pairs with the next that ends one, or with none after it, with a ” or » ending a word: the marks typed mixed,
/// "… انطلاقه”). A “ with no ” after it pairs with the next “ (a frequent typo); so does a «
/// whose next mark is another « rather than » («مجحف … فلاحية «), unless two » follow before a third «: then the second
/// « opens a quotation nested in the first, which closes at the second » («… تقنية «يو أش دي»، لأكبر عدد …»). Likewise
/// short “…” names opening words inside a “…” quotation nest in it (“… طرح “القوات” عمره 20 سنة …”), and so does a name
/// opened by a ” glued to a one-letter prefix (“… أشبه بـ”القنبلة النووية” وذلك …”); a longer “…” opening a word before
/// the first ” is the next quotation, and the first “ was never closed (“الفساد يعد … ، مشيرا الى ان “تلك الملفات …”) —
/// unless a second ” closes the first with no verb of saying between: a list of names nested in it (“… الجهات الرقابية
/// الثلاث “المصرف المركزي، وهيئة قطر للأسواق المالية، …” وفي ضوء رؤية قطر الوطنية 2030”). A “ with no curly mark after it
/// closes at the sentence's one straight mark ending a word (“نحاول … وطلباتها").</item>
/// <item>A ” that starts a word — after a space, a colon, a comma (الخميس،” أنه …), a one-letter prefix, a verb of saying or إن/أن and their pronouns (ل”الشروق”، قال:”…”،
/// وأضاف” …، أن” …، إنهم” …) — opens a
/// quotation typed with the marks reversed and closes at the next ”, “ or ″ (”القمع المبالغ فيه“، لـ”فرانس 24″); a » right after a colon
/// likewise, up to the next » or « (وأضاف :» لاعبو المنتخب …»). A ” at the end of
/// a word (…قصفها”) is a stray closing mark and opens nothing, unless a letter follows it without a space: a name glued
/// to the quotation it introduces (وقال باركيندو”هناك مشاورات …“).</item>
/// <item>Spans do not overlap: a mark inside an earlier span is ignored.</item>
/// </list>
/// </summary>
internal static class QuoteSpans
{
    public static void Find(string s, List<QuoteSpan> output)
    {
        var straightBalanced = s.AsSpan().Count('"') % 2 == 0;
        var i = 0;
        while (i < s.Length)
        {
            // “”المواطن الليبي …”: an opening mark typed twice; the second opens the quotation.
            if (s[i] == '“' && i + 2 < s.Length && s[i + 1] == '”' && char.IsLetter(s[i + 2]) && CurlyEnd(s, i + 1) is var twice and > 0)
            {
                output.Add(new QuoteSpan(i + 1, twice));
                i = twice + 1;
                continue;
            }
            var end = s[i] switch
            {
                '«' => GuillemetEnd(s, i),
                '“' => CurlyEnd(s, i),
                '”' when OpensWord(s, i) => s.IndexOfAny(['”', '“', '″'], i + 1),
                '»' when AfterColon(s, i) && OpensWord(s, i) => s.IndexOfAny(['»', '«'], i + 1),
                '"' when straightBalanced => StrayCloser(s, i) ? -1 : StraightEnd(s, i),
                '"' => OddStraightEnd(s, i),
                _ => -1,
            };
            if (end < 0) { i++; continue; }
            output.Add(new QuoteSpan(i, end));
            i = end + 1;
        }
    }

    /// <summary>The double marks a quotation opens and closes with (and a name in marks is set off by).</summary>
    public const string Marks = "«»“”\"";

    public static bool IsMark(char c) => c is '«' or '»' or '“' or '”' or '"';

    private static int GuillemetEnd(string s, int i)
    {
        var close = s.IndexOf('»', i + 1);
        var again = s.IndexOf('«', i + 1);
        if (again < 0 || (close >= 0 && close < again)) return close;
        // «تعتبر تتويجا … تقنية «يو أش دي»، لأكبر عدد …»: a quotation nested in this one, closed twice with no third « between.
        if (close >= 0 && s.IndexOf('»', close + 1) is var outer and > 0 && s.IndexOf('«', again + 1) is var third && (third < 0 || third > outer))
            return outer;
        // «تركز الوزارة … مبيناً أن «الصحة» بصدد …: when the next « opens a short name that » closes (and nothing closes
        // this one after it), that « is no typo for »: with the sentence going on after the name, this quotation was never
        // closed; with the sentence ending there, the name's » closes it too («… عند مستوى «صفر».).
        if (close >= 0 && close - again <= ShortNameLength && s.AsSpan(again + 1, close - again - 1).IndexOfAny('،', ',', '.') < 0)
            return s.AsSpan(close + 1).TrimStart() is [] or ['.' or '!' or '؟', ..] ? close : -1;
        return again;
    }

    /// <summary>The longest a name in marks nested after an unclosed « runs, in characters (four or five words).</summary>
    private const int ShortNameLength = 30;

    private static int CurlyEnd(string s, int i)
    {
        var end = s.IndexOf('”', i + 1);
        // “حجز هذه المواد هو أشبه بـ”القنبلة النووية” وذلك …”: a ” glued after a one-letter prefix opens a name inside the
        // quotation (typed reversed); the quotation closes after the name's own closing mark.
        while (end > 0 && GluedInnerOpener(s, end) && s.IndexOf('”', end + 1) is var inner and > 0 && s.IndexOf('”', inner + 1) is var after and > 0)
            end = after;
        // “تم توقيف 8 خلايا …″، مضيفا: “…”: a double prime typed for the closing mark, before any ”.
        if (s.IndexOf('″', i + 1) is var prime and > 0 && (end < 0 || prime < end)) return prime;
        var again = s.IndexOf('“', i + 1);
        // “مشروع القانون … الإيرادات“. وأكد …: a “ that ends a word before the next ” closes the quotation (marks typed alike).
        // (…and so does one standing alone before a stop: “أنا متحمس … ونركز على تحقيق هدفنا “.)
        if (again >= 0 && (end < 0 || again < end) && (EndsWord(s, again) || ClosesAlone(s, again))) return again;
        // “إن هذا المنتدى … وتابع الربيعة:” إن …”: a ” right after a colon opens the next quotation; this “ never closed.
        if (end >= 0 && AfterColon(s, end)) return -1;
        // “كل ما يُسوَّق له … طرح “القوات” عمره 20 سنة … على عبارة “جيش وشعب ومقاومة”، لذا …”: a “ opening a word before the
        // ” is a name quoted inside this quotation, which closes at the ” that balances the marks (if one does).
        if (again >= 0 && end >= 0 && again < end && OpensInner(s, again))
        {
            if (NestedEnd(s, i) is var outer and > 0) return outer;
            // وأضاف أن “الفساد يعد … منذ عام 2003 ، مشيرا الى ان “تلك الملفات تخص …”: a quotation of more than four words
            // opening before the first ” is the next one; this “ was never closed.
            if (s.AsSpan(again + 1, end - again - 1).Count(' ') > 3) return -1;
        }
        // “نحاول تقديم الدعم … الفرق الحرة والمستقلة وطلباتها".: with no curly mark after it, a straight one ending a word, the
        // only one of the sentence, closes it (the marks typed mixed).
        if (end < 0 && again < 0 && s.IndexOf('"', i + 1) is var straight and > 0 && EndsWord(s, straight) && s.AsSpan().Count('"') == 1)
            return straight;
        return end >= 0 ? end : again;
    }

    /// <summary>
    /// The straight quote closing the one at <paramref name="i"/>: the next one, unless that one opens a word (after a space,
    /// before a letter) — no closing mark does — and a short name in marks closes within four words, before a space or a
    /// comma: then the name is nested in the quotation, which closes at the mark after it ("… فيلم الختام الفيلم السعودى
    /// "طريق الوادى" وتم تصويره …", "… نحن لسنا "بوليس"، لكننا …").
    /// </summary>
    private static int StraightEnd(string s, int i)
    {
        var end = s.IndexOf('"', i + 1);
        while (end > 0 && (OpensInner(s, end) || GluedInnerOpener(s, end)) && s.IndexOf('"', end + 1) is var inner and > 0 && s.AsSpan(end + 1, inner - end - 1).Count(' ') <= 3
               && inner + 1 < s.Length && (char.IsWhiteSpace(s[inner + 1]) || s[inner + 1] is '،' or ',') && s.IndexOf('"', inner + 1) is var after and > 0)
            end = after;
        return end;
    }

    /// <summary>
    /// … اسماء"، مؤكدة ان "مجلس الوزراء …": a mark glued to the end of a word and followed by a comma or a stop closes a
    /// quotation — here one whose opening mark was lost — and never opens one, even when the count of marks is even.
    /// </summary>
    private static bool StrayCloser(string s, int i) =>
        i > 0 && ArabicLetters.IsWordChar(s[i - 1]) && i + 1 < s.Length && s[i + 1] is '،' or ',' or '.' or '؛' or ';';

    /// <summary>
    /// With an odd number of straight quotes, pairing in order goes wrong after the stray one: a mark that opens a word (after
    /// the start, a space, a colon or a one-letter prefix; before a letter) pairs with the next mark that ends one (after a letter
    /// or a stop; before a space, a punctuation mark or the end). -1 for any other mark.
    /// </summary>
    internal static int OddStraightEnd(string s, int i)
    {
        if (i + 1 >= s.Length || !char.IsLetter(s[i + 1])) return -1;
        if (i > 0 && !char.IsWhiteSpace(s[i - 1]) && s[i - 1] != ':' && !GluedInnerOpener(s, i)) return -1;
        for (var k = s.IndexOf('"', i + 1); k > 0; k = s.IndexOf('"', k + 1))
        {
            var after = k + 1 >= s.Length || !char.IsLetterOrDigit(s[k + 1]);
            if (EndsWord(s, k) && after) return k;
            // (a mark opening a word after a colon opens the next quotation: قائلا:"يجب … القادمة. وتابع حديثه:"المحك …")
            if (OpensInner(s, k) || (AfterColon(s, k) && k + 1 < s.Length && char.IsLetter(s[k + 1]))) return -1;
        }
        // وتابع "بعد مباراة السودان تعافينا جيدا … قبل ساعات من انطلاقه”.: with no straight mark after it, a ” or » ending a
        // word closes it (the marks typed mixed), when no “ or « opens before it.
        var closer = s.IndexOfAny(['”', '»'], i + 1);
        return closer > 0 && s.IndexOf('"', i + 1) < 0 && s.IndexOfAny(['“', '«'], i + 1) is var opening && (opening < 0 || opening > closer) && EndsWord(s, closer)
            ? closer : -1;
    }

    /// <summary>A mark between a one-letter prefix that stands alone (بـ، لـ، كـ، فـ، ب، و) and a letter: it opens a word (بـ”القنبلة، فـ”يريحونا، ب"…، و"الترامزيستور).</summary>
    private static bool GluedInnerOpener(string s, int i) =>
        i + 1 < s.Length && char.IsLetter(s[i + 1]) && i >= 2
        && (s[i - 1] == 'ـ' ? s[i - 2] is 'ب' or 'ل' or 'ك' or 'ف' && (i == 2 || !char.IsLetter(s[i - 3]))
            : s[i - 1] is 'ب' or 'ل' or 'ك' or 'ف' or 'و' && !char.IsLetter(s[i - 2]));

    /// <summary>A “ after a space and before a letter: it opens a word.</summary>
    private static bool OpensInner(string s, int i) => i > 0 && char.IsWhiteSpace(s[i - 1]) && i + 1 < s.Length && char.IsLetter(s[i + 1]);

    /// <summary>
    /// The ” that closes the “ at <paramref name="i"/> when the “…” pairs opening words between are short names nested in it
    /// (four words at most: a longer one is a quotation of its own, after one left open); -1 otherwise.
    /// </summary>
    private static int NestedEnd(string s, int i)
    {
        for (var k = i + 1; k < s.Length; k++)
        {
            if (s[k] == '”') return -1;
            if (s[k] != '“' || !OpensInner(s, k)) continue;
            var close = s.IndexOf('”', k + 1);
            if (close < 0 || s.AsSpan(k + 1, close - k - 1).IndexOf('“') >= 0) return -1;
            var longer = s.AsSpan(k + 1, close - k - 1).Count(' ') > 3;
            k = close;
            // the next ” after the nested names closes this quotation
            // (…also after a longer “…”, a list of names, when that ” comes before any other “: “مصرف قطر المركزي بصدد … بين
            // الجهات الرقابية الثلاث “المصرف المركزي، وهيئة قطر للأسواق المالية، وهيئة تنظيم مركز قطر للمال” وفي ضوء رؤية قطر
            // الوطنية 2030”; one left open has no second ”)
            var next = s.IndexOfAny(['“', '”'], k + 1);
            // (…not when a verb of saying comes before it: “على العرب أن يتحدوا …، وقال أيضا “إن صمود سوريا …” ثم غادر: the
            // first was left open, and the second ” a stray one)
            if (longer && VerbCueBetween(s, i + 1, k)) return -1;
            if (next >= 0 && s[next] == '”') return next;
            if (longer) return -1;
        }
        return -1;
    }

    /// <summary>
    /// A verb of saying among the words from <paramref name="from"/> to the nested mark at <paramref name="to"/> (not بين,
    /// which is «between» far more often than «explained»).
    /// </summary>
    private static bool VerbCueBetween(string s, int from, int to)
    {
        foreach (var word in s.AsSpan(from, to - from).Split(' '))
            if (s.AsSpan(from, to - from)[word].Trim("،,.:") is { Length: >= 3 } w && ArabicText.Normalize(w.ToString()) is var norm
                && norm != "بين" && ReportingCues.Match(norm, out _) == CueKind.Verb)
                return true;
        return false;
    }

    /// <summary>A colon, spaces aside, right before position <paramref name="i"/> (قال: «…»).</summary>
    internal static bool AfterColon(string s, int i) => LastBefore(s, i) is var k and >= 0 && s[k] == ':';

    /// <summary>The index of the last non-space character before position <paramref name="i"/>, or -1.</summary>
    internal static int LastBefore(string s, int i)
    {
        var k = i - 1;
        while (k >= 0 && char.IsWhiteSpace(s[k])) k--;
        return k;
    }

    /// <summary>A mark right after a word or a stop and before a space, a punctuation mark or the end.</summary>
    /// <summary>A mark after a space with nothing but a stop, a comma or the end after it («… هدفنا “.»): it closes.</summary>
    internal static bool ClosesAlone(ReadOnlySpan<char> s, int i)
    {
        if (i == 0 || !char.IsWhiteSpace(s[i - 1])) return false;
        var rest = s[(i + 1)..].TrimStart(' ');
        return rest.IsEmpty || rest[0] is '.' or '،' or ',' or '؛' or '!' or '؟' or '\n';
    }

    internal static bool EndsWord(ReadOnlySpan<char> s, int i) =>
        // (a word may end in a haraka: … بشكل متوازٍ".)
        i > 0 && (ArabicLetters.IsWordChar(s[i - 1]) || s[i - 1] is '.' or '!' or '?' or '؟')
        && (i + 1 >= s.Length || char.IsWhiteSpace(s[i + 1]) || char.IsPunctuation(s[i + 1]));

    /// <summary>إنه، أنها، إنهم، إننا right before position <paramref name="i"/>.</summary>
    private static bool ThatWithPronoun(string s, int i)
    {
        var start = i;
        while (start > 0 && char.IsLetter(s[start - 1])) start--;
        var word = s.AsSpan(start, i - start);
        return word.Length is >= 3 and <= 4 && word[0] is 'أ' or 'إ' or 'ا' && word[1] == 'ن'
            && word[2..] is "ه" or "ها" or "هم" or "نا" or "ني";
    }

    /// <summary>The word right before position <paramref name="i"/> is a verb cue (وأضاف، وقال، وتابع).</summary>
    private static bool AfterVerbCue(string s, int i)
    {
        var start = i;
        while (start > 0 && char.IsLetter(s[start - 1])) start--;
        return i - start >= 3 && ReportingCues.Match(ArabicText.Normalize(s[start..i]), out _) == CueKind.Verb;
    }

    /// <summary>A ” followed by a word and preceded by a space, a colon, a comma, the sentence start, a one-letter prefix or إن/أن.</summary>
    private static bool OpensWord(string s, int i)
    {
        if (i + 1 >= s.Length || char.IsWhiteSpace(s[i + 1]) && (i + 2 >= s.Length || !char.IsLetterOrDigit(s[i + 2]))) return false;
        if (i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is ':' or '(' or '،' or ',') return true;
        // وأضاف أن” جميع المواد …، إنهم” أبلغوا …: glued to the إن/أن that introduces it, or to its pronoun.
        if (i >= 2 && s[i - 1] == 'ن' && s[i - 2] is 'أ' or 'إ' or 'ا' && (i == 2 || !char.IsLetter(s[i - 3]))) return true;
        if (ThatWithPronoun(s, i)) return true;
        // وأضاف” يمكن التعديل …، وقال” تم تشكيل …: glued to the verb of saying that introduces it.
        if (char.IsLetter(s[i - 1]) && AfterVerbCue(s, i)) return true;
        if (char.IsLetter(s[i - 1]) && char.IsLetter(s[i + 1])) return true;
        return char.IsLetter(s[i - 1]) && (i == 1 || !char.IsLetter(s[i - 2]));
    }
}
