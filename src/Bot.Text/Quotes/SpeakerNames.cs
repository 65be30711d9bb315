using System.Runtime.InteropServices;

namespace Bot.Text;

/// <summary>
/// Turns a speaker's noun phrase into its best short mention. Rules:
/// <list type="number">
/// <item>A phrase that starts with a role word (Resources/speaker-roles.txt, with or without ال): of the name-like
/// words (no ال, not a role) that close the phrase, the most mentioned in the article (كيم for الزعيم الكوري الشمالي
/// كيم جونغ أون, بوتين for الرئيس فلاديمير بوتين, زغدار for عضو لجنة المالية … أحمد زغدار); ties go to the last
/// word. Without such a name, the role and its qualifiers (وزير الصناعة والثروة المعدنية، رئيسة سلطة الضبط).</item>
/// <item>Words before a later role word are the phrase (الفكي أهمية تعيين رئيس القضاء → الفكي …).</item>
/// <item>Without a role: a leading ال-word followed by ال-words is a described group, kept whole (الدول الثلاث);
/// a leading ال-word followed by anything else is a name (الفكي); otherwise the most mentioned of the first three
/// name-like words (علام for حسن علام).</item>
/// <item>In a role's phrase, a word right after a body word names the body (الرئيس المدير العام لمجمع سوناطراك توفيق
/// حكار → حكار, not سوناطراك).</item>
/// <item>A compound name is reported from its connector on (بن، ابن، عبد، ابو، آل، ولد): بن عبد الرحمان for أيمن بن عبد الرحمان,
/// never its half (عبد).</item>
/// <item>A role alone (الوزير) is the name the article introduced with it, right after it or right before it, across
/// spaces, a comma or quote marks only — not across a headline's colon (وزير الداخلية: نواجه تحدي …).</item>
/// <item>A body named only by its word with ال (الوزارة، المجمع) is the body's first full name in the article (وزارة
/// الطاقة، مجمع سوناطراك) (<see cref="Prefer"/>).</item>
/// <item>A statement followed by who issued it is the issuer (بيان لرئاسة الجمهورية → رئاسة الجمهورية، بيان الوزارة →
/// الوزارة).</item>
/// </list>
/// </summary>
internal sealed class SpeakerNames(ArticleModel article)
{
    private static readonly WordList Roles = new("speaker-roles.txt");
    private static readonly WordList GivenNames = new("speaker-given-names.txt");
    private static readonly WordList FirstNames = new("speaker-first-names.txt");
    private Dictionary<string, int>? words;
    private int maxMentions = 1;

    /// <summary>The article's word normaliser, for reading a sentence again (QuoteExtractor.AccordingToWithoutLam).</summary>
    public WordTokens Words => article.Tokens;

    public static bool IsRole(string norm) => Roles.ContainsWithArticle(norm);

    /// <summary>A given name that carries ال (الحسين، الطيب; normalised): it opens a person's name.</summary>
    internal static bool GivenName(string norm) => GivenNames.Contains(norm);

    /// <summary>
    /// A common given name that is no everyday noun (سعد، فاطمة); see speaker-first-names.txt. Also any «servant of» name
    /// written as one word (عبداللطيف، عبدالحميد).
    /// </summary>
    public static bool IsFirstName(string norm) => FirstNames.Contains(norm) || (norm.Length >= 7 && norm.StartsWith("عبدال", StringComparison.Ordinal));

    /// <summary>
    /// A word that can be part of a person's name: no ال (also behind و ب ل ك ف) but for a given name that has it (الحسين), not
    /// a role word, not a function word, a letter first.
    /// </summary>
    /// <remarks>The checks that read only the word's letters come first: the rules ask this of nearly every word, and most
    /// answers are settled before the word lists' look-ups.</remarks>
    public bool IsNameLike(string norm) =>
        norm.Length > 1 && char.IsLetter(norm[0]) && norm != "باسم"
        // (a number with ال is no name: علقت الـ2 في المئة)
        && !norm.AsSpan().ContainsAnyInRange('0', '9')
        && (!norm.StartsWith("ال", StringComparison.Ordinal) || GivenNames.Contains(norm))
        && !(norm.Length > 4 && norm[0] is 'و' or 'ب' or 'ل' or 'ك' or 'ف' && norm.AsSpan(1).StartsWith("ال") && !ForeignNameWithKaf(norm))
        && !norm.StartsWith("لل", StringComparison.Ordinal)
        && !IsRole(norm)
        // function words, also behind و/ف (به، ولن، فيما): never a name — but علي, normalised like على, is one, and so is
        // صباح («morning», a Gulf given name), which the name runs take only before a name word (QuoteExtractor.NameSabah)
        && (norm is "علي" or "صباح" || (!StopWords.Contains(norm) && !(norm.Length > 2 && norm[0] is 'و' or 'ف' && StopWords.Contains(norm.AsSpan(1)))));

    /// <summary>
    /// كالاس (Kallas): a word read as ك and an ال-word that the article repeats while never using the ال-word alone is a
    /// foreign name, not «like the …».
    /// </summary>
    private bool ForeignNameWithKaf(string norm) => norm[0] == 'ك' && Count(norm) >= 2 && Count(norm[1..]) == 0;

    /// <summary>Occurrences of a normalised word in the article, alone or behind one of و ل ب ف.</summary>
    public int Mentions(string norm) => Count(norm);

    /// <summary>The first sentence holding the second word of a body's name (البنك المركزي المصري → المركزي); int.MaxValue when none does.</summary>
    private int NamedFirst(string body)
    {
        var words = ArabicText.Normalize(body).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && FirstSentence(words[1]) is var first and >= 0 ? first : int.MaxValue;
    }

    /// <summary>The first sentence holding the normalised word as written (no prefix taken off); -1 when none does.</summary>
    public int FirstSentence(string norm)
    {
        if (firstSentences is null)
        {
            firstSentences = new Dictionary<string, int>(DistinctWordsGuess(), StringComparer.Ordinal);
            var sentences = Tokenized();
            for (var i = 0; i < sentences.Length; i++)
                foreach (var t in sentences[i].Tokens) firstSentences.TryAdd(t.Norm, i);
        }
        return firstSentences.TryGetValue(norm, out var first) ? first : -1;
    }

    private Dictionary<string, int>? firstSentences;

    /// <summary>
    /// How strongly the article calls a person by a word of their name: first the times it closes a mention — no name word
    /// joined after it (وأكد الكاروري أن، لدى وصول كيم.) —, then its mentions beyond the <paramref name="inPhrase"/> inside the
    /// name at hand. A given name that recurs inside full names (أحمد محمد محمد الكاروري، حسبو محمد عبد الرحمن) closes none;
    /// of a common one (محمد، هيثم) only the mentions that close count beyond this name — inside other people's names it says
    /// nothing of how this one is called (دكتور هيثم أن does).
    /// </summary>
    public int CallWeight(string norm, int inPhrase)
    {
        var closes = Closing(norm);
        var beyond = Math.Max(0, Count(norm) - inPhrase);
        return closes * 1000 + (IsFirstName(norm) ? Math.Min(closes, beyond) : beyond);
    }

    private Dictionary<string, int>? closing;

    /// <summary>Times the word stands with no name word joined after it, alone or behind one of و ل ب ف.</summary>
    private int Closing(string norm)
    {
        if (norm.Length == 0) return 0;
        // (counted for every word in one pass: counting per word asked scanned the article once per word, quadratic on
        // a long page)
        closing ??= ClosingWords();
        return WithPrefixes(closing, norm);
    }

    /// <summary>
    /// About how many distinct words the article holds (half its words), to size the per-word tables: grown from empty they
    /// copied themselves at every doubling.
    /// </summary>
    private int DistinctWordsGuess()
    {
        var words = 0;
        foreach (var n in article.WordCounts) words += n;
        return Math.Min(words, 1 << 16) / 2 + 16;
    }

    /// <summary>Each word of the article and the times it stands with no name word joined after it.</summary>
    private Dictionary<string, int> ClosingWords()
    {
        var counts = new Dictionary<string, int>(DistinctWordsGuess(), StringComparer.Ordinal);
        foreach (var (text, tokens) in Tokenized())
            for (var k = 0; k < tokens.Count; k++)
            {
                if (k + 1 < tokens.Count && Spaced(text, tokens[k].End, tokens[k + 1].Start)
                    && (NameNeighbour(tokens[k + 1].Norm) || SpeltAli(text, tokens[k + 1].Start, tokens[k + 1].End)
                        || RoleWordInName(text, tokens, k + 1))) continue;
                CollectionsMarshal.GetValueRefOrAddDefault(counts, tokens[k].Norm, out _)++;
            }
        return counts;
    }

    /// <summary>The name علي as written (محمد علي جمعة): normalised, it is the preposition على, a stop word.</summary>
    internal static bool SpeltAli(string text, int start, int end) => text.AsSpan(start, end - start).SequenceEqual("علي");

    private bool NameNeighbour(string norm) =>
        (IsNameLike(norm) || Connectors.Contains(norm) || FamilyWord(norm)) && !Stops.Contains(norm) && ReportingCues.Match(norm, out _) is null;

    /// <summary>True when the word appears in the article without any prefix.</summary>
    public bool MentionedAlone(string norm)
    {
        words ??= CountWords();
        return words.ContainsKey(norm);
    }

    /// <summary>True when the word appears on its own in the article.</summary>
    public bool IsMentioned(ReadOnlySpan<char> norm) => Count(norm.ToString()) > 0;

    public string ShortMention(string text, List<(int Start, int End, string Norm)> phrase)
    {
        if (Issuer(text, phrase) is { } issuer) return issuer;
        if (AccusativeSource(text, phrase) is { } source) return source;
        // (not a role word joined to a connector: آل الشيخ is a family name)
        var role = -1;
        for (var r = 0; r < phrase.Count && role < 0; r++)
            // (nor «press» or «media» after a body word: المكتب الصحفي، المكتب الإعلامي name an office)
            if (IsRole(phrase[r].Norm) && !(r > 0 && Connectors.Contains(phrase[r - 1].Norm)) && !RoleWordInName(text, phrase, r)
                && !(r > 0 && OfficeAdjective(phrase[r].Norm) && Organisations.Contains(phrase[r - 1].Norm))) role = r;
            // سيرجيو كوستا مساعد البرتغالي بينتو: after a name, «assistant» before an ال-word or a role is the role (alone it
            // may be the Gulf given name مساعد)
            else if (r > 0 && phrase[r].Norm is "مساعد" or "مساعده" or "معاون" or "معاونه" && r + 1 < phrase.Count
                     && (Definite(phrase[r + 1].Norm) || IsRole(phrase[r + 1].Norm)) && IsNameLike(phrase[r - 1].Norm)) role = r;
            // كبير المفاوضين القطريين: opening the phrase before a plural of people with ال, «chief» is the role too.
            else if (r == 0 && phrase[0].Norm is "كبير" or "كبيره" && phrase.Count > 1 && ChiefOf(text, phrase[0].End, phrase[1].Start, phrase[1].Norm))
                role = 0;
            // إدوارد مويا كبير محللي السوق: after a name, «chief» heading a construct is the role («big» anywhere else).
            else if (r > 0 && phrase[r].Norm is "كبير" or "كبيره" && r + 1 < phrase.Count && IsNameLike(phrase[r - 1].Norm)
                     && Blank(text, phrase[r].End, phrase[r + 1].Start) && (!Definite(phrase[r + 1].Norm) || IsRole(phrase[r + 1].Norm)))
                role = r;
        // A role word with ال closing the phrase right after a given name is a family name (قالت غانية النقيب، أستاذ …), printed
        // with the given name, since alone it reads as the role.
        // (…also one without ال after a common given name: أكد خالد نجم، أمين السر)
        if (role > 0 && role == phrase.Count - 1 && (Definite(phrase[role].Norm) ? PlainName(phrase[role - 1].Norm) : IsFirstName(phrase[role - 1].Norm))
            && Spaced(text, phrase[role - 1].End, phrase[role].Start)
            && phrase.GetRange(0, role).TrueForAll(w => PlainName(w.Norm) || Connectors.Contains(w.Norm)))
            return text[phrase[0].Start..phrase[role].End];
        // مكتب رئيس الوزراء الإسرائيلي، ديوان رئيس الوزراء: a body word before the role is the role-holder's office, printed
        // with the role and its ال-qualifiers.
        if (role == 1 && Organisations.Contains(phrase[0].Norm) && !Definite(phrase[0].Norm) && Blank(text, phrase[0].End, phrase[1].Start))
        {
            var last = role;
            while (last + 1 < phrase.Count && last < role + 3 && Definite(phrase[last + 1].Norm) && Blank(text, phrase[last].End, phrase[last + 1].Start)) last++;
            return text[phrase[0].Start..phrase[last].End];
        }
        // A name before a role word is the speaker (وأوضح الفكي أهمية تعيين رئيس القضاء → الفكي).
        if (role > 0) phrase = phrase.GetRange(0, role);
        if (role != 0)
        {
            // No role. حسين أمير عبد اللهيان: after a role word inside the name, the compound it comes before is how the
            // article calls him (the three words weighed below would end before it).
            for (var r = 1; r < phrase.Count && r < 3; r++)
                if (RoleWordInName(text, phrase, r)) return ShortMention(text, phrase.GetRange(r + 1, phrase.Count - r - 1));
            // A rank before a name is not the name (الفريق الركن عبد الفتاح البرهان).
            var rank = 0;
            while (rank + 1 < phrase.Count && (IsNameTitle(phrase[rank].Norm) || phrase[rank].Norm == "اول")) rank++;
            if (rank > 0 && IsNameLike(phrase[rank].Norm)) phrase = phrase.GetRange(rank, phrase.Count - rank);
            // (a body with ال and a verbal noun after it, the verb's object, is the body alone: وجددت الوزارة التأكيد على "…")
            if (phrase.Count > 1 && Organisations.Contains(phrase[0].Norm) && Definite(phrase[0].Norm) && QuoteExtractor.DefiniteVerbalNoun(phrase[1].Norm))
                return text[phrase[0].Start..phrase[0].End];
            // إدارة المرور والنجدة، قيادة قوات التحالف، قيادة قوات حرس الحدود العراقية: a body word and the words that name
            // it, whole up to its last ال-word.
            // (A body word with ال is named whole by itself: الجامعة تخريج الفوج is the university and its deed.)
            if (phrase.Count > 1 && Organisations.Contains(phrase[0].Norm) && FirstDefinite(text, phrase) is var d and > 0
                && (d == 1 || !Definite(phrase[0].Norm)))
            {
                var last = d;
                // (not «affiliated», which opens what the body belongs to: برنامج الأغذية العالمي التابع للأمم المتحدة)
                while (last + 1 < phrase.Count && last < d + 2 && Definite(phrase[last + 1].Norm) && phrase[last + 1].Norm is not ("التابع" or "التابعه")
                       && Blank(text, phrase[last].End, phrase[last + 1].Start)) last++;
                // (…and a federation's members behind ل and their ال-words: مجلس الاتحاد الوطني لمنظمات المحامين الجزائريين)
                if (last + 2 < phrase.Count && FederatedBodies(phrase[last + 1].Norm) && Definite(phrase[last + 2].Norm)
                    && Blank(text, phrase[last].End, phrase[last + 1].Start) && Blank(text, phrase[last + 1].End, phrase[last + 2].Start))
                {
                    last += 2;
                    // (…and their adjective of origin, also plural: الجزائريين)
                    while (last + 1 < phrase.Count && Definite(phrase[last + 1].Norm) && Blank(text, phrase[last].End, phrase[last + 1].Start)
                           && PlacingAdjective(phrase[last + 1].Norm[2..])) last++;
                }
                // (…and what a United Nations agency is for, behind ل, with its ال-words: منظمة الأمم المتحدة للطفولة، المفوضية
                // السامية للأمم المتحدة لشؤون اللاجئين — «منظمة الأمم المتحدة» alone would be the UN itself)
                if (last >= 1 && UnitedNations(phrase[last - 1].Norm, phrase[last].Norm)
                    && last + 1 < phrase.Count && phrase[last + 1].Norm is { Length: > 3 } purpose && purpose[0] == 'ل' && !Definite(purpose)
                    && Blank(text, phrase[last].End, phrase[last + 1].Start))
                {
                    last++;
                    while (last + 1 < phrase.Count && last < d + 6 && Blank(text, phrase[last].End, phrase[last + 1].Start)
                           && (Definite(phrase[last + 1].Norm) || Affairs(phrase[last].Norm[1..])
                               || (phrase[last + 1].Norm is { Length: > 3 } joined && joined[0] == 'و' && last + 2 < phrase.Count && Definite(phrase[last + 2].Norm))))
                        last++;
                }
                // (…and the point of the compass that completes a country's adjective: وكالة الأنباء الرسمية الكورية الشمالية)
                if (last + 1 < phrase.Count && CompassAdjective(phrase[last + 1].Norm) && phrase[last].Norm.EndsWith("يه", StringComparison.Ordinal)
                    && Blank(text, phrase[last].End, phrase[last + 1].Start)) last++;
                return text[phrase[0].Start..phrase[last].End];
            }
            // منظمة هيومن رايتس ووتش، مؤسسة محمد بن راشد: a body word without ال and up to four name words with no ال-word
            // among them are the body's name, whole — not a person's, whose last word would be printed. (A person's office is
            // the person: مكتب ميقاتي → ميقاتي.)
            if (phrase.Count is > 1 and <= 5 && Organisations.Contains(phrase[0].Norm) && !Definite(phrase[0].Norm)
                && phrase[0].Norm is not ("مكتب" or "ديوان") && BodyNameWords(text, phrase))
                return text[phrase[0].Start..phrase[^1].End];
            // قناة "الشرقية" العراقية، حزب «الأمة»: a naming noun and the name in marks after it are the body's name (not ضيف
            // “الشروق”, the paper's guest).
            // (…and a body word without ال and the words of its name: منظمة "هيومن رايتس ووتش")
            // (…also after a word in construct with the body word: شركة طيران "الاتحاد")
            if (phrase.Count > 1 && (QuoteExtractor.NameCues.Contains(phrase[0].Norm) || (Organisations.Contains(phrase[0].Norm) && !Definite(phrase[0].Norm)))
                && NameInMarksFrom(text, phrase) is var named and > 0 && ClosedByMark(text, phrase, named) is var closed and >= 0)
                return text[phrase[0].Start..phrase[closed].End];
            // محافظة بغداد، ولاية الخرطوم، بلدية صيدا: a noun of places and the place it names are the local government
            // speaking, printed together — «محافظة» alone names no one.
            if (phrase.Count > 1 && PlaceNoun(phrase[0].Norm) && phrase[0].Norm[0] is not ('و' or 'ل') && Blank(text, phrase[0].End, phrase[1].Start)
                && (Places.Contains(phrase[1].Norm) || (IsNameLike(phrase[1].Norm) && !Stops.Contains(phrase[1].Norm))))
                return text[phrase[0].Start..phrase[1].End];
            // آل سعود: the family word (normalised like the article) and the name it joins.
            if (phrase[0].Norm == "ال" && phrase.Count > 1) return Compound(text, phrase, 0);
            // A name first. An ال-word followed by another ال-word is a described group (الدول الثلاث، الإمام الأكبر); an
            // ال-word followed by anything else is a name with ال (الفكي، الغيث) — unless a compound or three-word name
            // follows it: then it describes the person they name (الطفلة منى عبد الغني; not الفكي أهمية تسريع التعيينات).
            // (إلهام، ألفت normalise to an ال-word; as written they are first names)
            // (a given name with ال before a name opens it: الحسين عموتة، الطاهر السني)
            var definiteFirst = phrase[0].Norm.StartsWith("ال", StringComparison.Ordinal) && text[phrase[0].Start] is not ('إ' or 'أ' or 'آ')
                && !(GivenNames.Contains(phrase[0].Norm) && phrase.Count > 1 && Spaced(text, phrase[0].End, phrase[1].Start)
                     && (PlainName(phrase[1].Norm) || FamilyWord(phrase[1].Norm)));
            // (…and so does a two-word name after a nisba of a trade: الإعلامية ريهام سعيد)
            // (…or a compound given name and a family name: الإعلامي عماد الدين أديب)
            if (definiteFirst && phrase.Count >= 3 && PlainName(phrase[1].Norm)
                && (Connectors.Contains(phrase[2].Norm) || (phrase.Count >= 4 && (PlainName(phrase[2].Norm) || CompletesName(phrase[2].Norm)) && PlainName(phrase[3].Norm))
                    || (phrase.Count == 3 && PlainName(phrase[2].Norm) && Nisba(phrase[0].Norm[2..])))
                && Spaced(text, phrase[0].End, phrase[1].Start) && Spaced(text, phrase[1].End, phrase[2].Start))
                return ShortMention(text, phrase.GetRange(1, phrase.Count - 1));
            // …and so does an adjective of origin the article says once before a name it repeats (الأرجنتيني هكتور كوبر مدرب
            // سوريا … قال كوبر).
            // (the given name may open with a letter PlainName takes for a prefix: الاسباني فيليكس سانشيز)
            if (definiteFirst && phrase.Count >= 3 && Nisba(phrase[0].Norm[2..]) && Count(phrase[0].Norm) == 1 && !IsFamilyName(phrase[0].Norm)
                && IsNameLike(phrase[1].Norm) && !Stops.Contains(phrase[1].Norm) && IsNameLike(phrase[2].Norm) && !Stops.Contains(phrase[2].Norm) && Count(phrase[2].Norm) >= 2
                && Blank(text, phrase[0].End, phrase[1].Start) && Blank(text, phrase[1].End, phrase[2].Start))
                return ShortMention(text, phrase.GetRange(1, phrase.Count - 1));
            if (definiteFirst)
            {
                var end = 0;
                while (end + 1 < phrase.Count && end < 2 && phrase[end + 1].Norm.StartsWith("ال", StringComparison.Ordinal)) end++;
                return text[phrase[0].Start..phrase[end].End];
            }
            // A first name and an ال-word, before a role (مهدي النفطي مدرب الوداد) or alone (قال أسعد الشيباني، وزير …), are a
            // name and a family name: the family name when the article repeats it, else both — the first name alone is no
            // way to call a person. Not a compound given name (قمر الدين).
            // The given name may be compound (عبد السلام اليونسي، عبد الفتاح البرهان) and a description may follow the family
            // name (أحمد الوهيبي اخصائي العلاج الطبيعي).
            // (عبد العزيز alone is one compound name, not a first name and a family name)
            var given = phrase.Count > 1 && (phrase[0].Norm is "عبد" or "ابو" || CompletesName(phrase[1].Norm)) ? 2 : 1;
            // (a regnal number is no family name: الملك عبدالله الثاني)
            if (phrase.Count > given && Regnal(phrase[given].Norm) && Spaced(text, phrase[given - 1].End, phrase[given].Start))
                return text[phrase[0].Start..phrase[given].End];
            // The father's name may come between (طلال عبدالله الحربي، وليد عبد الحميد العلوي): the family name, not the
            // father's, is how the article calls the person.
            var family = given + FathersName(text, phrase, given);
            // …and so may links of lineage before an ال-family name (سلطان بن سالمين المنصوري، محمد بن احمد بن طوار الكواري).
            family = AfterLineage(text, phrase, family);
            // (not a noun and its adjective: وصف دقلو المعارك الجارية)
            // (…علي too, a name where a name run took it: علي العريض)
            if (phrase.Count > family && IsNameLike(phrase[0].Norm) && (!Stops.Contains(phrase[0].Norm) || phrase[0].Norm == "علي") && FamilyWord(phrase[family].Norm)
                && !(phrase.Count > family + 1 && Definite(phrase[family + 1].Norm))
                && !CompletesName(phrase[family].Norm) && (given == 1 || Spaced(text, phrase[0].End, phrase[1].Start))
                && Spaced(text, phrase[family - 1].End, phrase[family].Start))
                return Count(phrase[family].Norm) >= 2 && !IsSharedFamilyName(phrase[family].Norm)
                    ? text[phrase[family].Start..phrase[family].End] : text[phrase[0].Start..phrase[family].End];
            // وسائل إعلام غربية، وسائل الإعلام الإسرائيلية: the press of a place, whole — «غربية» alone names nobody, nor does
            // «وسائل» («means»).
            if (phrase.Count >= 2 && phrase[0].Norm == "وسائل" && phrase[1].Norm is "اعلام" or "الاعلام" && Blank(text, phrase[0].End, phrase[1].Start))
            {
                var last = 1;
                while (last + 1 < phrase.Count && last < 3 && Blank(text, phrase[last].End, phrase[last + 1].Start)
                       && (Definite(phrase[1].Norm)
                           ? Definite(phrase[last + 1].Norm) && (PlacingAdjective(phrase[last + 1].Norm[2..]) || Nisba(phrase[last + 1].Norm[2..]))
                           : PlacingAdjective(phrase[last + 1].Norm) || Nisba(phrase[last + 1].Norm)))
                    last++;
                return text[phrase[0].Start..phrase[last].End];
            }
            // مسؤولون أمريكيون، ناشطون فلسطينيون، شهود عيان: an unnamed group and the adjectives that place it, whole — the
            // adjective alone («أمريكيون», «مطلعة») names nobody.
            // (…also by rank: مسؤولين كبار)
            if (phrase.Count >= 2 && GroupNoun(phrase[0].Norm) && (PlacingAdjective(phrase[1].Norm) || IsRoleAdjective(phrase[1].Norm))
                && Blank(text, phrase[0].End, phrase[1].Start))
                return Placed(text, phrase);
            return MostMentioned(text, phrase, 0, Math.Min(phrase.Count, 3), minCount: 0) ?? Whole(text, phrase);
        }
        // مصدر أمني، مصادر عسكرية يمنية، مصدر مطلع: an indefinite role and the adjectives that place it, not a name.
        // (…but a construct noun that only reads like one, before its country, names the role with it: وزيرة خارجية جنوب إفريقيا)
        // (…or by rank: مسؤول كبير، قيادي بارز)
        if (phrase.Count >= 2 && !phrase[0].Norm.StartsWith("ال", StringComparison.Ordinal)
            && (PlacingAdjective(phrase[1].Norm) || RankAdjective(phrase[1].Norm)))
            return role == 0 && PlaceFrom(phrase, 2) && phrase.Skip(Places.Contains(phrase[2].Norm) ? 3 : 4).All(w => Definite(w.Norm) && !IsRole(w.Norm))
                ? RolePhrase(text, phrase, 0) : Placed(text, phrase);
        // A name closing the phrase (الرئيس الروسي فلاديمير بوتين) counts even if mentioned once; words inside the
        // phrase (وزير الصناعة رسالة لموظفي الوزارة) only when mentioned again elsewhere.
        var tail = phrase.Count;
        // …the name closing it, not the body's name before it (لمجمع سوناطراك توفيق حكار → حكار).
        while (tail > role + 1 && (IsNameLike(phrase[tail - 1].Norm) || (tail >= 2 && Connectors.Contains(phrase[tail - 2].Norm)))
               && !(tail >= 2 && IsBodyWord(phrase[tail - 2].Norm)))
            tail--;
        var best = -1;
        var bestCount = -1;
        for (var k = role + 1; k < phrase.Count; k++)
        {
            // (a relational adjective closing the phrase qualifies what comes before it: الفريق الجنوب إفريقي)
            // (…and a word after a noun of places or tribes names them: لقبائل ومدن فزان، محافظ محافظة ذي قار)
            // (…nor that noun itself: والي مدينة إسطنبول)
            if (!IsNameLike(phrase[k].Norm) || PlaceFrom(phrase, k) || Nisba(phrase[k].Norm) || PlaceNoun(phrase[k - 1].Norm) || PlaceNoun(phrase[k].Norm)) continue;
            var c = CallWeight(phrase[k].Norm, InPhrase(phrase, k));
            if (k < tail) continue;
            if (c >= bestCount) { best = k; bestCount = c; }
        }
        return best >= 0 ? Compound(text, phrase, best) : RolePhrase(text, phrase, role);
    }

    /// <summary>
    /// Where the name in marks after a naming or body word starts: 1 right after it (قناة "الشرقية"), 2 after a word in
    /// construct with a body word (شركة طيران "الاتحاد"); 0 when no mark opens there.
    /// </summary>
    private static int NameInMarksFrom(string text, List<(int Start, int End, string Norm)> phrase)
    {
        if (text.AsSpan(phrase[0].End, phrase[1].Start - phrase[0].End).IndexOfAny("«“\"") >= 0) return 1;
        // (not a statement and its issuer: بيان شركة "سومو" is the company's)
        return phrase.Count > 2 && Organisations.Contains(phrase[0].Norm) && !IsStatement(phrase[0].Norm) && !Organisations.Contains(phrase[1].Norm)
            && Blank(text, phrase[0].End, phrase[1].Start) && !Definite(phrase[1].Norm)
            && text.AsSpan(phrase[1].End, phrase[2].Start - phrase[1].End).IndexOfAny("«“\"") >= 0 ? 2 : 0;
    }

    /// <summary>
    /// The words of a father's name at <paramref name="at"/>, between a given name and an ال family name (عبدالله in طلال
    /// عبدالله الحربي; عبد الحميد in وليد عبد الحميد العلوي): 1 or 2, or 0 when no plain name followed by a family word is there.
    /// </summary>
    private int FathersName(string text, List<(int Start, int End, string Norm)> phrase, int at)
    {
        // (…also علي as written, a father's name the first-name list leaves out for على: محمد علي الحوثي)
        if (at + 1 >= phrase.Count || !(FathersWord(phrase[at].Norm) || SpeltAli(text, phrase[at].Start, phrase[at].End))
            || !Spaced(text, phrase[at - 1].End, phrase[at].Start)) return 0;
        var words = phrase[at].Norm is "عبد" or "ابو" || CompletesName(phrase[at + 1].Norm) ? 2 : 1;
        var family = at + words;
        return family < phrase.Count && FamilyWord(phrase[family].Norm) && Spaced(text, phrase[family - 1].End, phrase[family].Start)
            ? words : 0;
    }

    /// <summary>
    /// Past the links of lineage from <paramref name="at"/> (بن سالمين، بن احمد بن طوار, a compound father's name counted whole)
    /// when an ال-family name closes them; <paramref name="at"/> itself otherwise. (A house, آل, closes no such chain here: the
    /// Gulf names of lineage print as <see cref="Lineage"/> says.)
    /// </summary>
    private int AfterLineage(string text, List<(int Start, int End, string Norm)> phrase, int at)
    {
        var k = at;
        while (k + 2 < phrase.Count && k - at < 6 && LineageLink(phrase[k].Norm) && PlainName(phrase[k + 1].Norm)
               && Spaced(text, phrase[k - 1].End, phrase[k].Start) && Spaced(text, phrase[k].End, phrase[k + 1].Start))
        {
            k += phrase[k + 1].Norm is "عبد" or "ابو" || CompletesName(phrase[k + 2].Norm) ? 3 : 2;
            if (k < phrase.Count && FamilyWord(phrase[k].Norm) && Spaced(text, phrase[k - 1].End, phrase[k].Start)) return k;
            // (…also past the grandfathers' names without بن: سهيل بن محمد فرج فارس المزروعي)
            var m = k;
            // (any name word: فرج، فارس open with what PlainName takes for a prefix, but a chain of lineage holds only names)
            while (m < phrase.Count && m - k < 3 && IsNameLike(phrase[m].Norm) && !Stops.Contains(phrase[m].Norm) && !StopWords.Contains(phrase[m].Norm)
                   && !FamilyWord(phrase[m].Norm) && !LineageLink(phrase[m].Norm) && Spaced(text, phrase[m - 1].End, phrase[m].Start)) m++;
            if (m > k && m < phrase.Count && FamilyWord(phrase[m].Norm) && Spaced(text, phrase[m - 1].End, phrase[m].Start)) return m;
        }
        return at;
    }

    /// <summary>
    /// A word that opens a father's name: a common given name or a عبد/أبو compound (محمد، عبدالله، عبد) — not any plain word,
    /// which may be the verb's object (بتول عرفة تفاصيل العمل).
    /// </summary>
    internal static bool FathersWord(string norm) =>
        IsFirstName(norm) || norm is "عبد" or "ابو" || (norm.Length > 4 && (norm.StartsWith("عبد", StringComparison.Ordinal) || norm.StartsWith("ابو", StringComparison.Ordinal)));

    /// <summary>
    /// ذكرت الصحيفة أن مرجعا حكوميا حذر: after أن an unnamed source is in the accusative, a noun and its relational adjective
    /// each ending in ا; it is printed as a reader names it (مرجع حكومي، مصدر أمني), not as «حكوميا». Null for anything else.
    /// </summary>
    internal static string? AccusativeSource(string text, List<(int Start, int End, string Norm)> phrase)
    {
        if (phrase.Count != 2 || !Spaced(text, phrase[0].End, phrase[1].Start)) return null;
        var (noun, adjective) = (phrase[0].Norm, phrase[1].Norm);
        if (noun.Length < 4 || noun[^1] != 'ا' || noun[^2] is 'ا' or 'ي' or 'و' || noun.StartsWith("ال", StringComparison.Ordinal)
            || adjective.Length < 5 || !adjective.EndsWith("يا", StringComparison.Ordinal) || !Nisba(adjective[..^1])) return null;
        return Bare(text[phrase[0].Start..phrase[0].End]) + " " + Bare(text[phrase[1].Start..phrase[1].End]);

        // (the alif of the accusative and its tanween, written or not: مرجعاً، حكومياً)
        static string Bare(string word) => word.TrimEnd('\u064B').TrimEnd('ا', 'أ').TrimEnd('\u064B');
    }

    /// <summary>Every word after the first a name word or a connector (no ال-word, stop or role), blank between them.</summary>
    private bool BodyNameWords(string text, List<(int Start, int End, string Norm)> phrase)
    {
        for (var k = 1; k < phrase.Count; k++)
            if (!Blank(text, phrase[k - 1].End, phrase[k].Start) || Definite(phrase[k].Norm) || Stops.Contains(phrase[k].Norm) || IsRole(phrase[k].Norm)
                || !(IsNameLike(phrase[k].Norm) || Connectors.Contains(phrase[k].Norm)))
                return false;
        return true;
    }

    /// <summary>The first ال-word among a body's next three words, after construct nouns only (قيادة قوات حرس الحدود); else -1.</summary>
    private static int FirstDefinite(string text, List<(int Start, int End, string Norm)> phrase)
    {
        for (var k = 1; k < phrase.Count && k <= 3; k++)
        {
            if (!Blank(text, phrase[k - 1].End, phrase[k].Start)) return -1;
            if (Definite(phrase[k].Norm)) return k;
            if (Stops.Contains(phrase[k].Norm) || StopWords.Contains(phrase[k].Norm)) return -1;
        }
        return -1;
    }

    // (…and the particles of European names, which open the family name: دي بروين، فون دير لاين، دا سيلفا; not فان, which is
    // also فإن)
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "بن", "ابن", "عبد", "ابو", "ابي", "ابا", "ام", "بنت", "ال", "ولد", "ايت", "دي", "فون", "دا", "بو", "فان" };

    /// <summary>
    /// حسين أمير عبد اللهيان، محمد أمين بن عمر: a role word without ال between a common given name and a connector is a word of
    /// the name (the Emir is never named so). Spaces only between them.
    /// </summary>
    private static bool RoleWordInName(string text, List<(int Start, int End, string Norm)> tokens, int j) =>
        j > 0 && j + 2 < tokens.Count && RoleBetweenNameWords(tokens[j - 1].Norm, tokens[j].Norm, tokens[j + 1].Norm)
        && Blank(text, tokens[j - 1].End, tokens[j].Start) && Blank(text, tokens[j].End, tokens[j + 1].Start)
        && Blank(text, tokens[j + 1].End, tokens[j + 2].Start);

    /// <summary>The words of <see cref="RoleWordInName"/>: a given name, a role without ال, a connector (حسين أمير عبد).</summary>
    internal static bool RoleBetweenNameWords(string before, string norm, string after) =>
        IsRole(norm) && !Definite(norm) && IsFirstName(before) && after is "عبد" or "بن" or "ابن" or "ابو";

    /// <summary>A link of lineage (بن، ابن، بنت): «son / daughter of», between a given name and the father's.</summary>
    public static bool LineageLink(string norm) => norm is "بن" or "ابن" or "بنت";

    /// <summary>
    /// A particle of a European or a Maghrebi name (دي، فون، دا، فان، بو): part of the family name it opens, never a name's
    /// link.
    /// </summary>
    public static bool NameParticle(string norm) => norm is "دي" or "فون" or "دا" or "فان" or "بو";

    /// <summary>
    /// True when the word after «chief» (كبير، كبيرة), <paramref name="next"/> across the text from <paramref name="from"/> to
    /// <paramref name="to"/>, is a plural of people with ال (المفاوضين، الاقتصاديين): «chief» heads a role then.
    /// </summary>
    internal static bool ChiefOf(string text, int from, int to, string next) =>
        Definite(next) && next.Length > 6 && (next.EndsWith("ين", StringComparison.Ordinal) || next.EndsWith("ون", StringComparison.Ordinal))
        && Blank(text, from, to);

    /// <summary>
    /// Kin with «his» or «her» (ابنه، زوجته، شقيقها، والدتها; normalised): before a given name, the person a story turns to
    /// (ابنه محمود، خريج كلية الزراعة، يرى …).
    /// </summary>
    internal static bool KinWithPronoun(string norm) =>
        norm is "ابنه" or "ابنها" or "ابنته" or "ابنتها" or "زوجته" or "زوجها" or "شقيقه" or "شقيقها" or "شقيقته" or "شقيقتها"
            or "والده" or "والدها" or "والدته" or "والدتها" or "اخوه" or "اخوها" or "اخته" or "اختها" or "حفيده" or "حفيدها"
            or "حفيدته" or "حفيدتها" or "جده" or "جدها" or "جدته" or "جدتها"
            // (…«their» son or daughter: ويقول ابنهما محمود; and a neighbour or a friend, as street reports bring them in:
            // يضيف جارها رشيد بلقاسم)
            or "ابنهما" or "ابنتهما" or "والدهما" or "والدتهما" or "جاره" or "جارها" or "جارته" or "جارتها" or "صديقه" or "صديقها"
            or "صديقته" or "صديقتها"
            // (…a mother or a father, a colleague or a companion: تقف أمها، السيدة زينب؛ تحكي رفيقتها في العمل)
            or "امه" or "امها" or "ابوه" or "ابوها" or "زميله" or "زميلها" or "زميلته" or "زميلتها" or "رفيقه" or "رفيقها" or "رفيقته"
            or "رفيقتها"
            // (…and «their» neighbour, son or daughter: أما جارهم أبو حيدر، …، فيقول)
            or "جارهم" or "جارتهم" or "ابنهم" or "ابنتهم" or "صديقهم";

    /// <summary>
    /// مديرها، منسقها، رئيسه، مدربته: a role with «his/her» (normalised) — someone's or something's named before; the name
    /// after it is the role-holder's, as after kin.
    /// </summary>
    internal static bool RoleWithPronoun(string norm)
    {
        Span<char> buffer = stackalloc char[norm.Length];
        var stem = PronounStem(norm, buffer);
        return stem.Length > 0 && Roles.ContainsWithArticle(stem);
    }

    /// <summary>
    /// The word without «his/her» (…ه، …ها; normalised), its ت back to the ة it was before the pronoun (بلهجته → بلهجه، مدربته →
    /// مدربه), written into <paramref name="buffer"/> (as long as the word); empty when no stem of three letters is left. Read
    /// without allocating: the quote rules ask it of many words.
    /// </summary>
    internal static ReadOnlySpan<char> PronounStem(string norm, Span<char> buffer)
    {
        var length = norm.EndsWith("ها", StringComparison.Ordinal) ? norm.Length - 2 : norm.Length > 0 && norm[^1] == 'ه' ? norm.Length - 1 : 0;
        if (length < 3) return default;
        var stem = buffer[..length];
        norm.AsSpan(0, length).CopyTo(stem);
        if (stem[^1] == 'ت') stem[^1] = 'ه';
        return stem;
    }

    /// <summary>An adjective of rank after an unnamed role (مسؤول كبير، قيادي بارز، مصدر رفيع; normalised).</summary>
    private static bool RankAdjective(string norm) => norm is "كبير" or "كبيره" or "بارز" or "بارزه" or "رفيع" or "رفيعه";

    /// <summary>A body or document word (Resources/speaker-organisations.txt: وزارة، الشركة، المجمع).</summary>
    public static bool IsOrganisation(string norm) => Organisations.Contains(norm);

    /// <summary>A body word, also behind ل ب و (لمجمع، بشركة): the word after it names the body.</summary>
    public static bool IsBodyWord(string norm) =>
        Organisations.Contains(norm) || (norm.Length >= 4 && norm[0] is 'ل' or 'ب' or 'و' && Organisations.Contains(norm.AsSpan(1)));

    /// <summary>An honorific before a title or a name (سمو، معالي، فخامة، سعادة، سماحة، جلالة; normalised): never the name itself.</summary>
    public static bool IsHonorific(string norm) => norm is "سمو" or "معالي" or "فخامه" or "سعاده" or "سماحه" or "جلاله" or "فضيله" or "قداسه";

    /// <summary>A word that joins a compound name to the word after it (بن، ابن، عبد، ابو and its أبي/أبا، بنت، آل، ولد; normalised).</summary>
    public static bool IsConnector(string norm) => Connectors.Contains(norm);

    private static readonly WordList Organisations = new("speaker-organisations.txt");
    private static readonly WordList Places = new("speaker-places.txt");

    /// <summary>
    /// A word written ل + an ال-word with the alef dropped: how many of its letters come before that word's own letters — 2
    /// for للشركة (ل + الشركة), 1 for للجنة (ل + اللجنة: لجنة begins with lam itself, so it is not ل + الجنة); 0 otherwise.
    /// </summary>
    internal static int LamBeforeArticle(string norm) =>
        norm.Length > 4 && norm.StartsWith("لل", StringComparison.Ordinal) ? (Organisations.Contains(norm.AsSpan(1)) ? 1 : 2) : 0;

    /// <summary>A place a role is qualified by (محافظ بغداد، خطيب جمعة طهران; Resources/speaker-places.txt).</summary>
    public static bool IsPlace(string norm) => Places.Contains(norm);

    /// <summary>
    /// <see cref="CompoundName"/> and a regnal number after it (الملك محمد السادس، الملك عبد الله الثاني، البابا تواضروس الثاني):
    /// the number is part of how a king or a pope is called, and «محمد» alone is anyone.
    /// </summary>
    private static string Compound(string text, List<(int Start, int End, string Norm)> t, int k)
    {
        var name = CompoundName(text, t, k);
        // (the compound ends at the word at k or at one of the few after it)
        for (var last = k; last < t.Count && last <= k + 4; last++)
        {
            if (!text.AsSpan(0, t[last].End).EndsWith(name, StringComparison.Ordinal)) continue;
            return last + 1 < t.Count && Regnal(t[last + 1].Norm) && (!Definite(t[last].Norm) || CompletesName(t[last].Norm))
                   && !Stops.Contains(t[last].Norm) && Blank(text, t[last].End, t[last + 1].Start)
                ? text[(t[last].End - name.Length)..t[last + 1].End] : name;
        }
        return name;
    }

    /// <summary>
    /// A Chinese or Korean family name, which comes first (شي جين بينغ، كيم جونغ أون، تشاو ليجيان): the name's last word,
    /// which closes an Arabic name, is a given name there. (لي and ما are left out: alone they are «to me» and «what».)
    /// </summary>
    internal static bool FamilyFirst(string norm) =>
        norm is "شي" or "كيم" or "وانغ" or "تشانغ" or "جانغ" or "ليو" or "تشين" or "يانغ" or "هوانغ" or "تشاو" or "تشو" or "سون" or "مون"
            or "يون" or "بارك" or "تشوي" or "قوه" or "غوه";

    /// <summary>الأول … العاشر: after a given name, a king's or a pope's number.</summary>
    internal static bool Regnal(string norm) =>
        norm is "الاول" or "الثاني" or "الثالث" or "الرابع" or "الخامس" or "السادس" or "السابع" or "الثامن" or "التاسع" or "العاشر";

    /// <summary>
    /// The word at <paramref name="k"/>, or, when it is one half of a compound name (عبد، بن; or the word right after one),
    /// the compound from its first connector to the word after its last (أيمن بن عبد الرحمان → بن عبد الرحمان).
    /// </summary>
    private static string CompoundName(string text, List<(int Start, int End, string Norm)> t, int k)
    {
        var start = k;
        if (!Connectors.Contains(t[k].Norm))
        {
            // صنع الله، نصر الله، قمر الدين، نور الدين: the name and the الله or الدين that completes it, from either half.
            if (k + 1 < t.Count && CompletesName(t[k + 1].Norm) && Spaced(text, t[k].End, t[k + 1].Start)) return text[t[k].Start..t[k + 1].End];
            if (k > 0 && CompletesName(t[k].Norm) && !t[k - 1].Norm.StartsWith("ال", StringComparison.Ordinal) && !Stops.Contains(t[k - 1].Norm) && Spaced(text, t[k - 1].End, t[k].Start))
                return text[t[k - 1].Start..t[k].End];
            if (k == 0 || !Connectors.Contains(t[k - 1].Norm)) return text[t[k].Start..t[k].End];
            start = k - 1;
        }
        while (start > 0 && Connectors.Contains(t[start - 1].Norm) && Spaced(text, t[start - 1].End, t[start].Start)) start--;
        var end = Math.Max(start, k);
        while (end + 1 < t.Count && Connectors.Contains(t[end].Norm) && Spaced(text, t[end].End, t[end + 1].Start)) end++;
        if (Lineage(text, t, start, end) is { } lineage) return lineage;
        // الأميرة حصة بنت سلمان: a woman is called by her given name with her father's (حصة بنت سلمان), not «بنت سلمان».
        if (t[start].Norm == "بنت" && start > 0 && !Connectors.Contains(t[start - 1].Norm) && !Stops.Contains(t[start - 1].Norm)
            && !t[start - 1].Norm.StartsWith("ال", StringComparison.Ordinal) && !IsRole(t[start - 1].Norm) && Spaced(text, t[start - 1].End, t[start].Start))
            start--;
        return text[t[start].Start..t[end].End];
    }

    /// <summary>
    /// A compound t[start..end] that is a link of a Gulf name of lineage (بن زايد in عبد الله بن زايد آل نهيان; بن زايد in
    /// ذياب بن محمد بن زايد آل نهيان): the given name and the father's name, as such a person is called (عبد الله بن زايد،
    /// ذياب بن محمد); null when no house (آل) closes the chain.
    /// </summary>
    internal static string? Lineage(string text, List<(int Start, int End, string Norm)> t, int start, int end)
    {
        if (!LineageLink(t[start].Norm)) return null;
        var house = end + 1;
        while (house < t.Count && house <= end + 4 && t[house].Norm != "ال" && Spaced(text, t[house - 1].End, t[house].Start)) house++;
        var housed = house < t.Count && house <= end + 4 && t[house].Norm == "ال";
        // (…or a royal's chain of two links or more, the house left out: الأمير فيصل بن فرحان بن عبدالله → فيصل بن فرحان, not بن
        // عبدالله — another's last link may be the family's, العميد عبدالله بن محمد بن محفوظ; see below)
        var chained = end + 2 < t.Count && LineageLink(t[end + 1].Norm) && Spaced(text, t[end].End, t[end + 1].Start);
        // Back to the first link: a name before each بن.
        var last = start;
        while (start >= 2 && LineageLink(t[start - 2].Norm) && !Connectors.Contains(t[start - 1].Norm)
               && Spaced(text, t[start - 2].End, t[start].Start)) start -= 2;
        if (!housed && (!chained && start == last || !RoyalBefore(start))) return null;
        if (start < 1 || Connectors.Contains(t[start - 1].Norm) || (t[start - 1].Norm.StartsWith("ال", StringComparison.Ordinal) && !CompletesName(t[start - 1].Norm))
            || !Spaced(text, t[start - 1].End, t[start].Start)) return null;
        var given = start - 1;
        if (given >= 1 && (t[given - 1].Norm is "عبد" or "ابو" || CompletesName(t[given].Norm)) && Spaced(text, t[given - 1].End, t[given].Start)) given--;
        var father = start + 1;
        if (father + 1 < t.Count && t[father].Norm is "عبد" or "ابو") father++;
        return father < t.Count ? text[t[given].Start..t[father].End] : null;

        // A prince's or a king's title right before the given name (also a compound one: الأمير عبد العزيز بن سعود بن نايف).
        bool RoyalBefore(int link)
        {
            var g = link - 1;
            if (g >= 1 && (t[g - 1].Norm is "عبد" or "ابو" || CompletesName(t[g].Norm))) g--;
            return g >= 1 && t[g - 1].Norm is "الامير" or "الاميره" or "الملك" or "الملكه";
        }
    }

    /// <summary>A name-like word that is no function word and carries no ب/ل/ك/و/ف (not بكلمة، اثناء).</summary>
    private bool PlainName(string norm) =>
        IsNameLike(norm) && !Stops.Contains(norm) && !StopWords.Contains(norm) && norm[0] is not ('ب' or 'ل' or 'ك' or 'و' or 'ف');

    /// <summary>الله and الدين, the second halves of compound given names (فتح الله، صلاح الدين).</summary>
    private static bool CompletesName(string norm) => norm is "الله" or "الدين";

    /// <summary>A statement issued by a body (بيان، بلاغ — the Maghreb's word for a communiqué), normalised.</summary>
    public static bool IsStatement(string norm) => norm is "بيان" or "البيان" or "بلاغ" or "البلاغ";

    /// <summary>A statement noun, also in the accusative (أصدرت بياناً): where <see cref="Issuer"/> may name who issued it.</summary>
    internal static bool NamesStatement(string norm) => IsStatement(norm) || norm is "بيانا" or "بلاغا" || OfficialLetter(norm);

    /// <summary>
    /// وجاء في كتاب الهيئة، وثيقة صادرة عن الوقف: an official letter or document, read like a statement where it came in one
    /// and names its issuer.
    /// </summary>
    internal static bool OfficialLetter(string norm) => norm is "كتاب" or "وثيقه";

    /// <summary>
    /// تقرير صادر عن نادي الأسير، دراسة صادرة عن الجامعة: a report or a study, which speaks through the one who issued it
    /// when «issued by» names them.
    /// </summary>
    internal static bool IssuedPaper(string norm) => norm is "تقرير" or "التقرير" or "دراسه" or "الدراسه" or "مذكره" or "المذكره" or "ورقه";

    /// <summary>The normalised words «الأمم المتحدة», also behind ل: a UN body's name goes on with what it is for.</summary>
    internal static bool UnitedNations(string first, string second) => first is "الامم" or "للامم" && second == "المتحده";

    /// <summary>«Affairs» in a body's name, before what they are the affairs of (هيئة شؤون الأسرى).</summary>
    internal static bool Affairs(string norm) => norm is "شؤون" or "شئون";

    /// <summary>«Issued», before عن and who issued it (بيان صادر عن، وثيقة صادرة عن، صدر عن).</summary>
    internal static bool IssuedBy(string norm) => norm is "صادر" or "الصادر" or "صدر" or "صادره" or "الصادره" or "صدرت";

    /// <summary>
    /// بيان صادر عن وزارة الدفاع: the body after «issued by», with the ال-words that name it (also behind an adjective, and
    /// with the verb: بيان مقتضب صدر عن جيش الاحتلال).
    /// </summary>
    private static string? IssuedByBody(string text, List<(int Start, int End, string Norm)> phrase)
    {
        for (var i = 1; i <= 2 && i + 2 < phrase.Count; i++)
        {
            if (!IssuedBy(phrase[i].Norm) || phrase[i + 1].Norm != "عن") continue;
            var to = i + 2;
            while (to + 1 < phrase.Count && to < i + 4 && Definite(phrase[to + 1].Norm) && Spaced(text, phrase[to].End, phrase[to + 1].Start)) to++;
            return text[phrase[i + 2].Start..phrase[to].End];
        }
        return null;
    }

    /// <summary>بيان النائب العام: normalised words of a statement and the ال-role-holder who issued it.</summary>
    internal static bool RoleHoldersStatement(string[] parts) =>
        parts.Length > 1 && IsStatement(parts[0]) && parts[1].StartsWith("ال", StringComparison.Ordinal) && IsRole(parts[1]);

    /// <summary>
    /// A statement noun followed by its issuer (بيان لرئاسة الجمهورية، بيان للوزارة، بيان الوزارة، بيان وزارة الصحة): the issuer with the
    /// ال-words that qualify it, without the ل; null for anything else (بيان له، البيان المشترك).
    /// </summary>
    internal static string? Issuer(string text, List<(int Start, int End, string Norm)> phrase)
    {
        if (phrase.Count < 2) return null;
        // (a report, a study or a note speaks through who issued it: صادر عن …, or behind ل as a statement's issuer, after one
        // adjective of the paper too: ووفق مذكرة إخبارية للمندوبية السامية للتخطيط)
        var paper = !NamesStatement(phrase[0].Norm);
        if (paper && !IssuedPaper(phrase[0].Norm)) return null;
        if (paper && IssuedByBody(text, phrase) is { } paperIssuer) return paperIssuer;
        if (paper && !WrittenByBody(phrase[1].Norm)
            && !(phrase.Count > 2 && !Definite(phrase[1].Norm) && phrase[1].Norm[0] != 'ل' && WrittenByBody(phrase[2].Norm))) return null;
        // بياناً مقتضباً من مكتب النائب العام القطري: the body after «from», with the ال-words that name it.
        for (var i = 1; i <= 2 && i + 1 < phrase.Count; i++)
        {
            if (phrase[i].Norm != "من" || !Organisations.Contains(phrase[i + 1].Norm) || (i == 2 && (Definite(phrase[1].Norm) || !phrase[1].Norm.EndsWith('ا')))) continue;
            var to = i + 1;
            while (to + 1 < phrase.Count && to < i + 4 && Definite(phrase[to + 1].Norm) && Spaced(text, phrase[to].End, phrase[to + 1].Start)) to++;
            // (a bare body word names no issuer: بيان من الوزارة is read by the rules below)
            if (to > i + 1) return text[phrase[i + 1].Start..phrase[to].End];
            break;
        }
        if (IssuedByBody(text, phrase) is { } issuedBy) return issuedBy;
        // البيان الذي أصدرته الرئاسة المصرية، بيان نشرته الشركة: the body after «which … issued / published».
        for (var i = 1; i <= 2 && i + 1 < phrase.Count; i++)
        {
            if (phrase[i].Norm is not ("اصدرته" or "اصدره" or "نشرته" or "نشره") || (i == 2 && phrase[1].Norm is not ("الذي" or "التي"))
                || !Organisations.Contains(phrase[i + 1].Norm)
                // (a medium that published it is not who issued it: في بيان نشرته وكالة الأنباء السعودية)
                || (phrase[i].Norm[0] == 'ن' && QuoteExtractor.Medium(phrase[i + 1].Norm))) continue;
            var to = i + 1;
            while (to + 1 < phrase.Count && to < i + 3 && Definite(phrase[to + 1].Norm) && Spaced(text, phrase[to].End, phrase[to + 1].Start)) to++;
            return text[phrase[i + 1].Start..phrase[to].End];
        }
        // (behind an adjective of the statement: بيان رسمي لوزارة الصحة)
        var first = phrase.Count > 2 && (StatementAdjective(phrase[1].Norm) || (paper && !WrittenByBody(phrase[1].Norm))) && Spaced(text, phrase[1].End, phrase[2].Start) ? 2 : 1;
        var (start, end, norm) = phrase[first];
        string head;
        if (LamBeforeArticle(norm) is var lam and > 0) head = "ال" + text[(start + lam)..end];
        else if (norm.StartsWith("ال", StringComparison.Ordinal) && Organisations.Contains(norm)) head = text[start..end];
        else if (norm.Length > 3 && norm[0] == 'ل' && !norm.StartsWith("لل", StringComparison.Ordinal)) head = text[(start + 1)..end];
        // (…and a body in construct with its ال-words: بيان وزارة الصحة)
        else if (Organisations.Contains(norm) && first + 1 < phrase.Count && Definite(phrase[first + 1].Norm) && !TimeWord(phrase[first + 1].Norm)
                 && Spaced(text, end, phrase[first + 1].Start)) head = text[start..end];
        // (…and one ال-word alone after the bare noun, in construct with it: a club's or a body's short name, وقال بيان العين —
        // not a time word, nor an adjective of origin)
        else if (first == 1 && phrase.Count == 2 && !Definite(phrase[0].Norm) && norm.Length > 4 && Definite(norm) && !TimeWord(norm) && !Nisba(norm[2..])
                 && Spaced(text, phrase[0].End, start)) head = text[start..end];
        // بيان مشترك، بيان سعودي إيراني صيني مشترك: a statement described by its adjectives alone names no issuer; it speaks
        // as itself, printed whole (any one adjective alone reads as a name: «مشترك»).
        else if (!Definite(phrase[0].Norm) && DescribedOnly(text, phrase)) return text[phrase[0].Start..phrase[^1].End];
        else return null;
        var last = first;
        // بيان لمكتب وزير الخارجية: an office and the role it serves, with the role's ال-words.
        if (norm.Length > 3 && norm[0] == 'ل' && Organisations.Contains(norm.AsSpan(1)) && first + 1 < phrase.Count && IsRole(phrase[first + 1].Norm)
            && !Definite(phrase[first + 1].Norm) && Blank(text, end, phrase[first + 1].Start))
        {
            last = first + 1;
            while (last + 1 < phrase.Count && last < first + 3 && Definite(phrase[last + 1].Norm) && !TimeWord(phrase[last + 1].Norm)
                   && Blank(text, phrase[last].End, phrase[last + 1].Start)) last++;
            return head + text[end..phrase[last].End];
        }
        // (not «concerning», the statement's own adjective: كتاب الهيئة الخاص بمنع …)
        while (last + 1 < phrase.Count && last < first + 2 && Definite(phrase[last + 1].Norm) && phrase[last + 1].Norm is not ("الخاص" or "الخاصه")
               && Spaced(text, phrase[last].End, phrase[last + 1].Start)) last++;
        if (last == first + 1) last = FieldAfter(text, phrase, last);
        // بيان رسمي لبطل الدوري الألماني بايرن ميونيخ: a description that is no body, and the name it describes closing the
        // phrase — the name issued it.
        if (last > first && !Organisations.Contains(norm.AsSpan(1)) && NameClosing(text, phrase, last + 1) is var name and > 0)
            return text[phrase[last + 1].Start..phrase[name].End];
        return last == first ? head : head + text[end..phrase[last].End];
    }

    /// <summary>What a statement is said to be before its issuer (بيان رسمي، بيان مقتضب ل…), normalised.</summary>
    /// <summary>الشمالية، الجنوبية …: a point of the compass as an adjective, after a country's (الكورية الشمالية).</summary>
    private static bool CompassAdjective(string norm) => norm is "الشماليه" or "الجنوبيه" or "الشرقيه" or "الغربيه";

    /// <summary>جنوب، شمال …: a point of the compass as a noun, before the place it divides (جنوب إفريقيا، وشمال أفريقيا).</summary>
    internal static bool CompassNoun(string norm) => (norm.Length == 5 && norm[0] == 'و' ? norm[1..] : norm) is "جنوب" or "شمال" or "شرق" or "غرب";

    private static bool DescribedOnly(string text, List<(int Start, int End, string Norm)> phrase)
    {
        for (var i = 1; i < phrase.Count; i++)
            if (!(StatementAdjective(phrase[i].Norm) || Nisba(phrase[i].Norm)) || !Blank(text, phrase[i - 1].End, phrase[i].Start)) return false;
        return true;
    }

    /// <summary>A body behind ل (للمندوبية، لمنظمة): who wrote the paper the phrase names.</summary>
    private static bool WrittenByBody(string norm) => LamBeforeArticle(norm) > 0 || (norm.Length > 3 && norm[0] == 'ل' && Organisations.Contains(norm.AsSpan(1)));

    internal static bool StatementAdjective(string norm) => norm is "رسمي" or "مقتضب" or "صحفي" or "مشترك" or "سابق";

    /// <summary>
    /// The last of one or two plain name words from <paramref name="from"/> that end the phrase or stand before a colon or a
    /// comma; -1 for anything else.
    /// </summary>
    private static int NameClosing(string text, List<(int Start, int End, string Norm)> phrase, int from)
    {
        for (var j = from; j < phrase.Count && j < from + 2; j++)
        {
            var norm = phrase[j].Norm;
            if (norm.Length < 3 || Definite(norm) || IsRole(norm) || Stops.Contains(norm) || StopWords.Contains(norm) || Organisations.Contains(norm)
                || ReportingCues.Match(norm, out _) is not null || !Spaced(text, phrase[j - 1].End, phrase[j].Start)) return -1;
            if (j + 1 == phrase.Count || text.AsSpan(phrase[j].End, phrase[j + 1].Start - phrase[j].End).Trim() is [':' or '،' or ',', ..]) return j;
        }
        return -1;
    }

    /// <summary>
    /// المديرية العامة للأمن الوطني: after a body word and its adjective (<paramref name="last"/>), a field behind لل and its
    /// adjective go on naming the body; the index of that adjective, or <paramref name="last"/>. Not an addressee (الشرطة
    /// المحلية للصحفيين).
    /// </summary>
    private static int FieldAfter(string text, List<(int Start, int End, string Norm)> phrase, int last) =>
        last + 2 < phrase.Count && Field(phrase[last + 1].Norm) && Definite(phrase[last + 2].Norm)
        && Blank(text, phrase[last].End, phrase[last + 1].Start) && Blank(text, phrase[last + 1].End, phrase[last + 2].Start)
            ? last + 2
            : last;

    /// <summary>
    /// A field behind لل that, with an adjective after it, goes on naming a body (للأمن in المديرية العامة للأمن الوطني) — not
    /// those the words were said to (للصحفيين، للإعلام).
    /// </summary>
    internal static bool Field(string norm) =>
        norm.Length > 4 && norm.StartsWith("لل", StringComparison.Ordinal) && !Audience(norm);

    /// <summary>للصحفيين، للإعلام، للمواطنين: whom words are said to, behind لل — never what a role or a body is over.</summary>
    internal static bool Audience(string norm) => norm is "للصحفيين" or "للصحافيين" or "للصحافه" or "للاعلام" or "للمواطنين";

    /// <summary>لمنظمات، لنقابات، لجمعيات …: «of the organisations of», what a federation or a council is made of.</summary>
    internal static bool FederatedBodies(string norm) => norm is "لمنظمات" or "لنقابات" or "لجمعيات" or "لهيئات" or "لاتحادات" or "لغرف";

    /// <summary>A noun of places or tribes, also behind و or ل (ومدن، لقبائل، محافظة): the word after it names one.</summary>
    internal static bool PlaceNoun(string norm) =>
        // (ولاية opens with a و of its own: match the word as written before trying it without one)
        PlaceNounWord(norm) || (norm.Length > 3 && norm[0] is 'و' or 'ل' && PlaceNounWord(norm.AsSpan(1)));

    private static bool PlaceNounWord(ReadOnlySpan<char> w) =>
        w is "مدن" or "مدينه" or "محافظه" or "محافظات" or "ولايه" or "اقليم" or "منطقه" or "بلديه" or "قريه" or "قري" or "قبائل"
            or "قبيله" or "عشيره" or "عشائر" or "ناحيه" or "مديريه" or "مخيم"
            // (…and the words that head a country's name: دولة الإمارات، سلطنة عمان، مملكة البحرين)
            or "دوله" or "سلطنه" or "مملكه" or "جمهوريه" or "اماره";

    /// <summary>The most mentioned name-like word of phrase[from..to) (ties: the last), if mentioned at least minCount times.</summary>
    private string? MostMentioned(string text, List<(int Start, int End, string Norm)> phrase, int from, int to, int minCount)
    {
        // شي جين بينغ: a family name that comes first, as the article calls him when it uses it alone (شي), else the whole name.
        for (var k = from; k + 1 < to; k++)
        {
            // (لي, «to me» too, only where the phrase opens with it, and never alone)
            var li = k == from && phrase[k].Norm == "لي";
            if (!FamilyFirst(phrase[k].Norm) && !li) continue;
            var last = k;
            while (last + 1 < to && IsNameLike(phrase[last + 1].Norm) && !Definite(phrase[last + 1].Norm) && !Stops.Contains(phrase[last + 1].Norm)
                   && Blank(text, phrase[last].End, phrase[last + 1].Start)) last++;
            if (last == k) break;
            return !li && Closing(phrase[k].Norm) > 0 ? text[phrase[k].Start..phrase[k].End] : text[phrase[k].Start..phrase[last].End];
        }
        var best = -1;
        var bestCount = -1;
        for (var k = from; k < to; k++)
        {
            if (!IsNameLike(phrase[k].Norm) || PlaceFrom(phrase, k)) continue;
            // علي is normalised like the preposition على: its count says nothing about the name.
            var c = Stops.Contains(phrase[k].Norm) ? 0 : CallWeight(phrase[k].Norm, InPhrase(phrase, k));
            if (c >= bestCount) { best = k; bestCount = c; }
        }
        return best >= 0 && bestCount >= minCount ? Compound(text, phrase, best) : null;
    }

    private static int InPhrase(List<(int Start, int End, string Norm)> phrase, int k)
    {
        var n = 0;
        foreach (var p in phrase) if (p.Norm == phrase[k].Norm) n++;
        return n;
    }

    /// <summary>A relational adjective without ال (أمني، حكومي، عسكري، دبلوماسي): it qualifies, it does not name.</summary>
    public static bool Nisba(string norm) =>
        norm.Length >= 4 && !norm.StartsWith("ال", StringComparison.Ordinal)
        && (norm[^1] == 'ي' || norm.EndsWith("يه", StringComparison.Ordinal))
        && norm is not ("علي" or "هاني" or "سامي" or "ناجي" or "راضي" or "فوزي" or "رمزي" or "مجدي" or "ناديه" or "سميه" or "فوزيه" or "ساميه");

    /// <summary>
    /// A first name the article calls a person by (صابر، كاظم، خالد) prints with the family name the article gives right
    /// after it (صابر الرباعي، خالد بن سلمان، الليث حجو): a first name alone names nobody to a reader of the digest. A
    /// family name (بوتين) and a name with ال stay as they are.
    /// </summary>
    public string WithFamilyName(string speaker)
    {
        // (cached per speaker: asked for every quotation, a scan each time was quadratic on a long page)
        withFamilyNames ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!withFamilyNames.TryGetValue(speaker, out var completed))
        {
            var found = FindWithFamilyName(speaker);
            withFamilyNames[speaker] = completed = ReferenceEquals(found, speaker) ? null : found;
        }
        return completed ?? speaker;
    }

    private Dictionary<string, string?>? withFamilyNames;

    private string FindWithFamilyName(string speaker)
    {
        var parts = ArabicText.Normalize(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // One name word, or a compound given name (عبد الحي، أبو بكر).
        if (parts.Length == 0 || parts.Length > 2 || (parts.Length == 2 && parts[0] is not ("عبد" or "ابو"))
            || (parts[0].StartsWith("ال", StringComparison.Ordinal) && !GivenNames.Contains(parts[0]))
            || (parts.Length == 1 && !IsNameLike(parts[0])) || Stops.Contains(parts[^1])) return speaker;
        var n = parts.Length;
        bool At(List<(int Start, int End, string Norm)> tokens, string text, int k)
        {
            for (var m = 0; m < n; m++)
                if (k + m >= tokens.Count || tokens[k + m].Norm != parts[m] || (m > 0 && !Blank(text, tokens[k + m - 1].End, tokens[k + m].Start))) return false;
            return true;
        }
        // (a first name: never after another name word, as a family name is — محمد حمدان دقلو، عبد العزيز بوتفليقة; the word
        // opening a sentence before it is its verb: دافع صابر عن …)
        foreach (var (text, tokens) in Tokenized())
            for (var k = 1; k < tokens.Count; k++)
                if (At(tokens, text, k) && Blank(text, tokens[k - 1].End, tokens[k].Start)
                    && ((IsNameLike(tokens[k - 1].Norm) && !Stops.Contains(tokens[k - 1].Norm) && ReportingCues.Match(tokens[k - 1].Norm, out _) is null
                         && !(tokens[k - 1].Norm.Length > 3 && tokens[k - 1].Norm[0] is 'و' or 'ف'))
                        || (k > 1 && Definite(tokens[k - 1].Norm) && Connectors.Contains(tokens[k - 2].Norm))))
                    return speaker;
        // …completed the same way wherever the article introduces it (two people called عبد الله are left as they are).
        string? full = null;
        foreach (var (text, tokens) in Tokenized())
            for (var k = 1; k + n < tokens.Count; k++)
            {
                if (Completed(text, tokens, k) is not { } found) continue;
                if (full is not null && ArabicText.Normalize(found) != ArabicText.Normalize(full)) return speaker;
                full = found;
            }
        return full ?? speaker;

        string? Completed(string text, List<(int Start, int End, string Norm)> tokens, int k)
        {
            if (!At(tokens, text, k) || !Blank(text, tokens[k + n - 1].End, tokens[k + n].Start)) return null;
            // …where the article introduces the person: after a role, a title or an adjective (الفنان التونسي صابر الرباعي،
            // الشيخ مشعل الأحمد، المطرب العراقي الكبير كاظم الساهر), not after a verb, whose object may follow (وصف دقلو
            // المعارك الجارية).
            if (!IntroducesName(tokens[k - 1].Norm, k > 1 ? tokens[k - 2].Norm : null)) return null;
            var f = k + n;
            var family = tokens[f].Norm;
            // (…not people the verb takes: الكابتن خالد الشباب في دائرة)
            if (FamilyWord(family) && !TimeWord(family) && !QuoteExtractor.PeopleWithAl(family)) return text[tokens[k].Start..tokens[f].End];
            // (…a role word too, when a comma closes the name: الدكتور رامى الناظر، مدير …)
            if (Definite(family) && IsRole(family) && f + 1 < tokens.Count && Comma(text, tokens[f].End, tokens[f + 1].Start))
                return text[tokens[k].Start..tokens[f].End];
            if (family is "بن" or "بنت" or "ولد" && f + 1 < tokens.Count && Blank(text, tokens[f].End, tokens[f + 1].Start)
                && IsNameLike(tokens[f + 1].Norm) && !Stops.Contains(tokens[f + 1].Norm))
                return text[tokens[k].Start..tokens[f + 1].End];
            // …or a plain family name closed by punctuation, a role or إن/أن (الدكتورة آمال إمام المدير التنفيذي، الشيخ عبد
            // الحي يوسف،)
            // (…not how the words were said: فرد المهندس شريف بهدوء:)
            if (IsNameLike(family) && !Stops.Contains(family) && ReportingCues.Match(family, out _) is null && !QuoteExtractor.MannerWord(family)
                && (f + 1 >= tokens.Count || !Blank(text, tokens[f].End, tokens[f + 1].Start) || IsRole(tokens[f + 1].Norm)
                    || tokens[f + 1].Norm is "ان" or "انه" or "انها" or "بان"))
                return text[tokens[k].Start..tokens[f].End];
            return null;
        }
    }

    /// <summary>
    /// The word before a given name introduces it, as the one before that shows: a role, a title or an honorific, or an
    /// adjective — of origin, or after another of the role's ال-words (الفنان التونسي صابر، الشيخ مشعل، المطرب العراقي الكبير
    /// كاظم) — but not a verb that starts like an ال-word (التقى كيم بوتين).
    /// </summary>
    internal static bool IntroducesName(string before, string? beforeThat) =>
        IsRole(before) || IsNameTitle(before) || IsHonorific(before)
        // (…or «he/she is», naming one the story told by description: الرجل الأربعيني هو خالد المرعبي)
        || before is "هو" or "هي"
        || (Definite(before) && before.Length > 3 && !Stops.Contains(before)
            && (Nisba(before[2..]) || (beforeThat is not null && (Definite(beforeThat) || IsRole(beforeThat)))));

    /// <summary>
    /// A noun with a pronoun, which is no name: her or its (حفلها، أفرادها — مها is a name), their or our in longer words
    /// (مواقفهم، بلادنا — لينا، دينا are names). Normalised.
    /// </summary>
    internal static bool WithPronoun(string norm) =>
        (norm.Length > 3 && norm.EndsWith("ها", StringComparison.Ordinal))
        || (norm.Length > 4 && (norm.EndsWith("هم", StringComparison.Ordinal) || norm.EndsWith("نا", StringComparison.Ordinal)));

    /// <summary>Only white space between two positions.</summary>
    private static bool Blank(string text, int from, int to) => text.AsSpan(from, to - from).IsWhiteSpace();

    /// <summary>Days and times that follow a name as the verb's adverb (قال عباس الاثنين), normalised.</summary>
    internal static bool TimeWord(string norm) =>
        norm is "الاثنين" or "الثلاثاء" or "الاربعاء" or "الخميس" or "الجمعه" or "السبت" or "الاحد" or "اليوم" or "الليله"
            or "الماضي" or "الماضيه" or "المقبل" or "المقبله" or "الحالي" or "الحاليه" or "الفائت" or "الفائته" or "صباح" or "مساء"
            // (أدلى الأمس الرئيس تبون بتصريح)
            or "الامس" or "امس"
            // (تضحك الآن وهي تتذكر)
            or "الان";

    /// <summary>An ال-word that can close a person's name: no role, body or stop word.</summary>
    internal static bool FamilyWord(string norm) =>
        norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 3 && !IsRole(norm) && !Organisations.Contains(norm) && !Places.Contains(norm)
        && !Stops.Contains(norm) && !StopWords.Contains(norm);

    /// <summary>The role and the ال-words that qualify it (وزير الصناعة والثروة المعدنية، المتحدث باسم الشركة), at most four words.</summary>
    private static string RolePhrase(string text, List<(int Start, int End, string Norm)> phrase, int role)
    {
        // (the name a noun of places gives: a word without ال that is no function word or role)
        static bool PlaceName(string norm) =>
            norm.Length > 2 && char.IsLetter(norm[0]) && !Definite(norm) && !Stops.Contains(norm) && !Connectors.Contains(norm) && !IsRole(norm);

        var end = role;
        while (end + 1 < phrase.Count && end - role < 4)
        {
            var next = phrase[end + 1].Norm;
            var qualifier = next.StartsWith("ال", StringComparison.Ordinal) || next.StartsWith("وال", StringComparison.Ordinal) || next == "باسم"
                // محافظ حلب
                || Places.Contains(next)
                // نائب قائد قوات الدعم السريع، مساعد وزير الخارجية: a role within a role
                || (end == role && IsRole(next))
                || QuoteExtractor.DefiniteBehindPreposition(next)
                // من/في and an ال-word or a body: مصدر من المنظمة، مصدر في وزارة الداخلية
                || (next is "من" or "في" && end + 2 < phrase.Count
                    && (phrase[end + 2].Norm.StartsWith("ال", StringComparison.Ordinal) || Organisations.Contains(phrase[end + 2].Norm)))
                // a body for the affairs of something: مصدر في مفوضية شؤون اللاجئين
                || (Organisations.Contains(next) && end + 3 < phrase.Count && Affairs(phrase[end + 2].Norm) && Definite(phrase[end + 3].Norm))
                // a construct noun followed by an ال-word: رئيسة سلطة الضبط
                || (end + 2 < phrase.Count && phrase[end + 2].Norm.StartsWith("ال", StringComparison.Ordinal))
                // …or by a place, also behind a point of the compass: وزيرة خارجية مصر، وزيرة خارجية جنوب إفريقيا
                || (!Stops.Contains(next) && !Connectors.Contains(next) && PlaceFrom(phrase, end + 2))
                // a noun of places and the name it gives, also behind a body: رئيس إقليم كردستان، رئيس حكومة إقليم كردستان
                // (right after the role or its body only: not رئيس المجلس الأعلى لقبائل ومدن فزان, which the cap cuts)
                || ((end == role || (end == role + 1 && Organisations.Contains(phrase[end].Norm))) && PlaceNoun(next) && end + 2 < phrase.Count
                    && PlaceName(phrase[end + 2].Norm))
                || (end == role && Organisations.Contains(next) && end + 3 < phrase.Count && PlaceNoun(phrase[end + 2].Norm) && PlaceName(phrase[end + 3].Norm))
                || ((end == role + 1 || (end == role + 2 && Organisations.Contains(phrase[role + 1].Norm))) && PlaceNoun(phrase[end].Norm) && PlaceName(next));
            // (…up to a second role, another description of the same person: كبير المفاوضين القطريين وزير الدولة)
            if (!qualifier || (end > role && IsRole(next) && !Definite(next))) break;
            end++;
        }
        // …with the place a point of the compass the cap stopped at divides (الشرق الأوسط وشمال أفريقيا)
        if (end + 1 < phrase.Count && PlaceFrom(phrase, end) && !Places.Contains(phrase[end].Norm)) end++;
        // …without a construct noun whose ال-word the cap left out (نائب رئيس الاتحادية الوطنية لشركات …).
        if (end > role + 1 && end + 1 < phrase.Count && !Definite(phrase[end].Norm) && phrase[end].Norm != "باسم"
            && !QuoteExtractor.DefiniteBehindPreposition(phrase[end].Norm) && Definite(phrase[end + 1].Norm))
            end--;
        return text[phrase[role].Start..phrase[end].End];
    }

    /// <summary>A place at phrase[i], or a point of the compass and the place it divides (جنوب إفريقيا).</summary>
    private static bool PlaceFrom(List<(int Start, int End, string Norm)> phrase, int i) =>
        i < phrase.Count && (Places.Contains(phrase[i].Norm) || (CompassNoun(phrase[i].Norm) && i + 1 < phrase.Count && Places.Contains(phrase[i + 1].Norm)));

    private static string Whole(string text, List<(int Start, int End, string Norm)> phrase) =>
        text[phrase[0].Start..phrase[Math.Min(phrase.Count, 4) - 1].End];

    /// <summary>
    /// The name behind a mention made only of a role (الوزير، وزير البريد): the person the article introduced with that
    /// role (وزير البريد … إيمان هدى فرعون، محمد معيط وزير المالية); the mention itself when there is none.
    /// </summary>
    public string Prefer(string mention)
    {
        var parts = ArabicText.Normalize(mention).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // (…also a body word listed only without ال, since alone it names something else too: البرنامج after «برنامج الأغذية
        // العالمي»)
        if (parts.Length is >= 1 and <= 3 && parts[0].StartsWith("ال", StringComparison.Ordinal)
            && (Organisations.Contains(parts[0]) || (parts.Length == 1 && Organisations.Contains(parts[0].AsSpan(2)))))
        {
            organisations ??= IntroducedOrganisations();
            // الجامعة، المديرية العامة after «الجامعة المغربية لحماية المستهلك»: the body as the article named it.
            definiteOrganisations ??= IntroducedDefiniteOrganisations();
            var definite = definiteOrganisations.TryGetValue(parts[0], out var named) && named is not null
                           && ArabicText.Normalize(named).StartsWith(string.Join(' ', parts) + " ", StringComparison.Ordinal)
                ? named : null;
            // (…البنك after «بنك أبوظبي التجاري» and «البنك المركزي المصري» both: the one the article named first, its subject)
            if (parts.Length == 1 && organisations.TryGetValue(parts[0][2..], out var full))
                return definite is not null && NamedFirst(definite) < NamedFirst(full) ? definite : full;
            return definite ?? mention;
        }
        // الداخلية، الوقف after «وزارة الداخلية السورية», «ديوان الوقف السني»: a body called by the one word that follows its
        // body word is the one body the article named so (a longer call, الوقف السني، says enough).
        if (parts.Length == 1 && parts[0].Length > 4 && parts[0].StartsWith("ال", StringComparison.Ordinal) && !IsRole(parts[0])
            && !Organisations.Contains(parts[0]))
        {
            organisations ??= IntroducedOrganisations();
            var called = " " + parts[0] + " ";
            string? body = null;
            foreach (var (word, full) in organisations)
            {
                var norm = ArabicText.Normalize(full) + " ";
                // (not a statement: «بيان التنسيقية» is the body's words, التنسيقية the body)
                if (!IsStatement(word) && norm.IndexOf(' ') is var space and > 0 && norm.AsSpan(space).StartsWith(called, StringComparison.Ordinal))
                {
                    if (body is not null) return mention;
                    body = full;
                }
            }
            if (body is not null) return body;
        }
        // الإسباني، الفلسطينية البالغة after «المدرب الإسباني تشافي هيرنانديز», «الشابة الفلسطينية عفاف رائد شريف»: an
        // adjective of origin standing for the one person the article introduced with it.
        if (parts.Length is 1 or 2 && parts[0].Length > 5 && parts[0].StartsWith("ال", StringComparison.Ordinal) && Nisba(parts[0][2..])
            && !IsRole(parts[0]) && !Organisations.Contains(parts[0]) && (parts.Length == 1 || (Definite(parts[1]) && !IsRole(parts[1])))
            // (not a family name that reads like one: فالح العامري … قال العامري)
            && !IsFamilyName(parts[0]) && !FollowsAFirstName(parts[0]))
        {
            nisbas ??= IntroducedNisbas();
            return nisbas.TryGetValue(parts[0], out var person) && person is not null ? person : mention;
        }
        // النجم المصري after «نجمه المصري محمد صلاح»: a word of praise and the adjective of origin the article introduced
        // one person with stand for that person.
        if (parts.Length == 2 && parts[0] is "النجم" or "النجمه" or "الدولي" or "اللاعب" or "اللاعبه" && parts[1].Length > 5 && parts[1].StartsWith("ال", StringComparison.Ordinal)
            && Nisba(parts[1][2..]) && !IsFamilyName(parts[1]) && !FollowsAFirstName(parts[1]))
        {
            nisbas ??= IntroducedNisbas();
            if (nisbas.TryGetValue(parts[1], out var star) && star is not null) return star;
        }
        if (parts.Length == 0 || parts.Length > 6 || !IsRole(parts[0])) return mention;
        roles ??= IntroducedRoles();
        // وأكد رئيس أركان الجيش الوطني الشعبي after «رئيس أركان الجيش الوطني الشعبي، الفريق سعيد شنقريحة»: the very phrase
        // the article introduced someone with is that person, whatever its words look like (أركان).
        if (parts.Length >= 3 && roles.TryGetValue(string.Join(' ', parts.Select(StripArticle)), out var introduced)) return introduced;
        // (a body the role is over is no name, nor what it is for: متحدث وزارة الداخلية، عضو مجلس النواب، مستشار الرئيس لشؤون
        // الصحة)
        foreach (var p in parts)
            if (IsNameLike(p) && !IsRole(p) && !IsRoleAdjective(p) && !IsBodyWord(p) && !(p.Length > 3 && p[0] == 'ل') && !IsPlace(p)) return mention;
        roles ??= IntroducedRoles();
        var key = string.Join(' ', parts.Select(StripArticle));
        if (roles.TryGetValue(key, out var name)) return name;
        // …or the first words of a longer role phrase the article introduced whole with one person (رئيس النقابة العامة
        // للعاملين بالبناء والتشييد; وزير الصحة after «وزير الصحة الدكتور سعد جابر»), not a bare role word: وزير alone has
        // the head-word rule below
        if (parts.Length >= 2 && UniqueLonger(key) is { } longer) return longer;
        // رئيس الوزراء القطري, وزير الخارجية after «رئيس الوزراء ووزير الخارجية القطري الشيخ محمد …»: a role phrase whose words
        // the one introduced phrase holds in order, from its first role or one joined to it by و, is that person.
        if (parts.Length >= 2 && UniqueHolding(key) is { } holding) return holding;
        // الوزير البريطاني after «نظيره البريطاني ديفيد لامي»: a role word and an adjective of origin the article introduced one
        // person with stand for that person, not for whom the role word alone was first given to (وزير الخارجية السعودي).
        if (parts.Length == 2 && parts[1].Length > 5 && parts[1].StartsWith("ال", StringComparison.Ordinal) && PlaceAdjective(parts[1][2..])
            && !IsRole(parts[1]) && !IsFamilyName(parts[1]))
        {
            nisbas ??= IntroducedNisbas();
            if (nisbas.TryGetValue(parts[1], out var countryman) && countryman is not null) return countryman;
        }
        // المدرب الأسترالي، مدرب الحمر after «مدرب المنتخب العراقي غراهام أرنولد»: another description with the same role
        // word is the same person, when the article names only one person with it and calls them by that name after a verb
        // of saying (وأضاف أرنولد) — so the name is a person's, not a word that happened to follow the role.
        return roles.TryGetValue(StripArticle(parts[0]), out name)
               && (parts.Length == 1 || (!sharedHeads!.Contains(StripArticle(parts[0])) && CalledAfterVerb(name) && !OtherOrigin(key, name)
                                         && !OtherPlace(parts, name)))
            ? name : mention;
    }

    /// <summary>
    /// مدرب غانا after «مدرب المنتخب المغربي وليد الركراكي»: a place the role phrase is of, which the phrase
    /// <paramref name="name"/> was introduced with does not hold, names the holder for that place — someone else.
    /// </summary>
    private bool OtherPlace(string[] parts, string name)
    {
        for (var i = 1; i < parts.Length; i++)
            if (IsPlace(parts[i]) && !roles!.Any(r => r.Value == name && (" " + r.Key + " ").Contains(" " + StripArticle(parts[i]) + " ", StringComparison.Ordinal)))
                return true;
        return false;
    }

    /// <summary>
    /// وزير الخارجية العماني after «وزير الخارجية الإيراني عباس عراقجي»: the role phrase <paramref name="name"/> was introduced
    /// with, word for word but for one adjective of origin, names someone of another country.
    /// </summary>
    private bool OtherOrigin(string key, string name)
    {
        var words = key.Split(' ');
        foreach (var (introduced, person) in roles!)
        {
            if (person != name) continue;
            var other = introduced.Split(' ');
            if (other.Length != words.Length) continue;
            var differ = -1;
            for (var i = 0; i < words.Length && differ != -2; i++)
                if (words[i] != other[i]) differ = differ == -1 ? i : -2;
            if (differ > 0 && PlaceAdjective(words[differ]) && PlaceAdjective(other[differ])) return true;
        }
        return false;
    }

    /// <summary>
    /// عماني، ايراني، امريكي، سعوديه: a place's adjective (without ال) — not الجمهوري, a party's, nor التنفيذي; تركي، سوري of
    /// تركيا، سوريا too.
    /// </summary>
    private static bool PlaceAdjective(string word)
    {
        var stem = word.EndsWith("يه", StringComparison.Ordinal) ? word[..^2] : word.EndsWith('ي') ? word[..^1] : null;
        return stem is { Length: >= 2 } && (Places.Contains(stem) || Places.Contains(stem + "ا") || Places.Contains(stem + "يا") || Places.Contains("ال" + stem));
    }

    private Dictionary<string, string>? roles;
    private Dictionary<string, string?>? nisbas;

    /// <summary>True when the article introduces two people with this role word (مدرب الأهلي مارتن يول، مدرب الزمالك حسام حسن).</summary>
    public bool RoleShared(string role)
    {
        roles ??= IntroducedRoles();
        return sharedHeads!.Contains(StripArticle(ArabicText.Normalize(role)));
    }

    /// <summary>
    /// Each adjective of origin with ال the article puts right before a name (الإسباني تشافي هيرنانديز), and how the article
    /// calls that person; null for one it puts before two names.
    /// </summary>
    private Dictionary<string, string?> IntroducedNisbas()
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (text, tokens) in Tokenized())
            for (var k = 0; k + 1 < tokens.Count; k++)
            {
                var norm = tokens[k].Norm;
                // (after a noun or a role, not a name: the adjective of origin describes the one named after it)
                if (norm.Length <= 5 || !norm.StartsWith("ال", StringComparison.Ordinal) || !Nisba(norm[2..]) || IsRole(norm)
                    // (…a club's «its star / its player» is such a noun: نجمه المصري محمد صلاح)
                    || (k > 0 && IsNameLike(tokens[k - 1].Norm) && !Definite(tokens[k - 1].Norm) && !IsRole(tokens[k - 1].Norm)
                        && tokens[k - 1].Norm is not ("نجمه" or "لاعبه" or "مهاجمه" or "مدافعه" or "حارسه"
                            // (…and a minister's «his counterpart»: مع نظيره البريطاني ديفيد لامي)
                            or "نظيره" or "نظيرها" or "نظيرته" or "نظيرتها"))
                    || !Blank(text, tokens[k].End, tokens[k + 1].Start) || Definite(tokens[k + 1].Norm) || !IsNameLike(tokens[k + 1].Norm)
                    || Stops.Contains(tokens[k + 1].Norm) || IsRole(tokens[k + 1].Norm) || Places.Contains(tokens[k + 1].Norm)) continue;
                if (NameRun(text, tokens, k + 1, +1) is not { } name) continue;
                map[norm] = map.TryGetValue(norm, out var known) && known != name ? null : name;
            }
        return map;
    }

    /// <summary>The name of the one introduced role phrase that starts with <paramref name="key"/>'s words; null for none or two.</summary>
    private string? UniqueLonger(string key)
    {
        string? found = null;
        foreach (var (phrase, name) in roles!)
            if (phrase.Length > key.Length && phrase.StartsWith(key, StringComparison.Ordinal) && phrase[key.Length] == ' ')
            {
                if (found is not null && ArabicText.Normalize(found) != ArabicText.Normalize(name)) return null;
                found = name;
            }
        return found;
    }

    /// <summary>
    /// The name of the one introduced role phrase that holds <paramref name="key"/>'s words in order, its first word being the
    /// phrase's first or a و-joined role in it; null for none or two.
    /// </summary>
    private string? UniqueHolding(string key)
    {
        var words = key.Split(' ');
        string? found = null;
        foreach (var (phrase, name) in roles!)
        {
            var held = phrase.Split(' ');
            var at = held[0] == words[0] ? 0 : Array.IndexOf(held, "و" + words[0]);
            if (at < 0) continue;
            var w = 1;
            // (…the same word behind لل too: زعيم حزب الإصلاح after «زعيم حزب التجمع اليمني للإصلاح عبدالله الأحمر»)
            for (var h = at + 1; h < held.Length && w < words.Length; h++)
                if (held[h] == words[w] || held[h] == "لل" + words[w]) w++;
            if (w < words.Length) continue;
            if (found is not null && ArabicText.Normalize(found) != ArabicText.Normalize(name)) return null;
            found = name;
        }
        return found;
    }

    /// <summary>Role words the article introduces with more than one name (مدرب الأهلي …، مدرب الزمالك …).</summary>
    private HashSet<string>? sharedHeads;
    private Dictionary<string, string>? organisations;

    /// <summary>The name in marks the article calls a body by (سانا after «وكالة الأنباء الرسمية «سانا»»).</summary>
    public bool CallsBody(string speaker)
    {
        if (bodyNames is null)
        {
            organisations ??= IntroducedOrganisations();
            bodyNames = new HashSet<string>(organisations.Values.Select(ArabicText.Normalize), StringComparer.Ordinal);
        }
        return bodyNames.Count > 0 && bodyNames.Contains(ArabicText.Normalize(speaker));
    }

    private HashSet<string>? bodyNames;

    /// <summary>
    /// Body word → its first full name in the article (لمجمع سوناطراك → مجمع سوناطراك، وزارة الطاقة): the word without ال
    /// (behind one of و ل ب ف at most) and either one name word or up to three ال-words (or the name in marks closing them,
    /// وكالة الأنباء الرسمية «سانا» → سانا), so that «المجمع» and «الوزارة» print as the body the article named.
    /// </summary>
    private Dictionary<string, string> IntroducedOrganisations()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, full) in AllIntroducedOrganisations()) map.TryAdd(word, full);
        return map;
    }

    /// <summary>
    /// True when <paramref name="full"/> is a body the article names with the body word <paramref name="word"/> (normalised,
    /// without ال) and another body than the first one it named so, not a shorter or longer call of that one: وزارة النفط
    /// الاتحادية after وزارة الثروات الطبيعية, not وزارة الداخلية after وزارة الداخلية العراقية.
    /// </summary>
    public bool AnotherBodyOfKind(string full, string word)
    {
        var norm = ArabicText.Normalize(full);
        string? first = null;
        var named = false;
        foreach (var (w, f) in AllIntroducedOrganisations())
        {
            if (w != word) continue;
            var n = ArabicText.Normalize(f);
            first ??= n;
            named |= n == norm;
        }
        return named && first is not null && !first.StartsWith(norm, StringComparison.Ordinal) && !norm.StartsWith(first, StringComparison.Ordinal);
    }

    /// <summary>Every full name of a body the article gives, with its body word, in the order given (see above).</summary>
    private List<(string Word, string Full)> AllIntroducedOrganisations()
    {
        if (allOrganisations is not null) return allOrganisations;
        var all = new List<(string Word, string Full)>();
        foreach (var (text, tokens) in Tokenized())
        {
            for (var k = 0; k + 1 < tokens.Count; k++)
            {
                var norm = tokens[k].Norm;
                var skip = norm.Length > 4 && norm[0] is 'و' or 'ل' or 'ب' or 'ف' && Organisations.Contains(norm.AsSpan(1)) ? 1 : 0;
                var word = norm[skip..];
                if (word.StartsWith("ال", StringComparison.Ordinal) || !Organisations.Contains(word)) continue;
                // (a statement is no body the article goes on calling: «في بيان، تلقت TodayNews نسخة منه» had made «البيان» print as
                // «بيان، تلقت»)
                if (IsStatement(word)) continue;
                // منظمة “العفو الدولية”: a name in marks after the body word, up to four words, is its name (printed without them).
                if (MarkedNameEnd(text, tokens, k) is var marked and > 0)
                {
                    all.Add((word, text[(tokens[k].Start + skip)..tokens[k].End] + " " + text[tokens[k + 1].Start..tokens[marked].End]));
                    continue;
                }
                if (!Spaced(text, tokens[k].End, tokens[k + 1].Start)) continue;
                // قصر باكنغهام، قصر الإليزيه: a palace is named by the one word after it (أعلن قصر باكنغهام نقل الملك: what
                // follows is what it announced).
                if (word == "قصر")
                {
                    if (IsNameLike(tokens[k + 1].Norm) && !Stops.Contains(tokens[k + 1].Norm))
                        all.Add((word, text[(tokens[k].Start + skip)..tokens[k + 1].End]));
                    continue;
                }
                // شركة طيران 'الاتحاد' الإماراتية: a construct noun and a name in marks after it are the body's name (printed
                // without the marks; it had been «شركة طيران»).
                if (k + 2 < tokens.Count && !Definite(tokens[k + 1].Norm) && IsNameLike(tokens[k + 1].Norm) && !Stops.Contains(tokens[k + 1].Norm)
                    && ReportingCues.Match(tokens[k + 1].Norm, out _) is null && MarkedNameEnd(text, tokens, k + 1) is var markedAfter and > 0)
                {
                    all.Add((word, text[(tokens[k].Start + skip)..tokens[k + 1].End] + " " + text[tokens[k + 2].Start..tokens[markedAfter].End]));
                    continue;
                }
                var end = k + 1;
                // قيادة قوات حرس الحدود العراقية: construct nouns up to the first ال-word, then its ال-words.
                var construct = end;
                while (construct + 1 < tokens.Count && construct - k < 3 && !Definite(tokens[construct].Norm) && IsNameLike(tokens[construct].Norm)
                       && !Stops.Contains(tokens[construct].Norm) && (construct == end || tokens[construct].Norm[0] is not ('و' or 'ب' or 'ل' or 'ف' or 'ك'))
                       && Blank(text, tokens[construct].End, tokens[construct + 1].Start))
                    construct++;
                var throughConstruct = construct > end && Definite(tokens[construct].Norm) && Blank(text, tokens[k].End, tokens[end].Start);
                // قيادة عمليات بغداد، دائرة صحة بغداد الكرخ: a place among or right after the construct nouns is whose body it
                // is, and closes the name with the ال-words typed right after it (its district).
                var place = throughConstruct ? -1 : PlaceAmong(tokens, end, construct);
                if (place > 0)
                {
                    end = place;
                    while (end + 1 < tokens.Count && end - k < 5 && Definite(tokens[end + 1].Norm) && !TimeWord(tokens[end + 1].Norm)
                           && Blank(text, tokens[end].End, tokens[end + 1].Start)) end++;
                    all.Add((word, text[(tokens[k].Start + skip)..tokens[end].End]));
                    continue;
                }
                if (throughConstruct) end = construct;
                // (not a time word: نشرت وزارة الصحة العراقية، اليوم الثلاثاء)
                if (!throughConstruct && Definite(tokens[end].Norm))
                {
                    // (not «affiliated», which opens what the body belongs to: برنامج الأغذية العالمي التابع للأمم المتحدة)
                    // (nor a plural in ات after its ال-words, the object of the verb after it: دعت منظمة العفو الدولية السلطات
                    // العراقية — a second genitive joined by و goes on: هيئة الإعلام والاتصالات)
                    while (end + 1 < tokens.Count && end - k < 3 && Definite(tokens[end + 1].Norm) && !TimeWord(tokens[end + 1].Norm)
                           && tokens[end + 1].Norm is not ("التابع" or "التابعه") && Spaced(text, tokens[end].End, tokens[end + 1].Start)
                           && !(end > k + 1 && DefinitePlural(tokens[end + 1].Norm))) end++;
                    // (…with the point of the compass that completes a country's adjective: الكورية الشمالية)
                    if (end + 1 < tokens.Count && CompassAdjective(tokens[end + 1].Norm) && tokens[end].Norm.EndsWith("يه", StringComparison.Ordinal)
                        && Blank(text, tokens[end].End, tokens[end + 1].Start)) end++;
                }
                // …and after construct nouns, the ال-words typed right after them (not across a comma: الارهاب، اليوم الأحد)
                else if (Definite(tokens[end].Norm))
                    while (end + 1 < tokens.Count && end - k < 5 && Definite(tokens[end + 1].Norm)
                           && Blank(text, tokens[end].End, tokens[end + 1].Start)) end++;
                else if (!IsNameLike(tokens[end].Norm) || Stops.Contains(tokens[end].Norm) || ReportingCues.Match(tokens[end].Norm, out _) is not null
                         // (an adjective of what it does is no name: لجنة حقوقية ليبية is «a rights committee»)
                         || Nisba(tokens[end].Norm)) continue;
                // وكالة الأنباء الرسمية «سانا»: a name in marks closing the description is what the article calls the body.
                // (…not a time in marks: أعلنت هيئة الأنواء الجوية" اليوم الأحد")
                if (end + 1 < tokens.Count && Definite(tokens[end].Norm) && MarkedNameEnd(text, tokens, end) is var called and > 0
                    && !TimeWord(tokens[end + 1].Norm))
                {
                    all.Add((word, text[tokens[end + 1].Start..tokens[called].End]));
                    continue;
                }
                // منظمة أطباء بلا حدود، منظمة مراسلون بلا حدود: «without» and the word it takes belong to the name.
                if (end + 2 < tokens.Count && tokens[end + 1].Norm == "بلا" && Blank(text, tokens[end].End, tokens[end + 1].Start)
                    && Blank(text, tokens[end + 1].End, tokens[end + 2].Start)) end += 2;
                all.Add((word, text[(tokens[k].Start + skip)..tokens[end].End]));
            }
        }
        return allOrganisations = all;
    }

    private List<(string Word, string Full)>? allOrganisations;

    /// <summary>الصحفي، الإعلامي: roles alone (a journalist), but after a body word what kind of office it is.</summary>
    private static bool OfficeAdjective(string norm) => norm is "الصحفي" or "الصحافي" or "الاعلامي";

    /// <summary>The first place among tokens <paramref name="from"/> to <paramref name="to"/>, not the first of them; else -1.</summary>
    private static int PlaceAmong(List<(int Start, int End, string Norm)> tokens, int from, int to)
    {
        for (var m = from + 1; m <= to && m < tokens.Count; m++)
            if (Places.Contains(tokens[m].Norm)) return m;
        return -1;
    }

    /// <summary>
    /// The phrase up to the last of the placing adjectives that follow its first word (مصادر عسكرية يمنية), and of the
    /// adjectives of rank among them (مصدر مصري رفيع).
    /// </summary>
    private static string Placed(string text, List<(int Start, int End, string Norm)> phrase)
    {
        var last = 1;
        while (last + 1 < phrase.Count && (PlacingAdjective(phrase[last + 1].Norm) || IsRoleAdjective(phrase[last + 1].Norm))
               && Blank(text, phrase[last].End, phrase[last + 1].Start)) last++;
        // مصدر مقرب من الحكومة السعودية: «close» says little without whom it is close to, which the phrase ends with.
        if (phrase[last].Norm.StartsWith("مقرب", StringComparison.Ordinal) && last + 2 < phrase.Count && phrase[last + 1].Norm == "من")
            last = phrase.Count - 1;
        return text[phrase[0].Start..phrase[last].End];
    }

    /// <summary>
    /// An adjective that places an unnamed source or group: of origin or field, also in the plural or the dual (أمني، أمريكيون، أمريكيان،
    /// اقتصاديين، طبي), or of access (مطلع، مقربة، موثوق); عيان of «شهود عيان»; عرب and أجانب (مراقبون عرب). Not a body word that
    /// ends like one (جمعية، مديرية: رئيس جمعية المصدرين had printed «رئيس جمعية», a role «placed» by it).
    /// </summary>
    internal static bool PlacingAdjective(string norm) =>
        (Nisba(norm) && !Organisations.Contains(norm))
        || (norm.Length >= 6 && (norm.EndsWith("يون", StringComparison.Ordinal) || norm.EndsWith("يين", StringComparison.Ordinal)) && Nisba(norm[..^2]))
        // (the dual, read without cutting the word: أمريكيان — not البيان)
        || (norm.Length >= 6 && norm.EndsWith("يان", StringComparison.Ordinal) && !norm.StartsWith("ال", StringComparison.Ordinal))
        || (norm.Length >= 4 && (norm.StartsWith("مطلع", StringComparison.Ordinal) || norm.StartsWith("مقرب", StringComparison.Ordinal)
                                 || norm.StartsWith("موثوق", StringComparison.Ordinal))
            && norm.Length - (norm.StartsWith("موثوق", StringComparison.Ordinal) ? 5 : 4) is var rest && rest <= 2)
        // (…and طبي, an adjective of field too short for Nisba's test: مصدر طبي had printed «طبي»)
        || norm is "عيان" or "عرب" or "اجانب" or "طبي";

    /// <summary>Plural (and dual) nouns of unnamed people a report quotes (مسؤولون، مسؤولان، ناشطون، شهود، خبراء، سكان …).</summary>
    private static bool GroupNoun(string norm) =>
        norm is "مسؤولون" or "مسؤولين" or "مسؤولان" or "دبلوماسيان" or "مصدران" or "ناشطون" or "ناشطين" or "شهود" or "خبراء" or "محللون" or "محللين" or "مراقبون" or "مراقبين"
            or "دبلوماسيون" or "دبلوماسيين" or "سكان" or "مواطنون" or "مواطنين" or "اطباء";

    /// <summary>
    /// When one opening mark alone stands between token <paramref name="k"/> and the next, the last token before its closing
    /// mark, up to four words on with only spaces between them; else -1.
    /// </summary>
    private static int MarkedNameEnd(string text, List<(int Start, int End, string Norm)> tokens, int k) =>
        text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Trim() is [var open] && QuoteSpans.IsMark(open)
            ? ClosedByMark(text, tokens, k + 1) : -1;

    /// <summary>
    /// The last of up to four words from <paramref name="from"/>, with only spaces between them, that a quote mark closes
    /// (the end of a name in marks); -1 when none is.
    /// </summary>
    private static int ClosedByMark(string text, List<(int Start, int End, string Norm)> tokens, int from)
    {
        for (var m = from; m < tokens.Count && m <= from + 3 && (m == from || Blank(text, tokens[m - 1].End, tokens[m].Start)); m++)
            if (text.AsSpan(tokens[m].End).TrimStart() is [var mark, ..] && QuoteSpans.IsMark(mark)) return m;
        return -1;
    }

    private Dictionary<string, string?>? definiteOrganisations;

    /// <summary>
    /// Body word with ال → the fullest name the article gives it: its ال-qualifiers and a ل-phrase after them (الجامعة
    /// المغربية لحماية المستهلك، المديرية العامة للدفاع المدني، البنك المركزي العراقي). Null when the article names two
    /// different bodies with the word (الاتحاد الأوروبي، الاتحاد الإفريقي): then the word alone names neither.
    /// </summary>
    private Dictionary<string, string?> IntroducedDefiniteOrganisations()
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (text, tokens) in Tokenized())
            for (var k = 0; k + 1 < tokens.Count; k++)
            {
                var head = tokens[k].Norm;
                if (!head.StartsWith("ال", StringComparison.Ordinal) || !Organisations.Contains(head)) continue;
                var end = k;
                // (not a plural, which no singular body's adjective is: وحثت الوزارة السلطات المحلية، ودعت الوزارة المواطنين — the
                // verb's object)
                while (end + 1 < tokens.Count && end - k < 3 && Qualifier(tokens[end + 1].Norm) && Blank(text, tokens[end].End, tokens[end + 1].Start)
                       && !DefinitePlural(tokens[end + 1].Norm, masculineToo: true))
                    end++;
                if (end == k) continue;
                // …and what it is for (لحماية المستهلك، للدفاع المدني، لكرة القدم، للشغل)
                var f = end + 1;
                if (f < tokens.Count && tokens[f].Norm.Length > 3 && tokens[f].Norm[0] == 'ل' && Blank(text, tokens[end].End, tokens[f].Start)
                    && !Stops.Contains(tokens[f].Norm) && !StopWords.Contains(tokens[f].Norm)
                    // (not to whom it belongs: المكتب الإعلامي لرئيس الجمعية is the office, named by its person)
                    && !IsRole(tokens[f].Norm[1..]) && !IsRole(tokens[f].Norm[2..]))
                {
                    end = f;
                    while (end + 1 < tokens.Count && end - f < 2 && Qualifier(tokens[end + 1].Norm) && Blank(text, tokens[end].End, tokens[end + 1].Start))
                        end++;
                    // …with a second field joined by و (للحديد والصلب، لحكماء وأعيان ليبيا) or what it defends (للدفاع عن حقوق
                    // الإنسان)
                    var g = end + 1;
                    var goesOn = g < tokens.Count && Blank(text, tokens[end].End, tokens[g].Start);
                    // (a noun of the second field needs what it is of after it: وأعيان ليبيا)
                    var namedAfter = goesOn && g + 1 < tokens.Count && Blank(text, tokens[g].End, tokens[g + 1].Start)
                                     && (IsPlace(tokens[g + 1].Norm) || Qualifier(tokens[g + 1].Norm));
                    if (goesOn && tokens[g].Norm.Length > 3 && tokens[g].Norm[0] == 'و' && Qualifier(tokens[g].Norm[1..])) end = g;
                    else if (goesOn && tokens[g].Norm.Length > 3 && tokens[g].Norm[0] == 'و' && IsNameLike(tokens[g].Norm[1..]) && namedAfter) end = g + 1;
                    else if (goesOn && tokens[g].Norm == "عن" && g + 2 < tokens.Count && !Definite(tokens[g + 1].Norm) && IsNameLike(tokens[g + 1].Norm)
                             && Qualifier(tokens[g + 2].Norm) && Blank(text, tokens[g].End, tokens[g + 1].Start) && Blank(text, tokens[g + 1].End, tokens[g + 2].Start))
                        end = g + 2;
                }
                var full = text[tokens[k].Start..tokens[end].End];
                if (!map.TryGetValue(head, out var known)) { map[head] = full; continue; }
                if (known is null) continue;
                // …the longer of two that begin alike (الجامعة المغربية, then الجامعة المغربية لحماية المستهلك)
                var (norm, knownNorm) = (ArabicText.Normalize(full), ArabicText.Normalize(known));
                if (norm.StartsWith(knownNorm, StringComparison.Ordinal)) map[head] = full;
                else if (!knownNorm.StartsWith(norm, StringComparison.Ordinal)) map[head] = null;
            }
        return map;

        static bool Qualifier(string norm) =>
            norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 3 && !LamWords.Contains(norm) && !Organisations.Contains(norm)
            && (!IsRole(norm) || OfficeAdjective(norm))
            && !Stops.Contains(norm) && !StopWords.Contains(norm) && !TimeWord(norm)
            // (nor a stance, the verb's object: وجدد الاتحاد الأوروبي التأكيد على)
            && !QuoteExtractor.StanceNoun(norm[2..]);
    }

    private HashSet<string>? familyNames;

    /// <summary>Verbs of saying whose next word is their subject (وأضاف الخطيب), not an object (ووصف السد، دعا الحكومة).</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "قال", "قالت", "اضاف", "اضافت", "اكد", "اكدت", "اوضح", "اوضحت", "اشار", "اشارت", "تابع", "تابعت", "صرح", "صرحت",
        "ذكر", "ذكرت", "لفت", "لفتت", "شدد", "شددت", "افاد", "افادت", "كشف", "كشفت", "يقول", "تقول",
    };

    /// <summary>
    /// The article introduces the speaker as a man: a word right before one of its mentions is a masculine verb
    /// (أعلن الرئيس حسني مبارك، كتب ناشر الصورة), a role without ة or a man's title (عم رجب، الحاج عمر), and none is a feminine
    /// one (قالت، الوزيرة).
    /// </summary>
    public bool IntroducedAsMan(string speaker)
    {
        // (each speaker's answer found once: asked for every narration closed by a colon, a scan each time was quadratic on a
        // long page)
        introducedAsMan ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!introducedAsMan.TryGetValue(speaker, out var man)) introducedAsMan[speaker] = man = ReadAsMan(speaker);
        return man;
    }

    private Dictionary<string, bool>? introducedAsMan;

    private bool ReadAsMan(string speaker)
    {
        var words = ArabicText.Normalize(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // (a body takes a feminine verb whatever came before it: وأكدت وزارة الصحة)
        // (…and a feminine role is a woman: المسؤولة الحكومية)
        if (words.Length == 0 || IsOrganisation(words[0]) || (IsRole(words[0]) && words[0].EndsWith('ه'))) return false;
        // (…and a mother called by her son's name is a woman: أم سامر)
        if (words[0] == "ام" && words.Length > 1) return false;
        var (man, woman) = (false, false);
        foreach (var (_, tokens) in Tokenized())
            for (var k = 1; k < tokens.Count; k++)
            {
                if (tokens[k].Norm != words[0]) continue;
                // (a man's title right before it: يقف عم رجب، الحاج عمر)
                if (tokens[k - 1].Norm is "عم" or "العم" or "عمي" or "الحاج" or "السيد" or "الشيخ" or "الاستاذ" or "الاسطي")
                {
                    man = true;
                    continue;
                }
                // (over the first names before the mention: الرئيس حسني مبارك)
                var b = k - 1;
                while (b > 0 && b > k - 3 && IsNameLike(tokens[b].Norm) && !IsRole(tokens[b].Norm) && ReportingCues.Match(tokens[b].Norm, out _) is null) b--;
                var before = tokens[b].Norm;
                var verb = ReportingCues.Match(before, out _) == CueKind.Verb || IsSpeechVerb(before);
                var role = IsRole(before);
                if (!verb && !role) continue;
                // (ت opens both a woman's present, تقول، and masculine past verbs, تابع، تحدث: it tells nothing)
                var bare = QuoteExtractor.WithoutConjunction(before);
                if (verb ? QuoteExtractor.FemininePast(before) : before.EndsWith('ه')) woman = true;
                else if (!verb || bare[0] != 'ت') man = true;
            }
        return man && !woman;
    }

    /// <summary>
    /// The article calls the speaker a woman by title: the first word of its name stands right after السيدة، الحاجة، خالتي or
    /// الآنسة somewhere (السيدة نجاة) — a man's verb does not carry on her words.
    /// </summary>
    public bool TitledAsWoman(string speaker)
    {
        var words = ArabicText.Normalize(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        // (the words a woman's title stands before, found once: asked for every quotation carried on, a scan each time was
        // quadratic on a long page)
        if (titledWomen is null)
        {
            titledWomen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, tokens) in Tokenized())
                for (var k = 1; k < tokens.Count; k++)
                    if (tokens[k - 1].Norm is "السيده" or "الحاجه" or "خالتي" or "الانسه") titledWomen.Add(tokens[k].Norm);
        }
        return titledWomen.Contains(words[0]);
    }

    private HashSet<string>? titledWomen;

    /// <summary>A verb of saying, also behind و or ف (وأضاف، فقال).</summary>
    private static bool IsSpeechVerb(string norm) =>
        SpeechVerbs.Contains(norm) || (norm.Length > 3 && norm[0] is 'و' or 'ف' && SpeechVerbs.Contains(norm[1..]));

    /// <summary>The word stands right after a common first name somewhere in the article (أحمد خطاب, though خطاب is «speech»).</summary>
    public bool AfterFirstName(string norm)
    {
        // (read once per article: a page of a thousand stories asks it of many words)
        if (afterFirstNames is null)
        {
            afterFirstNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, tokens) in Tokenized())
                for (var k = 1; k < tokens.Count; k++)
                    if (IsFirstName(tokens[k - 1].Norm) && Spaced(text, tokens[k - 1].End, tokens[k].Start)) afterFirstNames.Add(tokens[k].Norm);
        }
        return afterFirstNames.Contains(norm);
    }

    private HashSet<string>? afterFirstNames;

    /// <summary>
    /// The word stands right after a word that may be a given name, somewhere in the article (خوسيه لانا; إليديو فالي, whose
    /// إل reads like ال once normalised).
    /// </summary>
    public bool AfterGivenName(string norm)
    {
        foreach (var (text, tokens) in Tokenized())
            for (var k = 1; k < tokens.Count; k++)
                if (tokens[k].Norm == norm && Spaced(text, tokens[k - 1].End, tokens[k].Start)
                    && ((IsNameLike(tokens[k - 1].Norm) && !Definite(tokens[k - 1].Norm))
                        || (text[tokens[k - 1].Start] == 'إ' && tokens[k - 1].Norm.Length > 3 && !StopWords.Contains(tokens[k - 1].Norm)))
                    && !Stops.Contains(tokens[k - 1].Norm) && ReportingCues.Match(tokens[k - 1].Norm, out _) is null)
                    return true;
        return false;
    }

    /// <summary>
    /// An ال-word the article uses as a family name: right after a first name somewhere (سامي الخطيب) and right after a
    /// verb of saying somewhere else (وأضاف الخطيب). Roles and bodies are never family names.
    /// </summary>
    public bool IsFamilyName(string norm)
    {
        familyNames ??= FamilyNames();
        return familyNames.Contains(norm);
    }

    /// <summary>
    /// An ال-word the article gives after a first name (يوسف المساكني), and mentions again: a family name, though it may
    /// never follow a verb of saying. (Shared or not: a verb before it, هذا ونال المساكني, counts as another first name.)
    /// </summary>
    public bool FollowsAFirstName(string norm)
    {
        familyNames ??= FamilyNames();
        // (not after a noun in ة: جلسة القسم)
        return firstNames.TryGetValue(norm, out var first) && !first.EndsWith('ه') && Count(norm) >= 2;
    }

    /// <summary>An ال-word the article gives right after a name word at least once (ماهر السيد), however often it mentions it.</summary>
    public bool FollowsANameWord(string norm)
    {
        familyNames ??= FamilyNames();
        return firstNames.ContainsKey(norm);
    }

    /// <summary>
    /// <see cref="FollowsAFirstName"/>, the word before it being a common given name (خالد الغامدي), not any name-like word
    /// (أثارت الإعلامية).
    /// </summary>
    public bool FollowsACommonGivenName(string norm)
    {
        familyNames ??= FamilyNames();
        return (FollowsAFirstName(norm) && IsFirstName(firstNames[norm])) || (afterCompoundGivenName.Contains(norm) && Count(norm) >= 2);
    }

    private readonly HashSet<string> afterCompoundGivenName = new(StringComparer.Ordinal);

    private readonly HashSet<string> afterRoleAndName = new(StringComparer.Ordinal);

    /// <summary>
    /// The full name (خالد نجم) when a role word without ال is a family name the article gives right after a common given
    /// name, before punctuation or a word that ends a name (أكد خالد نجم، أمين السر …; later «وقال نجم»; عمرو دراج اليوم — a
    /// cyclist is no role there); null otherwise.
    /// </summary>
    public string? FullNameOfFamilyName(string norm)
    {
        if (!IsRole(norm) || norm.StartsWith("ال", StringComparison.Ordinal)) return null;
        // (cached per word: asked at every cue, a scan each time was quadratic on a long page)
        fullNamesOfFamilyNames ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!fullNamesOfFamilyNames.TryGetValue(norm, out var full)) fullNamesOfFamilyNames[norm] = full = FindFullNameOfFamilyName(norm);
        return full;
    }

    private Dictionary<string, string?>? fullNamesOfFamilyNames;

    private string? FindFullNameOfFamilyName(string norm)
    {
        foreach (var (text, tokens) in Tokenized())
            for (var k = 1; k < tokens.Count; k++)
                if (tokens[k].Norm == norm && IsFirstName(tokens[k - 1].Norm) && Spaced(text, tokens[k - 1].End, tokens[k].Start)
                    && (ClosesRoleWordName(k + 1 == tokens.Count || !Blank(text, tokens[k].End, tokens[k + 1].Start),
                            k + 1 < tokens.Count ? tokens[k + 1].Norm : null)
                        || (k + 1 < tokens.Count && HeadRole(tokens[k + 1].Norm) && !TakesRoleAfter(norm))))
                    return text[tokens[k - 1].Start..tokens[k].End];
        return null;
    }

    /// <summary>
    /// مجدى أمين رئيس القطاع العقاري: a role that heads a body right after a given name and a role word makes that word the
    /// family name — «أمين رئيس» is no construct (normalised).
    /// </summary>
    private static bool HeadRole(string norm) => norm is "رئيس" or "مدير" or "وزير" or "محافظ" or "سفير" or "المتحدث" or "الناطق";

    /// <summary>A role word whose construct is another role (نائب رئيس، مساعد وزير، وكيل وزارة، مستشار رئيس; normalised).</summary>
    private static bool TakesRoleAfter(string norm) => norm is "نائب" or "مساعد" or "وكيل" or "مستشار" or "كبير";

    /// <summary>
    /// What follows a role word after a common given name and makes it a family name, not a role in construct: the end, a
    /// comma or other punctuation, a word that ends a name (<see cref="ClosesName"/>) or a day (خالد نجم، عمرو دراج اليوم —
    /// not لاعب المنتخب).
    /// </summary>
    internal static bool ClosesRoleWordName(bool punctuationOrEnd, string? next) =>
        punctuationOrEnd || next is null || ClosesName(next) || TimeWord(next);

    /// <summary>An ال-word the article gives after a role and a first name (الشاعر هشام الجخ): that person's family name.</summary>
    public bool IntroducedAfterRole(string norm)
    {
        familyNames ??= FamilyNames();
        return afterRoleAndName.Contains(norm);
    }

    private readonly HashSet<string> calledAfterVerb = new(StringComparer.Ordinal);

    /// <summary>Names introduced right after a verb of saying and a role (قال وزير الإعلام السعودي عوّاد العواد): the speaker.</summary>
    private readonly HashSet<string> namedAfterVerb = new(StringComparer.Ordinal);

    /// <summary>
    /// The name's last word, or the first word of a full name, stands right after a verb of saying somewhere (وأضاف أرنولد،
    /// أكد عادل رمزي), or the name was introduced right after one and a role: the article calls a person by it.
    /// </summary>
    private bool CalledAfterVerb(string name)
    {
        if (namedAfterVerb.Contains(ArabicText.Normalize(name))) return true;
        familyNames ??= FamilyNames();
        var words = ArabicText.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (calledAfterVerb.Contains(words[^1]) || familyNames.Contains(words[^1])
            // (أكد عادل رمزي: a full name right after the verb)
            || (words.Length > 1 && calledAfterVerb.Contains(words[0])));
    }

    private readonly Dictionary<string, string> firstNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> sharedFamilies = new(StringComparer.Ordinal);

    /// <summary>
    /// An ال-family name the article gives two people, after two different first names (حسين المالكي، نوري المالكي): alone it
    /// would not tell them apart.
    /// </summary>
    public bool IsSharedFamilyName(string norm)
    {
        familyNames ??= FamilyNames();
        return sharedFamilies.Contains(norm);
    }

    private string? onlyMother, onlyFather;
    private bool parentsRead;

    /// <summary>
    /// The one mother (<paramref name="mother"/>) or father the article names, as written: a mother by her kunya (أم أحمد) or
    /// as someone's mother with a name (والدتها فاطمة، أمه حواء); a father as someone's father with a name (والده حمزة) — null
    /// when it names none, or more than one.
    /// </summary>
    public string? OnlyParent(bool mother)
    {
        if (!parentsRead)
        {
            parentsRead = true;
            HashSet<string> mothers = new(StringComparer.Ordinal), fathers = new(StringComparer.Ordinal);
            var (motherText, fatherText) = ((string?)null, (string?)null);
            foreach (var (text, tokens) in Tokenized())
                for (var k = 0; k + 1 < tokens.Count; k++)
                {
                    if (!Spaced(text, tokens[k].End, tokens[k + 1].Start)) continue;
                    var next = tokens[k + 1].Norm;
                    // (a name the article gives again or a common given name — not a place, a number or a verb: أم درمان، أم
                    // لثلاثة، والده يأكل)
                    // (…nor a place written as two words: أم درمان, أمدرمان)
                    if (!IsNameLike(next) || Stops.Contains(next) || next.StartsWith("ال", StringComparison.Ordinal) || IsPlace(next) || IsPlace("ام" + next)
                        || !(IsFirstName(next) || (Count(next) >= 2 && next[0] is not ('ي' or 'ت' or 'ل' or 'ب' or 'و')))) continue;
                    var w = QuoteExtractor.WithoutConjunction(tokens[k].Norm);
                    var isMother = w is "ام" or "امه" or "امها" or "والدته" or "والدتها";
                    var isFather = w is "والده" or "والدها" or "ابوه" or "ابوها";
                    if (!isMother && !isFather) continue;
                    // (the kunya is two words; with «his/her» the name alone)
                    var written = w == "ام" ? text[tokens[k].Start..tokens[k + 1].End] : text[tokens[k + 1].Start..tokens[k + 1].End];
                    if (isMother && mothers.Add(w == "ام" ? "ام " + next : next)) motherText = written;
                    if (isFather && fathers.Add(next)) fatherText = written;
                }
            onlyMother = mothers.Count == 1 ? motherText : null;
            onlyFather = fathers.Count == 1 ? fatherText : null;
        }
        return mother ? onlyMother : onlyFather;
    }

    private Dictionary<string, string?>? onlyTitled;

    /// <summary>
    /// The one person the article names behind this title (normalised, with ال: الشيخ، الحاجة), as first written with
    /// it — الشيخ عبد الله for a bare «الشيخ» later on; null when it names none so, or more than one.
    /// </summary>
    public string? OnlyTitled(string title)
    {
        onlyTitled ??= new(StringComparer.Ordinal);
        if (onlyTitled.TryGetValue(title, out var known)) return known;
        string? written = null;
        string? first = null;
        foreach (var (text, tokens) in Tokenized())
            for (var k = 0; k + 1 < tokens.Count; k++)
            {
                if (QuoteExtractor.WithoutConjunction(tokens[k].Norm) != title || !Spaced(text, tokens[k].End, tokens[k + 1].Start)) continue;
                var next = tokens[k + 1].Norm;
                // (a common given name or one the article repeats — not what the verb after the title takes: يقرع المعلم جرسا)
                if (!IsNameLike(next) || Stops.Contains(next) || IsPlace(next) || IsRole(next)
                    || !(IsFirstName(next) || next is "عبد" or "ابو" or "ام" || Count(next) >= 2)) continue;
                // (a compound given name is two words: الشيخ عبد الله، الحاج أبو علي، الحاج دخيل الله)
                var end = k + 2 < tokens.Count && Spaced(text, tokens[k + 1].End, tokens[k + 2].Start)
                          && (next is "عبد" or "ابو" or "ام" || tokens[k + 2].Norm is "الله" or "الدين") ? k + 2 : k + 1;
                var name = end == k + 2 ? next + " " + tokens[k + 2].Norm : next;
                if (first is null) (first, written) = (name, text[(tokens[k].Norm == title ? tokens[k].Start : tokens[k].Start + 1)..tokens[end].End]);
                // (two people behind the title: the title alone says not which)
                else if (first != name) return onlyTitled[title] = null;
            }
        return onlyTitled[title] = written;
    }

    private HashSet<string>? calledByName;

    /// <summary>
    /// The article calls someone by this word somewhere: right after a verb of saying (وتضيف ريتا) or kin with «his/her»
    /// (ابنتها ميرا), or right before another word of a name (ريتا خوري). Asked of a word that reads like an adverb, طويلا.
    /// </summary>
    public bool CalledByName(string norm)
    {
        // (after a verb of saying: FamilyNames keeps those)
        familyNames ??= FamilyNames();
        if (calledAfterVerb.Contains(norm)) return true;
        if (calledByName is null)
        {
            calledByName = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, tokens) in Tokenized())
                for (var k = 1; k < tokens.Count; k++)
                {
                    if (!Spaced(text, tokens[k - 1].End, tokens[k].Start)) continue;
                    if (KinWithPronoun(tokens[k - 1].Norm)) calledByName.Add(tokens[k].Norm);
                    var next = tokens[k].Norm;
                    if (IsNameLike(next) && !Stops.Contains(next) && !StopWords.Contains(next) && !next.StartsWith("ال", StringComparison.Ordinal)
                        && next[0] is not ('ي' or 'ت') && next[^1] != 'ا')
                        calledByName.Add(tokens[k - 1].Norm);
                }
        }
        return calledByName.Contains(norm);
    }

    private HashSet<string> FamilyNames()
    {
        var afterName = new HashSet<string>(StringComparer.Ordinal);
        var afterCue = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, tokens) in Tokenized())
        {
            for (var k = 1; k < tokens.Count; k++)
            {
                var norm = tokens[k].Norm;
                if (Spaced(text, tokens[k - 1].End, tokens[k].Start) && IsNameLike(norm) && !Stops.Contains(norm) && IsSpeechVerb(tokens[k - 1].Norm))
                    calledAfterVerb.Add(norm);
                if (!norm.StartsWith("ال", StringComparison.Ordinal) || norm.Length < 4 || IsRole(norm) || Organisations.Contains(norm)
                    || Stops.Contains(norm) || !Spaced(text, tokens[k - 1].End, tokens[k].Start)) continue;
                var before = tokens[k - 1].Norm;
                if (IsSpeechVerb(before)) afterCue.Add(norm);
                else if (IsNameLike(before) && !Stops.Contains(before) && ReportingCues.Match(before, out _) is null)
                {
                    afterName.Add(norm);
                    // (الشاعر هشام الجخ: a role, a first name and the family name)
                    if (k > 1 && IsRole(tokens[k - 2].Norm) && !IsRole(before) && !Organisations.Contains(before)) afterRoleAndName.Add(norm);
                    if (!IsRole(before) && !Organisations.Contains(before))
                    {
                        // (the same first name behind و or ف is no other person: أسعار القمح، وأسعار القمح)
                        if (firstNames.TryGetValue(norm, out var other) && other != before && other != before[1..] && other[1..] != before)
                            sharedFamilies.Add(norm);
                        else firstNames[norm] = before;
                    }
                }
                // جابر المبارك الحمد الصباح: the family name after the ال-names of father and grandfather
                else if (k > 2 && Definite(before) && !IsRole(before) && !Organisations.Contains(before) && Spaced(text, tokens[k - 2].End, tokens[k - 1].Start)
                         && (PlainName(tokens[k - 2].Norm)
                             || (k > 3 && Definite(tokens[k - 2].Norm) && !IsRole(tokens[k - 2].Norm) && PlainName(tokens[k - 3].Norm)
                                 && Spaced(text, tokens[k - 3].End, tokens[k - 2].Start))))
                {
                    afterName.Add(norm);
                    // (شمس الدين الكباشي، نور الدين الطبوبي: a compound given name, as common as a listed one)
                    if (before is "الدين" && PlainName(tokens[k - 2].Norm)) afterCompoundGivenName.Add(norm);
                }
            }
        }
        afterName.IntersectWith(afterCue);
        return afterName;
    }

    private (string Text, List<(int Start, int End, string Norm)> Tokens)[]? tokenized;
    private string? mainPerson;
    private bool mainPersonKnown;

    /// <summary>
    /// The one person the article is about: an ال-family name it gives after a given name in its first two sentences and
    /// mentions three times or more, while no other family name so given is mentioned twice; as first written, or null.
    /// </summary>
    public string? MainPerson()
    {
        if (mainPersonKnown) return mainPerson;
        mainPersonKnown = true;
        var all = Tokenized();
        var candidates = new Dictionary<string, string>(StringComparer.Ordinal);
        // (a word an ال-word follows is a noun and its adjective, no name: قوات الدعم السريع)
        var described = new HashSet<string>(StringComparer.Ordinal);
        for (var si = 0; si < all.Length; si++)
        {
            var (text, tokens) = all[si];
            for (var k = 1; k < tokens.Count; k++)
            {
                var norm = tokens[k].Norm;
                // (…not one and another joined by و: السيسي والمنفي)
                if (k + 1 < tokens.Count && tokens[k + 1].Norm.StartsWith("ال", StringComparison.Ordinal) && !IsRole(tokens[k + 1].Norm)
                    && Spaced(text, tokens[k].End, tokens[k + 1].Start))
                    described.Add(norm.Length > 4 && norm[0] is 'و' or 'ل' or 'ب' or 'ف' && norm.AsSpan(1).StartsWith("ال") ? norm[1..] : norm);
                if (!FamilyWord(norm) || TimeWord(norm) || !Spaced(text, tokens[k - 1].End, tokens[k].Start)) continue;
                var before = tokens[k - 1].Norm;
                var given = IsFirstName(before) || (k > 1 && Definite(before) && tokens[k - 2].Norm is "عبد" or "ابو");
                if (given) candidates.TryAdd(norm, si < 2 ? text[tokens[k].Start..tokens[k].End] : "");
            }
        }
        var repeated = candidates.Where(c => Count(c.Key) >= 2 && !described.Contains(c.Key)).ToList();
        if (repeated.Count == 1 && repeated[0].Value.Length > 0 && Count(repeated[0].Key) >= 3) mainPerson = repeated[0].Value;
        return mainPerson;
    }

    /// <summary>
    /// Each sentence with its words' spans and normalised forms, made once on first use and shared by the introduced
    /// roles, bodies and family names.
    /// </summary>
    private (string Text, List<(int Start, int End, string Norm)> Tokens)[] Tokenized()
    {
        if (tokenized is not null) return tokenized;
        tokenized = new (string, List<(int, int, string)>)[article.Sentences.Count];
        for (var si = 0; si < tokenized.Length; si++)
        {
            // (single marks read as the quote rules read them: a body's name in them, شركة طيران 'الاتحاد', is set off as in “…”)
            var text = article.Sentences[si].Text;
            if (text.AsSpan().IndexOfAny('\'', '‘') >= 0) text = QuoteExtractor.SingleMarks(text);
            var tokens = ReadWords(text, article.Tokens);
            tokenized[si] = (text, tokens);
        }
        return tokenized;
    }

    /// <summary>
    /// The words of <paramref name="text"/> as the quote rules read them: each word's span (<see cref="WordEnd"/>) and its
    /// normalised form — not a tatweel typed alone as a dash, nor a mark alone, which normalise to nothing.
    /// </summary>
    internal static List<(int Start, int End, string Norm)> ReadWords(string text, WordTokens words)
    {
        var tokens = new List<(int Start, int End, string Norm)>(text.Length / 6 + 4);
        var i = 0;
        while (i < text.Length)
        {
            if (!ArabicLetters.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            i = WordEnd(text, i);
            if (words.NormalizedString(text.AsSpan(start, i - start)) is { Length: > 0 } norm) tokens.Add((start, i, norm));
        }
        return tokens;
    }

    /// <summary>
    /// The words of sentences <paramref name="first"/> to <paramref name="last"/> joined by one space each, their marks read
    /// as the quote rules read them (QuoteExtractor.Marked, which keeps every position), as <see cref="ReadWords"/> would
    /// read the joined text of <paramref name="length"/> characters — taken from the words already read (one sentence's own
    /// list, shared: read it only); null when the lengths do not add up to it.
    /// </summary>
    internal List<(int Start, int End, string Norm)>? WordsOf(int first, int last, int length)
    {
        var sentences = Tokenized();
        var total = last - first;
        for (var k = first; k <= last; k++) total += sentences[k].Text.Length;
        if (total != length) return null;
        if (first == last) return sentences[first].Tokens;
        var joined = new List<(int Start, int End, string Norm)>();
        var offset = 0;
        for (var k = first; k <= last; k++)
        {
            foreach (var (start, end, norm) in sentences[k].Tokens) joined.Add((start + offset, end + offset, norm));
            offset += sentences[k].Text.Length + 1;
        }
        return joined;
    }

    /// <summary>
    /// The end of the word that starts at <paramref name="start"/>: its word characters, and the Arabic words a hyphen
    /// with no space joins to it — a transliterated compound name the quote rules read as one word (جوفروا رو-دي-بيزيو،
    /// آن-كلير) — but not a verb of saying after a dateline's hyphen («الوكيل الاخباري-شدد»، «نيوز-قال»), which stays a cue.
    /// </summary>
    internal static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && ArabicLetters.IsWordChar(text[i])) i++;
        while (i + 1 < text.Length && text[i] == '-' && i > start && ArabicLetters.IsArabicLetter(text[i - 1]) && ArabicLetters.IsArabicLetter(text[i + 1]))
        {
            var next = i + 1;
            while (next < text.Length && ArabicLetters.IsWordChar(text[next])) next++;
            if (ReportingCues.Match(ArabicText.Normalize(text[(i + 1)..next]), out _) is not null) break;
            i = next;
        }
        return i;
    }

    /// <summary>A role word's key: without ال, and لل as ال (الأمين العام للأمم المتحدة = أمين عام الأمم المتحدة).</summary>
    internal static string StripArticle(string norm) =>
        norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 3 ? norm[2..]
        : norm.StartsWith("لل", StringComparison.Ordinal) && norm.Length > 3 ? norm[2..]
        : norm;

    /// <summary>A rank or title a person's name follows (العميد، الفريق الركن، الدكتور، الشيخ), with or without ال.</summary>
    public static bool IsNameTitle(string norm) =>
        (norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm)
            is "عميد" or "لواء" or "عقيد" or "مقدم" or "رائد" or "فريق" or "ركن" or "مشير" or "جنرال" or "دكتور" or "دكتوره" or "مهندس"
            or "مهندسه" or "شيخ" or "امير" or "استاذ" or "حاج" or "كابتن"
            // (and the Western ranks the press transliterates: اللفتنانت كولونيل إيرل براون)
            or "لفتنانت" or "كولونيل" or "ميجور" or "ميجر" or "ادميرال"
            // (and a woman's: الرئيسة التنفيذية لمؤسسة "النوير"، الشيخة إنتصار الصباح; تقول الحاجة سعاد (62 عاما))
            or "شيخه" or "استاذه" or "حاجه"
            // (and the street's «uncle» and «auntie» before a name: يجلس عم بلقاسم، تراقب خالتي زهرة، يراقب العم سعيد)
            or "عم" or "عمي" or "خالتي"
            // (…and the Maghreb's and Egypt's titles of respect for an elder or a master of a craft: تقف نا فاطمة، لالة
            // زهرة، مولاي أحمد، يقول المعلم فتحي، الأسطى عادل، الريس سالم)
            or "نا" or "لاله" or "مولاي" or "معلم" or "اسطي" or "اسطا" or "ريس"
            // (…also as the Tunisian coast writes it: يطوي الرايس علي شباكه)
            or "رايس";

    /// <summary>A rank or title (<see cref="IsNameTitle"/>) or «Mr/Mrs» (السيد، السيدة), normalised: what opens a name set off after a role.</summary>
    internal static bool TitleOrMister(string norm) => IsNameTitle(norm) || norm is "السيد" or "السيده";

    /// <summary>
    /// Indefinite adjectives of a role (مدير أول، أمين عام، نائب تنفيذي، وزير سابق، أمين سر، مسؤول إماراتي بارز، مسؤول رفيع):
    /// no name.
    /// </summary>
    public static bool IsRoleAdjective(string norm) => norm is "اول" or "عام" or "عامه" or "سابق" or "سابقه" or "تنفيذي" or "تنفيذيه" or "سر" or "بارز" or "بارزه" or "رفيع" or "رفيعه" or "كبار" or "كبير" or "كبيره";

    /// <summary>
    /// بحضور، برئاسة، بمشاركة، برعاية (also behind و), normalised: ب and a verbal noun, «with the presence, chairing, taking part
    /// or patronage of» whom it is in construct with.
    /// </summary>
    private static bool InPresenceOf(string norm) =>
        (norm.Length > 5 && norm[0] == 'و' ? norm[1..] : norm) is "بحضور" or "برئاسه" or "بمشاركه" or "برعايه" or "بقياده" or "باشراف";

    /// <summary>يجلس، تقف، تعمل: a word of four letters or more in ي or ت that is no common given name — read as a verb.</summary>
    internal static bool PresentVerbLike(string norm) => norm.Length >= 4 && norm[0] is 'ي' or 'ت' && !IsFirstName(norm);

    /// <summary>Role phrase (and its head word) → the first name introduced with it, after it or right before it.</summary>
    private Dictionary<string, string> IntroducedRoles()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        sharedHeads = new HashSet<string>(StringComparer.Ordinal);
        var chained = new List<string>();
        foreach (var (text, tokens) in Tokenized())
        {
            var chainedAt = -1;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (!IsRole(tokens[k].Norm)) continue;
                // («a man», «a woman» the story has not named: يقف رجل عريض المنكبين، يلتقط — no role, nothing after or before it
                // his name; رجل الأعمال is one)
                if (QuoteExtractor.UnnamedPerson(tokens[k].Norm) && !(k + 1 < tokens.Count && Definite(tokens[k + 1].Norm))) continue;
                // عبد الناصر الوالي، قالت غانية النقيب، …: a role word with ال closing a name right after a given name, before
                // punctuation, is the family name — no role the name before it was introduced with (الوالي had stood for
                // «عبد الناصر»).
                if (k > 0 && Definite(tokens[k].Norm) && (PlainName(tokens[k - 1].Norm) || (k > 1 && tokens[k - 2].Norm is "عبد" or "ابو" && Definite(tokens[k - 1].Norm)))
                    && Blank(text, tokens[k - 1].End, tokens[k].Start) && (k + 1 == tokens.Count || !Blank(text, tokens[k].End, tokens[k + 1].Start)))
                    continue;
                var end = k;
                // Qualifiers: ال-words, and a construct noun before one (وزيرة البريد وتكنولوجيات الإعلام والاتصال).
                // (…not the time of the news: عقيلة صالح، رئيس البرلمان الليبي، اليوم السبت، بأوراق ترشحه)
                while (end + 1 < tokens.Count && end - k < 8 && Spaced(text, tokens[end].End, tokens[end + 1].Start)
                       && !Relative(tokens[end + 1].Norm) && !TimeWord(tokens[end + 1].Norm)
                       // (…nor a title set off by a comma, which opens the name: رئيس اللجنة الأولمبية السعودية، الأمير عبدالله)
                       && !(TitleOrMister(tokens[end + 1].Norm) && !Blank(text, tokens[end].End, tokens[end + 1].Start))
                       // (a given name with ال opens the name: النائب العام الليبي الصديق الصور)
                       && !(GivenNames.Contains(tokens[end + 1].Norm) && end + 2 < tokens.Count && Blank(text, tokens[end + 1].End, tokens[end + 2].Start)
                            && (PlainName(tokens[end + 2].Norm) || FamilyWord(tokens[end + 2].Norm)))
                       && (Definite(tokens[end + 1].Norm)
                           // محلل عسكري إسرائيلي، مسؤول حكومي: relational adjectives after a role without ال qualify it; they name nobody
                           || (!Definite(tokens[k].Norm) && end - k < 3 && Nisba(tokens[end + 1].Norm) && (end == k || Nisba(tokens[end].Norm))
                               && !GivenNames.Contains(tokens[end + 1].Norm) && !IsFirstName(tokens[end + 1].Norm))
                           // (…not what a verb of praise takes with ب: كما أشاد رئيس مجلس السيادة بالقوى السياسية)
                           || (QuoteExtractor.DefiniteBehindPreposition(tokens[end + 1].Norm)
                               && !(tokens[end + 1].Norm.StartsWith('ب') && k > 0 && QuoteExtractor.TakesObjectWithBa(tokens[k - 1].Norm)))
                           // (places or tribes and the one they name: رئيس المجلس الأعلى لقبائل ومدن فزان)
                           || PlaceNoun(tokens[end + 1].Norm) || PlaceNoun(tokens[end].Norm)
                           // (a construct noun, not أن or في before an ال-word: المسؤول النرويجي أن النرويج سجلت)
                           // (…not a given name before its ال-family name: زعيم حزب التجمع اليمني للإصلاح عبدالله الأحمر)
                           || (end + 2 < tokens.Count && Definite(tokens[end + 2].Norm) && !Stops.Contains(tokens[end + 1].Norm) && !IsFirstName(tokens[end + 1].Norm)
                               // (after an ال-qualifier only a و-word: وزير الشؤون الاجتماعية مالك الزاهي names him)
                               && (!Definite(tokens[end].Norm) || tokens[end + 1].Norm[0] == 'و' || tokens[end + 1].Norm == "باسم"))
                           // رئيس الاتحاد العراقي لكرة القدم، مستشار الرئيس لشؤون الصحة: ل and a noun before an ال-word
                           || (end + 2 < tokens.Count && tokens[end + 1].Norm.Length > 3 && tokens[end + 1].Norm[0] == 'ل'
                               && Definite(tokens[end + 2].Norm) && !Stops.Contains(tokens[end + 1].Norm) && !StopWords.Contains(tokens[end + 1].Norm)
                               && !IsRole(tokens[end + 1].Norm[1..]) && Blank(text, tokens[end + 1].End, tokens[end + 2].Start))
                           // رئيس المنظمة التونسية للدفاع عن المستهلك: a field behind لل and what it is for, after عن or على
                           || (tokens[end + 1].Norm is "عن" or "علي" && end + 2 < tokens.Count && Definite(tokens[end + 2].Norm)
                               && tokens[end].Norm.StartsWith("لل", StringComparison.Ordinal) && Blank(text, tokens[end + 1].End, tokens[end + 2].Start))
                           // وزير البريد و تكنولوجيات الإعلام: و typed apart (but not «الوزير و المستشار»: another person)
                           || (tokens[end + 1].Norm == "و" && end + 2 < tokens.Count && !IsRole(tokens[end + 2].Norm)
                               && (Definite(tokens[end + 2].Norm) || (end + 3 < tokens.Count && Definite(tokens[end + 3].Norm))))))
                    end++;
                // A body and its name after the role are where the person works (لمجمع سوناطراك توفيق حكار): skip them.
                var after = end + 1;
                if (after + 2 < tokens.Count && IsBodyWord(tokens[after].Norm) && !Definite(tokens[after + 1].Norm))
                {
                    // (…a body within a body, and the ال-words of its name: رئيس حزب حركة مجتمع السلم)
                    after++;
                    var nested = false;
                    while (after + 2 < tokens.Count && IsBodyWord(tokens[after].Norm) && !Definite(tokens[after + 1].Norm)
                           && Blank(text, tokens[after].End, tokens[after + 1].Start)) (after, nested) = (after + 1, true);
                    after++;
                    if (nested)
                        while (after + 1 < tokens.Count && Definite(tokens[after].Norm) && Blank(text, tokens[after - 1].End, tokens[after].Start)) after++;
                }
                // …also when its name has ال (المدير الفني لنادي الهلال البرتغالي جورجي جيسوس)
                else if (after + 2 < tokens.Count && IsBodyWord(tokens[after].Norm) && !Definite(tokens[after].Norm) && Definite(tokens[after + 1].Norm)
                         && Blank(text, tokens[after - 1].End, tokens[after].Start) && Blank(text, tokens[after].End, tokens[after + 1].Start))
                {
                    var named = after + 1;
                    while (named < tokens.Count && named - after <= 3 && Definite(tokens[named].Norm) && Blank(text, tokens[named - 1].End, tokens[named].Start)) named++;
                    if (named < tokens.Count && Blank(text, tokens[named - 1].End, tokens[named].Start) && IsNameLike(tokens[named].Norm)) after = named;
                }
                // …and an honorific and an abbreviated title before the name (معالي د. مديحة)
                if (after + 1 < tokens.Count && IsHonorific(tokens[after].Norm)) after++;
                // …and the rest of a rank whose first word closed the role's phrase (الفريق أول ركن عبد الفتاح البرهان)
                while (after + 1 < tokens.Count && tokens[after].Norm is "اول" or "ركن" && (IsNameTitle(tokens[after - 1].Norm) || tokens[after - 1].Norm == "اول")
                       && Blank(text, tokens[after - 1].End, tokens[after].Start))
                    after++;
                // …or a title set off by a comma (رئيس الاتحاد العراقي لكرة القدم، الأستاذ عبد الخالق مسعود), or «Mr» (رئيس
                // الجمهورية، السيد عبد المجيد تبون)
                if (after + 1 < tokens.Count && TitleOrMister(tokens[after].Norm) && Definite(tokens[after].Norm)
                    && Blank(text, tokens[after].End, tokens[after + 1].Start) && IsNameLike(tokens[after + 1].Norm)) after++;
                if (after + 1 < tokens.Count && tokens[after].Norm.Length == 1 && tokens[after].Norm[0] is not ('و' or 'ل' or 'ب' or 'ف' or 'ك')) after++;
                // Only across spaces, a comma or quote marks (المدير الفني "روبرتو مانشيني"): «وزير الداخلية: نواجه تحدي …» is a
                // headline, and its words no name.
                // اللاعب الذي قاد فريقه: a relative clause describes the role-holder; its words name nobody.
                // (…nor what a verb taking its object with ب took, a construct before an ال-word: وطالب النائب بسحب ملف الدواء —
                // not a name that opens with ب: وندد الرئيس النيجيرى بولا تينوبو، وهو)
                // (…nor the medium the words were said to: مصدر أمني لفرانس برس)
                var opens = after < tokens.Count && !Relative(tokens[after].Norm) && Linked(text, tokens[after - 1].End, tokens[after].Start)
                            && !QuoteExtractor.ToMedium(tokens[after].Norm)
                            && !OpensLongQuotation(text, tokens[after - 1].End, tokens[after].Start)
                            && !(k > 0 && tokens[after].Norm.StartsWith('ب') && QuoteExtractor.TakesObjectWithBa(tokens[k - 1].Norm)
                                 && after + 2 < tokens.Count && Definite(tokens[after + 2].Norm) && Blank(text, tokens[after].End, tokens[after + 1].Start)
                                 && Blank(text, tokens[after + 1].End, tokens[after + 2].Start));
                var forward = opens ? NameRun(text, tokens, after, +1) : null;
                var afterVerb = k > 0 && ReportingCues.Match(tokens[k - 1].Norm, out _) is not null;
                // صرح وزير التربية طارق المجذوب لـ"الجديد": right after a verb of saying, a full name the article gives only
                // here is the role-holder all the same (behind any ranks: الفريق الركن الشيخ راشد بن عبدالله آل خليفة).
                // Such a name stands for the role alone and the role's exact phrase: not for other descriptions with the role word
                // (namedAfterVerb), which may be another person's the article names once too.
                if (forward is not null && afterVerb) namedAfterVerb.Add(ArabicText.Normalize(forward));
                // رئيس الوزراء، محمد شياع السوداني قال …، رئيس الاتحاد القطري لكرة القدم، الشيخ حمد بن خليفة آل ثاني، …: a full name
                // set off by a comma after the role (behind a title) and closed as a name is (NamedOnce) is the role-holder's.
                if (forward is null && opens && !afterVerb && end + 1 < tokens.Count && !Blank(text, tokens[end].End, tokens[end + 1].Start)
                    && Spaced(text, tokens[end].End, tokens[end + 1].Start))
                {
                    var from = after;
                    while (from + 1 < tokens.Count && from - after < 2 && IsNameTitle(tokens[from].Norm) && Blank(text, tokens[from].End, tokens[from + 1].Start)) from++;
                    if (NamedOnce(text, tokens, from) is { } set && set.Contains(' ')) forward = set;
                }
                if (forward is null && opens && afterVerb && Spaced(text, tokens[end].End, tokens[after].Start))
                {
                    var from = after;
                    while (from + 1 < tokens.Count && from - after < 3 && IsNameTitle(tokens[from].Norm) && Spaced(text, tokens[from].End, tokens[from + 1].Start)) from++;
                    forward = from == after || Spaced(text, tokens[from - 1].End, tokens[from].Start) ? NamedOnce(text, tokens, from) : null;
                }
                // محادثات مع ملك الأردن عبد الله الثاني: so is one after «with» the role, whom someone met or spoke with.
                if (forward is null && opens && k > 0 && tokens[k - 1].Norm is "مع" && Blank(text, tokens[k - 1].End, tokens[k].Start)
                    && Blank(text, tokens[end].End, tokens[after].Start) && NamedOnce(text, tokens, after) is { } met && met.Contains(' '))
                    forward = met;
                // وأصدر وزير الشؤون الاجتماعية والعمل الجديد عامر بن شوين الحوسني قرارات: after the verb opening the sentence, a
                // name with a link of lineage right after the role is the role-holder's, whatever follows it — no object reads so.
                if (forward is null && opens && k == 1 && Blank(text, tokens[end].End, tokens[after].Start) && LineageName(text, tokens, after) is { } lineage)
                    forward = lineage;
                // من الفنان عساف.: one name word the article repeats, closed by a full stop or a colon (a comma may close a place:
                // محافظ مطروح،), is the role-holder's.
                // (not a place: «بحضور وزير الإعمار» closing a headline before the dateline «بغداد –»)
                if (forward is null && opens && Spaced(text, tokens[end].End, tokens[after].Start) && IsNameLike(tokens[after].Norm)
                    && !Stops.Contains(tokens[after].Norm) && !Places.Contains(tokens[after].Norm) && ReportingCues.Match(tokens[after].Norm, out _) is null && Count(tokens[after].Norm) >= 2
                    && (after + 1 == tokens.Count || !Spaced(text, tokens[after].End, tokens[after + 1].Start)))
                    forward = text[tokens[after].Start..tokens[after].End];
                // أكد إيهاب أبو جزر، مدرب المنتخب الوطني، أهمية المشاركة: a role set off by commas right after a name is that
                // name's, whatever follows it.
                if (k > 2 && Comma(text, tokens[k - 1].End, tokens[k].Start) && end + 1 < tokens.Count && Comma(text, tokens[end].End, tokens[end + 1].Start)
                    && Apposition(text, tokens, k - 1) is { } before)
                    forward = before;
                // وأوضح يوسف صادق، وهو سائق مغربي يقود شاحنة: so is one set off by «، وهو» before it.
                else if (k > 3 && tokens[k - 1].Norm is "وهو" or "وهي" && Comma(text, tokens[k - 2].End, tokens[k - 1].Start)
                         && Blank(text, tokens[k - 1].End, tokens[k].Start) && Apposition(text, tokens, k - 2) is { } introduced)
                    forward = introduced;
                var name = forward
                    // (not the words of the role-holder in construct before it: كلمة النائب، تصريح الوزير)
                    ?? (k > 0 && Linked(text, tokens[k - 1].End, tokens[k].Start)
                        && tokens[k - 1].Norm is not ("كلمه" or "تصريح" or "تصريحات" or "بيان" or "حديث" or "خطاب" or "رساله" or "مداخله")
                        // (nor «in the presence of», «chaired by» before it: جرت بحضور وزير المالية — «بحضور» again elsewhere is
                        // no name the article repeats)
                        && !InPresenceOf(tokens[k - 1].Norm)
                        // (nor an honorific before it: فضيلة الإمام الأكبر)
                        && !IsHonorific(tokens[k - 1].Norm)
                        // (nor the narration's verb before «a man»: يجلس رجل سبعيني, in an article that says يجلس again)
                        && !(!Definite(tokens[k].Norm) && PresentVerbLike(tokens[k - 1].Norm))
                        ? NameRun(text, tokens, k - 1, -1) : null)
                    // أكد عادل رمزي، مدرب الوداد: a full name set off before the role, even when the article names him once.
                    ?? (k > 2 && Comma(text, tokens[k - 1].End, tokens[k].Start) ? Apposition(text, tokens, k - 1) : null)
                    // أكد توفيق الشكري المتحدث باسم …: with no comma, when an ال-family name closes the name before the role
                    ?? (k > 2 && Blank(text, tokens[k - 1].End, tokens[k].Start) && FamilyWord(tokens[k - 1].Norm) && !IsRoleAdjective(tokens[k - 1].Norm[2..])
                        ? Apposition(text, tokens, k - 1) : null)
                    // أكد إبراهيم صابر محافظ القاهرة أن: right after a verb of saying, a first name and one name word before the
                    // role, even when the article names him once.
                    ?? (k > 2 && ReportingCues.Match(tokens[k - 3].Norm, out _) is not null && IsFirstName(tokens[k - 2].Norm) && PlainName(tokens[k - 1].Norm)
                        && !Places.Contains(tokens[k - 1].Norm) && !Nisba(tokens[k - 1].Norm)
                        && Blank(text, tokens[k - 3].End, tokens[k - 2].Start) && Blank(text, tokens[k - 2].End, tokens[k - 1].Start) && Blank(text, tokens[k - 1].End, tokens[k].Start)
                        ? text[tokens[k - 2].Start..tokens[k - 1].End] : null)
                    // (…and a compound name word: شدد مصطفى أبو زهرة عضو اتحاد الكرة أن)
                    ?? (k > 3 && ReportingCues.Match(tokens[k - 4].Norm, out _) is not null && IsFirstName(tokens[k - 3].Norm)
                        && tokens[k - 2].Norm is "ابو" or "بن" or "ال" or "عبد" && PlainName(tokens[k - 1].Norm)
                        && Blank(text, tokens[k - 4].End, tokens[k - 3].Start) && Blank(text, tokens[k - 3].End, tokens[k - 2].Start)
                        && Blank(text, tokens[k - 2].End, tokens[k - 1].Start) && Blank(text, tokens[k - 1].End, tokens[k].Start)
                        ? text[tokens[k - 3].Start..tokens[k - 1].End] : null);
                var key = string.Join(' ', tokens.GetRange(k, end - k + 1).Select(t => StripArticle(t.Norm)));
                // هنأ الرئيس العام لرعاية الشباب رئيس اللجنة الأولمبية السعودية، الأمير عبدالله بن مساعد: a role phrase right
                // before another role is the same person's, whom the last one names.
                if (k != chainedAt) chained.Clear();
                if (name is null)
                {
                    // (not a preposition that reads as one: الوزير أمام اجتماع — «before», not «imam»)
                    if (after < tokens.Count && IsRole(tokens[after].Norm) && !Definite(tokens[after].Norm) && Blank(text, tokens[end].End, tokens[after].Start)
                        && !Stops.Contains(tokens[after].Norm) && !StopWords.Contains(tokens[after].Norm))
                    {
                        chained.Add(key);
                        chainedAt = after;
                    }
                    continue;
                }
                // (…by a full name only)
                if (name.Contains(' ')) foreach (var earlier in chained) map.TryAdd(earlier, name);
                chained.Clear();
                map.TryAdd(key, name);
                var head = StripArticle(tokens[k].Norm);
                if (!map.TryAdd(head, name) && ArabicText.Normalize(map[head]) != ArabicText.Normalize(name)) sharedHeads.Add(head);
            }
        }
        return map;
    }

    /// <summary>
    /// The most mentioned word, mentioned at least twice in the article, of a run of 2–4 name-like words (a full name) starting at
    /// <paramref name="from"/> (a comma may precede it); cues and و-words longer than وليد (conjunctions) end the run. The ال-half
    /// of a compound name (عبد الوافي) belongs to the run.
    /// </summary>
    private string? NameRun(string text, List<(int Start, int End, string Norm)> tokens, int from, int step)
    {
        var best = (string?)null;
        var bestCount = 0;
        var length = 0;
        for (int j = from, n = 0; j >= 0 && j < tokens.Count && n < 4; j += step, n++)
        {
            length++;
            var t = tokens[j];
            // عبد الوافي، أبو الغيط: an ال-word right after a connector is the second half of a compound name.
            var compoundHalf = j > 0 && Connectors.Contains(tokens[j - 1].Norm) && t.Norm.StartsWith("ال", StringComparison.Ordinal)
                && t.Norm.Length > 3 && Spaced(text, tokens[j - 1].End, t.Start);
            // محمود الخطيب رئيس الأهلي: read back from a role, an ال-family name after a first name is part of the name.
            compoundHalf |= step < 0 && j == from && j > 0 && Definite(t.Norm) && t.Norm.Length > 3 && !IsRole(t.Norm)
                && !Organisations.Contains(t.Norm) && !Places.Contains(t.Norm) && !Stops.Contains(t.Norm)
                && ((IsNameLike(tokens[j - 1].Norm) && !Stops.Contains(tokens[j - 1].Norm))
                    // (…or after a compound given name: عبد المنعم الجمل)
                    || (j > 1 && tokens[j - 2].Norm is "عبد" or "ابو" && Definite(tokens[j - 1].Norm)))
                && Spaced(text, tokens[j - 1].End, t.Start);
            // محمد الأمين ترك، محمد الحسن ولد لبات: an ال-word between a given name and a family name is the second half of a
            // compound given name.
            compoundHalf |= step > 0 && j > from && Definite(t.Norm) && t.Norm.Length > 3 && !Organisations.Contains(t.Norm) && !Places.Contains(t.Norm)
                && !Stops.Contains(t.Norm) && !TimeWord(t.Norm) && IsNameLike(tokens[j - 1].Norm) && j + 1 < tokens.Count
                && (IsNameLike(tokens[j + 1].Norm) || Connectors.Contains(tokens[j + 1].Norm)) && !Stops.Contains(tokens[j + 1].Norm)
                && Spaced(text, tokens[j - 1].End, t.Start) && Blank(text, t.End, tokens[j + 1].Start);
            // عبد الفتاح البرهان after «الفريق أول ركن»: read forward, an ال-family name the article repeats closes the name
            // after a compound given name or a common one (not أصحاب الصحف، لأبنائه الطلاب: any word and an ال-noun).
            compoundHalf |= step > 0 && j > from && FamilyWord(t.Norm) && !TimeWord(t.Norm) && Count(t.Norm) >= 2
                && ((j - 2 >= from && tokens[j - 2].Norm is "عبد" or "ابو" && Definite(tokens[j - 1].Norm)) || IsFirstName(tokens[j - 1].Norm))
                && Spaced(text, tokens[j - 1].End, t.Start);
            // (a two-letter word is a function word, but for a given name opening the run forward: الرئيس الأمريكي جو بايدن)
            var shortGiven = step > 0 && j == from && t.Norm.Length == 2 && IsNameLike(t.Norm) && !Stops.Contains(t.Norm);
            var roleInName = RoleWordInName(text, tokens, j);
            compoundHalf |= roleInName;
            if ((!IsNameLike(t.Norm) && !compoundHalf) || Stops.Contains(t.Norm) || Places.Contains(t.Norm)
                || (t.Norm.Length < 3 && !Connectors.Contains(t.Norm) && !shortGiven) || (t.Norm[0] == 'و' && t.Norm.Length > 4)
                || ReportingCues.Match(t.Norm, out _) is not null || Acronym(text, t.Start, t.End)
                // (…nor is the stance or the news a verb of saying takes: أكد وزير الرياضة أشرف صبحي جاهزية استاد القاهرة)
                || QuoteExtractor.StanceNoun(t.Norm)
                // (…nor «met», whose ت-form reads as ال and a noun: في لقاء غير مسبوق إلتقى بابا الفاتيكان فرنسيس)
                || t.Norm is "التقي" or "التقت"
                // (…nor a body, the verb's object after the name: طالب وزير الخارجية أحمد عيسى عوض شركة موانئ دبي)
                || Organisations.Contains(t.Norm)
                // (a word written with tanween is an indefinite noun, never a name: رئيس الوزراء القطري تفاؤلًا حذرًا)
                || text.AsSpan(t.Start, t.End - t.Start).IndexOfAny('\u064B', '\u064C', '\u064D') >= 0
                // (…nor is one the article also writes with ال, a noun: حادث قطار مطروح beside القطار, مسألة مياه نهر الفرات beside المياه)
                || (step > 0 && t.Norm.Length > 2 && !Definite(t.Norm) && Count("ال" + t.Norm) > 0)) { length--; break; }
            // Mentions beyond the run itself (أحمد محمد محمد الكاروري: محمد twice in one name is no second mention).
            var c = Count(t.Norm);
            for (int o = from, m = 0; o >= 0 && o < tokens.Count && m < 4; o += step, m++)
                if (o != j && tokens[o].Norm == t.Norm) c--;
            // …and, among those mentioned twice, the one that closes mentions first (see CallWeight).
            var weight = Closing(t.Norm) * 1000 + c;
            // (الله of عبد الله is counted in حزب الله and إن شاء الله too: its compound is no better a mention than the family name)
            if (weight >= bestCount && c >= 2 && !roleInName && !(Connectors.Contains(t.Norm) && t.Norm != "عبد") && !CompletesName(t.Norm) && !Regnal(t.Norm)) { best = Compound(text, tokens, j); bestCount = weight; }
            var next = j + step;
            if (next < 0 || next >= tokens.Count) break;
            var (a, b) = step > 0 ? (t.End, tokens[next].Start) : (tokens[next].End, t.Start);
            if (!Spaced(text, a, b)) break;
        }
        return length >= 2 ? best : null;
    }

    /// <summary>
    /// A name joined by links of lineage from <paramref name="from"/>, as written: a name word, then بن/ابن/بنت and a name word
    /// once or twice, and an ال-family name or آل and a name closing it if one follows (عامر بن شوين الحوسني، عبد الله بن زايد
    /// آل نهيان); null for anything else.
    /// </summary>
    private string? LineageName(string text, List<(int Start, int End, string Norm)> tokens, int from)
    {
        bool Word(int j) => j < tokens.Count && PlainName(tokens[j].Norm) && !IsRole(tokens[j].Norm) && Blank(text, tokens[j - 1].End, tokens[j].Start);
        if (from >= tokens.Count || !PlainName(tokens[from].Norm) || IsRole(tokens[from].Norm)) return null;
        var last = from;
        for (var links = 0; links < 2 && last + 2 < tokens.Count && LineageLink(tokens[last + 1].Norm)
                                        && Blank(text, tokens[last].End, tokens[last + 1].Start) && Word(last + 2); links++)
            last += 2;
        if (last == from) return null;
        if (last + 1 < tokens.Count && Blank(text, tokens[last].End, tokens[last + 1].Start))
        {
            var next = tokens[last + 1].Norm;
            if (next == "ال" && Word(last + 2)) last += 2;
            else if (Definite(next) && next.Length > 3 && !IsRole(next) && !Organisations.Contains(next) && !Places.Contains(next) && !Stops.Contains(next)
                     && !TimeWord(next)) last++;
        }
        return text[tokens[from].Start..tokens[last].End];
    }

    /// <summary>
    /// A word in Latin capitals (BBC، CNN; URL where a corpus stripped a link) names a body or a medium, never a person.
    /// </summary>
    private static bool Acronym(string text, int start, int end)
    {
        if (end - start < 2) return false;
        foreach (var c in text.AsSpan(start, end - start))
            if (c is < 'A' or > 'Z') return false;
        return true;
    }

    /// <summary>
    /// A full name of two to four words from <paramref name="from"/> as written — name words, connectors and their ال-halves
    /// (بن عبدالله آل خليفة، عبد العزيز), closed by an ال-family name or by what cannot go on a name: punctuation, a
    /// function word (إن، في، خلال), ل. Null when a name-like word follows, which may be the verb's object.
    /// </summary>
    private string? NamedOnce(string text, List<(int Start, int End, string Norm)> tokens, int from)
    {
        var last = -1;
        for (var j = from; j < tokens.Count && j < from + 6; j++)
        {
            var norm = tokens[j].Norm;
            if (j > from && !Spaced(text, tokens[j - 1].End, tokens[j].Start)) break;
            var compoundHalf = j > from && Connectors.Contains(tokens[j - 1].Norm) && Definite(norm);
            var nameWord = IsNameLike(norm) && !Stops.Contains(norm) && !Places.Contains(norm) && !IsBodyWord(norm) && norm.Length >= 3
                           && ReportingCues.Match(norm, out _) is null && !IsHonorific(norm) && !IsNameTitle(norm)
                           && !WithPronoun(norm) && !QuoteExtractor.StanceNoun(norm);
            if (compoundHalf || RoleWordInName(text, tokens, j) || (nameWord || Connectors.Contains(norm)) && !(j == from && norm[0] is 'و' or 'ل' or 'ب'))
            {
                last = j;
                continue;
            }
            // …an ال-family name closes it (طارق المجذوب، أحمد الطيب)
            if (j > from && Definite(norm) && norm.Length > 3 && !IsRole(norm) && !Stops.Contains(norm) && !Organisations.Contains(norm) && !Places.Contains(norm))
                // (…with الله or الدين completing it: خالد الجار الله)
                last = j + 1 < tokens.Count && CompletesName(tokens[j + 1].Norm) && Spaced(text, tokens[j].End, tokens[j + 1].Start) ? j + 1 : j;
            break;
        }
        if (last < from + 1 || Connectors.Contains(tokens[last].Norm)) return null;
        // …and what follows shows where it ends: punctuation or a mark, إن/أن, the time, place or medium of the words, or a verb
        // of saying (رئيس الوزراء، محمد شياع السوداني قال).
        var next = last + 1;
        if (next < tokens.Count && Blank(text, tokens[last].End, tokens[next].Start) && !ClosesName(tokens[next].Norm)
            && ReportingCues.Match(tokens[next].Norm, out _) is null) return null;
        return text[tokens[from].Start..tokens[last].End];
    }

    /// <summary>Words that may follow a full name in a report of speech: إن/أن, and when, where or to whom it was said.</summary>
    internal static bool ClosesName(string norm) =>
        norm is "ان" or "انه" or "انها" or "بان" or "بانه" or "بانها" or "في" or "خلال" or "اليوم" or "امس" or "مساء" or "صباح" or "عقب"
            or "لدي" or "ل" or "عبر" or "اثناء" or "قائلا" or "مؤكدا" or "موضحا" or "مشيرا" or "مضيفا"
            // (…and what a verb of warning or stressing takes: حذر العاهل الأردني الملك عبد الله الثاني من، شدد … على)
            or "من" or "علي"
        // (لوكالة، لقناة، للصحفيين: to whom)
        || (norm.Length > 3 && norm[0] == 'ل')
        // (…and the stance or the news the verb takes: أكد … أشرف صبحي جاهزية استاد القاهرة)
        || QuoteExtractor.StanceNoun(norm);

    /// <summary>
    /// The two or three name words ending at <paramref name="last"/>, right after a verb of saying (أكد عادل رمزي، مدرب …؛ قال
    /// بدر عبد العاطي، وزير …): the whole name as written; null for anything else.
    /// </summary>
    private string? Apposition(string text, List<(int Start, int End, string Norm)> tokens, int last)
    {
        bool NameWord(string norm) => IsNameLike(norm) && !Stops.Contains(norm) && ReportingCues.Match(norm, out _) is null;
        // …the last may be an ال-family name or the ال-half of a compound (أحمد الطيب، بدر عبد العاطي)
        var familyEnd = Definite(tokens[last].Norm) && tokens[last].Norm.Length > 3 && !IsRole(tokens[last].Norm)
                        && !Stops.Contains(tokens[last].Norm) && !Organisations.Contains(tokens[last].Norm) && !Places.Contains(tokens[last].Norm);
        var first = last;
        while (first > 0 && last - first < 2 && NameWord(tokens[first - 1].Norm)
               && Blank(text, tokens[first - 1].End, tokens[first].Start))
            first--;
        if (!(NameWord(tokens[last].Norm) || familyEnd) || first == last || first < 1) return null;
        // (…or any verb cue, or «addressed»: وجه أسامة عبد الخالق، مندوب مصر بمجلس الأمن، الشكر)
        var verb = tokens[first - 1].Norm;
        return IsSpeechVerb(verb) || ReportingCues.Match(verb, out _) == CueKind.Verb || verb is "وجه" or "ووجه"
            ? text[tokens[first].Start..tokens[last].End] : null;
    }

    /// <summary>A relative pronoun (الذي، التي، الذين، اللذين، اللتين; normalised).</summary>
    internal static bool Relative(string norm) => norm is "الذي" or "التي" or "الذين" or "اللذين" or "اللتين" or "اللاتي";

    /// <summary>An ال-word, also behind و — not إلى and إلا, which normalise to one (وأنهت الشركة إلى “…”).</summary>
    /// <summary>
    /// A plural with ال, in ات (السلطات، الحكومات) — or also in ين/ون with <paramref name="masculineToo"/> (المواطنين): no
    /// singular body's or role's adjective, so the object of the verb after them. Not behind و (هيئة الإعلام والاتصالات).
    /// </summary>
    internal static bool DefinitePlural(string norm, bool masculineToo = false) =>
        norm.Length >= 6 && norm.StartsWith("ال", StringComparison.Ordinal)
        && (norm.EndsWith("ات", StringComparison.Ordinal) || (masculineToo && norm[^2..] is "ين" or "ون"));

    internal static bool Definite(string norm) =>
        (norm.StartsWith("ال", StringComparison.Ordinal) || norm.StartsWith("وال", StringComparison.Ordinal))
        && norm is not ("الي" or "الا" or "والي" or "والا")
        && !LamWord(norm[0] == 'و' ? norm.AsSpan(1) : norm);

    // (the letter after ال first: Definite is asked of nearly every word)
    private static bool LamWord(ReadOnlySpan<char> norm) =>
        norm.Length >= 5 && norm[2] is 'ق' or 'غ' or 'ز' or 'ح' or 'ت' or 'ك' && LamWordsLookup.Contains(norm);

    /// <summary>
    /// Words whose own ل follows a hamza the normaliser makes bare, so that they read as ال and a noun: the verbal nouns of
    /// roots that open with ل (إلقاء، إلغاء، التزام) and إلكتروني — أعلنت الوزارة إلقاء القبض has no ال-word after the body.
    /// (Not the verbs, التقى الرئيس …: an opening verb read as a noun keeps its sentence from naming a subject, which the
    /// dev pages were measured with.)
    /// </summary>
    private static readonly HashSet<string> LamWords = new(StringComparer.Ordinal)
    {
        "القاء", "الغاء", "الزام", "الحاق", "التزام", "التفاف", "التحاق", "التقاء", "التماس", "الكتروني", "الكترونيه", "الكترونيا",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LamWordsLookup = LamWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A mark between the role and the next word that opens more than a name: وأضاف لاعب المنتخب “استطعنا تغيير الصورة …”
    /// quotes him, المدير الفني "روبرتو مانشيني" names him (the quotation closes within four words).
    /// </summary>
    private static bool OpensLongQuotation(string text, int from, int to)
    {
        var open = text.AsSpan(from, to - from).IndexOfAny("«“”\"");
        if (open < 0) return false;
        var close = text.AsSpan(to).IndexOfAny("»“”\"");
        return close < 0 || ArticleModel.CountWords(text.Substring(to, close)) > 4;
    }

    /// <summary>Only spaces, commas or quote marks between two positions: a role and the name it introduces.</summary>
    private static bool Linked(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('،' or ',' or '\u200f' or '\u200e') && !QuoteSpans.IsMark(text[i])) return false;
        return true;
    }

    /// <summary>One comma and spaces between two positions (محمد العطا، محافظ …).</summary>
    private static bool Comma(string text, int from, int to) => text.AsSpan(from, to - from).Trim() is "،" or ",";

    private static bool Spaced(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('،' or ',' or '\u200f' or '\u200e')) return false;
        return true;
    }

    private static readonly WordList Stops = new("speaker-stops.txt");

    /// <summary>How often the speaker is mentioned, relative to the most mentioned speaker so far (0..1).</summary>
    public double Prominence(string speaker)
    {
        var c = Count(ArabicText.Normalize(speaker));
        maxMentions = Math.Max(maxMentions, c);
        return Math.Min(1.0, c / (double)maxMentions);
    }

    /// <summary>Occurrences of a normalised word in the article, alone or behind one of و ل ب ف.</summary>
    private int Count(string norm)
    {
        if (norm.Length == 0) return 0;
        words ??= CountWords();
        return WithPrefixes(words, norm);
    }

    /// <summary>The count of <paramref name="norm"/> plus those of it behind one of و ل ب ف, from per-word <paramref name="counts"/>.</summary>
    private static int WithPrefixes(Dictionary<string, int> counts, string norm)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var n = lookup.TryGetValue(norm, out var bare) ? bare : 0;
        Span<char> prefixed = stackalloc char[norm.Length + 1];
        norm.AsSpan().CopyTo(prefixed[1..]);
        foreach (var p in "ولبف")
        {
            prefixed[0] = p;
            if (lookup.TryGetValue(prefixed, out var c)) n += c;
        }
        return n;
    }

    /// <summary>Counts every normalised word of the article once, on first use (from the words <see cref="Tokenized"/> read).</summary>
    private Dictionary<string, int> CountWords()
    {
        var counts = new Dictionary<string, int>(DistinctWordsGuess(), StringComparer.Ordinal);
        foreach (var (_, tokens) in Tokenized())
            foreach (var t in tokens) CollectionsMarshal.GetValueRefOrAddDefault(counts, t.Norm, out _)++;
        return counts;
    }
}
