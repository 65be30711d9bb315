namespace Bot.Text;

// Whose words: the speaker a cue names, the phrase after a cue, the previous speaker carried on.
internal static partial class QuoteExtractor
{
    /// <summary>
    /// The body named right before الذي/التي and the verb cue <paramref name="k"/> after it, the verb agreeing with the pronoun
    /// (الحكومة التي ترى، المجلس الذي يرى، وزارة الصحة التي قالت) — not «الحكومة التي قال إنها», where someone else speaks of it.
    /// </summary>
    private static string? BodyBeforeRelative(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (k < 2 || tokens[k].Prefixed || tokens[k - 1].Norm is not ("الذي" or "التي") || !Joined(s, tokens[k - 2].End, tokens[k - 1].Start)
            || !Joined(s, tokens[k - 1].End, tokens[k].Start)) return null;
        // (ترى، قالت: feminine; يرى، قال: masculine)
        var verb = tokens[k].Norm;
        if ((verb[0] == 'ت' || verb[^1] == 'ت') != (tokens[k - 1].Norm == "التي")) return null;
        // (the pronoun taken up after the verb leaves the verb another subject: المذكرة الرسمية التي أعربت من خلالها الجزائر)
        for (var m = k + 1; m < tokens.Count && m <= k + 2; m++)
            if (tokens[m].Norm is "خلالها" or "خلاله" or "فيها" or "فيه" or "عبرها" or "عبره" or "بموجبها" or "بموجبه") return null;
        // The body word, with ال or before ال-words, and the ال-words after it up to the pronoun (الحكومة التي، وزارة الصحة
        // التي، الحكومة البريطانية التي).
        var at = k - 2;
        for (var b = at; b >= 0 && at - b <= 3; b--)
        {
            if (b < at && !Joined(s, tokens[b].End, tokens[b + 1].Start)) return null;
            if (SpeakerNames.IsOrganisation(tokens[b].Norm) && (Definite(tokens[b].Norm) || b < at)) return names.Prefer(s.Text[tokens[b].Start..tokens[at].End]);
            if (!Definite(tokens[b].Norm)) return null;
        }
        return null;
    }

    /// <summary>
    /// وكانت وزارة الداخلية المغربية، أكدت ارتفاع نسبة المشاركة: after a sentence's opening كان, a body or a role set off by
    /// a comma right before an unprefixed verb cue is that verb's subject — what follows the verb is its object («نسبة»
    /// had been printed). Null otherwise.
    /// </summary>
    private static string? KanaSubjectBeforeComma(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (s.Tokens[k].Cue != CueKind.Verb || s.Tokens[k].Prefixed || k is < 2 or > 9
            || tokens[0].Norm is not ("وكان" or "وكانت" or "كان" or "كانت")
            || !(SpeakerNames.IsOrganisation(tokens[1].Norm) || SpeakerNames.IsRole(tokens[1].Norm))
            || !CommaBetween(s, tokens[k - 1].End, tokens[k].Start) || !Unpunctuated(s.Text, tokens[k - 1].Start))
            return null;
        return LeadSubject(s, names);
    }

    /// <summary>The named speaker of cue token <paramref name="k"/>, if it is a verb or source cue followed by one.</summary>
    private static string? CueSpeaker(Sentence s, int k, SpeakerNames names, HashSet<string> speakers, string? previous) =>
        KanaSubjectBeforeComma(s, k, names)
        ?? NamedByCue(s, k, names, speakers)
        // كما حرص اللاعب حسين فيصل على تقديم اعتذار …، وكتب عبر حسابه "…": a و-verb with no speaker after it goes on from
        // the sentence's subject, a role and a name right after its opening verb — whoever spoke before.
        ?? OpeningRolePerson(s, k, names)
        // وفي مقابلة مع مديرة المهرجان علياء أرصغلي، قالت إن: the one the interview was with, before a bare verb.
        ?? InterviewedBefore(s, k, names)
        // …، وكان كريم عوام، المدير الجهوي …، قد كشف: the name after the clause's كان, for the «وصرّح قائلا» after it.
        ?? (s.Tokens[k].Cue == CueKind.Verb && !s.Tokens[k].Prefixed && k >= 5 && s.Tokens[k - 1].Norm == "قد" ? KanaNamedSubject(s, k - 1, names) : null)
        // زار وزير المياه فلان، وقال في تصريح …: before anyone has spoken, a و-verb with no speaker after it is the
        // sentence's subject's (a role phrase earlier in the sentence).
        ?? (previous is null && s.Tokens[k].Cue == CueKind.Verb && s.Tokens[k].Prefixed && FirstSubjectRole(s, k) is var role and >= 0
            ? RoleLed(s, role, names) : null);

    /// <summary>The first role word before token <paramref name="k"/> that is no <see cref="FieldOfNoun"/>; -1 when there is none.</summary>
    private static int FirstSubjectRole(Sentence s, int k)
    {
        for (var j = 0; j < k; j++)
            if (SpeakerNames.IsRole(s.Tokens[j].Norm) && !FieldOfNoun(s, j)) return j;
        return -1;
    }

    /// <summary>
    /// The role word at <paramref name="j"/> is in construct after a ة-noun, what that noun is of (بذهبية مسابقة الملاكمة:
    /// boxing, not a boxer) — not after a verbal noun of the form تفعلة, whose construct is its doer (بتهنئة الملك الأردني).
    /// </summary>
    private static bool FieldOfNoun(Sentence s, int j)
    {
        if (j == 0 || s.Text[s.Tokens[j - 1].End - 1] != 'ة' || !Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start)) return false;
        var noun = s.Tokens[j - 1].Norm;
        if (noun.Length > 4 && noun[0] is 'ب' or 'ل' or 'و' or 'ف' or 'ك') noun = noun[1..];
        return noun[0] != 'ت';
    }

    /// <summary>
    /// The role or name after «an interview/a talk with», set off by a comma right before the unprefixed verb cue at
    /// <paramref name="k"/> (وفي مقابلة مع مديرة المهرجان علياء أرصغلي، قالت); null otherwise.
    /// </summary>
    private static string? InterviewedBefore(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (tokens[k].Cue != CueKind.Verb || tokens[k].Prefixed || k < 4 || !CommaBetween(s, tokens[k - 1].End, tokens[k].Start)) return null;
        for (var m = k - 2; m >= 1 && k - m <= 10; m--)
        {
            if (tokens[m].Norm != "مع")
            {
                if (!Joined(s, tokens[m].End, tokens[m + 1].Start) || tokens[m].Cue is not null) return null;
                continue;
            }
            if (tokens[m - 1].Norm is not ("مقابله" or "حوار" or "لقاء" or "حديث") || !Joined(s, tokens[m - 1].End, tokens[m].Start)) return null;
            var who = m + 1;
            return SpeakerNames.IsRole(tokens[who].Norm) ? RoleLed(s, who, names)
                : IsNamePart(s, who, names) ? BestName(s, who, NameEnd(s, who, names), names) : null;
        }
        return null;
    }

    /// <summary>
    /// A definite role word right after a clause's opening verb, before token <paramref name="k"/>: the sentence's first verb
    /// (حرص اللاعب), one after كما (… كما أشاد الوزير) or one after a short phrase set off by a comma (في المقابل، أشاد المدير
    /// الفني — a cue there too); else null. In that place the role is the verb's subject, not its
    /// object.
    /// </summary>
    private static int? OpeningRole(Sentence s, int k)
    {
        // (…or the first verb after a phrase of up to three words set off by a comma: في المقابل، أشاد المدير الفني لفاركو
        // أحمد خطاب بأداء لاعبيه، وقال؛ من جهته، قدر المدير الإقليمي للبنك الدولي …)
        var lead = OpeningPhraseEnd(s);
        for (var j = 0; j + 2 < k; j++)
        {
            // (…or the و-verb after هذا opening a sentence, the Gulf press's «هذا وأمر الوزير …»)
            var verb = s.Tokens[j].Norm is "كما" or "وكما" ? j + 1 : j == 0 ? 0 : j == 1 && s.Tokens[0].Norm == "هذا" && s.Tokens[1].Norm is ['و', _, _, ..] ? 1
                : j == lead ? j : -1;
            if (verb < 0 || verb + 1 >= k) continue;
            var role = verb + 1;
            if ((s.Tokens[verb].Cue is not null && verb != lead) || Stops.Contains(s.Tokens[verb].Norm) || StopWords.Contains(s.Tokens[verb].Norm)
                || Definite(s.Tokens[verb].Norm) || !SpeakerNames.IsRole(s.Tokens[role].Norm)
                // (…definite by ال or by construct: أمر وزير الداخلية)
                || !(Definite(s.Tokens[role].Norm) || (role + 1 < k && Definite(s.Tokens[role + 1].Norm) && Joined(s, s.Tokens[role].End, s.Tokens[role + 1].Start)))
                || (verb > 0 && verb != lead && !Joined(s, s.Tokens[verb - 1].End, s.Tokens[verb].Start))
                || !Joined(s, s.Tokens[verb].End, s.Tokens[role].Start) || InsideQuote(s.Spans, s.Tokens[role].Start))
                continue;
            return role;
        }
        return null;
    }

    /// <summary>
    /// The token after a phrase of up to three words set off by a comma at the sentence's opening (في المقابل، من جهته، وفي
    /// بروكسل،), with no cue nor mark in it; -1 when it opens otherwise.
    /// </summary>
    private static int OpeningPhraseEnd(Sentence s)
    {
        for (var m = 1; m < s.Tokens.Count && m <= 3; m++)
        {
            if (s.Tokens[m - 1].Cue is not null || InsideQuote(s.Spans, s.Tokens[m - 1].Start)) return -1;
            if (CommaBetween(s, s.Tokens[m - 1].End, s.Tokens[m].Start)) return m;
            if (!Joined(s, s.Tokens[m - 1].End, s.Tokens[m].Start)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The person of the role phrase that opens the sentence, or the last clause after من جهته/من جانبه, when no cue stands
    /// between it and cue <paramref name="k"/> (the subject before its verb, as nominal sentences put it), or null.
    /// </summary>
    private static string? OpeningRoleSubject(Sentence s, int k, SpeakerNames names)
    {
        // (…or a clause's opening after «on his part»: … من جهته أمين العاصمة صنعاء حمود عباد، قال …)
        // (…or after «but» opening the sentence: لكن وزير الخارجية الأميركية مايك بومبيو، تجنّب …)
        // (…or «however»: غير أن رئيس حزب "تواصل" المعارض حمادي ولد سيد المختار اعتبر أن)
        var r = ButOpeningEnd(s);
        // (…not «on her part» right before the verb, after its subject: مديرة المؤسسة من جهتها أوضحت)
        var onOwnPart = k > 2 && OnOwnPart(s, k - 2);
        for (var m = onOwnPart ? k - 3 : k - 1; m > 1; m--)
            if (OnOwnPart(s, m - 2)) { r = m; break; }
        if (k - r < 2 || InsideQuote(s.Spans, s.Tokens[r].Start)) return null;
        for (var m = r + 1; m < k; m++)
            if (s.Tokens[m].Cue is not null && !InsideQuote(s.Spans, s.Tokens[m].Start)) return null;
        // (…or a title and a name, or kin with «his/her» and a name, closed by punctuation up to the verb: الحاج محمود الشهابي
        // (70 عاما)، صاحب محل …، قال؛ ابنه محمود، خريج كلية الزراعة، يرى الأمر)
        var t = r;
        while (t + 1 < k && t - r < 2 && SpeakerNames.IsNameTitle(s.Tokens[t].Norm) && Joined(s, s.Tokens[t].End, s.Tokens[t + 1].Start)) t++;
        if (t == r && KinWithPronoun(s, r) && r + 1 < k && Joined(s, s.Tokens[r].End, s.Tokens[r + 1].Start)) t = r + 1;
        // (…or a street trade and what is sold before the name: بائع الخضار سعيد، الذي يفترش الرصيف، أكد)
        if (t == r && s.Tokens[r].Norm is "بائع" or "بائعه" && r + 2 < k && Definite(s.Tokens[r + 1].Norm)
            && Joined(s, s.Tokens[r].End, s.Tokens[r + 1].Start) && Joined(s, s.Tokens[r + 1].End, s.Tokens[r + 2].Start)) t = r + 2;
        if (t > r && IsNamePart(s, t, names) && NameEnd(s, t, names) is var named && named < k
            && (named + 1 == k || (HasPunctuation(s.Text, s.Tokens[named].End, s.Tokens[named + 1].Start)
                                   // (…a comma before the verb, also after a name in marks: سوق «خان الحرير»، قال)
                                   && (CommaPastMark(s, s.Tokens[k - 1].End, s.Tokens[k].Start)
                                       || onOwnPart))))
            return BestName(s, t, named, names);
        // (…or one «called» a name: وليّة تلميذ تدعى سميرة، قالت)
        for (var m = r + 1; m + 1 < k && m <= r + 4; m++)
            if (s.Tokens[m].Norm is "تدعي" or "يدعي" && IsNamePart(s, m + 1, names) && NameEnd(s, m + 1, names) is var called && called < k
                && CommaBetween(s, s.Tokens[k - 1].End, s.Tokens[k].Start))
                return BestName(s, m + 1, called, names);
        // (…or an honorific and a name: معالي تركي بن عبدالمحسن آل الشيخ، رئيس …، أكد أن “…”)
        if (SpeakerNames.IsHonorific(s.Tokens[r].Norm) && r + 1 < k && IsNamePart(s, r + 1, names) && Joined(s, s.Tokens[r].End, s.Tokens[r + 1].Start))
            return BestName(s, r + 1, NameEnd(s, r + 1, names), names);
        // (…or a name of two to four words, then its role set off by commas: دينا أبو غيدا، مديرة مكتب البنك الدولي، تحذر)
        if (IsNamePart(s, r, names) && NameEnd(s, r, names) is var nameEnd && nameEnd > r && nameEnd - r <= 3 && nameEnd + 1 < k
            && CommaBetween(s, s.Tokens[nameEnd].End, s.Tokens[nameEnd + 1].Start) && SpeakerNames.IsRole(s.Tokens[nameEnd + 1].Norm)
            && CommaBetween(s, s.Tokens[k - 1].End, s.Tokens[k].Start))
            return BestName(s, r, nameEnd, names);
        // (…not «a man» or «a woman»: no name follows an unnamed person — رجل يجلس قرب الباب, what he does)
        if (!SpeakerNames.IsRole(s.Tokens[r].Norm) || UnnamedPerson(s.Tokens[r].Norm)) return null;
        // (…a role alone too, before «on her part» and the verb: the one the report turns to, whom Prefer may name)
        if (onOwnPart && r == 0 && RoleLed(s, r, names) is { } role && s.Text.AsSpan(s.Tokens[r].Start).StartsWith(role)
            && s.Tokens[r].Start + role.Length <= s.Tokens[k - 2].Start
            && s.Text.AsSpan(s.Tokens[r].Start + role.Length, s.Tokens[k - 2].Start - s.Tokens[r].Start - role.Length).IsWhiteSpace())
            return role;
        return RoleLed(s, r, names) is { } person && QuoteConfidence.Classify(person, names) is SpeakerKind.Person or SpeakerKind.Named
            && s.Text.IndexOf(person, s.Tokens[r].Start, StringComparison.Ordinal) > s.Tokens[r].Start ? person : null;
    }

    /// <summary>The first token after «but» or «however» opening the sentence (لكن، ولكن؛ غير أن، إلا أن), or 0.</summary>
    private static int ButOpeningEnd(Sentence s) =>
        s.Tokens[0].Norm is "لكن" or "ولكن" && s.Tokens.Count > 2 && Joined(s, s.Tokens[0].End, s.Tokens[1].Start) ? 1
        : s.Tokens.Count > 3 && s.Tokens[0].Norm is "غير" or "الا" && s.Tokens[1].Norm == "ان" && Joined(s, s.Tokens[0].End, s.Tokens[1].Start)
          && Joined(s, s.Tokens[1].End, s.Tokens[2].Start) ? 2
        : 0;

    /// <summary>
    /// يقول شقيقها الأكبر عبد الله، الذي يعمل في البناء: kin with «his/her» at token <paramref name="first"/> (and «elder/younger»),
    /// then a name, is that person, by the name; so is a role with «his/her» (يقول منسقها، مجتبى عثمان، إن), and so is a title
    /// or what the person is, with ال, before the name set off after it (يوضح منسقها، الشاب أنور الشرعبي؛ تقف أمها، السيدة
    /// زينب), or a kunya (تقول والدتها، أم ملك). Null when no name follows.
    /// </summary>
    private static string? NameAfterKin(Sentence s, int first, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (first + 1 >= tokens.Count || !(KinWithPronoun(s, first) || (SpeakerNames.RoleWithPronoun(tokens[first].Norm) && s.Text[tokens[first].End - 1] != 'ة')))
            return null;
        var kin = first + 1;
        if (kin + 1 < tokens.Count && KinAdjective(tokens[kin].Norm) && Joined(s, tokens[kin - 1].End, tokens[kin].Start)) kin++;
        if (!Joined(s, tokens[kin - 1].End, tokens[kin].Start) && !CommaBetween(s, tokens[kin - 1].End, tokens[kin].Start)) return null;
        // (…or the adjective of their origin: قال مدربها، الإسباني كارلوس رويث)
        if (kin + 1 < tokens.Count && Definite(tokens[kin].Norm)
            && (SpeakerNames.IsNameTitle(tokens[kin].Norm) || PersonNoun(tokens[kin].Norm) || (tokens[kin].Norm.Length > 5 && SpeakerNames.Nisba(tokens[kin].Norm[2..])))
            && Joined(s, tokens[kin].End, tokens[kin + 1].Start) && !Definite(tokens[kin + 1].Norm) && IsNamePart(s, kin + 1, names))
            kin++;
        // (the kunya first, two words whatever follows: تجلس والدته أم إبراهيم تفرز حبات الزيتون)
        if (Kunya(s, kin, names)) return s.Text[tokens[kin].Start..tokens[kin + 1].End];
        return IsNamePart(s, kin, names) && !SpeakerNames.IsPlace(tokens[kin].Norm) ? BestName(s, kin, NameEnd(s, kin, names), names) : null;
    }

    /// <summary>
    /// Kin with «his/her» at token <paramref name="j"/> (<see cref="SpeakerNames.KinWithPronoun"/>) as written: not a construct
    /// in ة that normalises the same (ابنة فاطمة، والدة وائل: the daughter, the mother of the name after it).
    /// </summary>
    private static bool KinWithPronoun(Sentence s, int j) =>
        SpeakerNames.KinWithPronoun(s.Tokens[j].Norm) && s.Text[s.Tokens[j].End - 1] != 'ة';

    /// <summary>The verb at <paramref name="k"/> right after «but he» (لكنه دعا): its subject is that pronoun, not what follows.</summary>
    private static bool AfterButHe(Sentence s, int k) =>
        k > 0 && s.Tokens[k - 1].Norm is "لكنه" or "ولكنه" && Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start);

    /// <summary>«من جهته/جهتها/جانبه/جانبها» («on his/her part») at tokens <paramref name="m"/> and the one after it.</summary>
    private static bool OnOwnPart(Sentence s, int m) =>
        m >= 0 && m + 1 < s.Tokens.Count && s.Tokens[m].Norm == "من" && s.Tokens[m + 1].Norm is "جهته" or "جهتها" or "جانبه" or "جانبها";

    /// <summary>
    /// The full name (two or three name words, the last may be an ال-family name) right before «، حيث» and the verb at
    /// <paramref name="k"/>, introduced by a role or an adjective of origin before it; null otherwise.
    /// </summary>
    private static string? PersonBeforeHaythu(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (k < 4 || tokens[k - 1].Norm != "حيث" || !Joined(s, tokens[k - 1].End, tokens[k].Start) || !CommaBetween(s, tokens[k - 2].End, tokens[k - 1].Start))
            return null;
        var last = k - 2;
        var first = last;
        if (Definite(tokens[last].Norm) && !IsNamePart(s, last, names))
        {
            if (!SpeakerNames.FamilyWord(tokens[last].Norm) || !IsNamePart(s, last - 1, names) || !Joined(s, tokens[last - 1].End, tokens[last].Start)) return null;
            first = last - 1;
        }
        while (first > 1 && last - first < 2 && IsNamePart(s, first - 1, names) && Joined(s, tokens[first - 1].End, tokens[first].Start)) first--;
        if (first == last || !Joined(s, tokens[first - 1].End, tokens[first].Start)) return null;
        // (…not a clause: الشعب الفلسطيني مازال يحب الحياة، حيث قالت — a present verb the article gives once, three letters too,
        // is no name word)
        for (var m = first; m <= last; m++)
            if ((VerbForm(tokens[m].Norm) || tokens[m].Norm is ['ي', _, _]) && names.Mentions(tokens[m].Norm) < 2) return null;
        var before = tokens[first - 1].Norm;
        var plain = before.Length > 3 && before[0] is 'ل' or 'ب' or 'و' ? before[1..] : before;
        return SpeakerNames.IsRole(before) || SpeakerNames.IsRole(plain) || (Definite(before) && SpeakerNames.Nisba(before[2..]))
            ? BestName(s, first, last, names) : null;
    }

    /// <summary>
    /// أعلنت حكومة الإقليم على لسان متحدثها بيشوا هورماني، أدانت الجزائر أمس على لسان الناطق باسم وزارة الشؤون الخارجية: the
    /// role or the name right after «على لسان» («on the tongue of»), within a few words after the verb cue at
    /// <paramref name="k"/> and no stop between; null otherwise.
    /// </summary>
    private static string? OnTheTongueOf(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        for (var m = k + 1; m + 2 < tokens.Count && m - k <= 6; m++)
        {
            if (HasStop(s.Text, tokens[m - 1].End, tokens[m].Start) || tokens[m].Cue is not null || InsideQuote(s.Spans, tokens[m].Start)) return null;
            if (tokens[m].Norm != "علي" || tokens[m + 1].Norm != "لسان" || !Joined(s, tokens[m].End, tokens[m + 1].Start)
                || !Joined(s, tokens[m + 1].End, tokens[m + 2].Start)) continue;
            var who = m + 2;
            // (not «لسان حال», «as if it said for»: على لسان حال المواطنين)
            if (tokens[who].Norm == "حال") return null;
            // (…its spokesman, with the body's pronoun, and his name: على لسان متحدثها بيشوا هورماني)
            if (tokens[who].Norm is "متحدثها" or "متحدثه" or "ناطقها" or "ناطقه" or "رئيسها" or "رئيسه" && who + 1 < tokens.Count
                && Joined(s, tokens[who].End, tokens[who + 1].Start) && IsNamePart(s, who + 1, names))
                return BestName(s, who + 1, NameEnd(s, who + 1, names), names);
            if (SpeakerNames.IsRole(tokens[who].Norm)) return RoleLed(s, who, names) is { } role && PersonOrRole(role, names) ? role : null;
            return IsNamePart(s, who, names) && NameEnd(s, who, names) is var end && end > who ? BestName(s, who, end, names) : null;
        }
        return null;
    }

    /// <summary>
    /// Who describes before the unprefixed verb of describing at <paramref name="k"/>: the name right before it (وكان الوزير
    /// محمد الخطيب قد وصف) or the body or role opening the sentence or a لكن-clause (لكن مجلس الوزراء وصف الرقم بأنه); null
    /// for a prefixed verb (ووصف السد بأنه, whose subject follows it or went before).
    /// </summary>
    private static string? DescriberBefore(Sentence s, int k, SpeakerNames names) =>
        !s.Tokens[k].Prefixed && k > 0
            // (…also a role, then the name set off: رئيس الوفد الأوكراني، ميكولا بوندارينكو، وصف المذكرة بأنها)
            ? SpeakerBefore(s, k, names) ?? (SetOffSubject(s, names, out var setOff) == k ? setOff : null) ?? OpeningBodySubject(s, k, names)
            : null;

    /// <summary>The person named by <see cref="OpeningRole"/>'s role phrase, or null.</summary>
    private static string? OpeningRolePerson(Sentence s, int k, SpeakerNames names) =>
        // (…or after حيث: أمر وزير الداخلية فهد اليوسف بالتحفظ على …، حيث صرح قائلا “…”)
        // (…or a role and its name opening a nominal sentence, their verb after them: وزير الطاقة جوزيف ضاهر سعى إلى
        // الطمأنة، وقال)
        s.Tokens[k].Cue == CueKind.Verb && (s.Tokens[k].Prefixed || (k > 0 && s.Tokens[k - 1].Norm == "حيث")) && (OpeningRole(s, k) ?? NominalRole(s, k)) is { } role
        && RoleLed(s, role, names) is { } person && QuoteConfidence.Classify(person, names) is SpeakerKind.Person or SpeakerKind.Named ? person : null;

    /// <summary>
    /// علي الككلي ترك دراسته …، ويقول: a common given name and its ال-family name, opening the sentence (behind «but» at
    /// most) and running straight into its verb, is the subject the و-cue at <paramref name="k"/> goes on with; null
    /// otherwise.
    /// </summary>
    private static string? NominalName(Sentence s, int k, SpeakerNames names)
    {
        var r = ButOpeningEnd(s);
        if (!s.Tokens[k].Prefixed || k < r + 4 || InsideQuote(s.Spans, s.Tokens[r].Start)
            || !((IsNamePart(s, r, names) && SpeakerNames.IsFirstName(s.Tokens[r].Norm)) || (s.Tokens[r].Norm == "علي" && SpeltAli(s, r)))) return null;
        // (the name ends with its ال-family name: the name reader runs on into a verb that reads like a name, ترك دراسته)
        var end = NameEnd(s, r, names);
        for (var m = r + 1; m <= end; m++)
            if (Definite(s.Tokens[m].Norm)) { end = m; break; }
        if (end <= r || !Definite(s.Tokens[end].Norm) || end + 2 >= k || !Joined(s, s.Tokens[end].End, s.Tokens[end + 1].Start) || CueBetween(s, end, k)) return null;
        var name = BestName(s, r, end, names);
        return QuoteConfidence.Classify(name, names) is SpeakerKind.Person or SpeakerKind.Named ? name : null;
    }

    /// <summary>
    /// سُئل المتحدث باسم الخارجية عما إذا …، فقال؛ وحين سألنا عمي الطيب إن كان …، فأجاب؛ نسأل جيهان إن كانت …: the person
    /// «asked», or whom the reporter («we») asks by name, is who answers with a bare cue after it — in this sentence
    /// (<paramref name="k"/> the cue) or, with <paramref name="k"/> at the sentence's end, in the next one. Null when no
    /// person is named right after the asking, or another cue stands between.
    /// </summary>
    private static string? AskedBefore(Sentence s, int k, SpeakerNames names)
    {
        for (var m = k - 1; m >= 0; m--)
        {
            if (s.Tokens[m].Cue is not null && !InsideQuote(s.Spans, s.Tokens[m].Start)) return null;
            // (asked of every word of every sentence: compared as written, not cut)
            if (s.Tokens[m].Norm is not ("سالنا" or "نسال" or "وسالنا" or "فسالنا" or "ونسال" or "فنسال" or "سئل" or "سئلت" or "وسئل" or "وسئلت")
                || InsideQuote(s.Spans, s.Tokens[m].Start) || m + 1 >= s.Tokens.Count || !Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start)) continue;
            if (SpeakerAfter(s, m, names) is not { } asked
                || QuoteConfidence.Classify(asked, names) is not (SpeakerKind.Person or SpeakerKind.Named or SpeakerKind.Role or SpeakerKind.Organisation)) return null;
            // (a kunya the verb takes is written in the accusative, نسأل أبا سامر: printed as the article calls him, أبو سامر)
            return ArabicText.Normalize(asked).StartsWith("ابا ", StringComparison.Ordinal) ? "أبو" + asked[asked.IndexOf(' ')..] : asked;
        }
        return null;
    }

    /// <summary>
    /// 0 when the sentence opens with a role, definite by ال or by construct, before the و-cue at <paramref name="k"/> (وزير
    /// الطاقة جوزيف ضاهر سعى إلى الطمأنة، وقال; المعلم إدريس العلوي، الذي قضى …، يصف عمله بأنه «…»، ويقول — past another
    /// cue of theirs too) — or the role's token after «but» or «however» opening it (لكن النائب فهد العنزي رفض هذا التبرير،
    /// وقال); null otherwise.
    /// </summary>
    private static int? NominalRole(Sentence s, int k) =>
        ButOpeningEnd(s) is var r && s.Tokens[k].Prefixed && k > r + 3 && SpeakerNames.IsRole(s.Tokens[r].Norm) && !InsideQuote(s.Spans, s.Tokens[r].Start)
        && (Definite(s.Tokens[r].Norm) || (Definite(s.Tokens[r + 1].Norm) && Joined(s, s.Tokens[r].End, s.Tokens[r + 1].Start)))
        ? r : null;

    private static string? NamedByCue(Sentence s, int k, SpeakerNames names, HashSet<string> speakers) => s.Tokens[k].Cue switch
    {
        // أكدت الحكومة على لسان وزير البترول …: who the words came «on the tongue of» said them.
        CueKind.Verb when OnTheTongueOf(s, k, names) is { } tongue => tongue,
        // ووصف السد بأنه …: after a verb of describing, a phrase that is no person or role is what is described.
        // (A role right after the verb is its subject, whatever name its phrase ends with: اعتبر محافظ المصرف … السويدي.)
        // (…and a subject named before an unprefixed verb is who describes: كليم افتاب، مدير البرنامج …، وصف مهرجان البحر
        // الأحمر بأنه)
        CueKind.Verb when Describes(s.Tokens[k].Norm) => DescriberBefore(s, k, names)
            ?? (SpeakerAfter(s, k, names) is { } described
                && (PersonOrRole(described, names) || (k + 1 < s.Tokens.Count && SpeakerNames.IsRole(s.Tokens[k + 1].Norm))) ? described : null),
        // وتتابع الموضوع، تعتبر نهائيا مبكرا، تشير الأرقام، شكاوى تفيد عرقلة سير …: present forms that mostly mean «follows»,
        // «is considered», «indicates» name a speaker only as the guarded cues do: before a colon, a role, a body, or a
        // person of two words or a family name (one word mentioned twice is not enough: سير).
        CueKind.Verb when HeldBack(s, k, names) => null,
        // (لكنه دعا الأشقاء: after «but he» the verb names no speaker — Attribute gives the words to the one speaking)
        CueKind.Verb when AfterButHe(s, k) => null,
        // (هو الذي أبلغ مصالح الدرك: after a relative pronoun, what follows «told» is who was told)
        CueKind.Verb when Tells(s.Tokens[k].Norm) && k > 0 && SpeakerNames.Relative(s.Tokens[k - 1].Norm) => null,
        // (نقلت الحضانة إلى أمها: without عن and the one relayed from, نقل is «moved», and what follows its object — unless
        // that is a person or a role, whose words a page dropping its عن relays: ونقلت مدير سد (تشرين) المهندس حمود الحمادين، إن)
        CueKind.Verb when Relays(s.Tokens[k].Norm) && RelayedBy(s, k, s.Tokens.Count, names) is null
            => SpeakerAfter(s, k, names) is { } moved && PersonOrRole(moved, names) ? moved : null,
        CueKind.Verb => SpeakerAfter(s, k, names),
        // المشروع حسب طواهرية لم يأت …: a source cue names a speaker only when it names one already quoted or introduced
        // (not وفق مقابل مالي، حسب قانون المالية).
        // (…or an unnamed source, whom «المصدر» after it points back to: وفقًا لمصدر مطلع نقلت عنه شبكة …)
        CueKind.Source when SpeakerAfter(s, k, names) is { } source && ArabicText.Normalize(source) is var bare
            && ((speakers.Contains(bare) && QuoteConfidence.Classify(source, names) == SpeakerKind.Person)
                || bare.StartsWith("مصدر ", StringComparison.Ordinal) || bare.StartsWith("مصادر ", StringComparison.Ordinal)) => source,
        _ => null,
    };

    /// <summary>
    /// The sentence with the ل after وفق/وفقا at <paramref name="k"/> taken off (لوزير → وزير, للوزير → الوزير, لـ وزير → وزير),
    /// its tokens up to the cue unchanged — when what follows the ل is a role, a body, a first name or a name the article
    /// uses again; null otherwise: a medium (وفقا لقناة), a text (وفقا للتعديلات، للمادة 100، للقانون), or one more ل (للبنان).
    /// After any source cue, statements and an adjective before the ل go too: بحسب تصريحات سابقة لمسؤول في هيئة النقل → بحسب
    /// مسؤول في هيئة النقل (the adjective had been printed as the speaker).
    /// </summary>
    private static Sentence? AccordingToWithoutLam(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (tokens[k].Cue != CueKind.Source || k + 2 >= tokens.Count || !Joined(s, tokens[k].End, tokens[k + 1].Start)) return null;
        var p = k + 1;
        if (StatementNoun(tokens[p].Norm) && tokens[p].Norm[0] != 'ل' && Joined(s, tokens[p].End, tokens[p + 1].Start))
        {
            p++;
            if (p + 1 < tokens.Count && tokens[p].Norm is [not 'ل', ..] && !Definite(tokens[p].Norm) && Joined(s, tokens[p].End, tokens[p + 1].Start)) p++;
        }
        else if (tokens[k].Norm is not ("وفق" or "وفقا" or "ووفق" or "ووفقا")) return null;
        var (cut, start, end, norm) = (tokens[k + 1].Start, tokens[p].Start, tokens[p].End, tokens[p].Norm);
        if (norm.Length == 0 || norm[0] != 'ل' || ToMedium(norm)) return null;
        // Who follows the ل, and the sentence without it — built only for a speaker, the path being rare.
        var lamBeforeArticle = norm.Length > 1 && SpeakerNames.LamBeforeArticle(norm) == 2;
        if (norm.Length > 1 && !lamBeforeArticle && norm[1] == 'ل') return null;
        var who = norm.Length == 1 ? (p + 1 < tokens.Count ? tokens[p + 1].Norm : "") : lamBeforeArticle ? "ال" + norm[2..] : norm[1..];
        if (!(SpeakerNames.IsRole(who) || SpeakerNames.IsOrganisation(who) || SpeakerNames.IsFirstName(who)
              || (names.IsNameLike(who) && names.Mentions(who) >= 2))) return null;
        var text = norm.Length == 1 ? s.Text[..cut] + s.Text[end..]
            : s.Text[start + 1] == 'ـ' ? s.Text[..cut] + s.Text[(start + 2)..]
            : lamBeforeArticle ? s.Text[..cut] + "ا" + s.Text[(start + 1)..]
            : s.Text[..cut] + s.Text[(start + 1)..];
        return Prepare(text, names.Words) is { } plain && plain.Tokens.Count > k + 1 && plain.Tokens[k].Cue == CueKind.Source ? plain : null;
    }

    /// <summary>The nearest verb cue before <paramref name="k"/> (<see cref="NearestVerbCueBefore"/>) names its speaker.</summary>
    private static bool NamedByVerbBefore(Sentence s, int k, int from, SpeakerNames names) =>
        NearestVerbCueBefore(s, k, from) is var m and >= 0 && SpeakerAfter(s, m, names) is not null;

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
                                  || AfterAside(s.Text, span.Open) || TakenByVerb(s, before) || OpensWithThat(s, span)
                                  // (…or one right after the stance it completes, past an aside: أكد جلالة الملك …، خلال استقباله …،
                                  // ضرورة «وقف الاعتداءات …»)
                                  || (StanceNoun(s.Tokens[before].Norm) && s.Text.AsSpan(s.Tokens[before].End, span.Open - s.Tokens[before].End).IsWhiteSpace()))
            ? MaxThatGap : MaxGap;
        for (var k = before; k >= 0 && before - k <= gap && s.Tokens[k].Start > floor; k--)
        {
            var to = k == before ? span.Open : s.Tokens[k + 1].Start;
            if (HasStop(s.Text, s.Tokens[k].End, to) && !SemicolonBeforeThat(s.Text, s.Tokens[k].End, to)
                && !(k == before && SemicolonInThatClause(s, before, span.Open))) break;
            if (s.Tokens[k].Cue is not { } kind || InAside(s.Text, s.Tokens[k].Start, span.Open)) continue;
            // يقول مريض شاب رفض ذكر اسمه: «…»: «to mention» in «who refused to mention his name» is no cue; the words are
            // the one's it describes.
            if ((k > 0 && AsksNotToBeNamed(s, k - 1)) || (k > 1 && AsksNotToBeNamed(s, k - 2))) continue;
            // (nor «student», set off after a name: ويقول رياض، طالب الماستر)
            if (StudentAfterName(s, k, names)) continue;
            // وقال رئيس الغرفة، بحسب وكالة السودان للأنباء، إن …: the medium that carried the words, not who said them.
            // (…also behind ل: وقال الحاج وفقاً لوكالة سبوتنيك: “…”)
            if (kind == CueKind.Source && k + 1 < s.Tokens.Count && (Medium(s.Tokens[k + 1].Norm) || ToMedium(s.Tokens[k + 1].Norm))) continue;
            // (…nor one citing rules, steps or figures: وفق إجراءات تشمل، "…" — nobody who speaks)
            if (kind == CueKind.Source && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Norm is "اجراءات" or "ترتيبات" or "اليات" or "تعليمات"
                    or "ضوابط" or "شروط" or "قواعد" or "معايير" or "معطيات" or "تقديرات" or "احصاءات" or "احصائيات"
                    // (…or laws: العدالة ستسير وفق القانون الدولي، وأنه “…”)
                    or "القانون" or "القوانين" or "الدستور" or "الانظمه" or "اللوائح" or "الاصول" or "الشريعه"
                    // (…or press reports, which carry the words as a medium does: وحسب تقارير صحفية أبلغ اللاعبين …)
                    or "تقارير" or "التقارير") continue;
            // ولفت، خلال كلمته …، وفق ما نقلت وكالة الأنباء، إلى أن "…": «according to what … reported» cites the medium too.
            if (kind == CueKind.Source && k + 2 < s.Tokens.Count && s.Tokens[k + 1].Norm is "ما" or "لما"
                && (s.Tokens[k + 2].Norm is "نقلت" or "نقله" or "نقلته" or "ذكرت" or "اوردت" or "افادت" or "نشرت" or "اوردته" or "نقل" or "ذكر" or "اورد" or "نشر"
                    // (…and «what it mentioned», with its pronoun, before a medium named in marks: ووفقاً لما ذكره «سكاي نيوز» —
                    // not بحسب ما ذكرته الوزارة، the one who speaks)
                    || (s.Tokens[k + 2].Norm is "ذكره" or "ذكرته" or "نشره" or "نشرته" or "اورده" or "افاده" or "افادته"
                        && StartsWithMark(s.Text[s.Tokens[k + 2].End..]))))
                continue;
            // وقال إنه أمر بات "حتميا" وفق العلماء، "بأقل شدة ممكنة …": a source right after an earlier quotation says whose
            // that one is, not this one's.
            if (kind == CueKind.Source && SourceOfEarlierQuotation(s, k, span)) continue;
            // وقال الحلبوسي، خلال الجلسة، بحسب بيان للدائرة الإعلامية، إن “…”: a source set off by commas after a verb cue
            // says where the words were reported; the verb's speaker said them.
            // (…also farther back, when the verb opens the sentence: وقال الوزير أمام اجتماع لجنة …، بحسب بيان للجنة اليوم، "…")
            if (SetOffSource(s, k) && VerbCueBefore(s, k, s.Tokens[0].Cue == CueKind.Verb ? 0 : before - gap)) continue;
            // وقال وكيل الوزارة السفير حسين عوض وفقا لبيان صادر عن مجلس السيادة "…": «according to a statement» after a verb
            // cue and the one it names says where the words were published; the one named said them.
            if (kind == CueKind.Source && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Norm is "لبيان" or "لبلاغ"
                && NamedByVerbBefore(s, k, before - gap, names)) continue;
            // وقال الغلوسي تضيف “المساء”، إن “…”: a verb and a paper's name in marks, set off between a verb cue and the words,
            // say who printed them; the verb cue before says who spoke.
            if (kind == CueKind.Verb && QuotedNameThenComma(s.Text, s.Tokens[k].End) && VerbCueBefore(s, k, before - gap)) continue;
            // وقال الشمري ـ حسبما أفادت قناة (السومرية نيوز) الإخبارية ـ إن "…": «as a medium reported» says where the words were
            // carried; the verb cue before says who spoke.
            // (…and «as … cited», whoever cited them: وقال الصندوق بحسب ما أوردت شبكة "…" الاقتصادية)
            if (kind == CueKind.Verb && k > 0 && k + 1 < s.Tokens.Count && (Medium(s.Tokens[k + 1].Norm) || Cites(s.Tokens[k].Norm)) && AsReported(s, k)
                && VerbCueBefore(s, k, before - gap)) continue;
            // (مؤكدا أن حضوره يعتبر "…": «is considered» with nobody after it leaves the words to the cue before)
            if (HeldBack(s, k, names)) continue;
            // (…and so does «what it described as», whose subject is the one already speaking: لوقف ما وصفته ب”…”)
            if (kind == CueKind.Verb && DescribedAs(s, k)) continue;
            // ونقلت الوكالة الرسمية عن شواني: أنه "…": a cue only with عن before the words (SpeakerAfter reads the one after it);
            // without عن, نقل is «moved».
            if (kind == CueKind.Verb && Relays(s.Tokens[k].Norm) && RelayedBy(s, k, before + 1, names) is null) continue;
            cue = new CueFound(kind, before - k, After: false, FromPrevious: false);
            // وقال موظف في أمانة عمّان الكبرى، رفض ذكر اسمه، إن «…»: one who asks not to be named is placed by every word
            // before the asking — the role reader stops at a body's name without ال (موظف) or a place (بجهة فاس مكناس).
            if (kind == CueKind.Verb && UnnamedBeforeAside(s, k) is { } unnamedSource) return unnamedSource;
            // ويتذكر جمال ما كان يقوله أبوه، الحاج عبد الكريم بكر، كلما …: «…»: the words remembered are the kin's.
            if (kind == CueKind.Verb && KinWhoseWords(s, k, before, names) is { } kin)
            {
                cue = cue with { Remembered = true };
                return kin;
            }
            if (InThisStatement(s, k) && IssuerHere(s, null, names) is { } issuedBy) return issuedBy;
            if (VerbalNounSpeaker(s, k, names) is { } owner) return owner;
            if (kind == CueKind.Verb && OnTheTongueOf(s, k, names) is { } tongue) return tongue;
            if (kind == CueKind.Verb && TopicSubject(s, k, names) is { } topic) return topic;
            if (kind != CueKind.Participle && RelayedFrom(s, k, before, names) is { } relayed) return relayed;
            // وكان الوزير محمد الخطيب قد وصف القرار بأنه «…»: what follows a verb of describing is what is described (as
            // NamedByCue reads it).
            if (kind == CueKind.Verb && Describes(s.Tokens[k].Norm) && DescriberBefore(s, k, names) is { } describer)
                return describer;
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
            // لكنه دعا الأشقاء والمانحين إلى "…": after «but he», what follows the verb is its object; he, a person already
            // speaking, is the one who speaks.
            if (after is not null && kind == CueKind.Verb && previous is not null && AfterButHe(s, k)
                && QuoteConfidence.Classify(previous, names) is SpeakerKind.Person or SpeakerKind.Named
                && !ArabicText.Normalize(previous).StartsWith("ام ", StringComparison.Ordinal))
            {
                cue = cue with { FromPrevious = true };
                return previous;
            }
            // عم الطاهر بن سالم، صاحب الضيعة، يرى الأمور من زاوية أخرى: «…»: a person set off opening the sentence right before
            // the verb is its subject, whatever the verb takes after it (read below when nothing is named after it).
            if (after is not null && kind == CueKind.Verb && !s.Tokens[k].Prefixed && SetOffSubject(s, names, out var setOffFirst) == k) return setOffFirst;
            if (after is not null) return after;
            if (kind == CueKind.Source) break;
            // (وعندما سألنا أبو ناجي إن كان …، صمت قليلاً ثم قال؛ سُئل المتحدث …، فقال: the one asked answers)
            if (AskedBefore(s, k, names) is { } askedByUs) return askedByUs;
            // تواصلت مع اللاعب "غزال"، الذي قال عن إنجازه: «…»: the verb of a relative clause is said by the name set off before
            // الذي/التي.
            if (kind == CueKind.Verb && k > 0 && s.Tokens[k - 1].Norm is "الذي" or "التي" && RelativeDoer(s, k, names) is { } who) return who;
            // وتتذكر أن أمها، الحاجة عليا، كانت تقول لها: what someone used to say is theirs, not the rememberer's.
            if (kind == CueKind.Verb && RememberedSpeaker(s, k, names) is { } remembered)
            {
                cue = cue with { Remembered = true };
                return remembered;
            }
            // أثار القرار حفيظة الحكومة التي ترى أن «…»: so is the body right before the pronoun, when the verb agrees with it.
            if (kind == CueKind.Verb && BodyBeforeRelative(s, k, names) is { } antecedentBody) return antecedentBody;
            // أم أكرم، أرملة تعيل خمسة أطفال، تقول إنها …؛ والدتها، أم ليان، تقول: a person set off from what they are, opening
            // the sentence right before the verb, is its subject (not a word of what they are: طالب جامعي يجلس).
            if (kind == CueKind.Verb && !s.Tokens[k].Prefixed && SetOffSubject(s, names, out var setOff) == k) return setOff;
            // (a person the sentence opens with by what they are, before its verb or a و-cue: سائحة إسبانية خرجت …، قالت؛ شاب
            // جامعي يحمل كيسا …، وقال ضاحكا)
            if (kind == CueKind.Verb && (UnnamedOpener(s, k, names) ?? PlacedOpener(s, k, names)) is { } unnamed) return unnamed;
            // (not an adverb read as a name: فضحك طويلا قبل أن يجيب)
            if (kind == CueKind.Verb && !s.Tokens[k].Prefixed && SpeakerBefore(s, k, names) is { } subject && !AdverbWord(subject, names)) return subject;
            if (kind == CueKind.Verb && !s.Tokens[k].Prefixed && StatementMakerBefore(s, k, names) is { } maker) return maker;
            if (kind == CueKind.Verb && !s.Tokens[k].Prefixed && OpeningBodySubject(s, k, names) is { } bodySubject) return bodySubject;
            // عازف الكمان عبد الباسط الحارثي، قائد «الفرقة …»، قال لوكالة «رويترز»: «…»: a sentence that opens with a role and
            // a name, and no verb before this one, is theirs.
            if (kind == CueKind.Verb && !s.Tokens[k].Prefixed && OpeningRoleSubject(s, k, names) is { } opening) return opening;
            if (kind == CueKind.Participle && SubjectBeforeParticiple(s, k, names) is { } doer) return doer;
            if (kind == CueKind.Participle && OpeningVerbsBody(s, k, names) is { } acting) return acting;
            // (…the one who answered, not the one who asked: سأل الوزير …، فردّ رئيس الحكومة عليه قائلاً)
            if (kind == CueKind.Participle && Replier(s, k, names) is { } replier) return replier;
            if (kind == CueKind.Participle && VerbSubjectBefore(s, k, names) is { } said) return said;
            // أما أبو العبد، وهو أحد زبائن الأحواش، فأبدى استياءه … قائلاً: the one the sentence turns to with «as for».
            if (kind == CueKind.Participle && TopicOfFaVerbBefore(s, k, names) is { } turnedTo) return turnedTo;
            if (kind == CueKind.Participle && RelativeDoer(s, k, names) is { } antecedent) return antecedent;
            if (kind == CueKind.Participle && OpeningVerbSubject(s, k, names, previous) is { } verbSubject) return verbSubject;
            // (…or the role and name that open a nominal sentence, set off by a comma before its verb: لكن وزير الخارجية
            // الأميركية مايك بومبيو، تجنّب التعليق …، مكتفياً بالقول: «…» — not a word read as a name right after a role, المدرب
            // الإسباني تقدم عقب اللقاء …، مضيفًا)
            if (kind == CueKind.Participle && OpeningRoleSubject(s, k, names) is { } nominal && CommaAfter(s.Text, nominal)) return nominal;
            if (kind == CueKind.Participle && ExpressedBy(s, k, names) is { } expressed) return expressed;
            // ونفت السلطات الليبية وجود نقص، وقالت الجمعة إن …: a و-verb with no name after it goes on from the verb of saying
            // that opened its sentence with one, when no other cue stands between (not أن مرجعا حكوميا حذر …، وعزا).
            if (kind == CueKind.Verb && s.Tokens[k].Prefixed && k > 1 && s.Tokens[0].Cue == CueKind.Verb && !InsideQuote(s.Spans, s.Tokens[0].Start)
                && !CueBetween(s, 0, k) && SpeakerAfter(s, 0, names) is { } firstSaid && !NoName(firstSaid, names))
                return firstSaid;
            if (kind == CueKind.Verb && s.Tokens[k].Prefixed && NarratedDoer(s, k, names) is { } narrated) return narrated;
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
            if (kind == CueKind.Verb && NominalName(s, k, names) is { } nameSubject) return nameSubject;
            // منشور للفنان والممثل السعودي علي الحميدي، حيث قال: “…”: «where he said» after a comma goes back to the person
            // the sentence introduced right before it.
            if (kind == CueKind.Verb && PersonBeforeHaythu(s, k, names) is { } introduced) return introduced;
            // بعث رئيس الجمهورية، السيد إسماعيل عمر جيله، برسالة … أشار فيها إلى أن “…”: «in which he said» goes back to the
            // one the sentence named as writing or giving it, not to the earlier speaker.
            if (kind == CueKind.Verb && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Norm is "فيها" or "فيه" && SubjectInSentence(s, k, names) is { } writer)
                return writer;
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
        if (WithTheseWordsVerb(s, next) is var saying and > 0)
        {
            // (…whatever the verb: ”…“، بهذه الكلمات تصف لنا إحدى الطبيبات الوضع)
            if (WithTheseWordsSpeaker(s, next, names) is { } described)
            {
                cue = new CueFound(CueKind.Verb, 0, After: true, FromPrevious: false);
                return described;
            }
            next = saying;
        }
        for (var k = next; k < s.Tokens.Count && k <= next + 1; k++)
        {
            // “…”، وفق إعلام عبري، بحسب وسائل إعلام: the press at large carried the words; it did not say them (a named agency
            // after وفق may be the speaker: “…” وفق وكالة الأنباء الإماراتية).
            if (s.Tokens[k].Cue is CueKind.Source && k + 1 < s.Tokens.Count && (s.Tokens[k + 1].Norm == "وسائل"
                || (s.Tokens[k + 1].Norm is "اعلام" && k + 2 < s.Tokens.Count && SpeakerNames.Nisba(s.Tokens[k + 2].Norm))))
                break;
            // …not a verb joined by و/ف: “…” ودعت المؤسسات opens a new statement, it does not say whose this one is.
            // (…nor one of a relative clause, whose subject is what it describes: “بالتعاون مع صندوق النقد الدولي” الذى أعلن
            // الجمعة الماضية اعترافه)
            // (…nor «in his words», whose «his» is the speaker already named: “…” حسب وصفه)
            if ((s.Tokens[k].Cue is CueKind.Source || (s.Tokens[k].Cue is CueKind.Verb && !s.Tokens[k].Prefixed && !(k > 0 && SpeakerNames.Relative(s.Tokens[k - 1].Norm))))
                && !(s.Tokens[k].Cue is CueKind.Source && k + 1 < s.Tokens.Count && HisWords(s.Tokens[k + 1].Norm))
                // (…nor a guarded cue that does not hold: 'حلقة وصل ومحور تفاعل' بين الشرق والغرب, «between»)
                && !HeldBack(s, k, names)
                && SpeakerAfter(s, k, names) is { } after)
            {
                cue = new CueFound(s.Tokens[k].Cue!.Value, 0, After: true, FromPrevious: false);
                return after;
            }
            // «…»، يقول مبتسما؛ «…»، قالت قبل أن تغادر: a verb of saying right after the quotation and its comma, nobody named
            // after it, is said by whom the story is with — the previous speaker, or the person its narration turned to
            // (NarratedSubject). (Not a woman's verb after a man: the words are someone else's.)
            if (k == next && previous is not null && s.Tokens[k].Cue is CueKind.Verb && !s.Tokens[k].Prefixed && !HeldBack(s, k, names)
                && s.Tokens[k].Start > span.Close && s.Text.AsSpan(span.Close + 1, s.Tokens[k].Start - span.Close - 1).Trim() is "،" or ","
                && !(k > 0 && SpeakerNames.Relative(s.Tokens[k - 1].Norm)) && SpeakerAfter(s, k, names) is null
                && !((FemininePast(s.Tokens[k].Norm) || s.Tokens[k].Norm[0] == 'ت') && names.IntroducedAsMan(previous)))
            {
                cue = new CueFound(CueKind.Verb, 0, After: true, FromPrevious: true);
                return previous;
            }
            // “…”، كما أعلن عن ذلك في هذا اللقاء: «as he announced» with no name after it is the speaker already named.
            // (…but «as … relayed» names who carried the words: “…”، كما نقلت عنترة)
            if (s.Tokens[k].Norm == "كما" && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Cue is CueKind.Verb && !s.Tokens[k + 1].Prefixed
                && Joined(s, s.Tokens[k].End, s.Tokens[k + 1].Start) && !Relays(s.Tokens[k + 1].Norm))
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
            // “…”، حسب تعبيره / على حد تعبيره / حسب وصفه: the speaker already named — or the one whose announcement the sentence gave
            // the words of (بعد إعلان ماكرون في رسالة …، اعتراف فرنسا ”…” وفق تعبيره).
            var inHisWords = InHisWordsAt(s.Tokens, k)
                             || (s.Tokens[k].Cue is CueKind.Source && k + 1 < s.Tokens.Count && HisWords(s.Tokens[k + 1].Norm));
            if (inHisWords && AnnouncedBy(s, before, names) is { } announcer)
            {
                cue = new CueFound(CueKind.Source, 0, After: true, FromPrevious: false);
                return announcer;
            }
            if (previous is not null && inHisWords)
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
        // (…and one after a colon that closes the asides: وقال وزير الخارجية …، ردا على سؤال حول …: “…”)
        if (before > 0 && (CommaBefore(s.Text, span.Open) || (q == 0 && QuoteSpans.AfterColon(s.Text, span.Open)) || (q == 0 && Unpunctuated(s.Text, span.Open)
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
            // (a relative clause's verb says what the thing before it did: وتابع نصار حملة الوزارة التي دعت إلى "…"، وقال)
            if (s.Tokens[m].Cue is not null && !(SpeakerNames.Relative(s.Tokens[m - 1].Norm) && !s.Tokens[m].Prefixed)) return true;
        return false;
    }

    /// <summary>
    /// What a verb takes after its preposition is as far from the verb as an إن-clause may be: what someone called for, right
    /// after إلى (دعا الوزير …، أئمة المساجد عبر ربوع الوطن إلى “…”), what someone is accused of, right after a lone بـ, and
    /// what أعرب expresses, a short phrase after عن that the quotation goes on (وأعرب جلالة الملك، …، عن أحر التعازي وصادق
    /// المواساة “في فقدان …”).
    /// </summary>
    private static bool TakenByVerb(Sentence s, int before)
    {
        for (var a = before; a >= 0 && before - a <= 4; a--)
        {
            var preposition = s.Tokens[a].Norm;
            if (!(preposition == "عن" || (preposition is "الي" or "ب" && a == before))) continue;
            for (var j = a - 1; j >= 0 && a - j <= MaxThatGap; j--)
            {
                if (s.Tokens[j].Cue != CueKind.Verb) continue;
                var v = WithoutConjunction(s.Tokens[j].Norm);
                if (preposition switch
                    {
                        "الي" => v is "دعا" or "دعت" or "طالب" or "طالبت" or "ناشد" or "ناشدت",
                        // اتهم لابيد نتنياهو بالسماح لوزرائه …، بـ”التمادي في الجنون”: what he was accused of
                        "ب" => v is "اتهم" or "اتهمت",
                        _ => Expresses(v),
                    }) return true;
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
        // (the closing dash may be typed against the aside's last word: وقال بايدن – حسب سي إن إن- "…")
        return SpacedDashes(text, 0, position) % 2 == 1 && SpacedDashes(text, position, quoteOpen, closing: true) > 0;
    }

    /// <summary>
    /// Dashes with a space on each side (an aside's edges, not a hyphen) between two positions; a space after one is
    /// enough for a <paramref name="closing"/> dash.
    /// </summary>
    private static int SpacedDashes(string text, int from, int to, bool closing = false)
    {
        var count = 0;
        for (var i = Math.Max(from, 1); i < to && i + 1 < text.Length; i++)
            if (text[i] is '-' or '–' or '—' && (char.IsWhiteSpace(text[i - 1]) || closing) && char.IsWhiteSpace(text[i + 1])) count++;
        return count;
    }

    /// <summary>على حد تعبيره/قوله/وصفه («in his words») starting at token <paramref name="k"/>.</summary>
    private static bool InHisWordsAt(List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k].Norm == "علي" && tokens[k + 1].Norm == "حد"
        && HisWords(tokens[k + 2].Norm);

    /// <summary>«His/her words», «his/her description» (تعبيره، قولها، وصفه): after حسب or على حد, the speaker already named.</summary>
    private static bool HisWords(string norm) => norm is "تعبيره" or "تعبيرها" or "قوله" or "قولها" or "وصفه" or "وصفها";

    /// <summary>
    /// Words from one quotation's close to the next one's opening when they hold a و-joined أن (وأن، وبأن) or pronoun
    /// (ينظر إلى … «بكثير من الحذر» وهو «على استعداد …») and no stop, at most <see cref="MaxGap"/> of them; or a lone «so»
    /// («لن نتوقف حتى ننتصر»، لذلك «سنواصل القتال»), or «besides» and أن (…»، بالإضافة إلى أن تصبح المنظمة «…»); else -1.
    /// </summary>
    private static int CoordinatedThat(Sentence s, int from, int to)
    {
        if (HasStop(s.Text, from, to)) return -1;
        var words = 0;
        var joined = false;
        var so = false;
        var besides = false;
        foreach (var t in s.Tokens)
        {
            if (t.Start <= from || t.End > to) continue;
            words++;
            joined |= AndThat(t.Norm) || t.Norm is "وهو" or "وهي" or "وهم" || (besides && IsThatWord(t.Norm));
            so |= t.Norm is "لذلك" or "ولذلك" or "لهذا" or "ولهذا" or "وبالتالي";
            besides |= words == 1 && t.Norm is "بالاضافه" or "اضافه" or "علاوه" or "فضلا";
        }
        return (joined && words <= MaxGap) || (so && words == 1) ? words : -1;
    }

    /// <summary>
    /// «With these words» at <paramref name="at"/> (بهذه الكلمات، بهذه العبارة), right before the next word; also «this is what»
    /// before a verb of saying that takes the words back (“…”، هذا ما قاله مسؤول أمريكي — not «هذا ما يجعل», no saying).
    /// </summary>
    private static bool WithTheseWords(Sentence s, int at) => WithTheseWordsVerb(s, at) > 0;

    /// <summary>
    /// Where the verb stands after «with these words» at <paramref name="at"/> (<see cref="WithTheseWords"/>), or after «thus»
    /// before a verb of saying or writing (“…”. هكذا كتب الشيخ محمد بن راشد); -1 when there is neither.
    /// </summary>
    private static int WithTheseWordsVerb(Sentence s, int at)
    {
        if (at < 0 || at + 1 >= s.Tokens.Count || !Joined(s, s.Tokens[at].End, s.Tokens[at + 1].Start)) return -1;
        if (s.Tokens[at].Norm is "هكذا" && (s.Tokens[at + 1].Cue == CueKind.Verb || WithoutConjunction(s.Tokens[at + 1].Norm) is "كتب" or "كتبت" or "غرد" or "غردت"))
            return at + 1;
        return at + 2 < s.Tokens.Count && Joined(s, s.Tokens[at + 1].End, s.Tokens[at + 2].Start)
               && ((s.Tokens[at].Norm is "بهذه" or "بهذا" && s.Tokens[at + 1].Norm is "الكلمات" or "العبارات" or "الكلمه" or "العباره" or "الجمله")
                   || (s.Tokens[at].Norm is "هذا" or "ذلك" && s.Tokens[at + 1].Norm == "ما" && SaidIt(s.Tokens[at + 2].Norm)))
            ? at + 2 : -1;
    }

    /// <summary>A past verb of saying with «it» after it (قاله، قالته، أكده، ذكرته), normalised.</summary>
    private static bool SaidIt(string norm) =>
        norm.Length >= 4 && norm[^1] == 'ه' && ReportingCues.Match(norm.AsSpan(0, norm.Length - 1), out var prefixed) == CueKind.Verb && !prefixed;

    /// <summary>«With these words» right after a quotation of the sentence, its comma between («“…”، بهذه الكلمات رد المزارع»).</summary>
    private static bool WithTheseWordsAfterQuotation(Sentence s)
    {
        foreach (var span in s.Spans)
        {
            var next = s.Tokens.FindIndex(t => t.Start > span.Close);
            if (next >= 0 && WithTheseWords(s, next)
                && s.Text.AsSpan(span.Close + 1, s.Tokens[next].Start - span.Close - 1).Trim() is [] or [',' or '،'])
                return true;
        }
        return false;
    }

    /// <summary>
    /// The subject of the verb after «with these words» at <paramref name="at"/>, any verb (استهل، اختصرت، تصف لنا): the
    /// words were the subject's; null when no name or role follows.
    /// </summary>
    private static string? WithTheseWordsSpeaker(Sentence s, int at, SpeakerNames names)
    {
        var verb = WithTheseWordsVerb(s, at);
        if (verb < 0) return null;
        if (Definite(s.Tokens[verb].Norm) || SpeakerNames.IsRole(s.Tokens[verb].Norm)) return null;
        if (verb + 1 < s.Tokens.Count && s.Tokens[verb + 1].Norm is "لنا" or "لي" && Joined(s, s.Tokens[verb].End, s.Tokens[verb + 1].Start)) verb++;
        return SpeakerAfter(s, verb, names) is { } who && !NoName(who, names) ? who : null;
    }

    /// <summary>The source cue at <paramref name="k"/> stands right after a quotation of the sentence before <paramref name="span"/>.</summary>
    private static bool SourceOfEarlierQuotation(Sentence s, int k, QuoteSpan span)
    {
        foreach (var earlier in s.Spans)
            if (earlier.Close < s.Tokens[k].Start && earlier.Open < span.Open && s.Text.AsSpan(earlier.Close + 1, s.Tokens[k].Start - earlier.Close - 1).IsWhiteSpace())
                return true;
        return false;
    }

    /// <summary>
    /// أن العراق، الذي يمثل ثاني أكبر منتج …؛ "لم يأخذ حصته …": a semicolon typed for the comma that closes an aside inside an
    /// أن-clause, right before the quotation that completes the clause; true when only it stands between token
    /// <paramref name="before"/> and the mark at <paramref name="open"/>, and an إن/أن opened the clause within reach.
    /// </summary>
    private static bool SemicolonInThatClause(Sentence s, int before, int open) =>
        s.Text.AsSpan(s.Tokens[before].End, open - s.Tokens[before].End).Trim() is ['؛'] && ThatClauseBefore(s, before);

    /// <summary>
    /// وقالت مديرية الإعلام … في بيان ورد لوكالة شفق نيوز؛ إن "…": a semicolon right before إن/أن only sets off the aside
    /// before the clause the verb brings in; it ends nothing. True when every stop from <paramref name="from"/> to
    /// <paramref name="to"/> is such a semicolon.
    /// </summary>
    private static bool SemicolonBeforeThat(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '؟') return false;
            if (text[i] is not ('؛' or ';')) continue;
            var next = text.AsSpan(i + 1).TrimStart();
            if (!(next.StartsWith("إن ") || next.StartsWith("أن ") || next.StartsWith("ان "))) return false;
        }
        return true;
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
               && !Relays(norm) && !Relays(verb) && !Cites(verb);
    }

    /// <summary>
    /// أورد («cited»): a verb of saying for the one who gives the words (وأورد بيان للداخلية: "…"), but after بحسب ما / وفق ما
    /// a medium that carried them (وقال الصندوق بحسب ما أوردت شبكة …): as with نقل, that medium is not who said them.
    /// </summary>
    private static bool Cites(string norm) => norm is "اورد" or "اوردت" or "يورد" or "تورد";

    /// <summary>
    /// Past the fields that name a body, from token <paramref name="k"/>: an ال-word behind ل or و each (للحقوق والتنمية), and
    /// the ال-adjectives after them (للهيدروجين الأخضر).
    /// </summary>
    private static int BodyFieldsEnd(Sentence s, int k)
    {
        var t = s.Tokens;
        var start = k;
        while (k < t.Count && Joined(s, t[k - 1].End, t[k].Start) && t[k].Norm.Length > 4
               && (t[k].Norm.StartsWith("لل", StringComparison.Ordinal) || t[k].Norm.StartsWith("وال", StringComparison.Ordinal)
                   || (k > start && Definite(t[k].Norm))))
            k++;
        return k;
    }

    /// <summary>حسبما، وفق ما، بحسب ما right before the verb at <paramref name="k"/>: «as (it) reported» (not كما, also «also»: كما توقعت الوكالة).</summary>
    private static bool AsReported(Sentence s, int k)
    {
        var t = s.Tokens;
        if (!Joined(s, t[k - 1].End, t[k].Start)) return false;
        // (…and «as … reported» with كما: وأضاف المدرب … كما ذكرت وسائل الإعلام: «…»)
        if (t[k - 1].Norm is "حسبما" or "وحسبما" or "بحسبما" or "كما") return true;
        return k >= 2 && t[k - 1].Norm == "ما" && t[k - 2].Norm is "حسب" or "بحسب" or "وفق" or "وفقا" or "وبحسب" or "وحسب" && Joined(s, t[k - 2].End, t[k - 1].Start);
    }

    /// <summary>نقل، نقلت، ينقل، تنقل (with or without و): «relayed», a cue only with «عن» and the one relayed from.</summary>
    private static bool Relays(string norm) => WithoutConjunction(norm) is "نقل" or "نقلت" or "ينقل" or "تنقل";

    /// <summary>
    /// حذر، دعا، طالب، اتهم، انتقد، حمّل … (masculine past, without و): a verb that takes whom it warns, urges, blames or
    /// attacks as its object, right after it.
    /// </summary>
    private static bool AimsAtSomeone(string verb) =>
        verb is "حذر" or "دعا" or "طالب" or "ناشد" or "اتهم" or "انتقد" or "هاجم" or "هدد" or "حث" or "حمل";

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
        // وكانت أشارت صحيفة "هآرتس" عن مصدر في قطاع التجارة البحرية إلى أنه "…": a medium right after the verb, and «from»
        // someone after its name — the one it reports.
        if (k + 1 < s.Tokens.Count && Medium(s.Tokens[k + 1].Norm))
            for (var j = k + 2; j < before && j <= k + 5; j++)
                if (s.Tokens[j].Norm == "عن")
                    return SpeakerAfter(s, j, names);
        return null;
    }

    /// <summary>قوله/تأكيده: the person before it (للموسى قوله → الموسى; عن مسؤول بالوزارة تأكيده → مسؤول بالوزارة).</summary>
    private static string? VerbalNounSpeaker(Sentence s, int k, SpeakerNames names)
    {
        var norm = s.Tokens[k].Norm;
        if (norm is not ("قوله" or "قولها" or "تاكيده" or "تاكيدها")) return null;
        // (…not an adjective of origin that opens with ل: نقل مصدر لبناني تأكيده)
        if (k > 0 && s.Tokens[k - 1].Norm is { Length: > 3 } prev && prev[0] == 'ل' && !Stops.Contains(prev) && !(prev[1] != 'ل' && SpeakerNames.Nisba(prev)))
        {
            var t = s.Tokens[k - 1];
            return prev.StartsWith("لل", StringComparison.Ordinal) ? "ال" + s.Text[(t.Start + 2)..t.End] : s.Text[(t.Start + 1)..t.End];
        }
        var last = k - 1;
        for (var j = k - 1; j >= 0 && j >= k - 14; j--)
        {
            if (s.Tokens[j].Norm != "عن" || j + 1 >= k) continue;
            // عن مسؤول محلي، طلب عدم الكشف عن اسمه، قوله: the عن of the asking is not the relay's; the one relayed from is
            // described by the words before the asking.
            // (طلب عدم الكشف عن, three words back; رفض الكشف عن, two)
            var asking = j >= 3 && AsksNotToBeNamed(s, j - 3) ? j - 3 : j >= 2 && AsksNotToBeNamed(s, j - 2) ? j - 2 : -1;
            if (asking >= 0)
            {
                (last, j) = (asking - 1, asking);
                continue;
            }
            if (j + 1 > last || (k - j > 10 && last == k - 1)) return null;
            // ونقلت الوكالة عن تسفاي ملكو، أحد المسؤولين عن تشغيل السد، قوله: an عن inside what sets off the one relayed from
            // is theirs; the relay's is the one after «conveyed» and the medium, and its phrase ends at the comma.
            for (var i = j - 2; i >= 1 && i >= k - 14; i--)
                if (s.Tokens[i].Norm == "عن" && s.Tokens.FindIndex(Math.Max(0, i - 6), Math.Min(i, 6), t => t.Cue == CueKind.Verb && Relays(t.Norm)) >= 0)
                {
                    var comma = i + 1;
                    while (comma < j && !CommaBetween(s, s.Tokens[comma].End, s.Tokens[comma + 1].Start)) comma++;
                    if (comma < j) (j, last) = (i, comma);
                    break;
                }
            // عن المتحدث باسم المنظمة، طارق ياسرفيتش، قوله: a role phrase is read as after a verb, up to the name it sets off
            // (…also a role with «its»: عن ممثلتها في العراق الدكتورة لينا حداد قولها).
            return (SpeakerNames.IsRole(s.Tokens[j + 1].Norm) || SpeakerNames.RoleWithPronoun(s.Tokens[j + 1].Norm)) && RoleLed(s, j + 1, names) is { } person
                ? person
                : names.ShortMention(s.Text, Phrase(s, j + 1, last));
        }
        return null;
    }

    /// <summary>
    /// إعلان ماكرون، تصريح بيسكوف: the person whose announcement or statement the sentence names before token
    /// <paramref name="before"/>, by a name right after the noun; null when there is none.
    /// </summary>
    private static string? AnnouncedBy(Sentence s, int before, SpeakerNames names)
    {
        for (var j = Math.Min(before, s.Tokens.Count - 2); j >= 0; j--)
            if (WithoutConjunction(s.Tokens[j].Norm) is "اعلان" or "تصريح" or "تصريحات" or "قول" && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
                && !Definite(s.Tokens[j + 1].Norm) && IsNamePart(s, j + 1, names) && names.Mentions(s.Tokens[j + 1].Norm) >= 2)
                return BestName(s, j + 1, NameEnd(s, j + 1, names), names);
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
        // ووفقا لوزير الخارجية الروسي، فإن "…": «according to» takes who said it behind ل; read without it, as بحسب is read.
        if (AccordingToWithoutLam(s, k, names) is { } plain) return SpeakerAfter(plain, k, names);
        var tokens = s.Tokens;
        // وبحسب ما أشار له وزير الخارجية …، كما صرح به الوزير: after «what», the verb's pronoun is «what» taken up; the
        // subject follows it.
        if (k > 0 && k + 2 < tokens.Count && tokens[k - 1].Norm is "ما" or "لما" or "كما" or "حسبما" or "بحسبما"
            && tokens[k + 1].Norm is "له" or "لها" or "اليه" or "اليها" or "به" or "بها" && Joined(s, tokens[k].End, tokens[k + 1].Start)
            && SpeakerAfter(s, k + 1, names) is { } subject)
            return subject;
        // وجاء في بيانه على تيليغرام “…”: «his» statement is the one already speaking; what follows names no one.
        if (InOwnStatement(s, k)) return null;
        // وتم وصف الرواية بأنها "…": after «was done» the cue is a verbal noun of the passive; what follows it is its object.
        if (k > 0 && tokens[k - 1].Norm is "تم" or "وتم" or "يتم" or "ويتم" or "سيتم" or "وسيتم" && Joined(s, tokens[k - 1].End, tokens[k].Start))
            return null;
        if ((TopicBeforeFa(s, k, names) ?? DescribedTopicBeforeFa(s, k, names)) is { } topic) return topic;
        // أما خالد الحصن، الرئيس التنفيذي لـ"تداول"، فقد أكد "…": so is one whose ف is on the قد before the verb.
        if (k > 2 && tokens[k - 1].Norm == "فقد" && Joined(s, tokens[k - 1].End, tokens[k].Start)
            && (TopicBeforeFa(s, k - 1, names, anyVerb: true) ?? DescribedTopicBeforeFa(s, k - 1, names, anyVerb: true)) is { } qadTopic)
            return qadTopic;
        // وأصدر الوزير قراراً يطالب الجامعات بتوفيق أوضاعها: a present verb right after an indefinite noun (its tanween
        // written) describes that noun, and what follows is its object: nobody speaking.
        if (tokens[k].Cue == CueKind.Verb && k > 0 && !tokens[k].Prefixed && VerbForm(tokens[k].Norm) && tokens[k - 1].Cue is null
            && Joined(s, tokens[k - 1].End, tokens[k].Start) && Tanween(s, k - 1))
            return null;
        // (…and so does one after في and an indefinite noun: في بادرة تؤكد متانة العلاقات, في خطوة تعكس — not «whereas», في
        // حين تحدث الإعلامي, where a past verb opens its clause)
        if (tokens[k].Cue == CueKind.Verb && k > 1 && !tokens[k].Prefixed && VerbForm(tokens[k].Norm) && tokens[k - 2].Norm == "في"
            && !Definite(tokens[k - 1].Norm) && tokens[k - 1].Norm is not ("حين" or "وقت") && tokens[k - 1].Cue is null && !SpeakerNames.IsPlace(tokens[k - 1].Norm)
            && Joined(s, tokens[k - 2].End, tokens[k - 1].Start) && Joined(s, tokens[k - 1].End, tokens[k].Start))
            return null;
        // ونقلت الوكالة الوطنية عن الوزير: the one relayed from, never the medium that relays (without عن, ونقل الفيصل
        // تحيات القيادة, it is «conveyed» and its subject follows as after any verb).
        if (tokens[k].Cue == CueKind.Verb && Relays(tokens[k].Norm))
        {
            if (RelayedBy(s, k, tokens.Count, names) is { } relayed) return relayed;
            // (ونقلت “روسيا اليوم” عنه قوله: relayed «from him», the one already speaking — not the medium)
            for (var j = k + 1; j < tokens.Count && j <= k + 6 && tokens[j].Cue is null; j++)
                if (tokens[j].Norm is "عنه" or "عنها") return null;
            // (وفق ما نقلت وكالة الأنباء: a medium relaying, without whom from, names no speaker)
            if (k + 1 < tokens.Count && Medium(tokens[k + 1].Norm)) return null;
        }
        // وعزا السبب إلى "…"، وعزا هذا الارتفاع إلى: what is attributed may come right after «attributed»; the one attributing
        // it is then the one already speaking (not after a body or a name: وعزا المعهد الوطني للإحصاء هذا الارتفاع إلى).
        // (…and so may what is highlighted: وأبرز المصاعب التى واجهته)
        if ((Attributes(tokens[k].Norm) || Highlights(tokens[k].Norm)) && k + 1 < tokens.Count
            && (tokens[k + 1].Norm is "هذا" or "هذه" or "ذلك" or "تلك"
                || (Definite(tokens[k + 1].Norm) && !SpeakerNames.IsOrganisation(tokens[k + 1].Norm) && !SpeakerNames.IsRole(tokens[k + 1].Norm)
                    && !names.IsFamilyName(tokens[k + 1].Norm)
                    // (not a title before a name: وأبرز السيد عساف)
                    && tokens[k + 1].Norm is not ("السيد" or "السيده") && !SpeakerNames.IsNameTitle(tokens[k + 1].Norm) && !SpeakerNames.IsHonorific(tokens[k + 1].Norm))))
            return null;
        var first = k + 1;
        // وقال مسؤول … تحدث شريطة عدم نشر اسمه: «on condition» after the verb names nobody.
        // (…nor «to whoever» nor «without»: يقول لمن بقي في الطابور، تجيب بلا تردد)
        // (…nor «amid», where the words were said: وأضافت وسط تصفيق الحاضرين — after a role it is the role's, لاعب وسط)
        if (first < tokens.Count && tokens[first].Norm is "شريطه" or "شرط" or "بشرط" or "لمن" or "بلا" or "دون" or "بدون" or "وسط") return null;
        // (…nor whom one shouts at or calls, ب and kin with «his/her»: يصيح بابنه إياد)
        if (first < tokens.Count && tokens[first].Norm is ['ب', _, _, _, ..] bi && SpeakerNames.KinWithPronoun(bi[1..])) return null;
        // ويقول البائع محمد الطاهر، ويروي الجار عمي الطاهر: a trade or kin with ال (no role word, whose reader would take the
        // name on) before a name, behind a title of respect at most, is what the person is; the name is who speaks.
        // (…not inside the words, يقول: «الراكب فاكر …»; nor whom the verb takes, kin with «his»: يسأل الحفيد جده; nor what
        // the person does next: يقول الراكب ويمد يده)
        if (first + 1 < tokens.Count && Definite(tokens[first].Norm) && tokens[first].Norm.Length > 4 && !SpeakerNames.IsRole(tokens[first].Norm)
            && (TradeNoun(tokens[first].Norm[2..]) || KinNoun(tokens[first].Norm)
                // (…or any ال-word before a common given name, when the article has it after no given name: وقال الناشر
                // سمير العلي، يقول الخبّاز جورج)
                || (SpeakerNames.IsFirstName(tokens[first + 1].Norm) && !names.AfterFirstName(tokens[first].Norm) && !names.IsFamilyName(tokens[first].Norm)
                    && !SpeakerNames.IsOrganisation(tokens[first].Norm) && !SpeakerNames.IsPlace(tokens[first].Norm)))
            && Joined(s, tokens[k].End, tokens[first].Start)
            && Joined(s, tokens[first].End, tokens[first + 1].Start))
        {
            var n = first + 1;
            var titled = n + 1 < tokens.Count && SpeakerNames.IsNameTitle(tokens[n].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start);
            if (titled) n++;
            if ((IsNamePart(s, n, names) && !Definite(tokens[n].Norm) && !SpeakerNames.KinWithPronoun(tokens[n].Norm)
                 && !DeedBehindWaw(tokens[n].Norm, names)) || (titled && TitledAlName(s, n, names)))
                return BestName(s, n, NameEnd(s, n, names), names);
        }
        // وقالت القارئة الإماراتية مريم الكتبي: what the person is and where from, both with ال, before a common given name —
        // the name is who speaks (a word the lists do not know as a role or a trade reads as no person alone).
        if (first + 2 < tokens.Count && Definite(tokens[first].Norm) && tokens[first].Norm.Length > 4 && !SpeakerNames.IsRole(tokens[first].Norm)
            && !SpeakerNames.IsOrganisation(tokens[first].Norm) && Definite(tokens[first + 1].Norm) && tokens[first + 1].Norm.Length > 5
            && SpeakerNames.Nisba(tokens[first + 1].Norm[2..]) && !names.IsFamilyName(tokens[first + 1].Norm)
            && SpeakerNames.IsFirstName(tokens[first + 2].Norm)
            && Joined(s, tokens[k].End, tokens[first].Start) && Joined(s, tokens[first].End, tokens[first + 1].Start) && Joined(s, tokens[first + 1].End, tokens[first + 2].Start))
            return BestName(s, first + 2, NameEnd(s, first + 2, names), names);
        // وقال احدهم يدعى محمد مختار يعمل معدناً: «one of them, called» and the name, up to a present verb (what he does).
        if (first + 2 < tokens.Count && tokens[first].Norm is "احدهم" or "احداهن" or "احداهم" && tokens[first + 1].Norm is "يدعي" or "ويدعي" or "اسمه" or "واسمه"
            && Joined(s, tokens[first].End, tokens[first + 1].Start) && Joined(s, tokens[first + 1].End, tokens[first + 2].Start) && IsNamePart(s, first + 2, names))
        {
            var nameEnd = NameEnd(s, first + 2, names);
            for (var m = first + 3; m <= nameEnd; m++)
                if (VerbForm(tokens[m].Norm) && names.Mentions(tokens[m].Norm) < 2) { nameEnd = m - 1; break; }
            return BestName(s, first + 2, nameEnd, names);
        }
        // وفي ذات الوقت انتقد أيضاً رئيس الشباب خالد البلطان: «also» between the verb and its subject, a role or a title (not
        // the verb's object: وأكد أيضا تطلع بلاده).
        if (first + 1 < tokens.Count && tokens[first].Norm == "ايضا" && Joined(s, tokens[k].End, tokens[first].Start)
            && Joined(s, tokens[first].End, tokens[first + 1].Start)
            && (SpeakerNames.IsRole(tokens[first + 1].Norm) || SpeakerNames.IsNameTitle(tokens[first + 1].Norm) || SpeakerNames.IsHonorific(tokens[first + 1].Norm)))
            first++;
        // وجاء في البيان الصادر عن الاتحاد: the statement after في, and so its issuer.
        if (InStatement(s, k)) first++;
        // وجاء في تصريحات المسؤول: the one whose words they are, after the noun.
        else if (InWordsOf(s, k)) first += 2;
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
        // (…and before a title: وطالب السيد الدكتور مصطفى سواق)
        else if (first + 1 < tokens.Count && tokens[first].Norm is "السيد" or "السيده" && Joined(s, tokens[first].End, tokens[first + 1].Start)
                 && (IsNamePart(s, first + 1, names) || (SpeakerNames.IsNameTitle(tokens[first + 1].Norm) && Definite(tokens[first + 1].Norm))))
            first++;
        // وأكدت نفس الفيدرالية، ذات الوزارة: «the same» body or role is that body or role.
        else if (first + 1 < tokens.Count && tokens[first].Norm is "نفس" or "ذات" && Joined(s, tokens[first].End, tokens[first + 1].Start)
                 && Definite(tokens[first + 1].Norm) && (SpeakerNames.IsOrganisation(tokens[first + 1].Norm) || SpeakerNames.IsRole(tokens[first + 1].Norm)))
            first++;
        // وقال زميله الدكتور موسى عباس: «his colleague» (brother, son, wife …) before a title or a name is the one named after it.
        else if (first + 1 < tokens.Count && tokens[first].Norm is "زميله" or "زميلها" or "زميلته" or "شقيقه" or "شقيقها" or "شقيقته" or "والده"
                     or "والدها" or "والدته" or "نجله" or "نجلها" or "ابنه" or "ابنها" or "ابنته" or "زوجته" or "زوجها"
                 && Joined(s, tokens[first].End, tokens[first + 1].Start)
                 && (SpeakerNames.IsNameTitle(tokens[first + 1].Norm) || (IsNamePart(s, first + 1, names) && !Stops.Contains(tokens[first + 1].Norm))))
            first++;
        // أوضح المغربي جمال السلامي، مدرب منتخب الأردن: the speaker's origin, an ال-nisba used as a noun, before a first name.
        else if (first + 1 < tokens.Count && tokens[k].Cue == CueKind.Verb && Origin(tokens[first].Norm) && Joined(s, tokens[first].End, tokens[first + 1].Start)
                 // (a first name, or a name word before a family name the article uses alone: جمال السلامي … وقال السلامي, or
                 // a name word the article repeats after an adjective it says once: وأضاف الإسباني لوبيز after «ماركيز لوبيز» — not
                 // a family name that reads as a nisba, before whom the verb has as a second subject: أكّد الصفدي وبراك)
                 && (SpeakerNames.IsFirstName(tokens[first + 1].Norm)
                     || (IsNamePart(s, first + 1, names) && names.Mentions(tokens[first + 1].Norm) >= 2 && names.Mentions(tokens[first].Norm) < 2)
                     || (first + 2 < tokens.Count && IsNamePart(s, first + 1, names) && names.IsFamilyName(tokens[first + 2].Norm)
                         && Joined(s, tokens[first + 1].End, tokens[first + 2].Start))))
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
                // (ووفقا لبيان المكتب الصحفي: «according to a statement of» its issuer)
                || (tokens[k].Cue == CueKind.Source && tokens[first].Norm is "لبيان" or "لبلاغ" or "لتصريحات" or "لتصريح")
                || (tokens[k].Cue == CueKind.Verb && tokens[first].Norm is "به" or "بها" or "بذلك")
                // (أكد ذلك مدير المطار احمد هوشيار: «that» as the object, before a role; not before a verb: واعتبر ذلك يؤدي)
                || (tokens[k].Cue == CueKind.Verb && tokens[first].Norm == "ذلك" && SpeakerNames.IsRole(tokens[first + 1].Norm))
                // (لما أعلن عنه بيان صادر عن …، أعلن عنه الشيخ محمد بن راشد: «about it» before who announced it)
                || (tokens[k].Cue == CueKind.Verb && tokens[first].Norm is "عنه" or "عنها")
                // (الدورة التي أكد بشأنها وزير الصناعة، قال فيها الوزير: «about it», «in it» before a role or a body)
                || (tokens[k].Cue == CueKind.Verb && tokens[first].Norm is "بشانها" or "بشانه" or "حولها" or "حوله" or "بخصوصها" or "بخصوصه" or "فيها" or "فيه"
                    && (SpeakerNames.IsRole(tokens[first + 1].Norm) || SpeakerNames.IsOrganisation(tokens[first + 1].Norm)))
                // (ليرد عليه الوزير الفرنسي، فردّ عليه وزير التخطيط: «to him» before who replied)
                // (…also in the present: يرد عليها شاب بجوارها)
                || (Replies(tokens[k].Norm) && tokens[first].Norm is "عليه" or "عليها" or "عليهم"))) first++;
        // وبحسب حديث سابق للمتحدث باسم الوزارة: after the statement and its adjective, the role behind ل made it.
        if (tokens[k].Cue == CueKind.Source && first > 0 && first + 1 < tokens.Count && SourceWordsNoun(tokens[first - 1].Norm)
            && tokens[first].Norm is "سابق" or "سابقه" or "صحفي" or "خاص" or "اخير" && Joined(s, tokens[first].End, tokens[first + 1].Start)
            && tokens[first + 1].Norm is { Length: > 4 } lam && lam.StartsWith("لل", StringComparison.Ordinal) && SpeakerNames.IsRole("ال" + lam[2..]))
            return RoleLed(s, first + 1, names);
        // وأفادت تصريحات من مجلس المحافظة، أن: statements «from» a body or a role are that body's or that role's words.
        if (tokens[k].Cue == CueKind.Verb && first + 2 < tokens.Count && StatementNoun(tokens[first].Norm) && tokens[first + 1].Norm is "من" or "عن"
            && (SpeakerNames.IsOrganisation(tokens[first + 2].Norm) || SpeakerNames.IsRole(tokens[first + 2].Norm))
            && Joined(s, tokens[first].End, tokens[first + 1].Start) && Joined(s, tokens[first + 1].End, tokens[first + 2].Start))
            first += 2;
        // وفقا لبيان صادر عن مجلس السيادة: «issued by» after the statement goes on to its issuer.
        if (tokens[k].Cue == CueKind.Source && first > 0 && first + 2 < tokens.Count && tokens[first - 1].Norm is "لبيان" or "لبلاغ"
            && SpeakerNames.IssuedBy(tokens[first].Norm) && tokens[first + 1].Norm == "عن"
            && Joined(s, tokens[first].End, tokens[first + 1].Start) && Joined(s, tokens[first + 1].End, tokens[first + 2].Start))
            first += 2;
        // حسب ما أفاد به يوم الإثنين بيان لوزارة الدفاع، وأكد اليوم الخميس وزير الخارجية: when the words were said may come
        // between the verb and who said them.
        // (…not the first words of a quotation right after the verb: قال: “اليوم نتحدث مرة أخرى …”)
        if (tokens[k].Cue is CueKind.Verb or CueKind.Source && first < tokens.Count && Joined(s, tokens[first - 1].End, tokens[first].Start)
            && TimeOfSaying(s, first) is var said && said > first && said < tokens.Count) first = said;
        // وانتقد الغامدي طاقم تحكيم المباراة after «خالد الغامدي»: an ال-family name the article gave after a common given
        // name ends the name right after a verb of saying; the words after it are the verb's object.
        // (the article-wide name tables asked last: most verbs are not followed so)
        if (tokens[k].Cue == CueKind.Verb && first + 1 < tokens.Count && Joined(s, tokens[first - 1].End, tokens[first].Start) && Definite(tokens[first].Norm)
            && Joined(s, tokens[first].End, tokens[first + 1].Start) && !Definite(tokens[first + 1].Norm) && !SpeakerNames.IsConnector(tokens[first + 1].Norm)
            && IsNamePart(s, first + 1, names) && names.Mentions(tokens[first + 1].Norm) < 2 && names.Mentions(tokens[first].Norm) >= 2
            && names.FollowsACommonGivenName(tokens[first].Norm))
            return names.ShortMention(s.Text, Phrase(s, first, first));
        // وقال دراج لرويترز after «عمرو دراج»: a role word the article gave as a family name is that person, when no qualifier
        // joins it (a cyclist's «دراج الفريق» would).
        if (first < tokens.Count && Joined(s, tokens[first - 1].End, tokens[first].Start) && names.FullNameOfFamilyName(tokens[first].Norm) is { } full
            && (first + 1 == tokens.Count || !Joined(s, tokens[first].End, tokens[first + 1].Start) || !Definite(tokens[first + 1].Norm)
                || SpeakerNames.TimeWord(tokens[first + 1].Norm)))
            return full;
        // يقول رجل خمسيني يجلس أمام دكان: a man or a woman told by what they are (رجل is a role word too), an adjective of
        // age or origin at most, then a present verb — the verb opens what they do; the role reader had read on and printed
        // «يجلس». (Not a trade, مهندس يعمل مع إحدى الشركات, which says too little alone.)
        if (first + 1 < tokens.Count && tokens[first].Norm is "رجل" or "امراه" or "سيده" or "شاب" or "شابه" or "فتاه" or "فتي"
            && Joined(s, tokens[first - 1].End, tokens[first].Start))
        {
            var described = first;
            if (described + 2 < tokens.Count && DescribingAdjective(s, described + 1) && Joined(s, tokens[described].End, tokens[described + 1].Start))
                described++;
            // (…or a woman's past verb: تقول سيدة جاءت لشراء شال)
            if (Joined(s, tokens[described].End, tokens[described + 1].Start)
                && tokens[described + 1].Norm is var verb && (verb is ['ي' or 'ت', _, _, ..] || (FemininePast(verb) && !verb.EndsWith("ات", StringComparison.Ordinal)))
                && tokens[described + 1].Cue is null && names.Mentions(verb) < 2 && !SpeakerNames.IsFirstName(verb)
                // («called» brings the name in: قالت سيدة تدعى أم محمد)
                && verb is not ("تدعي" or "يدعي"))
                return s.Text[tokens[first].Start..tokens[described].End];
        }
        // (…also set off from the verb by a comma: بدوره قال، قائد المدرسة العسكرية … اللواء الداه ولد محمد العاقب، إن)
        if (first < tokens.Count && SpeakerNames.IsRole(tokens[first].Norm)
            && (Joined(s, tokens[first - 1].End, tokens[first].Start) || (first == k + 1 && CommaBetween(s, tokens[k].End, tokens[first].Start))))
            return RoleLed(s, first, names);
        // وقالت كبيرة الاقتصاديين في بنك "الإمارات دبي الوطني" خديجة حقي: «chief» before a plural of people with ال heads a
        // role's phrase (SpeakerNames.ShortMention reads it so), and the name closing the phrase is who speaks.
        if (first + 1 < tokens.Count && tokens[first].Norm is "كبير" or "كبيره" && Joined(s, tokens[first - 1].End, tokens[first].Start)
            && SpeakerNames.ChiefOf(s.Text, tokens[first].End, tokens[first + 1].Start, tokens[first + 1].Norm)
            // (…when the role reader finds that name: كبير المفاوضين القطريين وزير الدولة … is read on below, to the next role)
            && RoleLed(s, first, names) is { } chief && !ArabicText.Normalize(chief).StartsWith(tokens[first].Norm, StringComparison.Ordinal))
            return chief;
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
        // (…also in the present, as reports from the street tell it: وتقول أم محمد (45 عاما): "…")
        if (first + 1 < tokens.Count && tokens[first].Norm == "ام" && (FemininePast(tokens[k].Norm) || FemininePresentCue(tokens[k].Norm))
            && Joined(s, tokens[first].End, tokens[first + 1].Start)
            // (…علي too, which reads as the preposition على elsewhere: تقول أم علي)
            && ((IsNamePart(s, first + 1, names) && !Stops.Contains(tokens[first + 1].Norm)) || tokens[first + 1].Norm == "علي"))
            return s.Text[tokens[first].Start..tokens[first + 1].End];
        if (first < tokens.Count && Joined(s, tokens[first - 1].End, tokens[first].Start) && NameAfterKin(s, first, names) is { } kinNamed) return kinNamed;
        // تقول جارتها: «…»؛ تقاطعها جارتها في الطابور، امرأة في الخمسين: kin with «his/her» and no name is the speaker as the
        // article gives them, before the words, a comma or where they are.
        if (first < tokens.Count && KinWithPronoun(s, first) && Joined(s, tokens[first - 1].End, tokens[first].Start)
            && (first + 1 == tokens.Count || !Joined(s, tokens[first].End, tokens[first + 1].Start) || tokens[first + 1].Norm == "في"))
            return s.Text[tokens[first].Start..tokens[first].End];
        // يقول أحدهم، ويدعى عبد السلام: «one of them, called» a name, is that name.
        if (first + 3 < tokens.Count && tokens[first].Norm is "احدهم" or "احداهن" && tokens[first + 1].Norm is "ويدعي" or "وتدعي"
            && CommaBetween(s, tokens[first].End, tokens[first + 1].Start) && IsNamePart(s, first + 2, names))
            return BestName(s, first + 2, NameEnd(s, first + 2, names), names);
        // واستطرد آخر: "…"، وأضافت أخرى: «another» man or woman of those the article has been quoting, alone before the words,
        // is the speaker as the article gives him — not the one before.
        if (first < tokens.Count && tokens[first].Norm is "اخر" or "اخري" or "اخرون" or "اخريات" && tokens[k].Cue == CueKind.Verb
            && (first + 1 == tokens.Count || !Joined(s, tokens[first].End, tokens[first + 1].Start) || IsThatWord(tokens[first + 1].Norm)))
            return s.Text[tokens[first].Start..tokens[first].End];
        // وقال احد المستهلكين، قالت إحدى الأمهات: «one of» a group, the speaker as the article gives him — also with a noun in
        // construct before the group (فيما قال أحد أقارب المعتقلين والذي تمكن من زيارة قريبه "…").
        if (first + 1 < tokens.Count && tokens[first].Norm is "احد" or "احدي" && Joined(s, tokens[first].End, tokens[first + 1].Start))
        {
            var group = first + 1;
            // (…«one of the residents of» a quarter, a town or a camp and its name: وروى أحد سكان حي أبو شوك)
            if (group + 2 < tokens.Count && !Definite(tokens[group].Norm) && (SpeakerNames.PlaceNoun(tokens[group + 1].Norm) || tokens[group + 1].Norm == "حي")
                && !Definite(tokens[group + 1].Norm)
                && Joined(s, tokens[group].End, tokens[group + 1].Start) && Joined(s, tokens[group + 1].End, tokens[group + 2].Start)
                && (IsNamePart(s, group + 2, names) || Kunya(s, group + 2, names) || SpeakerNames.IsPlace(tokens[group + 2].Norm)))
            {
                var placeEnd = Kunya(s, group + 2, names) ? group + 3 : SpeakerNames.IsPlace(tokens[group + 2].Norm) ? group + 2 : Math.Min(NameEnd(s, group + 2, names), group + 3);
                return s.Text[tokens[first].Start..tokens[placeEnd].End];
            }
            if (!Definite(tokens[group].Norm) && group + 1 < tokens.Count && tokens[group].Norm.Length >= 4 && !Stops.Contains(tokens[group].Norm)
                && !StopWords.Contains(tokens[group].Norm) && !SpeakerNames.TimeWord(tokens[group + 1].Norm) && Joined(s, tokens[group].End, tokens[group + 1].Start))
                group++;
            if (Definite(tokens[group].Norm) && !Stops.Contains(tokens[group].Norm) && !StopWords.Contains(tokens[group].Norm))
                return s.Text[tokens[first].Start..tokens[group].End];
            // (…and a group in construct with a name in marks or without ال: وأضاف أحد نشطاء منصة “إكس” قائلا — «one of the
            // activists», whatever they are of)
            if (group == first + 2 && !Definite(tokens[first + 1].Norm) && !StopWords.Contains(tokens[first + 1].Norm) && !Stops.Contains(tokens[first + 1].Norm)
                && !IsNumber(tokens[first + 1].Norm))
                return s.Text[tokens[first].Start..tokens[first + 1].End];
        }
        // وقال والد الطفل، وقالت والدة الضحية: a parent in construct with an ال-noun is named by whose parent, the two words
        // whole (alone, والد reads as و and an ال-word, and the name stopped before it).
        if (first + 1 < tokens.Count && tokens[first].Norm is "والد" or "والده" && Definite(tokens[first + 1].Norm) && !Stops.Contains(tokens[first + 1].Norm)
            && !StopWords.Contains(tokens[first + 1].Norm) && !SpeakerNames.TimeWord(tokens[first + 1].Norm) && Joined(s, tokens[first].End, tokens[first + 1].Start))
            return s.Text[tokens[first].Start..tokens[first + 1].End];
        // أعلن مالكي المولدات الخاصة في البقاع: «the owners of» what they own, its ال-words and where they are — a group,
        // not the family name المالكي.
        if (first + 1 < tokens.Count && OwnersWord(tokens[first].Norm) && Definite(tokens[first + 1].Norm) && !Stops.Contains(tokens[first + 1].Norm)
            && Joined(s, tokens[first].End, tokens[first + 1].Start))
        {
            var owned = first + 1;
            while (owned + 1 < tokens.Count && owned < first + 3 && Definite(tokens[owned + 1].Norm) && !SpeakerNames.TimeWord(tokens[owned + 1].Norm)
                   && Joined(s, tokens[owned].End, tokens[owned + 1].Start)) owned++;
            var where = owned + 2 < tokens.Count ? tokens[owned + 2].Norm : "";
            if (owned + 2 < tokens.Count && tokens[owned + 1].Norm == "في"
                && (SpeakerNames.IsPlace(where) || (Definite(where) && !StatementNoun(where.AsSpan(2)) && !SpeakerNames.TimeWord(where)))
                && Joined(s, tokens[owned].End, tokens[owned + 1].Start) && Joined(s, tokens[owned + 1].End, tokens[owned + 2].Start)) owned += 2;
            return s.Text[tokens[first].Start..tokens[owned].End];
        }
        // وقال الألماني يورجن كلوب: an adjective of origin with ال right before a name describes the man; his name follows.
        // (الألماني reads الالماني once normalised: its ا is no article)
        if (first + 2 < tokens.Count && tokens[first].Norm.Length > 5 && Definite(tokens[first].Norm) && tokens[first].Norm[^1] == 'ي'
            // (…right after the verb: not the first word of the quotation after its colon, وأردف: "الفيصلي قدم مباراة محترمة …")
            && Joined(s, tokens[first - 1].End, tokens[first].Start)
            && (SpeakerNames.Nisba(tokens[first].Norm[2..]) || tokens[first].Norm.StartsWith("الال", StringComparison.Ordinal))
            && !SpeakerNames.IsRole(tokens[first].Norm) && !names.IsFamilyName(tokens[first].Norm) && !Definite(tokens[first + 1].Norm)
            && IsNamePart(s, first + 1, names) && IsNamePart(s, first + 2, names)
            && Joined(s, tokens[first].End, tokens[first + 1].Start) && Joined(s, tokens[first + 1].End, tokens[first + 2].Start))
            first++;
        if (CalledBy(s, first, names) is { } called) return called;
        // أكد دبلوماسي أميركي شارك في التخطيط أن: a trade's adjective used as a noun and one placing it is someone the
        // article leaves unnamed; what follows is no name (here a verb).
        if (first + 1 < tokens.Count && tokens[first].Norm is "دبلوماسي" or "عسكري" or "امني" or "سياسي" or "حقوقي" or "اقتصادي" or "اعلامي" or "برلماني"
            && SpeakerNames.PlacingAdjective(tokens[first + 1].Norm) && Joined(s, tokens[first].End, tokens[first + 1].Start))
            return s.Text[tokens[first].Start..tokens[first + 1].End];
        var last = first - 1;
        for (var j = first; j < tokens.Count && j < first + 7; j++)
        {
            if (!Joined(s, tokens[j - 1].End, tokens[j].Start) || AsksNotToBeNamed(s, j)) break;
            var norm = tokens[j].Norm;
            // ويقول شاب يبيع الوقود: after a youth told by what they are, a present verb opens what they do, no more of the name
            // (it had printed «يبيع»). (رجل، a role word too, is read before the role reader, above.)
            // (…nor where they sit or stand: شاب بجوارها)
            if (j > first && ((VerbForm(norm) && !SpeakerNames.IsFirstName(norm)) || NextToSomeone(norm)) && !Definite(tokens[first].Norm)
                && TradeNoun(tokens[first].Norm) && names.Mentions(norm) < 2) break;
            // يقول عبد السلام ويخرج البلاطة: a present verb behind و after the name is what the person does next, no more of
            // the name.
            // (…not in a body's name, whose verbal nouns of the form تفعيل read so: وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين)
            if (j > first && DeedBehindWaw(norm, names) && !SpeakerNames.IsOrganisation(tokens[first].Norm)) break;
            // بيان صادر عن وزارة الدفاع: «issued by» goes on to the issuer.
            // (…also behind an adjective, and with the verb: بيان مقتضب صدر عن جيش الاحتلال)
            // (…and so does a document: وتضمنت وثيقة صادرة عن الوقف)
            var issuedBy = norm == "عن" && j <= first + 3 && (SpeakerNames.IsStatement(tokens[first].Norm) || SpeakerNames.OfficialLetter(tokens[first].Norm)
                                                  || SpeakerNames.IssuedPaper(tokens[first].Norm))
                           && SpeakerNames.IssuedBy(tokens[j - 1].Norm);
            // (a number, also with ال: علقت الـ2 في المئة; or in words: يقول إن نحو اثني عشر ألف وردة; and a token with no
            // letters left, a lone ـ, as IsNumber says)
            if (((Stops.Contains(norm) && !NameReadAsStop(s, j, names))
                 || tokens[j].Cue is not null || IsNumber(norm) || QuoteConfidence.NumberWord(norm)
                 || norm.AsSpan().ContainsAnyInRange('0', '9')) && !issuedBy) break;
            if (j == first && !names.IsNameLike(norm) && !NameSabah(s, j, names) && !NameVan(s, j, names) && !SpeakerNames.IsRole(norm) && !norm.StartsWith("ال", StringComparison.Ordinal)
                && !FamilyNameLikeAFunctionWord(s, j, names)) break;
            // وكتبت الإعلامية ريهام سعيد منشورا، عقد الوزير مؤتمرا صحفيا: the verb's object after its subject ends the phrase.
            if (j > first && (AccusativePair(s, j, names) || (j >= first + 2 && ObjectAfterName(s, j, names)))) break;
            // وأعلنت وزارة الصحة الليلة الماضية أن: the time of the words is no more of the name (صباح without ال may be one:
            // صباح فخري).
            if (j > first && Definite(norm) && SpeakerNames.TimeWord(norm)) break;
            // وتابع إنزاغي تصريحاته: his words after his name are the verb's object, no more of the name.
            if (j > first && OwnWords(norm)) break;
            // وقال يوسف إبراهيم طبقاً لما أوردته: a word with tanween is an adverb or an object, no more of the name.
            if (j > first && Tanween(s, j)) break;
            // أعلنت الشركة إطلاق خدمة جديدة: a body with ال takes no construct noun after it; a word without ال is the verb's
            // object.
            if (j == first + 1 && Definite(tokens[first].Norm) && SpeakerNames.IsOrganisation(tokens[first].Norm) && !Definite(norm)
                && !Stops.Contains(norm)) break;
            // ودعت الوزارة المواطنين إلى: nor a masculine plural with ال after a feminine one (PluralObject).
            if (j == first + 1 && SpeakerNames.IsOrganisation(tokens[first].Norm) && PluralObject(tokens, j, first)) break;
            // وانتقد العماري الحكومة الحالية: a body after a person's name is the verb's object, not more of the name.
            if (j > first && Definite(norm) && SpeakerNames.IsOrganisation(norm) && !SpeakerNames.IsOrganisation(tokens[first].Norm)
                && !SpeakerNames.IsRole(tokens[first].Norm) && !SpeakerNames.IsStatement(tokens[first].Norm) && !SpeakerNames.OfficialLetter(tokens[first].Norm)) break;
            // وأبلغ ألونسو شبكة دازون للبث قائلاً: a medium without ال after a person's name is whom the words went to.
            if (j > first && !Definite(norm) && Medium(norm) && !SpeakerNames.IsOrganisation(tokens[first].Norm) && !SpeakerNames.IsRole(tokens[first].Norm)
                && !SpeakerNames.IsStatement(tokens[first].Norm)) break;
            // وجدّد الحوثي التأكيد على “…”: a stance with ال right after a one-word name is the verb's object (not after a body or
            // a role, whose ال-words name them: قوات الدعم السريع).
            if (j == first + 1 && Definite(norm) && norm.Length > 4 && StanceNoun(norm[2..]) && !SpeakerNames.IsOrganisation(tokens[first].Norm)
                && !SpeakerNames.IsRole(tokens[first].Norm)) break;
            // (…and so is one without ال before the word it governs, after a name — not after a ب-word, itself the object:
            // كما ناقش حواس جهود استعادة القطع, but اعترف بعدم رغبته)
            if (j == first + 1 && StanceNoun(norm) && j + 1 < tokens.Count && Joined(s, tokens[j].End, tokens[j + 1].Start)
                && IsNamePart(s, first, names) && !(tokens[first].Norm[0] is 'ب' or 'ل' && names.Mentions(tokens[first].Norm) < 2)
                && !SpeakerNames.IsOrganisation(tokens[first].Norm) && !SpeakerNames.IsRole(tokens[first].Norm)) break;
            // وأكد العمل على "حل هذه المشكلة"، أكد الحرص على: a verbal noun with ال right after the verb, before the على it
            // takes, is what is stressed, not who stresses it.
            if (j == first && Definite(norm) && norm.Length > 4 && (norm == "العمل" || StanceNoun(norm[2..])) && j + 1 < tokens.Count
                && tokens[j + 1].Norm == "علي" && Joined(s, tokens[j].End, tokens[j + 1].Start)) break;
            // وواصل حديثه، وأنهى … حديثه قائلا: his talk is what goes on, not who; ويؤكد بأكثر من معنى: a preposition's phrase.
            // (…but «said» takes no stance as its object: قالت أمل عبدالله is a woman named أمل)
            if (j == first && (OwnWords(norm) || PrepositionalWord(norm, names) || (StanceNoun(norm) && !Said(tokens[k].Norm)))) break;
            // وأكمل محييا اللاعبين “…”: a five-letter word of the form مُفَعِّلاً that the article uses once, before the ال-word it
            // takes, is how he went on, not who.
            if (j == first && norm.Length == 5 && norm[0] == 'م' && norm[^1] == 'ا' && names.Mentions(norm) < 2 && j + 1 < tokens.Count
                && Definite(tokens[j + 1].Norm) && Joined(s, tokens[j].End, tokens[j + 1].Start)) break;
            // وقال مخاطبا سمو الأمير، وأضاف مستطردا، متسائلا: an accusative participle of the derived forms (مُفاعِلاً، مُتَفاعِلاً،
            // مُفتَعِلاً، مُستَفعِلاً) says how he spoke, not who — not any م…ا word (موكوينا is a name).
            // (…nor after the name, where what follows is its object: وقال أوهارا مخاطبا ستارمر)
            if (MannerParticiple(norm)) break;
            // واعتبرت القرار "استمرارا لحملة عدائية": a masculine thing after a feminine verb is its object, not who speaks.
            // (…and so is a verbal noun with ال of the forms التفعيل, الانفعال, الافتعال, الاستفعال, masculine all: وكانت النيابة
            // العامة أعلنت الانتهاء من تحقيقاتها)
            if (j == first && FemininePast(tokens[k].Norm) && (MasculineObject(norm) || DefiniteVerbalNounII(norm) || DefiniteVerbalNounVII(norm))) break;
            // ودعا المكونات والفاعليات … إلى «…»: a feminine plural after a masculine past verb is its object, since such a
            // subject takes the feminine (دعت المكونات).
            if (j == first && MasculinePast(tokens[k].Norm) && Definite(norm) && norm.Length >= 6 && norm.EndsWith("ات", StringComparison.Ordinal)) break;
            // وحذّر السلطة الفلسطينية بالقول: so is a feminine body (السلطة، الحكومة) after a verb that takes whom it warns,
            // urges or blames — as subject it would take حذّرت. (Not any verb: news also writes «واعلن النقابة».)
            if (j == first && Definite(norm) && norm[^1] == 'ه' && SpeakerNames.IsOrganisation(norm)
                && AimsAtSomeone(WithoutConjunction(tokens[k].Norm)))
                break;
            // واتهم شريكه عباس بـ"…": «his partner» (brother, rival …; ه as written, not a ة) after such a verb, of either gender,
            // is whom it aims at.
            if (j == first && WithoutConjunction(tokens[k].Norm) is var aim && (AimsAtSomeone(aim) || (aim.EndsWith('ت') && AimsAtSomeone(aim[..^1])))
                && norm.Length >= 5 && s.Text[tokens[j].End - 1] == 'ه' && !Definite(norm) && !SpeakerNames.IsRole(norm) && !SpeakerNames.IsOrganisation(norm)
                && j + 1 < tokens.Count && IsNamePart(s, j + 1, names) && Joined(s, tokens[j].End, tokens[j + 1].Start)) break;
            // لافتات تدعو المواطنين إلى الامتناع: a sound masculine plural in its -ين form right after the verb is its object —
            // a subject would read -ون (وأكد المشاركون). Not a broken plural of the form فعاليل (أكّد المساجين).
            if (j == first && tokens[k].Cue == CueKind.Verb && Definite(norm) && norm.Length >= 8 && norm.EndsWith("ين", StringComparison.Ordinal)
                && !(norm.Length == 8 && norm[4] == 'ا') && !names.IsFamilyName(norm) && !SpeakerNames.IsPlace(norm)) break;
            // وقال بوضوح: "…"، قائلًا بحسم: "…": a manner word (ب and a noun of how one speaks) is not who. A closed list: ب opens
            // names as often (وقال بوتين “…”، بلقاسم).
            // (…nor after the name: يروي أحمد بصوت منكسر)
            if (MannerWord(norm)) break;
            // وتعهد ببذل كل ما في وسعه: a ب-word right after a verb that takes its object with ب is that object.
            // (…also after the subject, when the article never repeats it: وطالب أديب بإنهاء ' … ')
            if ((j == first || names.Mentions(norm) < 2) && norm.Length > 3 && norm[0] == 'ب' && TakesObjectWithBa(tokens[k].Norm)) break;
            // وقال سنتمسك بالأمل: a «we will» verb opens unquoted speech, not a name; so does «we are still» (وقال مازالنا على …).
            if (j == first && ((norm.Length >= 6 && norm.StartsWith("سن", StringComparison.Ordinal)) || StillVerb(norm))) break;
            // يؤكد اهتمامهم بالثقافة: a noun with «their» or «her» is the verb's object, never a person's name. (Stricter than
            // SpeakerNames.WithPronoun, which also stops نا and four-letter words: here, right after the verb, كريستالينا
            // جورجيفا must stay a name.)
            // (…and a plural with «his»: ونفي انجازاته الكبيرة — not شحاته, a name)
            if (j == first && norm.Length >= 5 && (norm.EndsWith("ها", StringComparison.Ordinal) || norm.EndsWith("هم", StringComparison.Ordinal)
                || norm.EndsWith("هما", StringComparison.Ordinal) || (norm.Length >= 7 && norm.EndsWith("اته", StringComparison.Ordinal)))) break;
            // وقال لرويترز "…"، ولفت لـmtv الى أن: one ل-word the article never repeats, alone before the words or a stop, is whom
            // they were said to; so is any written لـ with its tatweel.
            // (…and so is one whose ل stands on a hamza's alef, a word of its own behind it: ذكر لأعضاء المجلس أن «…»)
            if (j == first && norm.Length > 2 && norm[0] == 'ل'
                && (s.Text[tokens[j].Start + 1] is 'ـ' or 'أ' or 'إ'
                    || (names.Mentions(norm) < 2 && (j + 1 >= tokens.Count || !Joined(s, tokens[j].End, tokens[j + 1].Start) || Stops.Contains(tokens[j + 1].Norm)))))
                break;
            // ل + a word used alone ends a name (بوطرفة لوكالة), and so does one the article never repeats (بوتين لصحافيين) — a
            // repeated one is a name of its own (أبو ليلى، حسين لبيب) —, but not a statement's issuer (بيان لرئاسة الجمهورية).
            if (j > first && norm.Length > 3 && norm[0] == 'ل' && (names.MentionedAlone(norm[1..]) || names.Mentions(norm) < 2)
                && !(j == first + 1 && NameLi(s, first, names)) && !LamFamilyName(s, j)
                && !((j == first + 1 || (j == first + 2 && SpeakerNames.StatementAdjective(tokens[first + 1].Norm))) && SpeakerNames.IsStatement(tokens[first].Norm))
                // (…nor what a federation is made of: مجلس الاتحاد الوطني لمنظمات المحامين الجزائريين)
                && !(SpeakerNames.FederatedBodies(norm) && j + 1 < tokens.Count && Definite(tokens[j + 1].Norm) && SpeakerNames.IsOrganisation(tokens[first].Norm))
                // (…nor what a United Nations body is for: منظمة الأمم المتحدة للطفولة)
                && !(j >= first + 2 && SpeakerNames.UnitedNations(tokens[j - 2].Norm, tokens[j - 1].Norm) && SpeakerNames.IsOrganisation(tokens[first].Norm))
                // (…nor a field behind لل and its adjective that go on naming a body or an issuer: بلاغ للمديرية العامة للأمن الوطني)
                && !(SpeakerNames.Field(norm) && j + 1 < tokens.Count && Definite(tokens[j + 1].Norm)
                     && Joined(s, tokens[j].End, tokens[j + 1].Start)
                     && (SpeakerNames.IsStatement(tokens[first].Norm) || SpeakerNames.IsOrganisation(tokens[first].Norm)))) break;
            last = j;
        }
        if (last < first) return null;
        // منظمة الأمم المتحدة للطفولة "يونيسيف" أن، وكالة … “الأونروا”، بأن: the short name in marks or brackets right after a
        // body's full name is the one readers know it by.
        if (last >= first + 2 && SpeakerNames.IsOrganisation(tokens[first].Norm) && !SpeakerNames.NamesStatement(tokens[first].Norm)
            && !SpeakerNames.IssuedPaper(tokens[first].Norm) && KnownAs(s, first + 2, last) is { } known) return known;
        return names.ShortMention(s.Text, Phrase(s, first, last));
    }

    /// <summary>
    /// One or two words in marks or brackets closing the phrase that ends at token <paramref name="last"/> (a name in marks
    /// the phrase read through), or right after it and followed by a comma or a that-word (not the words of a quotation:
    /// «لا تعليق»): a short name given to what came before. Searched from token <paramref name="from"/>.
    /// </summary>
    private static string? KnownAs(Sentence s, int from, int last)
    {
        var tokens = s.Tokens;
        for (var p = from; p <= last + 1 && p < tokens.Count; p++)
        {
            var open = s.Text.AsSpan(tokens[p - 1].End, tokens[p].Start - tokens[p - 1].End).Trim();
            if (open.Length != 1 || !(QuoteSpans.IsMark(open[0]) || open[0] == '(')) continue;
            // (only after the words of a name — not after a verb: بيان لوزارة الصناعة اطلع عليه "ألترا عراق" —, and not an
            // agency's short name, whose name relays others' words: وكالة الأنباء العراقية (واع) عن …)
            for (var w = from - 1; w < p; w++)
                if (!(Definite(tokens[w].Norm) || SpeakerNames.IsOrganisation(tokens[w].Norm) || (tokens[w].Norm.Length > 3 && tokens[w].Norm[0] is 'ل' or 'و'))
                    || Medium(tokens[w].Norm) || tokens[w].Norm is "الانباء" or "انباء")
                    return null;
            // (…nor an adjective in brackets: هيئة النزاهة العامة (رسمية))
            if (tokens[p].Norm.EndsWith("يه", StringComparison.Ordinal) || tokens[p].Norm.EndsWith('ي')) return null;
            for (var q = p; q <= p + 1 && q < tokens.Count; q++)
            {
                if (Stops.Contains(tokens[q].Norm) || IsNumber(tokens[q].Norm)) return null;
                var end = q + 1 < tokens.Count ? tokens[q + 1].Start : s.Text.Length;
                var close = s.Text.AsSpan(tokens[q].End, end - tokens[q].End).Trim();
                if (close.IsEmpty) continue;
                if (!(QuoteSpans.IsMark(close[0]) || (open[0] == '(' && close[0] == ')')) || q < last) return null;
                var after = close[1..].Trim();
                return q == last || after is ['،' or ',', ..] || (after.IsEmpty && q + 1 < tokens.Count && IsThatWord(tokens[q + 1].Norm))
                    ? s.Text[tokens[p].Start..tokens[q].End] : null;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// وقال زائر عربي للسوق يدعى محمد طيابين: a description of the speaker and «called» with the name after it, within five
    /// words of the verb — the name is the speaker; null when no «called» comes.
    /// </summary>
    private static string? CalledBy(Sentence s, int first, SpeakerNames names)
    {
        var tokens = s.Tokens;
        for (var p = first + 1; p + 1 < tokens.Count && p <= first + 5; p++)
        {
            if (!Joined(s, tokens[p - 1].End, tokens[p].Start) || tokens[p].Cue is not null) return null;
            if (tokens[p].Norm is not ("يدعي" or "تدعي")) continue;
            return Joined(s, tokens[p].End, tokens[p + 1].Start) && IsNamePart(s, p + 1, names) && !Stops.Contains(tokens[p + 1].Norm)
                ? BestName(s, p + 1, NameEnd(s, p + 1, names), names) : null;
        }
        return null;
    }

    /// <summary>
    /// The token after a time phrase at <paramref name="from"/> (اليوم، أمس الأحد، يوم الإثنين، مساء اليوم الخميس، يوم السبت
    /// الماضي) — up to four time words, يوم and أمس, joined by spaces, one of them a time word proper — when a word joined to
    /// it follows; <paramref name="from"/> itself when there is none.
    /// </summary>
    private static int TimeOfSaying(Sentence s, int from)
    {
        var tokens = s.Tokens;
        var (j, timed) = (from, false);
        for (; j < tokens.Count && j - from < 4 && (j == from || Joined(s, tokens[j - 1].End, tokens[j].Start)); j++)
            if (SpeakerNames.TimeWord(tokens[j].Norm) || tokens[j].Norm == "امس") timed = true;
            // (…also a month, a week or a year before the word that places it: اعلنت الشهر الماضي)
            else if (tokens[j].Norm is not ("يوم" or "الشهر" or "الاسبوع" or "العام" or "السنه")) break;
        return timed && j < tokens.Count && Joined(s, tokens[j - 1].End, tokens[j].Start) ? j : from;
    }

    /// <summary>
    /// أما محامي الدفاع عبد الناصر المهري فوصف المحاكمة بأنها “…”: after أما («as for») the subject comes first and ف opens
    /// its verb, so the words after the verb are its object. The subject's phrase — a role or a name first, up to eight words
    /// with no punctuation but a comma before the verb —, or null.
    /// </summary>
    private static string? TopicBeforeFa(Sentence s, int k, SpeakerNames names, bool anyVerb = false)
    {
        var tokens = s.Tokens;
        if (!(tokens[k].Prefixed || anyVerb) || tokens[k].Norm[0] != 'ف') return null;
        // (…up to fourteen words back: a role's phrase and a name may be that long, أما رئيس الجامعة الملكية المغربية لألعاب
        // القوى عبد السلام أحيزون، فوصف)
        for (var a = k - 1; a >= 0 && k - a <= 14; a--)
        {
            if (InsideQuote(s.Spans, tokens[a].Start)) return null;
            if (a < k - 1 && HasPunctuation(s.Text, tokens[a].End, tokens[a + 1].Start)) return null;
            if (tokens[a].Norm is not ("اما" or "واما")) continue;
            if (a + 1 >= k || (a == k - 2 && HasPunctuation(s.Text, tokens[a].End, tokens[a + 1].Start))) return null;
            // (a person or a role: «أما في شأن قوافل العودة، فأجاب مكاري» is about something, and its speaker follows the verb)
            // (…also a role with «her» or «his»: أما مدربها الكيني بيتر كيبروتيتش فاعتبر)
            var role = RoleOfSomeone(tokens[a + 1].Norm);
            var end = CommaBetween(s, tokens[k - 1].End, tokens[k].Start) || Joined(s, tokens[k - 1].End, tokens[k].Start) ? k - 1 : -1;
            // (…also kin with «her» or «his» and the name after it: أما والدها الهادي فقال — kin alone is left to the reading
            // of the words before, which knows whose kin)
            if (!role && KinWithPronoun(s, a + 1))
                return end >= a + 2 && IsNamePart(s, a + 2, names) && Joined(s, tokens[a + 1].End, tokens[a + 2].Start)
                    ? BestName(s, a + 2, Math.Min(end, NameEnd(s, a + 2, names)), names)
                    : null;
            // (…or a body by up to three ال-words, before a feminine verb as a body takes: أما الأمم المتحدة، فقد وصفت)
            var verb = tokens[k].Norm == "فقد" && k + 1 < tokens.Count ? tokens[k + 1].Norm : tokens[k].Norm;
            if (!role && end >= a + 1 && end - a <= 3 && Feminine(verb)
                && Enumerable.Range(a + 1, end - a).All(m => Definite(tokens[m].Norm) && tokens[m].Cue is null && !SpeakerNames.IsPlace(tokens[m].Norm)
                                                              && !SpeakerNames.TimeWord(tokens[m].Norm) && !Stops.Contains(tokens[m].Norm)
                                                              && (m == a + 1 || Joined(s, tokens[m - 1].End, tokens[m].Start))))
                return s.Text[tokens[a + 1].Start..tokens[end].End];
            if (!role && !IsNamePart(s, a + 1, names)) return null;
            if (end < a + 1) return null;
            return (role ? RoleLed(s, a + 1, names) : null) ?? names.ShortMention(s.Text, Phrase(s, a + 1, end));
        }
        return null;
    }

    /// <summary>
    /// أما عماد يوحنا، هو شاب ثلاثيني شهد الحريق بنفسه أيضا فيقول: after «أما», a name set off by a comma and a description
    /// of him with no other punctuation nor cue before the ف-verb at <paramref name="k"/> is that verb's subject; or null.
    /// (<see cref="TopicBeforeFa"/> reads the short phrases, up to the verb.)
    /// </summary>
    private static string? DescribedTopicBeforeFa(Sentence s, int k, SpeakerNames names, bool anyVerb = false)
    {
        var tokens = s.Tokens;
        if (!(tokens[k].Prefixed || anyVerb) || tokens[k].Norm[0] != 'ف') return null;
        for (var a = k - 1; a >= 0 && k - a <= MaxDescribedTopic; a--)
        {
            // (a name in marks inside the description is part of it: الرئيس التنفيذي لـ"تداول"؛ بطل لعبة «ليغ أوف ليجندز»)
            if ((InsideSpeech(s, tokens[a].Start) && !NameInConstruct(s, a)) || (a < k - 1 && tokens[a + 1].Cue is not null)) return null;
            if (tokens[a].Norm is not ("اما" or "واما")) continue;
            if (a + 1 >= k) return null;
            // (a role first, its name and the description set off by commas: أما رئيس بلدية إسطنبول أكرم إمام أوغلو، الذي ضمن
            // ولاية ثانية، فكتب — the role's phrase names him)
            if (RoleOfSomeone(tokens[a + 1].Norm) && DescriptionsToVerb(s, a + 1, k)
                && RoleLed(s, a + 1, names) is { } holder && !NoName(holder, names))
                return holder;
            // (…or one ال-word describing the person before the name: أما المريض أبو أحمد، وهو أب لخمسة أبناء، فقال)
            var named = a + 1;
            // (…and its adjective of origin: أما الناشر اللبناني سمير أبو جودة، مدير دار «الضفاف»، فيقول)
            if (named + 2 < k && Definite(tokens[named].Norm) && !SpeakerNames.IsOrganisation(tokens[named].Norm) && !SpeakerNames.IsRole(tokens[named].Norm)
                && tokens[named + 1].Norm.StartsWith("ال", StringComparison.Ordinal) && SpeakerNames.Nisba(tokens[named + 1].Norm[2..])
                && SpeakerNames.IsFirstName(tokens[named + 2].Norm)
                && Joined(s, tokens[named].End, tokens[named + 1].Start) && Joined(s, tokens[named + 1].End, tokens[named + 2].Start))
                named += 2;
            if (!IsNamePart(s, named, names) && named + 1 < k && Definite(tokens[named].Norm) && !SpeakerNames.IsOrganisation(tokens[named].Norm)
                && Joined(s, tokens[named].End, tokens[named + 1].Start) && IsNamePart(s, named + 1, names))
                named++;
            if (!IsNamePart(s, named, names)) return null;
            // (the name: up to four words before the comma, as a name the article may give only here is not known by its words)
            var end = named;
            while (end + 1 < k && end < named + 3 && Joined(s, tokens[end].End, tokens[end + 1].Start) && !Stops.Contains(tokens[end + 1].Norm)) end++;
            if (end + 1 >= k || !CommaBetween(s, tokens[end].End, tokens[end + 1].Start)) return null;
            // (…also a description set off by a second comma: أما أبو العبد، وهو أحد زبائن الأحواش، فأبدى)
            for (var m = end + 1; m < k; m++)
                // (…closed by a mark before the comma: مدير دار «الضفاف»، فيقول)
                if (HasPunctuation(s.Text, tokens[m].End, tokens[m + 1].Start, allowQuoteMarks: true) && !(m == k - 1 && CommaPastMark(s, tokens[m].End, tokens[m + 1].Start)))
                    return null;
            return BestName(s, named, end, names);
        }
        return null;
    }

    /// <summary>A role word, also with «his», «her» or «their» (مدربها، رئيسه، محاميهم), normalised.</summary>
    private static bool RoleOfSomeone(string norm) =>
        SpeakerNames.IsRole(norm)
        || (norm.Length > 4 && (norm.EndsWith("ها", StringComparison.Ordinal) || norm.EndsWith("هم", StringComparison.Ordinal)
                                ? SpeakerNames.IsRole(norm[..^2]) : norm.EndsWith('ه') && SpeakerNames.IsRole(norm[..^1])));

    /// <summary>
    /// From <paramref name="from"/> to the verb at <paramref name="k"/>: a phrase, a comma, and descriptions set off by commas with
    /// no other punctuation and no cue (أما رئيس بلدية إسطنبول أكرم إمام أوغلو، الذي ضمن ولاية ثانية، فكتب).
    /// </summary>
    /// <remarks>Its caller has already found no cue between them.</remarks>
    private static bool DescriptionsToVerb(Sentence s, int from, int k)
    {
        // (…a comma also after a name's closing mark: بطل لعبة «ليغ أوف ليجندز»، فقال)
        if (!CommaPastMark(s, s.Tokens[k - 1].End, s.Tokens[k].Start)) return false;
        var commas = 0;
        for (var m = from; m < k - 1; m++)
            if (CommaPastMark(s, s.Tokens[m].End, s.Tokens[m + 1].Start)) commas++;
            else if (HasPunctuation(s.Text, s.Tokens[m].End, s.Tokens[m + 1].Start, allowQuoteMarks: true)) return false;
        return commas > 0;
    }

    /// <summary>The first mention of <paramref name="name"/> in <paramref name="text"/> is followed by a comma.</summary>
    private static bool CommaAfter(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        if (at < 0) return false;
        var rest = text.AsSpan(at + name.Length).TrimStart();
        return rest is ['،' or ',', ..];
    }

    /// <summary>
    /// Token <paramref name="a"/> is inside marks of up to <see cref="MaxNameWords"/> words that open right after a word of no
    /// saying, with nothing but space between (بطل لعبة «ليغ أوف ليجندز»، لتصنع منه “الموز المجفف”): a name in the narration.
    /// </summary>
    private static bool NameInConstruct(Sentence s, int a)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < s.Spans.Count; i++)
        {
            var span = s.Spans[i];
            if (!s.Eligible[i] || span.Open >= tokens[a].Start || tokens[a].Start >= span.Close) continue;
            var first = a;
            while (first > 0 && tokens[first - 1].Start > span.Open) first--;
            if (first == 0 || tokens[first - 1].Cue is not null || !s.Text.AsSpan(tokens[first - 1].End, span.Open - tokens[first - 1].End).IsWhiteSpace())
                return false;
            var last = a;
            while (last + 1 < tokens.Count && tokens[last + 1].Start < span.Close) last++;
            return last - first + 1 <= MaxNameWords;
        }
        return false;
    }

    /// <summary>Inside a quotation that may be speech (<see cref="Sentence.Eligible"/>), not a name in marks.</summary>
    private static bool InsideSpeech(Sentence s, int position)
    {
        for (var i = 0; i < s.Spans.Count; i++)
            if (s.Eligible[i] && s.Spans[i].Open < position && position < s.Spans[i].Close) return true;
        return false;
    }

    /// <summary>
    /// The «as for» subject (<see cref="TopicBeforeFa"/>, <see cref="DescribedTopicBeforeFa"/>) of the nearest ف-verb before
    /// participle <paramref name="k"/>, with no stop between; or null.
    /// </summary>
    private static string? TopicOfFaVerbBefore(Sentence s, int k, SpeakerNames names)
    {
        for (var m = k - 1; m > 0 && k - m <= MaxDescribedTopic; m--)
        {
            if (HasStop(s.Text, s.Tokens[m].End, s.Tokens[k].Start) || InsideQuote(s.Spans, s.Tokens[m].Start)) return null;
            // (any word with ف, cue or not: فأبدى استياءه)
            if (s.Tokens[m].Norm.Length > 3 && s.Tokens[m].Norm[0] == 'ف'
                && (TopicBeforeFa(s, m, names, anyVerb: true) ?? DescribedTopicBeforeFa(s, m, names, anyVerb: true)) is { } topic)
                return topic;
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
            // (بلاده تنفي “بشدة”: how it was said, set in marks, names nobody)
            var words = ArticleModel.CountWords(name);
            return HasArabicLetter(name) && (words <= MaxNameWords || BodyNameInMarks(name, words)) && !MannerWord(ArabicText.Normalize(name)) ? name : null;
        }
        return null;
    }

    /// <summary>قال، قالت، يقول، تقول, also behind و/ف (normalised): a verb whose object is words, never a stance.</summary>
    private static bool Said(string norm) =>
        WithoutConjunction(norm) is "قال" or "قالت" or "يقول" or "تقول";

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
        WithoutConjunction(norm) is "اشاد" or "اشادت" or "يشيد" or "تشيد" or "رحب" or "رحبت" or "يرحب"
            or "ترحب" or "نوه" or "نوهت" or "ينوه" or "تنوه" or "ندد" or "نددت" or "يندد" or "تندد" or "طالب" or "طالبت" or "يطالب" or "تطالب"
            // (…and of pledging: وتعهد ببذل كل ما في وسعه)
            or "تعهد" or "تعهدت" or "يتعهد" or "تتعهد"
            // (…and of recognising or admitting: التي اعترفت باستقلال الصومال)
            or "اعترف" or "اعترفت" or "يعترف" or "تعترف"
            // (…and of threatening: وتوعّدت بمحاسبة «كل من يتسبب …»، وهدد زعيم الحوثيين باستهداف المصالح البحرية)
            or "توعد" or "توعدت" or "يتوعد" or "تتوعد" or "هدد" or "هددت" or "يهدد" or "تهدد";

    /// <summary>جدلاً واسعاً: a word written with tanween is an indefinite noun or adjective, never a name.</summary>
    private static bool Tanween(Sentence s, int j) =>
        s.Text.AsSpan(s.Tokens[j].Start, s.Tokens[j].End - s.Tokens[j].Start).IndexOfAny('\u064B', '\u064C', '\u064D') >= 0;

    /// <summary>
    /// علي is normalised like the preposition على; it is the name علي when so spelt and a name follows (قال علي حسين), and
    /// also spelt على, as the Egyptian press writes it, before عبد (قال على عبد العال) — but not after a verb that takes على
    /// (وعلق على عبد الله، شدد على); and so spelt, closing a name before punctuation (<see cref="ClosingAli"/>).
    /// </summary>
    private static bool IsNameAli(Sentence s, int j, SpeakerNames names) =>
        ClosingAli(s, j, names) || DescribedAli(s, j)
        // (…and علي after a link of lineage, spelt with its ي: زين العابدين بن علي)
        || (s.Tokens[j].Norm == "علي" && j > 0 && s.Tokens[j - 1].Norm is "بن" or "ابن" or "بو" or "ابو" && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start) && SpeltAli(s, j))
        || s.Tokens[j].Norm == "علي" && j + 1 < s.Tokens.Count && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
        && (SpeltAli(s, j)
            ? IsNamePart(s, j + 1, names) || (Definite(s.Tokens[j + 1].Norm) && !SpeakerNames.IsRole(s.Tokens[j + 1].Norm) && NameClosedAfter(s, j + 1))
            : (s.Tokens[j + 1].Norm.StartsWith("عبد", StringComparison.Ordinal)
               && !(j > 0 && WithoutConjunction(s.Tokens[j - 1].Norm)
                   is "علق" or "علقت" or "يعلق" or "تعلق" or "شدد" or "شددت" or "يشدد" or "تشدد" or "رد" or "ردت" or "يرد" or "ترد"
                      or "اكد" or "اكدت" or "حرص" or "حرصت" or "اثني" or "اثنت"))
              || EgyptianAli(s, j, names));

    /// <summary>
    /// وقال على الشلاه، النائب …؛ وقال على عوف في مداخلة هاتفية: على, as the Egyptian press spells the name, right after a
    /// verb of saying that never takes the preposition على, before a name closed by punctuation, إن/أن or the circumstances
    /// of the words — never «قال على هامش …» nor «قال على حسابه».
    /// </summary>
    private static bool EgyptianAli(Sentence s, int j, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (j == 0 || j + 1 >= tokens.Count || !Joined(s, tokens[j - 1].End, tokens[j].Start)
            || !SaidNeverOnAla(tokens[j - 1].Norm))
            return false;
        var name = tokens[j + 1].Norm;
        // (a noun with a pronoun is what the words were said on, حسابه، صفحته; so is a platform, «وقال على تويتر:»)
        // (…nor an adverb made with على: وقال على الفور إن، على الأقل، على الهواء)
        if (Definite(name)
                ? SpeakerNames.IsRole(name) || name is "الفور" or "الاقل" or "الارجح" or "الرغم" or "الاطلاق" or "التوالي" or "الهواء" or "الملا"
                    or "الهامش" or "الصعيد" or "الارض" or "الخصوص" or "العكس"
                : !IsNamePart(s, j + 1, names) || name.EndsWith('ه') || name.EndsWith("ها", StringComparison.Ordinal) || Platform(name))
            return false;
        return NameClosedAfter(s, j + 1);
    }

    /// <summary>
    /// A name word at <paramref name="j"/> closed by punctuation or the end, by إن/أن (قال علي العريض إن حزبه «…»), or by the
    /// circumstances of the words (وقال وزير العمل علي العابد في تصريحات للصحفيين).
    /// </summary>
    private static bool NameClosedAfter(Sentence s, int j) =>
        j + 1 >= s.Tokens.Count || HasPunctuation(s.Text, s.Tokens[j].End, s.Tokens[j + 1].Start) || IsThatWord(s.Tokens[j + 1].Norm)
        || (j + 2 < s.Tokens.Count && s.Tokens[j + 1].Norm == "في" && StatementNoun(s.Tokens[j + 2].Norm));

    /// <summary>A past verb of saying that never takes the preposition على, so that a على after it is the name (normalised).</summary>
    private static bool SaidNeverOnAla(string norm) =>
        WithoutConjunction(norm) is "قال" or "قالت" or "اضاف" or "اضافت" or "اوضح" or "اوضحت" or "تابع" or "تابعت" or "ذكر" or "ذكرت"
            or "صرح" or "صرحت" or "افاد" or "افادت" or "اعلن" or "اعلنت" or "كشف" or "كشفت";

    /// <summary>A social platform words are posted on (normalised): تويتر، فيسبوك، إنستغرام، يوتيوب، تيك توك، إكس، تلغرام، واتساب.</summary>
    private static bool Platform(string norm) =>
        norm is "تويتر" or "فيسبوك" or "فيس" or "انستغرام" or "انستجرام" or "انستقرام" or "يوتيوب" or "تيك" or "تيكتوك" or "اكس" or "تلغرام"
            or "تليغرام" or "تلجرام" or "واتساب" or "سناب" or "سنابشات" or "لينكدإن" or "ثريدز";

    /// <summary>The token written علي, with its ي: the name, where على is the preposition (normalised, both read علي).</summary>
    private static bool SpeltAli(Sentence s, int j) => SpeakerNames.SpeltAli(s.Text, s.Tokens[j].Start, s.Tokens[j].End);

    /// <summary>
    /// ويقول علي وهو شاب …: علي as written right after «says» and before a clause describing him (وهو، وهي، الذي) or
    /// punctuation is the name — «says» never takes the preposition على. So it is before إن/أن after a verb of saying
    /// that never takes على either (وأوضح علي أن، وقال علي ان; not «ينص علي أنه», «أكد علي أن»).
    /// </summary>
    private static bool DescribedAli(Sentence s, int j) =>
        s.Tokens[j].Norm == "علي" && j > 0 && SpeltAli(s, j) && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start)
        && ((Said(s.Tokens[j - 1].Norm)
             && (j + 1 >= s.Tokens.Count || HasPunctuation(s.Text, s.Tokens[j].End, s.Tokens[j + 1].Start)
                 || s.Tokens[j + 1].Norm is "وهو" or "وهي" or "الذي" or "التي"))
            || (j + 1 < s.Tokens.Count && s.Tokens[j + 1].Norm is "ان" or "انه" or "انها" && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
                && SaidNeverOnAla(s.Tokens[j - 1].Norm)));

    /// <summary>
    /// علي as written, closing a name before punctuation (العقيد أحمد محمد علي، عبر صفحته) or the circumstances of the words
    /// (علاء موسى علي في بيان): the name, not the preposition على, which never stands between a name and a comma, nor takes
    /// «in a statement».
    /// </summary>
    private static bool ClosingAli(Sentence s, int j, SpeakerNames names) =>
        s.Tokens[j].Norm == "علي" && j > 0 && SpeltAli(s, j)
        && s.Tokens[j - 1].Norm != "علي" && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start) && IsNamePart(s, j - 1, names)
        && (j + 1 >= s.Tokens.Count ? s.Tokens[j].End < s.Text.Length && HasPunctuation(s.Text, s.Tokens[j].End, s.Text.Length)
            : HasPunctuation(s.Text, s.Tokens[j].End, s.Tokens[j + 1].Start)
              || (j + 2 < s.Tokens.Count && s.Tokens[j + 1].Norm == "في" && StatementNoun(s.Tokens[j + 2].Norm)
                  && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start) && Joined(s, s.Tokens[j + 1].End, s.Tokens[j + 2].Start)));

    /// <summary>A word that can be part of a person's name here: name-like and no stop or body word (هيئة، شركة), or the name علي.</summary>
    private static bool IsNamePart(Sentence s, int j, SpeakerNames names) =>
        (names.IsNameLike(s.Tokens[j].Norm) && !Tanween(s, j) && !AccusativePair(s, j, names) && !Stops.Contains(s.Tokens[j].Norm) && s.Tokens[j].Cue is null && !IsNumber(s.Tokens[j].Norm)
         && !ToSay(s.Tokens[j].Norm)
         // (nor «who refused to be named»: وقال موظف في وزارة الري، رفض ذكر اسمه، إن; يقول مريض شاب رفض ذكر اسمه)
         && !AsksNotToBeNamed(s, j)
         // (nor a law, what a speaker describes or judges: وصف النائب نواف الفزيع قانون الإعلام الجديد بأنه)
         && s.Tokens[j].Norm != "قانون"
         // (nor a participle of how one spoke: وقال مندوب إسرائيل محاولا تبرير المجازر)
         && !MannerParticiple(s.Tokens[j].Norm)
         // (…nor the manner noun after ب: يتحدث نقيب الأطباء الدكتور شرف أبو شرف بحسرة عن …)
         && !MannerWord(s.Tokens[j].Norm)
         // (…nor the adjective after it: قال بابتسامة خجولة، يقول بعربية متقطعة)
         && !(j > 0 && MannerWord(s.Tokens[j - 1].Norm))
         && (!PrepositionalWord(s.Tokens[j].Norm, names) || LamFamilyName(s, j)) && !SpeakerNames.IsOrganisation(s.Tokens[j].Norm) && !OwnWords(s.Tokens[j].Norm)
         // (nor و, ب or ك and ال before a noun: وباللجوء، وكالعادة)
         && !(s.Tokens[j].Norm.Length > 5 && s.Tokens[j].Norm[0] == 'و' && s.Tokens[j].Norm[1] is 'ب' or 'ك' && s.Tokens[j].Norm.AsSpan(2).StartsWith("ال"))
         && (!SpeakerNames.WithPronoun(s.Tokens[j].Norm) || GivenNameInIna(s, j, names))
         // (nor a statement behind ب, what أدلى takes: أدلى الرئيس تبون بتصريح، أدلى بحديث)
         && !(s.Tokens[j].Norm.Length > 4 && s.Tokens[j].Norm[0] == 'ب' && StatementNoun(s.Tokens[j].Norm.AsSpan(1))))
        || HamzaName(s, j, names) || NameBasim(s, j, names) || NameReadAsStop(s, j, names) || RoleWordInName(s, j);

    /// <summary>
    /// كريستالينا غورغييفا، كريستينا لوبيز: a word in ينا right before a name word is a woman's given name, as the press
    /// transliterates them — not a noun with «our» (أراضينا المحتلة), which an ال-word or a function word follows.
    /// </summary>
    private static bool GivenNameInIna(Sentence s, int j, SpeakerNames names) =>
        s.Tokens[j].Norm.EndsWith("ينا", StringComparison.Ordinal) && j + 1 < s.Tokens.Count && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
        && names.IsNameLike(s.Tokens[j + 1].Norm) && !Stops.Contains(s.Tokens[j + 1].Norm) && s.Tokens[j + 1].Cue is null;

    /// <summary>
    /// A name that normalises to a function word, read as a name in its place here: علي (على)، صباح، لي، لولا، فان (فإن).
    /// </summary>
    private static bool NameReadAsStop(Sentence s, int j, SpeakerNames names) =>
        IsNameAli(s, j, names) || NameSabah(s, j, names) || NameLi(s, j, names) || NameLula(s, j) || NameVan(s, j, names) || NameUmm(s, j)
        // (…and any word before an age in brackets, a person's: تقول صباح (45 عاما)، أمل (30 عاما))
        || (AgeAfter(s, j) && s.Tokens[j].Norm.Length > 2 && s.Tokens[j].Cue is null && !IsNumber(s.Tokens[j].Norm));

    /// <summary>
    /// أم خالد، أم محمد: أم («or» elsewhere) right before a common given name is a mother called by her son's name, as أبو
    /// is a father (أما أم خالد فقالت، وقالت زوجته أم علي، قالت سيدة تدعى أم محمد).
    /// </summary>
    private static bool NameUmm(Sentence s, int j) =>
        s.Tokens[j].Norm == "ام" && j + 1 < s.Tokens.Count && SpeakerNames.IsFirstName(s.Tokens[j + 1].Norm) && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start);

    /// <summary>
    /// فان typed without its hamza before a family name the article repeats is the Dutch «van» (فيرجيل فان دايك … وقال فان
    /// دايك), when the article also gives it after a given name; فإن, «so», reads the same once normalised (وقال الوزير فان
    /// عمان "…").
    /// </summary>
    private static bool NameVan(Sentence s, int j, SpeakerNames names) =>
        s.Tokens[j].Norm == "فان" && s.Text.AsSpan(s.Tokens[j].Start).StartsWith("فان") && j + 1 < s.Tokens.Count
        && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start) && names.IsNameLike(s.Tokens[j + 1].Norm) && !Definite(s.Tokens[j + 1].Norm)
        && !Stops.Contains(s.Tokens[j + 1].Norm) && !StopWords.Contains(s.Tokens[j + 1].Norm) && s.Tokens[j + 1].Cue is null
        && ((names.Mentions(s.Tokens[j + 1].Norm) >= 2 && names.AfterGivenName("فان"))
            // (…or after a given name, or a name word after a role or an adjective of origin: الهولندي فيرجيل فان دايك مدافع
            // ليفربول — فإن opens a clause, after a comma or a noun, never right after a given name)
            || (j > 0 && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start) && names.IsNameLike(s.Tokens[j - 1].Norm) && !Stops.Contains(s.Tokens[j - 1].Norm)
                && s.Tokens[j - 1].Cue is null && !Definite(s.Tokens[j - 1].Norm)
                && (SpeakerNames.IsFirstName(s.Tokens[j - 1].Norm)
                    || (j > 1 && Joined(s, s.Tokens[j - 2].End, s.Tokens[j - 1].Start) && Definite(s.Tokens[j - 2].Norm)
                        && (SpeakerNames.IsRole(s.Tokens[j - 2].Norm) || SpeakerNames.Nisba(s.Tokens[j - 2].Norm[2..]))))));

    /// <summary>
    /// ليتحدث، ليقول، لتؤكد: ل and a present verb of saying (listed, or ي/ت before a listed past: يتحدث), «to say» — what
    /// the one named before came to do.
    /// </summary>
    private static bool ToSay(string norm) =>
        norm.Length >= 5 && norm[0] == 'ل' && norm[1] is 'ي' or 'ت'
        && (ReportingCues.Match(norm.AsSpan(1), out _) is not null || ReportingCues.Match(norm.AsSpan(2), out _) is not null);

    /// <summary>لولا is «were it not for», and Brazil's president before دا سيلفا.</summary>
    private static bool NameLula(Sentence s, int j) =>
        s.Tokens[j].Norm == "لولا" && j + 1 < s.Tokens.Count && s.Tokens[j + 1].Norm == "دا" && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start);

    /// <summary>
    /// لي is «to me» (قال لي مسؤول) and a Chinese or Korean family name after «Mr» or a Chinese or Korean adjective, before the
    /// given name (السيد لي ليانهي، رئيس مجلس الدولة الصيني لي تشيانغ).
    /// </summary>
    private static bool NameLi(Sentence s, int j, SpeakerNames names) =>
        s.Tokens[j].Norm == "لي" && j > 0 && j + 1 < s.Tokens.Count
        && s.Tokens[j - 1].Norm is "السيد" or "السيده" or "الصيني" or "الصينيه" or "الكوري" or "الكوريه" or "الجنوبي" or "الجنوبيه" or "السنغافوري" or "التايواني"
        && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start) && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
        && names.IsNameLike(s.Tokens[j + 1].Norm) && !Stops.Contains(s.Tokens[j + 1].Norm) && !Definite(s.Tokens[j + 1].Norm)
        && s.Tokens[j + 1].Cue is null;

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
    /// family name the article repeats, or after the spokesman's own باسم a few words before (a second «on behalf of» is none).
    /// </summary>
    private static bool NameBasim(Sentence s, int j, SpeakerNames names) =>
        s.Tokens[j].Norm == "باسم" && j > 0 && j + 1 < s.Tokens.Count && Definite(s.Tokens[j - 1].Norm) && !SpeakerNames.IsRole(s.Tokens[j - 1].Norm)
        && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start) && !SpeakerNames.IsOrganisation(s.Tokens[j + 1].Norm)
        && (names.IsFamilyName(s.Tokens[j + 1].Norm) || names.Mentions(s.Tokens[j + 1].Norm) >= 2
            || (s.Tokens.FindIndex(Math.Max(0, j - 5), Math.Min(5, j), t => t.Norm == "باسم") >= 0
                && (names.IsNameLike(s.Tokens[j + 1].Norm) || SpeakerNames.FamilyWord(s.Tokens[j + 1].Norm))));

    /// <summary>
    /// وقال محمد لوكال وزير المالية، حسين لبيب رئيس نادي الزمالك: a ل-word between a common given name and a role word without
    /// ال is the family name, not whom the words went to (that reads «قال محمد لوزير المالية» or «لرويترز», no role after it).
    /// </summary>
    private static bool LamFamilyName(Sentence s, int j) =>
        j > 0 && j + 1 < s.Tokens.Count && s.Tokens[j].Norm is { Length: > 3 } norm && norm[0] == 'ل' && norm[1] != 'ل'
        && SpeakerNames.IsFirstName(s.Tokens[j - 1].Norm) && SpeakerNames.IsRole(s.Tokens[j + 1].Norm) && !Definite(s.Tokens[j + 1].Norm)
        && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start) && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start);

    /// <summary>
    /// حسين أمير عبد اللهيان، محمد أمين بن عمر: a role word without ال between a common given name and a connector is a word of
    /// the name, not a role opening (the words tested as SpeakerNames.RoleWordInName tests them on a phrase).
    /// </summary>
    private static bool RoleWordInName(Sentence s, int j) =>
        j > 0 && j + 2 < s.Tokens.Count && SpeakerNames.RoleBetweenNameWords(s.Tokens[j - 1].Norm, s.Tokens[j].Norm, s.Tokens[j + 1].Norm)
        && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start) && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
        && Joined(s, s.Tokens[j + 1].End, s.Tokens[j + 2].Start);

    /// <summary>
    /// إليسا، إلهام، ألفت: a first name whose hamza normalises into an ال-word; as written it has none. A name when the article
    /// repeats it, or one of the common ones (إلياس، إلهام، إليسا، ألفت) once.
    /// </summary>
    private static bool HamzaName(Sentence s, int j, SpeakerNames names) =>
        s.Text[s.Tokens[j].Start] is 'إ' or 'أ' or 'آ' && s.Tokens[j].Norm.StartsWith("ال", StringComparison.Ordinal) && s.Tokens[j].Norm.Length > 3
        && !SpeakerNames.IsRole(s.Tokens[j].Norm) && !Stops.Contains(s.Tokens[j].Norm) && !SpeakerNames.IsOrganisation(s.Tokens[j].Norm)
        && (names.Mentions(s.Tokens[j].Norm) >= 2 || s.Tokens[j].Norm is "الياس" or "الهام" or "اليسا" or "الفت");

    /// <summary>
    /// ل with ال (للوزارة), or ب/ل/ك and a place, a role or a word the article uses alone (بطرابلس، لمراسل، بمشروع، لوزارة): a prepositional phrase, not a name
    /// (بوطرفة and بلحيمر are names).
    /// </summary>
    private static bool PrepositionalWord(string norm, SpeakerNames names) =>
        // (…not لانا, which is no ل and «I» — Arabic says لي — but a name: وقال لانا: “…”)
        norm.Length > 3 && norm[0] is 'ب' or 'ل' or 'ك' && ((norm[0] == 'ل' && norm[1] == 'ل') || names.MentionedAlone(norm[1..]) || (StopWords.Contains(norm.AsSpan(1)) && norm != "لانا")
            || SpeakerNames.IsPlace(norm[1..])
            // قال بسيدي بلعباس: «in Sidi …», a Maghreb town (سيدي بوزيد، سيدي قاسم); so are the first words of places in the Levant
            // and Egypt (بدير البلح، ببيت لحم، بكفر الشيخ، بعين الحلوة)
            || norm[1..] is "سيدي" or "دير" or "بيت" or "كفر" or "عين"
            // لمراسل موزاييك، لرئيس الحكومة: to whom the words were said
            || SpeakerNames.IsRole(norm[1..])
            // بجامعة، لوزارة، بشركة: a body behind a preposition
            || SpeakerNames.IsOrganisation(norm[1..])
            // وتحدثت لموقعنا، قالت لصحيفة: the medium the words were given to
            || Medium(norm[1..]) || (norm.EndsWith("نا", StringComparison.Ordinal) && Medium(norm[1..^2])));
}
