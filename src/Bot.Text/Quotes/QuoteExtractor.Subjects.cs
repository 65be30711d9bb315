namespace Bot.Text;

// Subjects before a cue and in the sentence: the doer of an opening verb, a relative clause, a participle.
internal static partial class QuoteExtractor
{
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
        // ورحب نجيب محفوظ بذلك بقوله "…": «by his saying» a few words after a و-word that is no cue and a common given name
        // is said by that name, the verb's subject.
        if (tokens[k].Norm is "بقوله" or "بقولها")
            for (var v = k - 2; v >= 0 && k - v <= 6; v--)
            {
                if (!Joined(s, tokens[v].End, tokens[v + 1].Start) || tokens[v].Cue is not null) break;
                if (tokens[v].Norm is ['و', _, _, _, ..] && !Definite(tokens[v].Norm[1..]) && SpeakerNames.IsFirstName(tokens[v + 1].Norm)
                    && NameEnd(s, v + 1, names) is var end && end > v + 1 && end < k)
                    return BestName(s, v + 1, end, names);
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
    /// The last token of a short phrase (two to four words, no cue) that opens the sentence and is set off by a comma before
    /// <paramref name="k"/> (وعلى الصعيد العربي، من جهة أخرى،); -1 when there is none.
    /// </summary>
    private static int FrontedPhraseEnd(Sentence s, int k)
    {
        // (a phrase of where or when, opening with a preposition: not «ووجه كاسترو، رسالة», a verb and its subject)
        var opener = s.Tokens[0].Norm is ['و', _, ..] w && w.Length > 2 ? w[1..] : s.Tokens[0].Norm;
        if (opener is not ("في" or "علي" or "من" or "عن" or "مع" or "بعد" or "قبل" or "خلال" or "وسط" or "ضمن" or "حول" or "الي")) return -1;
        for (var m = 1; m <= 3 && m + 2 < k; m++)
        {
            if (s.Tokens[m].Cue is not null || s.Tokens[m - 1].Cue is not null) return -1;
            if (CommaBetween(s, s.Tokens[m].End, s.Tokens[m + 1].Start)) return m;
            if (!Joined(s, s.Tokens[m - 1].End, s.Tokens[m].Start) || !Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// ونعى نادي الأهلي وفاة اللاعب علي مرسال عبر صفحته بفيسبوك، مؤكدا أنه "…": with no verb cue before it, a participle's doer
    /// is the subject named right after the و-verb that opens the sentence.
    /// </summary>
    private static string? OpeningVerbSubject(Sentence s, int k, SpeakerNames names, string? previous)
    {
        // (…or an unprefixed verb after «كما» that opens it: كما أبدى رئيس الوزراء القطري تفاؤلا …، قائلا إن بلاده "…")
        var v = s.Tokens[0].Norm == "كما" && s.Tokens.Count > 2 && Joined(s, s.Tokens[0].End, s.Tokens[1].Start) ? 1 : 0;
        // (…or the و-verb after هذا, the Gulf and Levant press's «هذا وباركت السفارة الإيرانية …، معربة عن …»)
        var afterHatha = v == 0 && s.Tokens.Count > 3 && s.Tokens[0].Norm == "هذا" && s.Tokens[1].Norm is ['و', _, _, ..] && Joined(s, s.Tokens[0].End, s.Tokens[1].Start);
        // (…or an unprefixed verb after a phrase set off by a comma that opens it: وعلى الصعيد العربي، هنأ الرئيس الفلسطيني
        // محمود عباس، …، معربا عن ثقته بأن "…")
        var fronted = v == 0 && !afterHatha ? FrontedPhraseEnd(s, k) : -1;
        if (afterHatha) v = 1;
        else if (fronted > 0) v = fronted + 1;
        var first = s.Tokens[v].Norm;
        // (…or, without و, before a name the article repeats: انتقل ألتمان في حديثه إلى …، مؤكدًا أن "…")
        var bare = v == 0 && first[0] != 'و' && s.Tokens.Count > 1 && Joined(s, s.Tokens[0].End, s.Tokens[1].Start)
                   // (ألتمان normalises to an ال-word; written out, with its hamza, it is none)
                   && !SpeakerNames.IsRole(s.Tokens[1].Norm)
                   && (names.IsNameLike(s.Tokens[1].Norm) || (Definite(s.Tokens[1].Norm) && s.Text[s.Tokens[1].Start] is 'أ' or 'إ'))
                   && !Stops.Contains(s.Tokens[1].Norm)
                   // (…or a common given name and a family name: تطرق وليد الركراكي في ندوة صحافية …، قائلاً)
                   && (names.Mentions(s.Tokens[1].Norm) >= 2
                       || (SpeakerNames.IsFirstName(s.Tokens[1].Norm) && NameEnd(s, 1, names) > 1));
        var prefixed = afterHatha || (v == 0 && !bare);
        // (وزير، والي: a role word that opens with و is no و-verb — «وزير الخارجية الأميركية مايك بومبيو، تجنّب …، مكتفياً»)
        if (SpeakerNames.IsRole(first)) return null;
        if (fronted > 0 && (first[0] == 'و' || !(SpeakerNames.IsRole(s.Tokens[v + 1].Norm) || IsNamePart(s, v + 1, names)))) return null;
        if (k < v + 3 || first.Length < (prefixed ? 4 : 3) || (prefixed && first[0] != 'و') || Definite(prefixed ? first[1..] : first) || s.Tokens[v].Cue is not null
            // (هنأ normalises to هنا, «here»; written with its hamza it is the verb «congratulated»)
            || ((Stops.Contains(first) || StopWords.Contains(first)) && s.Text[s.Tokens[v].End - 1] != 'أ') || InsideQuote(s.Spans, s.Tokens[v].Start)) return null;
        // (a preposition behind و is no verb: وبعد المباراة، عبّر العاشوري …، قائلا — but وعبّر, «and expressed», is written
        // like «and via»)
        if (prefixed && first != "وعبر" && (Stops.Contains(first.AsSpan(1)) || StopWords.Contains(first.AsSpan(1)))) return null;
        if (CueBetween(s, v, k)) return null;
        // (the speaker already named, right after the verb, with its object after it: وأقسم عون اليمين أمام النواب، قائلا — a
        // name, not a role, which the name after it may hold: وعبر المتحدث باسم الخارجية العراقية أحمد الصحاف)
        if (previous is not null && !SpeakerNames.IsRole(s.Tokens[v + 1].Norm) && s.Text.AsSpan(s.Tokens[v + 1].Start).StartsWith(previous + " ", StringComparison.Ordinal))
            return previous;
        // (not a word behind ل or ب the article uses once: to whom the verb did it, ووجه وزير الصناعة رسالة لموظفي الوزارة قائلا)
        // (…nor a verbal noun, its object: وأرجع الانفجار إلى "…"، لافتا)
        if (SpeakerAfter(s, v, names) is not { } after
            || (after.IndexOf(' ') < 0 && after[0] is 'ل' or 'ب' && names.Mentions(ArabicText.Normalize(after)) < 2)
            || (after.IndexOf(' ') < 0 && DefiniteVerbalNounVII(ArabicText.Normalize(after)))) return null;
        // The name right after the verb, not a word farther on (وأنهى درياز تصريحاته قائلا), nor the verb's object with it:
        // a role or a name the role leads to agrees.
        var led = RoleLed(s, v + 1, names);
        if (led is not null && after.StartsWith(led + " ", StringComparison.Ordinal)) return led;
        if (after == led || s.Text.AsSpan(s.Tokens[v + 1].Start).StartsWith(after, StringComparison.Ordinal)) return after;
        // (…or the family name that closes the name right after the verb: تطرق وليد الركراكي في ندوة → الركراكي)
        var nameEnd = IsNamePart(s, v + 1, names) ? NameEnd(s, v + 1, names) : v;
        return nameEnd > v + 1 && s.Text.AsSpan(s.Tokens[v + 1].Start, s.Tokens[nameEnd].End - s.Tokens[v + 1].Start).EndsWith(after, StringComparison.Ordinal)
            ? after : null;
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
            // (…nor a relative clause's: مكاتب الخبرة التي أعلن رئيس الجمهورية عن وقفها، … مشددا)
            if (RelativeAfterCue(s, j)) continue;
            // (…nor «moving», a noun after a noun, without عن: وأوضح أن الطرق تزيد من صعوبة نقل مواد البناء، مضيفا — ونقل الفيصل
            // تحيات القيادة معربا is the verb whose subject speaks)
            if (Relays(s.Tokens[j].Norm) && !s.Tokens[j].Prefixed && j > 0 && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start)
                && RelayedBy(s, j, k, names) is null) continue;
            if (HeldBack(s, j, names)) return null;
            // وقالت مصادر مطلعة، إن وزير التعليم وجه انتقادات …، قائلاً: "…": a masculine participle is not a feminine verb's
            // subject's; it carries on the role the verb's إن-clause opens with, or no one.
            if (FemininePast(s.Tokens[j].Norm) && !s.Tokens[k].Norm.EndsWith('ه')) return ClauseSubject(s, j, k, names);
            // (رئيس المهرجان محمد حفظي علّق على الاختيار، قائلاً: "…": an unprefixed verb's subject may stand before it)
            // (…and one a body or a role opens before it, what follows being its object: وكانت الحركة الإسلامية انتقدت قرار
            // الحكومة، معتبرة)
            return EarlierDoer(s, j, names) ?? (s.Tokens[j].Prefixed ? null : OpeningBodySubject(s, j, names)) ?? SpeakerAfter(s, j, names)
                   ?? (s.Tokens[j].Prefixed ? null : SpeakerBefore(s, j, names) ?? OpeningRoleSubject(s, j, names));
        }
        return null;
    }

    /// <summary>
    /// وسبق للمغني والممثل التونسي محمد الجبالي أن عبّر: «it happened before, to X, that he …» — the person named after ل,
    /// by a common given name, is the subject of the verb at <paramref name="j"/> after أن; null otherwise.
    /// </summary>
    private static string? EarlierDoer(Sentence s, int j, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (j < 3 || tokens[j - 1].Norm != "ان" || !Joined(s, tokens[j - 1].End, tokens[j].Start)) return null;
        for (var b = j - 2; b >= 1 && j - b <= 8; b--)
        {
            if (!Joined(s, tokens[b].End, tokens[b + 1].Start)) return null;
            if (WithoutConjunction(tokens[b - 1].Norm) != "سبق" || tokens[b].Norm is not ['ل', _, _, ..] || !Joined(s, tokens[b - 1].End, tokens[b].Start)) continue;
            for (var m = b + 1; m < j - 1; m++)
                if (SpeakerNames.IsFirstName(tokens[m].Norm) && NameEnd(s, m, names) is var end && end > m && end < j - 1)
                    return BestName(s, m, end, names);
            return null;
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
            // (…and so does a verb: التي قالت، التي تقول — a participle by its ة, a verb by Feminine)
            var feminine = tokens[k].Cue == CueKind.Verb ? Feminine(tokens[k].Norm) : tokens[k].Norm.EndsWith('ه');
            if ((tokens[r].Norm == "التي") != feminine) return null;
            // …a name, up to five words with its connectors (بن، آل), closed by the comma before the pronoun (also behind the
            // marks a name may have after its role: اللاعب "غزال"، الذي — not a programme's, ببرنامج «حبر سري»، الذي)
            var gap = s.Text.AsSpan(tokens[r - 1].End, tokens[r].Start - tokens[r - 1].End).Trim();
            var marked = gap.Length > 1 && gap[0] is '"' or '”' or '»';
            // (…or with no comma, a name the article calls the person by again, before «who said»: ومن بينهم دي روسي الذي قال —
            // not another verb, which may sit in an aside about someone else: تصريحات … بيسنت الذي دعا إلى …: "…")
            // (…or a full name: ومن بينهم الأمين العام للرئاسة الطيب عبد الرحيم الذي قال بالحرف)
            // (…«who asked» too: الخبير الاقتصادي الدكتور عبد النبي عبد المطلب الذي تساءل)
            var bare = gap.IsEmpty && (Said(tokens[k].Norm) || tokens[k].Norm is "تساءل" or "تسائل" or "تساءلت" or "تسائلت")
                       && ((!Definite(tokens[r - 1].Norm) && names.Mentions(tokens[r - 1].Norm) >= 2) || NameRunStart(s, r - 1, 5, names) < r - 2
                           // (…or a compound family name, عبد or أبو and its ال-word: عبد النبي عبد المطلب الذي تساءل)
                           || (r >= 3 && tokens[r - 2].Norm is "عبد" or "ابو" && Definite(tokens[r - 1].Norm) && Joined(s, tokens[r - 2].End, tokens[r - 1].Start)));
            // (an ال-word closing a name counts: الطيب عبد الرحيم)
            var named = IsNamePart(s, r - 1, names)
                        || (r >= 3 && Definite(tokens[r - 1].Norm) && (IsNamePart(s, r - 2, names) || tokens[r - 2].Norm is "عبد" or "ابو")
                            && Joined(s, tokens[r - 2].End, tokens[r - 1].Start));
            if ((gap[(marked ? 1 : 0)..] is not ("،" or ",") && !bare) || !named) return null;
            var start = NameRunStart(s, r - 1, 5, names);
            // (…but not عبد or أبو, the first half of the name: عبد المطلب)
            while (start < r - 1 && SpeakerNames.IsConnector(tokens[start].Norm) && !SpeakerNames.NameParticle(tokens[start].Norm)
                   && tokens[start].Norm is not ("عبد" or "ابو")) start++;
            if (marked && (start == 0 || !SpeakerNames.IsRole(tokens[start - 1].Norm))) return null;
            // (one word only when the article names it again: a noun before الذي is no one)
            if (start == r - 1 && names.Mentions(tokens[start].Norm) < 2) return null;
            return names.ShortMention(s.Text, Phrase(s, start, r - 1));
        }
        return null;
    }

    /// <summary>
    /// وتتذكر أن أمها، الحاجة عليا، كانت تقول لها: «…»: a verb cue right after كان/كانت (or joined by و to a clause كان opened:
    /// كان يدفعه نحو الفرن ويقول له) tells what someone used to say. With nobody named after it, its subject is the person the
    /// sentence brought in last before the كان — kin set off with their name, or a name before الذي/التي (لأستاذها، الرسام نبيل
    /// حمزة، الذي علّمها …، وكان يقول لها) — not whoever remembers the words. The كان agrees with them. Null when there is none.
    /// </summary>
    private static string? RememberedSpeaker(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var kana = UsedToSay(s, k);
        if (kana < 1) return null;
        var feminine = tokens[kana].Norm.EndsWith('ت');
        if (RelativeDoer(s, k, names) is { } who) return who;
        for (var m = kana - 1; m >= 0 && kana - m <= MaxGap; m--)
        {
            if (HasStop(s.Text, tokens[m].End, tokens[m + 1].Start) || tokens[m].Cue is not null || InsideQuote(s.Spans, tokens[m].Start)) return null;
            if (!KinWithPronoun(s, m)) continue;
            // (a woman's kin ends in ة before the pronoun — جدته، والدتها — or is the mother, امها)
            Span<char> buffer = stackalloc char[tokens[m].Norm.Length];
            if ((SpeakerNames.PronounStem(tokens[m].Norm, buffer).EndsWith("ه") || tokens[m].Norm is "امه" or "امها") != feminine) return null;
            return NameAfterKin(s, m, names);
        }
        return null;
    }

    /// <summary>
    /// ويتذكر جمال ما كان يقوله أبوه، الحاج عبد الكريم بكر، كلما …: «…»؛ يتذكر الهنائي ما قاله له والده، الشيخ سيف: after verb
    /// cue <paramref name="k"/>, «what (used to be) said» — with «it» — by kin set off with their name names whose words the
    /// quotation is; null otherwise (and when no name follows the kin).
    /// </summary>
    private static string? KinWhoseWords(Sentence s, int k, int before, SpeakerNames names)
    {
        var tokens = s.Tokens;
        for (var m = k + 1; m + 2 <= before && m - k <= 4; m++)
        {
            if (tokens[m].Norm != "ما" || HasPunctuation(s.Text, tokens[m - 1].End, tokens[m].Start)) continue;
            var said = m + 1;
            if (tokens[said].Norm is "كان" or "كانت") said++;
            if (said >= before || !SaidIt(tokens[said].Norm)) return null;
            var kin = said + 1;
            if (kin < before && tokens[kin].Norm is "له" or "لها" or "لي" or "لنا") kin++;
            return kin < before && Joined(s, tokens[kin - 1].End, tokens[kin].Start) && KinWithPronoun(s, kin) ? NameAfterKin(s, kin, names) : null;
        }
        return null;
    }

    /// <summary>
    /// سائحة إسبانية خرجت لتوّها من محل للجلود، قالت: «…»؛ سائح فرنسي كان يجرّب شاشية أمام المرآة قال: «…»: a person the sentence
    /// opens with by what they are — a trade, «a man», «a woman», no ال and no name, behind an adjective of origin or age at
    /// most — is the subject of verb cue <paramref name="k"/> at the end of the clause that tells what they were doing, when
    /// the verb agrees with them and no other cue or stop stands between. Null otherwise.
    /// </summary>
    private static string? UnnamedOpener(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var noun = tokens[0].Norm;
        // (…or with ال, the person the report has been following, straight before the verb: الأم عادت إلى بيتها …، وقالت)
        var known = DefinitePerson(noun);
        if (k < 2 || !(TradeNoun(noun) || UnnamedPerson(noun) || known) || noun is "احد" or "احدي" || (names.IsNameLike(noun) && names.Mentions(noun) > 1 && !known)) return null;
        var end = !known && tokens.Count > 2 && DescribingAdjective(s, 1) && Joined(s, tokens[0].End, tokens[1].Start) ? 1 : 0;
        if (known && !Joined(s, tokens[0].End, tokens[1].Start)) return null;
        // (the clause tells what they were doing: كان/كانت or a verb right after them — not the noun they are of, سائق
        // إحدى الحافلات، عمي مصطفى, nor the name they are called, سائحة إسبانية تدعى كارمن)
        var next = tokens[end + 1].Norm;
        // (…with ال, a man's past verb of three letters too, no name: الشاب رفع رأسه وقال)
        var pastOfThree = known && next.Length == 3 && !Definite(next) && !SpeakerNames.IsFirstName(next) && !SpeakerNames.IsConnector(next) && names.Mentions(next) < 2 && !Stops.Contains(next) && !StopWords.Contains(next);
        if (end + 1 < k && (!(next is "كان" or "كانت" || pastOfThree || ((NarrationVerb(next) || FemininePast(next)) && !Definite(next))) || next is "تدعي" or "يدعي"))
            return null;
        if ((noun.EndsWith('ه') || noun is "امراه" or "الام") != Feminine(tokens[k].Norm)) return null;
        for (var m = end + 1; m < k; m++)
            if (tokens[m].Cue is not null) return null;
        return HasStop(s.Text, tokens[end].End, tokens[k].Start) ? null : s.Text[tokens[0].Start..tokens[end].End];
    }

    /// <summary>
    /// ممرضة قالت؛ سائق شاحنة ينتظر حمولته قرب السوق علّق؛ سمسار عقارات في سوق المدينة، فضّل عدم ذكر اسمه، أوضح أن: a person the
    /// sentence opens with (behind لكن or غير أن) by what they are — a trade, «a man», a source, no ال and no name — and the
    /// words that place them (a noun they are of, في or من and a place, adjectives), then straight the unprefixed verb cue
    /// <paramref name="k"/>, or an aside set off by commas before it, or a clause telling what they were doing with no stop
    /// in it. Printed as written, up to the place. Null otherwise.
    /// </summary>
    /// <remarks><see cref="UnnamedOpener"/> reads the shorter openings, an adjective at most, before a clause.</remarks>
    private static string? PlacedOpener(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var r = ButOpeningEnd(s);
        if (k <= r || tokens[k].Prefixed || tokens[k].Cue != CueKind.Verb || InsideQuote(s.Spans, tokens[r].Start)) return null;
        var head = tokens[r].Norm;
        var nominative = r > 0 && head.Length > 4 && head[^1] == 'ا' ? head[..^1] : head;
        if (Definite(head) || nominative is "احد" or "احدي" || !(TradeNoun(nominative) || AnonymousSource(nominative) || UnnamedPerson(nominative))) return null;
        // (the verb agrees with a person's gender; sources may be many)
        if (!AnonymousSource(nominative) && (nominative.EndsWith('ه') || nominative == "امراه") != Feminine(tokens[k].Norm)) return null;
        var end = r;
        while (end + 1 < k && end - r < 6 && Joined(s, tokens[end].End, tokens[end + 1].Start) && PlacingWord(tokens[end + 1])) end++;
        // (not one named in the phrase or right after it, whom the name readers print: بائع الخضار خضر الأيوبي، الذي …، يقول؛
        // صاحب المحل، أبو عمرو كما يناديه زبائنه، يقول)
        // (…a word without ال right after an ال-word can only be a name set beside the phrase: بائع الخضار سعيد)
        for (var m = r + 1; m <= end + 1 && m < k; m++)
            if (SpeakerNames.IsFirstName(tokens[m].Norm) || SpeakerNames.IsNameTitle(tokens[m].Norm) || tokens[m].Norm is "ابو" or "ام"
                || (!Definite(tokens[m].Norm) && IsNamePart(s, m, names)
                    && (names.Mentions(tokens[m].Norm) >= 2 || (m <= end && Definite(tokens[m - 1].Norm) && !tokens[m].Norm.StartsWith("بال", StringComparison.Ordinal)))))
                return null;
        if (end + 1 < k)
        {
            if (CommaBetween(s, tokens[end].End, tokens[end + 1].Start))
            {
                // (…an aside set off by commas right before the verb: no cue in it but the asking not to be named)
                if (k - end > 13 || !CommaPastMark(s, tokens[k - 1].End, tokens[k].Start)) return null;
                for (var m = end + 1; m < k; m++)
                {
                    if (tokens[m].Cue is not null && !(m == end + 1 && AsksNotToBeNamed(s, m)) || InsideQuote(s.Spans, tokens[m].Start)) return null;
                    if (m > end + 1 && m < k - 1 && HasPunctuation(s.Text, tokens[m - 1].End, tokens[m].Start, allowQuoteMarks: true)
                        && !CommaPastMark(s, tokens[m - 1].End, tokens[m].Start)) return null;
                }
                // (…which may give the name they go by: صاحب المخبز، الذي عرّف نفسه باسم أبو بكر، أوضح)
                if (SelfIntroduced(s, names) is { } self) return self;
            }
            else
            {
                // (…or a clause telling what they were doing, opened by its verb, with no stop nor cue up to the verb of saying)
                var next = tokens[end + 1].Norm;
                if (k - end > 12 || !(next is "كان" or "كانت" || ((NarrationVerb(next) || FemininePast(next)) && !Definite(next))) || next is "تدعي" or "يدعي")
                    return null;
                for (var m = end + 1; m < k; m++)
                    if (tokens[m].Cue is not null || InsideQuote(s.Spans, tokens[m].Start)) return null;
                if (HasPunctuation(s.Text, tokens[end].End, tokens[k].Start, allowQuoteMarks: true)) return null;
            }
        }
        return nominative == head ? s.Text[tokens[r].Start..tokens[end].End] : InNominative(s, r, end);
    }

    /// <summary>
    /// Tokens <paramref name="start"/> to <paramref name="end"/>, a head written in the accusative after أن, printed in the
    /// nominative with its adjectives: غير أن مصدرا دبلوماسيا خليجيا → مصدر دبلوماسي خليجي، موظفا في أحد المصارف → موظف في أحد المصارف.
    /// </summary>
    private static string InNominative(Sentence s, int start, int end)
    {
        var words = new List<string>(end - start + 1);
        for (var m = start; m <= end; m++)
        {
            var word = s.Text[s.Tokens[m].Start..s.Tokens[m].End];
            var norm = s.Tokens[m].Norm;
            words.Add(m == start || (!Definite(norm) && norm.Length > 4 && norm.EndsWith("يا", StringComparison.Ordinal)) ? word[..^1] : word);
        }
        return string.Join(' ', words);
    }

    /// <summary>
    /// A word that places an unnamed person, after what they are: a noun they are of, في/من, a place, an adjective — not a
    /// verb, a cue, a relative or a name they are called by.
    /// </summary>
    private static bool PlacingWord(Token t) =>
        t.Cue is null && !NarrationVerb(t.Norm) && !FemininePast(t.Norm) && t.Norm is not ("الذي" or "التي" or "كان" or "كانت" or "تدعي" or "يدعي" or "اسمه" or "اسمها")
        && !Stops.Contains(t.Norm) || t.Norm is "في" or "من";

    /// <summary>
    /// وقال موظف في أمانة عمّان الكبرى، رفض ذكر اسمه، إن؛ مسؤول في مجلس مدينة حمص، طلب عدم الكشف عن اسمه، قال: someone who
    /// asks not to be named is placed by every word between what they are (a source, an official, a trade; no ال) and the
    /// asking — a body's name without ال too (مديرية ماء البصرة، سوق الشيخ عثمان), which the role reader stops at. The words
    /// run from right after verb cue <paramref name="k"/>, or from the sentence's opening (behind لكن or غير أن) to an asking
    /// right before the cue. Printed as written, but a head in the accusative after أن in the nominative (موظفا → موظف). Null
    /// when there is no such asking.
    /// </summary>
    private static string? UnnamedBeforeAside(Sentence s, int k)
    {
        for (var ask = k + 2; ask < s.Tokens.Count && ask - k <= 9; ask++)
            if (AsksNotToBeNamed(s, ask)) return PlacedUnnamed(s, k + 1, ask - 1);
        return BeforeAsideAndCue(s, k);
    }

    /// <summary>The opening words placing an unnamed person, up to an asking not to be named right before cue <paramref name="k"/>.</summary>
    private static string? BeforeAsideAndCue(Sentence s, int k)
    {
        for (var ask = k - 3; ask >= 1 && k - ask <= 8; ask--)
            if (AsksNotToBeNamed(s, ask)) return PlacedUnnamed(s, ButOpeningEnd(s), ask - 1);
        return null;
    }

    /// <summary>Tokens <paramref name="start"/> to <paramref name="end"/> as an unnamed person placed by them, or null.</summary>
    private static string? PlacedUnnamed(Sentence s, int start, int end)
    {
        var tokens = s.Tokens;
        if (end < start + 1 || end - start > 7) return null;
        var head = tokens[start].Norm;
        var nominative = head.Length > 4 && head[^1] == 'ا' ? head[..^1] : head;
        if (Definite(head) || !(AnonymousSource(nominative) || TradeNoun(nominative) || SpeakerNames.IsRole(nominative))) return null;
        // (one phrase, no punctuation in it: not the circumstances set off after it, مسؤول في الوزارة، في تصريح للصحفيين;
        // nor what the person does, شاب يبيع الوقود — «a young man», as the role reader prints him)
        for (var m = start + 1; m <= end; m++)
            if (!Joined(s, tokens[m - 1].End, tokens[m].Start) || (NarrationVerb(tokens[m].Norm) && !SpeakerNames.IsFirstName(tokens[m].Norm))) return null;
        return nominative == head ? s.Text[tokens[start].Start..tokens[end].End] : InNominative(s, start, end);
    }

    /// <summary>
    /// الحاج محمود أبو رزق يقطف الزيتون منذ …؛ سالم بن جاسم الرومي واحد من قلة …: a full name opening the sentence — a given
    /// name the engine knows (or any behind a title, or a kunya) and one to three more name words, up to an ال-family name or
    /// what the person does — behind a title at most (<paramref name="title"/>). Null otherwise.
    /// </summary>
    private static string? OpeningFullName(Sentence s, SpeakerNames names, out string? title)
    {
        var tokens = s.Tokens;
        title = null;
        var n = 0;
        while (n + 1 < tokens.Count && n < 2 && SpeakerNames.IsNameTitle(tokens[n].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start)) n++;
        // (…or what the person is, an ال-word before a common given name: الرسامة نادين خوري درست الفنون)
        if (n == 0 && tokens.Count > 3 && tokens[0].Norm is ['ا', 'ل', _, _, _, ..] && !SpeakerNames.IsOrganisation(tokens[0].Norm)
            && !SpeakerNames.IsPlace(tokens[0].Norm) && !SpeakerNames.TimeWord(tokens[0].Norm) && SpeakerNames.IsFirstName(tokens[1].Norm)
            && Joined(s, tokens[0].End, tokens[1].Start))
            n = 1;
        if (n + 2 >= tokens.Count || !IsNamePart(s, n, names) || InsideQuote(s.Spans, tokens[n].Start)) return null;
        // (a given name the engine knows, or one behind a title, or a kunya: not a word that reads as a name, سبعينية، خام)
        if (!(n > 0 || SpeakerNames.IsFirstName(tokens[n].Norm) || tokens[n].Norm is "ابو" or "ام")) return null;
        var end = NameEnd(s, n, names);
        // (…closed by an ال-family name, which nothing but what they do follows: سالم بن جاسم الرومي واحد)
        var family = -1;
        for (var m = n + 1; m <= Math.Min(end + 1, tokens.Count - 2) && m <= n + 3; m++)
            if (Definite(tokens[m].Norm) && Joined(s, tokens[m - 1].End, tokens[m].Start) && !SpeakerNames.IsRole(tokens[m].Norm)
                && !SpeakerNames.IsPlace(tokens[m].Norm) && !SpeakerNames.IsOrganisation(tokens[m].Norm)) { family = m; break; }
        if (family > 0) end = family;
        // (not on into what they do: محمود أبو رزق يقطف)
        for (var m = n + 1; m <= end; m++)
            if ((NarrationVerb(tokens[m].Norm) || FemininePast(tokens[m].Norm)) && !SpeakerNames.IsFirstName(tokens[m].Norm) && names.Mentions(tokens[m].Norm) < 2)
            {
                end = m - 1;
                break;
            }
        if (end - n is < 1 or > 3 || end + 1 >= tokens.Count) return null;
        title = n > 0 ? tokens[n - 1].Norm : null;
        return BestName(s, n, end, names);
    }

    /// <summary>
    /// The كان/كانت that makes verb cue <paramref name="k"/> what someone used to say: right before it (كانت تقول لها), or
    /// opening the clause a و-cue goes on (كان يدفعه صغيرا نحو الفرن ويقول له), with no punctuation between; -1 otherwise.
    /// </summary>
    private static int UsedToSay(Sentence s, int k)
    {
        var tokens = s.Tokens;
        for (var m = k - 1; m >= 0 && k - m <= (tokens[k].Prefixed ? 10 : 1); m--)
        {
            if (HasPunctuation(s.Text, tokens[m].End, tokens[m + 1].Start) || tokens[m].Cue is not null) return -1;
            if (tokens[m].Norm is "كان" or "كانت" or "وكان" or "وكانت") return m;
        }
        return -1;
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

    /// <summary>
    /// The role opening an أن/إن-clause that runs, with commas only, to token <paramref name="last"/> (أن نائب رئيس مجلس
    /// الوزراء، وزير الخارجية …), or the body whose ال-words run unbroken to it (الا ان المنظمة رأت); null when no such clause
    /// ends there.
    /// </summary>
    private static int? ClauseSubjectBefore(Sentence s, int last)
    {
        var tokens = s.Tokens;
        for (var m = last - 1; m >= 0 && last - m <= 14; m--)
        {
            if (HasStop(s.Text, tokens[m].End, tokens[m + 1].Start) || tokens[m].Cue is not null || InsideQuote(s.Spans, tokens[m].Start)) return null;
            if (tokens[m].Norm is not ("ان" or "بان")) continue;
            if (m == 0 || !Joined(s, tokens[m].End, tokens[m + 1].Start)) return null;
            return SpeakerNames.IsRole(tokens[m + 1].Norm) || (SpeakerNames.IsOrganisation(tokens[m + 1].Norm) && (DefiniteRun(s, m + 1, last) || BodyBeforeComma(s, m + 1, last)))
                ? m + 1 : null;
        }
        return null;
    }

    /// <summary>
    /// وجدير الذكر أن المؤسسة الوطنية للنفط بليبيا، أكدت: a body with ال, its ال-words, what it is for behind لل and where it is
    /// behind ب or ل, set off by a comma from the verb after it (tokens <paramref name="from"/>…<paramref name="to"/>).
    /// </summary>
    private static bool BodyBeforeComma(Sentence s, int from, int to)
    {
        if (!Definite(s.Tokens[from].Norm) || to + 1 >= s.Tokens.Count || !CommaBetween(s, s.Tokens[to].End, s.Tokens[to + 1].Start)) return false;
        for (var w = from; w <= to; w++)
        {
            var norm = s.Tokens[w].Norm;
            if (!(Definite(norm) || DefiniteBehindPreposition(norm) || (norm.Length > 3 && norm[0] is 'ب' or 'ل' && SpeakerNames.IsPlace(norm[1..])))
                || SpeakerNames.TimeWord(norm) || (w < to && !Joined(s, s.Tokens[w].End, s.Tokens[w + 1].Start)))
                return false;
        }
        return true;
    }

    /// <summary>Tokens <paramref name="from"/>…<paramref name="to"/> are ال-words (no time word) joined to each other and to the next token.</summary>
    private static bool DefiniteRun(Sentence s, int from, int to)
    {
        for (var w = from; w <= to; w++)
            if (!Definite(s.Tokens[w].Norm) || SpeakerNames.TimeWord(s.Tokens[w].Norm)
                || (w + 1 < s.Tokens.Count && !Joined(s, s.Tokens[w].End, s.Tokens[w + 1].Start))) return false;
        return true;
    }

    /// <summary>
    /// The role or body right after a كان/كانت that opens a clause after a comma and runs, unbroken, to the قد at
    /// <paramref name="qad"/> (…، كانت وزارة الخارجية البحرينية قد); null when there is none.
    /// </summary>
    private static int? KanaSubject(Sentence s, int qad) =>
        ClauseKana(s, qad, reach: 8, unbroken: true) is var m and > 0
        && (SpeakerNames.IsRole(s.Tokens[m + 1].Norm) || SpeakerNames.IsOrganisation(s.Tokens[m + 1].Norm)) ? m + 1 : null;

    /// <summary>
    /// The كان/كانت that opens a clause after a comma and that the قد at <paramref name="qad"/> closes: within
    /// <paramref name="reach"/> words, no cue between, and (<paramref name="unbroken"/>) no punctuation either; -1 when none.
    /// </summary>
    private static int ClauseKana(Sentence s, int qad, int reach, bool unbroken)
    {
        var tokens = s.Tokens;
        for (var m = qad - 2; m >= 1 && qad - m <= reach; m--)
        {
            if (tokens[m].Cue is not null || (unbroken && !Joined(s, tokens[m].End, tokens[m + 1].Start))) return -1;
            if (tokens[m].Norm is "كان" or "كانت" or "وكان" or "وكانت") return CommaBetween(s, tokens[m - 1].End, tokens[m].Start) ? m : -1;
        }
        return -1;
    }

    /// <summary>
    /// …، وكان كريم عوام، المدير الجهوي لمكتب الدراسات، المتابع لتطور الأشغال، قد كشف: a name right after a clause's كان,
    /// set off from the قد before the verb by asides between commas, is the verb's subject; null otherwise.
    /// </summary>
    private static string? KanaNamedSubject(Sentence s, int qad, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (!CommaBetween(s, tokens[qad - 1].End, tokens[qad].Start)
            || ClauseKana(s, qad, reach: 20, unbroken: false) is not (> 0 and var m)
            || !IsNamePart(s, m + 1, names) || !Joined(s, tokens[m].End, tokens[m + 1].Start)) return null;
        var end = NameEnd(s, m + 1, names);
        return end + 1 < qad && CommaBetween(s, tokens[end].End, tokens[end + 1].Start) ? BestName(s, m + 1, end, names) : null;
    }

    /// <summary>
    /// An aside about a person's age or origin at <paramref name="a"/>, before <paramref name="k"/>: a number and عاما (35
    /// عاماً), or an ال-adjective in ي or ية (الأربعينية، السوري) and a clause about the person.
    /// </summary>
    private static bool AgeAside(Sentence s, int a, int k) =>
        (IsNumber(s.Tokens[a].Norm) && a + 1 < k && s.Tokens[a + 1].Norm is "عاما" or "عام" or "سنه" or "سنوات" && a + 2 == k)
        || (Definite(s.Tokens[a].Norm) && s.Tokens[a].Norm.Length > 5 && SpeakerNames.Nisba(s.Tokens[a].Norm[2..])
            && !SpeakerNames.IsOrganisation(s.Tokens[a].Norm) && !SpeakerNames.IsPlace(s.Tokens[a].Norm));

    /// <summary>The name right before an unprefixed verb cue (كيم يؤكد، وكان كيم قد شدد), or null.</summary>
    private static string? SpeakerBefore(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // اكتفى النادي بعبارة مقتضبة قال فيها: "…": «in which it said» describes the words before it; the word before the
        // verb is theirs, not the speaker.
        if (k + 1 < tokens.Count && tokens[k + 1].Norm is "فيها" or "فيه" && Joined(s, tokens[k].End, tokens[k + 1].Start)) return null;
        // احد اصحاب المحال، يقول: «one of» a group, opening the sentence and set off by a comma before the verb.
        if (k is >= 2 and <= 4 && tokens[0].Norm is "احد" or "احدي" && Definite(tokens[k - 1].Norm) && CommaBetween(s, tokens[k - 1].End, tokens[k].Start)
            && Enumerable.Range(1, k - 1).All(m => Joined(s, tokens[m - 1].End, tokens[m].Start)))
            return s.Text[tokens[0].Start..tokens[k - 1].End];
        // غانتس، وهو أبرز المرشّحين لخلافة نتنياهو، دعا: a name opening the sentence, with an aside about him set off by
        // commas (وهو …) before the verb.
        if (k >= 4 && CommaBetween(s, tokens[k - 1].End, tokens[k].Start) && IsNamePart(s, 0, names))
            for (var n = 0; n < 3 && n + 2 < k; n++)
            {
                if (!CommaBetween(s, tokens[n].End, tokens[n + 1].Start)) continue;
                if (tokens[n + 1].Norm is "وهو" or "وهي" && NameEnd(s, 0, names) == n
                    && Enumerable.Range(n + 2, k - n - 2).All(m => !HasPunctuation(s.Text, tokens[m - 1].End, tokens[m].Start)))
                    return BestName(s, 0, n, names);
                break;
            }
        // لكن رامي عباس، وكيل أعمال صلاح، أكد: a full name opening the sentence (behind لكن at most) and a role set off by
        // commas right before the verb.
        // (…or an age, or an adjective of age or origin and what follows it: أم أحمد، الأربعينية التي فقدت زوجها منذ عامين،
        // تروي; خالد، 35 عاماً، يقول — a mother called by her son's name printed whole)
        if (k >= 4 && CommaBetween(s, tokens[k - 1].End, tokens[k].Start))
        {
            var start = tokens[0].Norm is "لكن" or "ولكن" ? 1 : 0;
            var mother = tokens[start].Norm is "ام" && start + 1 < k && IsNamePart(s, start + 1, names) && Joined(s, tokens[start].End, tokens[start + 1].Start);
            var nameEnd = mother ? start + 1 : start;
            while (nameEnd + 1 < k && nameEnd - start < 3 && IsNamePart(s, nameEnd + 1, names) && Joined(s, tokens[nameEnd].End, tokens[nameEnd + 1].Start)) nameEnd++;
            // (…an ال-family name closing it: خالد العامري)
            if (!mother && NameEnd(s, start, names) is var closed && closed > nameEnd && closed < k - 1) nameEnd = closed;
            var aside = nameEnd + 1;
            if ((IsNamePart(s, start, names) || mother) && nameEnd > start && aside < k - 1 && CommaBetween(s, tokens[nameEnd].End, tokens[aside].Start)
                && (SpeakerNames.IsRole(tokens[aside].Norm) || AgeAside(s, aside, k))
                && Enumerable.Range(aside + 1, k - aside - 1).All(m => Joined(s, tokens[m - 1].End, tokens[m].Start) && tokens[m].Cue is null))
                return mother && nameEnd == start + 1 ? s.Text[tokens[start].Start..tokens[nameEnd].End] : BestName(s, start, nameEnd, names);
        }
        // الفلاح أبو حسن الذي خسر مواسم زراعته بسبب انخفاض منسوب الفرات يقول: a name opening the sentence (behind one ال-word
        // describing him) and a relative clause about him, running into the verb with no stop, is the verb's subject.
        if (k >= 4 && tokens[k].Cue == CueKind.Verb && !tokens[k].Prefixed)
        {
            var start = Definite(tokens[0].Norm) && !SpeakerNames.IsRole(tokens[0].Norm) && !SpeakerNames.IsOrganisation(tokens[0].Norm)
                        && Joined(s, tokens[0].End, tokens[1].Start) && IsNamePart(s, 1, names) ? 1 : 0;
            if (IsNamePart(s, start, names) && NameEnd(s, start, names) is var nameEnd && nameEnd >= start && nameEnd + 2 < k
                && tokens[nameEnd + 1].Norm is "الذي" or "التي" && k - nameEnd <= 16 && UnbrokenTo(s, start, k))
                return BestName(s, start, nameEnd, names);
        }
        // وبحسب وكالة "فرانس برس" أضاف …: a medium named by a source cue right before the verb carried the words; the verb's
        // subject is the one already speaking.
        for (var m = k - 1; m >= 1 && k - m <= 5; m--)
            if (tokens[m - 1].Cue == CueKind.Source && Medium(tokens[m].Norm)) return null;
        var j = k - 1;
        while (j >= 0 && tokens[j].Norm is "قد" or "كان" or "وكان" or "كانت" or "وكانت" or "لقد" or "ولقد") j--;
        // وذكرت الوكالة، أن نائب رئيس مجلس الوزراء، وزير الخارجية الشيخ عبد الله بن زايد، أعرب عن …: the role phrase the
        // أن-clause opened with is the verb's subject — not the medium that reports the clause (also with no comma before the
        // verb: وقالت الوكالة، إن الرئيس الصومالي أعرب عن شكره "…").
        // (…and so is a body with ال right after a joining أن, its words running into the verb: الا ان المنظمة رأت ان "…")
        if (j > 0 && ClauseSubjectBefore(s, j) is { } clauseSubject)
            return SpeakerNames.IsRole(tokens[clauseSubject].Norm) ? RoleLed(s, clauseSubject, names) : BodyName(s, clauseSubject, names);
        // وبعد سقوط نظام الأسد …، كانت وزارة الخارجية البحرينية قد أكد: a body or a role between a clause's كان and the قد
        // right before the verb is its subject, as at the sentence's opening.
        if (k >= 3 && tokens[k - 1].Norm == "قد" && KanaSubject(s, k - 1) is { } subject)
            return RoleLed(s, subject, names);
        if (j < 0 || !Joined(s, tokens[j].End, tokens[j + 1].Start)) return null;
        var end = j;
        // كان فوزي الخبوشي كشف: a family name the article uses closes the name after a first name (but خلع الحجاب قالت
        // is a topic).
        if (j > 0 && (names.IsFamilyName(tokens[j].Norm) || IntroducedFamily(s, j)) && names.IsNameLike(tokens[j - 1].Norm)
            && !Stops.Contains(tokens[j - 1].Norm) && Joined(s, tokens[j - 1].End, tokens[j].Start))
            j--;
        // (…and so does the ال-half of a compound given name: لكن عبد السلام يقول إنه)
        else if (j > 0 && Definite(tokens[j].Norm) && tokens[j - 1].Norm == "عبد" && Joined(s, tokens[j - 1].End, tokens[j].Start))
            j--;
        while (j >= 0 && end - j < 3 && names.IsNameLike(tokens[j].Norm) && !Stops.Contains(tokens[j].Norm)
               && (j == end || Joined(s, tokens[j].End, tokens[j + 1].Start)))
            j--;
        // الغوج وفي تصريحات خاصة لشبكة “لام” أضاف: a run through the medium the words were said to names the medium.
        for (var m = j + 1; m <= end; m++)
            if (ToMedium(tokens[m].Norm)) return null;
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
        // وأشارت إلى أن بلادها دعت “…”: a noun with a pronoun — the speaker's own country — is nobody's name.
        if (SpeakerNames.WithPronoun(tokens[end].Norm) || tokens[end].Norm is "بلاده" or "حكومته" or "دولته") return null;
        // نشرت تغريدة في حسابها في "تويتر" قالت فيها: what comes after في/على/عبر is where, not who.
        if (j >= 0 && tokens[j].Norm is "في" or "علي" or "عبر") return null;
        // بشكل عام تجيب: one word is a name only when the article mentions it again (كيم يؤكد), or كان puts it before
        // the verb as its subject (وكان كيم قد شدد).
        // (…nor after أن: وأوضحت البعثة أن وليامز قالت — the subject of the clause's verb of saying)
        if (j == end || (end - j == 1 && names.Mentions(tokens[end].Norm) < 2
                         && !(j >= 0 && tokens[j].Norm is "كان" or "وكان" or "كانت" or "وكانت" or "ان" or "بان"))) return null;
        return names.ShortMention(s.Text, Phrase(s, j + 1, end));
    }

    /// <summary>مصدر، مصادر، مسؤول، مسؤولون: who reports speak for without naming them.</summary>
    private static bool AnonymousSource(string norm) => norm is "مصدر" or "مصادر" or "مسؤول" or "مسؤوله" or "مسؤولون" or "مسؤولين";

    /// <summary>
    /// وزارة الخارجية قالت إن، لكن مجلس الوزراء وصف الرقم بأنه: a body or a role, and only its ال-words, opening the sentence
    /// (behind لكن at most) or a clause opened by لكن, and running unbroken into the unprefixed verb at <paramref name="k"/>
    /// (past قد) is its subject, as the article names it; null otherwise.
    /// </summary>
    private static string? OpeningBodySubject(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // (…also a body behind كان opening the sentence: وكانت الحركة الإسلامية والنقابات المهنية انتقدت — a role there has
        // its own reading, which finds the person the article introduced with it: وكان الوزير أشار)
        var kana = tokens[0].Norm is "كان" or "وكان" or "كانت" or "وكانت";
        var r = kana || tokens[0].Norm is "لكن" or "ولكن" ? 1 : 0;
        // (…or a clause that لكن opens after a comma: يقل عن المستوى المستهدف، لكن مجلس الوزراء وصف)
        for (var m = k - 2; m >= 1 && k - m <= 5; m--)
            if (tokens[m].Norm is "لكن" or "ولكن" && CommaBetween(s, tokens[m - 1].End, tokens[m].Start)) { r = m + 1; break; }
        var end = k - 1;
        if (end > r && tokens[end].Norm == "قد") end--;
        // وكان مصدر في وزارة الداخلية أكد أن، وكانت مصادر مطلعة ذكرت: an unnamed source or official without ال after كان, and
        // the words that place it, running unbroken into the verb, is its subject as the article gives it.
        if (kana && r == 1 && end >= r && end - r <= 5 && !Definite(tokens[r].Norm) && AnonymousSource(tokens[r].Norm)
            && !InsideQuote(s.Spans, tokens[r].Start) && Enumerable.Range(r, k - r).All(m => Joined(s, tokens[m].End, tokens[m + 1].Start) && tokens[m].Cue is null))
            return names.ShortMention(s.Text, Phrase(s, r, end));
        if (end < r || end - r > 5 || !(SpeakerNames.IsOrganisation(tokens[r].Norm) || (SpeakerNames.IsRole(tokens[r].Norm) && !(kana && r == 1)))
            || InsideQuote(s.Spans, tokens[r].Start)) return null;
        // (…the first of two joined by و, each with its ال-words: الحركة الإسلامية والنقابات المهنية)
        var first = end;
        for (var m = r; m < k; m++)
        {
            if (!Joined(s, tokens[m].End, tokens[m + 1].Start) || SpeakerNames.TimeWord(tokens[m].Norm)) return null;
            if (m <= r || m > end) continue;
            if (tokens[m].Norm is ['و', 'ا', 'ل', _, ..])
            {
                if (first != end) return null;
                first = m - 1;
            }
            // (…and the field behind ل: الشركة العامة للكهرباء قالت)
            else if (!Definite(tokens[m].Norm) && SpeakerNames.LamBeforeArticle(tokens[m].Norm) <= 0) return null;
        }
        // (a bare indefinite word is no one: وزارة قالت)
        return first > r || Definite(tokens[r].Norm) ? names.Prefer(s.Text[tokens[r].Start..tokens[first].End]) : null;
    }

    /// <summary>Tokens <paramref name="from"/> to <paramref name="k"/> follow each other with no punctuation, and no cue comes before k.</summary>
    private static bool UnbrokenTo(Sentence s, int from, int k)
    {
        for (var m = from + 1; m <= k; m++)
            if (!Joined(s, s.Tokens[m - 1].End, s.Tokens[m].Start) || (m < k && s.Tokens[m].Cue is not null)) return false;
        return true;
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
            // (not one in construct after a ة-noun: بذهبية مسابقة الملاكمة للسيدات)
            if (FieldOfNoun(s, j)) continue;
            // (nor a role word describing a statement: في تصريح صحفي سابق لمدير عام الدائرة)
            if (j > 0 && StatementNoun(WithoutConjunction(s.Tokens[j - 1].Norm)) && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start)) continue;
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
    /// وفي تصريح صحفي سابق لمدير عام الدائرة الفنية في وزارة البيئة، عيسى الفياض، ذكر أن “…”: a statement «of» a role, opening
    /// the sentence before an unprefixed verb cue at <paramref name="k"/>, names who made it — the verb's subject; or null.
    /// (ل after a statement noun may also be whom it was made to, تصريح لوكالة الأنباء: only a role is read as its maker.)
    /// </summary>
    private static string? StatementMakerBefore(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var noun = tokens.Count > 1 && tokens[0].Norm is "في" or "وفي" ? 1 : 0;
        if (noun + 2 >= k || !StatementNoun(tokens[noun].Norm) || CueBetween(s, 0, k)) return null;
        // (…behind its adjectives: صحفي، سابق، خاص)
        for (var j = noun + 1; j < k && j <= noun + 3 && Joined(s, tokens[j - 1].End, tokens[j].Start); j++)
        {
            var norm = tokens[j].Norm;
            if (norm.Length > 3 && norm[0] == 'ل' && !norm.StartsWith("لل", StringComparison.Ordinal) && SpeakerNames.IsRole(norm[1..]))
                return RoleLed(s, j, names) is { } maker && (PersonOrRole(maker, names) || QuoteConfidence.Classify(maker, names) == SpeakerKind.Named) ? maker : null;
            if (Definite(norm) || norm[0] == 'ل') return null;
        }
        return null;
    }

    /// <summary>
    /// القاهرة (رويترز) - أبقى البنك المركزي المصري أسعار الفائدة …، مشيرا إلى أن «…»: a sentence (behind its dateline) that
    /// opens with a verb that is no cue and a body with ال, the participle at <paramref name="k"/> its first cue: the body is
    /// who goes on saying. Null otherwise.
    /// </summary>
    private static string? OpeningVerbsBody(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var v = 0;
        // (a dateline: a place, a medium in brackets, a dash)
        for (var m = 1; m < tokens.Count && m <= 4; m++)
            if (s.Text.AsSpan(tokens[m - 1].End, tokens[m].Start - tokens[m - 1].End).IndexOfAny('-', '–') >= 0) { v = m; break; }
        if (v + 2 >= k || tokens[v].Cue is not null || Definite(tokens[v].Norm) || tokens[v].Norm.Length < 3 || Stops.Contains(tokens[v].Norm)
            || StopWords.Contains(tokens[v].Norm) || !Definite(tokens[v + 1].Norm) || !SpeakerNames.IsOrganisation(tokens[v + 1].Norm)
            || !Joined(s, tokens[v].End, tokens[v + 1].Start) || InsideQuote(s.Spans, tokens[v].Start)) return null;
        for (var m = v + 1; m < k; m++)
            if (tokens[m].Cue is not null) return null;
        return BodyName(s, v + 1, names);
    }

    /// <summary>
    /// The body after a sentence's opening feminine و-verb, when a feminine verb cue at <paramref name="k"/> goes on from it
    /// (ونشرت وزارة النفط … وعلقت → وزارة النفط).
    /// </summary>
    private static string? OpeningBody(Sentence s, int k, SpeakerNames names)
    {
        if (k < 3) return null;
        // (…or a body opening a nominal sentence, its feminine verb after it: لكن منظمة العفو الدولية حذرت من …، وقالت إن)
        var o = s.Tokens[0].Norm is "لكن" or "ولكن" or "بينما" or "فيما" or "كما" ? 1 : 0;
        if (SpeakerNames.IsOrganisation(s.Tokens[o].Norm) && s.Tokens[o].Norm.EndsWith('ه') && !Definite(s.Tokens[o].Norm)
            && RunEnd(s, o, k) is var bodyEnd && bodyEnd > o && bodyEnd + 1 < k && FemininePast(s.Tokens[bodyEnd + 1].Norm)
            && s.Tokens[bodyEnd + 1].Norm[0] != 'و' && Joined(s, s.Tokens[bodyEnd].End, s.Tokens[bodyEnd + 1].Start))
            return names.ShortMention(s.Text, Phrase(s, o, bodyEnd));
        if (s.Tokens[0].Cue is not null || s.Tokens[0].Norm[0] != 'و' || !FemininePast(s.Tokens[0].Norm)
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
    }

    /// <summary>
    /// A verb of the third person feminine (تقول، قالت، وتذكر): a present with ت or a past ending in ت — not the masculine
    /// pasts that open with ت (تابع، تساءل).
    /// </summary>
    private static bool Feminine(string norm)
    {
        var v = norm.Length > 4 && norm[0] is 'و' or 'ف' ? norm[1..] : norm;
        return (v[0] == 'ت' && v is not ("تابع" or "تساءل" or "تسائل" or "تحدث" or "تطرق" or "توقع" or "تعهد" or "تمني" or "تناول" or "توجه"))
            || FemininePast(v);
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
        var v = WithoutConjunction(norm);
        return !FemininePast(norm) && !VerbForm(v) && !v.EndsWith("وا", StringComparison.Ordinal) && ReportingCues.Match(norm, out _) == CueKind.Verb;
    }

    /// <summary>A verb of saying in the feminine present (تقول، وتضيف): ت where its masculine has ي (not تابع, a past tense).</summary>
    internal static bool FemininePresentCue(string norm)
    {
        var v = norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm[1..] : norm;
        return v.Length >= 3 && v[0] == 'ت' && ReportingCues.Match("ي" + v[1..], out _) is not null;
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
        // (…also behind و: ومن جانبه اعترض المحامي عصام عجاج)
        var o = tokens.Count > 4 && tokens[0].Norm is "من" or "ومن" && tokens[1].Norm is "جانبه" or "جانبها" or "جهته" or "جهتها" ? 2 : 0;
        // قد قدم قائد الجيش الليبي خليفة حفتر أوراق ترشحه: so after قد, which only a verb follows (of three letters too).
        var afterQad = o == 0 && tokens.Count > 4 && tokens[0].Norm is "قد" or "وقد" or "لقد" or "ولقد" && Joined(s, tokens[0].End, tokens[1].Start);
        if (afterQad) o = 1;
        // فيما يعول لاعب منتخب سورية سيمون أمين على …، وقال: «…»: so after «while» (فيما، بينما), which a clause follows.
        var afterWhile = o == 0 && tokens.Count > 4 && tokens[0].Norm is "فيما" or "وفيما" or "بينما" or "وبينما" && Joined(s, tokens[0].End, tokens[1].Start);
        if (afterWhile) o = 1;
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
            || (v.Length == 3 && !afterQad && (o > 0 || Stops.Contains(v) || StopWords.Contains(v) || StopWords.Contains(v.AsSpan(1))))
            // (…nor where, behind و: وعلى تلة تطل على الدخان — على as written, with its ى, not the name علي — وأمام البسطة)
            || (o == 0 && ((v == "وعلي" && s.Text[tokens[0].End - 1] == 'ى') || PlacePreposition(v[1..])))
            // (…nor a preposition of time behind و: وخلال مؤتمر صحفي، وبعد الاجتماع)
            || v is "وخلال" or "وبعد" or "وقبل" or "وعقب" or "واثناء" or "وعند" or "وطوال"
            // (…nor a demonstrative: وهذه ثاني ميدالية لتونس)
            || v is "وهذه" or "وهذا" or "وهاتان" or "وهذان" or "وهؤلاء" or "وتلك" or "وذلك" or "وهناك"
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
                if (AccusativePair(s, m, names) || (tokens[m].Norm.StartsWith('ب') && TakesObjectWithBa(v)) || FeminineObject(tokens, m, o + 1)
                    || PluralObject(tokens, m, o + 1)) { end = m - 1; break; }
            if (o == 0 && v is "وكان" or "وكانت" && NameAfterRoles(s, end + 1, names) is { } holder) return holder;
            return end > o + 1 ? names.ShortMention(s.Text, Phrase(s, o + 1, end)) : null;
        }
        // (…and a body after it, named whole: من جهتها، رحبت وزارة الداخلية بالحكم، وقالت)
        if (o == 2 && SpeakerNames.IsOrganisation(tokens[3].Norm) && Joined(s, tokens[2].End, tokens[3].Start)) return BodyName(s, 3, names);
        if (o > 0) return null;
        // وكانت وزارة الفلاحة والتنمية الريفية والصيد البحري، قد أكدت: a body right after كان is the subject, named whole.
        if (v is "وكان" or "وكانت" && SpeakerNames.IsOrganisation(tokens[1].Norm))
            return names.Prefer(s.Text[tokens[1].Start..tokens[BodyRunEnd(s, 1, RunEnd(s, 1, tokens.Count))].End]);
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
    /// وكان وزير الثقافة والفنون والعلاقات مع البرلمان، الناطق الرسمي باسم الحكومة، الحسين ولد امدو، قد قال: after the role's
    /// phrase, a name set off by commas — behind one more role phrase at most — and closed by a comma before قد or a cue is
    /// the role-holder, who speaks. Null when the phrase goes on otherwise.
    /// </summary>
    private static string? NameAfterRoles(Sentence s, int from, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // (the role's own words up to its comma: مع البرلمان)
        var at = from;
        while (at < tokens.Count && at < from + 4 && !HasPunctuation(s.Text, tokens[at - 1].End, tokens[at].Start) && tokens[at].Cue is null) at++;
        for (var roles = 0; roles < 2 && at < tokens.Count && CommaBetween(s, tokens[at - 1].End, tokens[at].Start); roles++)
        {
            if (SpeakerNames.IsRole(tokens[at].Norm))
            {
                at = RunEnd(s, at, tokens.Count) + 1;
                continue;
            }
            if (!IsNamePart(s, at, names)) return null;
            var end = NameEnd(s, at, names);
            if (end + 1 >= tokens.Count
                || !CommaBetween(s, tokens[end].End, tokens[end + 1].Start) || (tokens[end + 1].Norm != "قد" && tokens[end + 1].Cue is null)) return null;
            return BestName(s, at, end, names);
        }
        return null;
    }

    /// <summary>
    /// ولفت إلى أن ما أعلن عنه رئيس الوزراء … هو رقم أولي: a cue after «what» («what the prime minister announced»), inside
    /// the clause of an earlier verb cue, reports someone the speaker spoke of; he does not become the one speaking.
    /// </summary>
    private static bool Reported(Sentence s, int k, SpeakerNames names) =>
        InOpenQuotation(s, k)
        // (…and «student» set off after a name is no «demanded»: حفيدها يوسف، طالب التاريخ في الجامعة)
        || StudentAfterName(s, k, names)
        // (…and «as the media reported» carries words, it says none: كما ذكرت وسائل الإعلام، حسبما أفادت وكالة الأنباء)
        || (s.Tokens[k].Cue == CueKind.Verb && k > 0 && k + 1 < s.Tokens.Count && Medium(s.Tokens[k + 1].Norm) && AsReported(s, k))
        || (k > 1 && s.Tokens[k - 1].Norm == "ما" && s.Tokens[k].Cue == CueKind.Verb
         && s.Tokens.FindIndex(0, k - 1, t => t.Cue == CueKind.Verb) >= 0)
        // (…and «relayed» with nobody after عن: كما نقلت عنترة names the agency that carried the words, who never speaks —
        // unless a role follows, whose words were relayed with عن left out (ونقلت مدير سد (تشرين) المهندس …، إن), or a name
        // the article calls again, where نقل is «moved» (جرى نقل أبو عبدو للعمل في مديرية النقل))
        || (s.Tokens[k].Cue == CueKind.Verb && Relays(s.Tokens[k].Norm) && RelayedBy(s, k, s.Tokens.Count, names) is null
            && !(k + 1 < s.Tokens.Count && (SpeakerNames.IsRole(s.Tokens[k + 1].Norm) || names.Mentions(s.Tokens[k + 1].Norm) >= 2)))
        // (…and a relative clause about a thing announced before: الخفض التطوعي الذي سبق أن أعلنت عنه المملكة — who announced it
        // is not the one speaking now)
        || (s.Tokens[k].Cue == CueKind.Verb && k > 1 && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Norm is "عنه" or "عنها"
            && s.Tokens.FindIndex(Math.Max(0, k - 3), k - Math.Max(0, k - 3), t => t.Norm is "الذي" or "التي") >= 0)
        || RelativeAfterCue(s, k)
        // (…and a feminine verb right after التي, also of three letters, whose subject is the thing before it: خطبة الجمعة الموحدة
        // التي دعت المغاربة إلى — what follows is its object; not «in which» and a role or a body, الجلسة التي قالت فيها الوزيرة)
        || (s.Tokens[k].Cue == CueKind.Verb && k > 0 && k + 1 < s.Tokens.Count && s.Tokens[k - 1].Norm == "التي"
            && (FemininePast(s.Tokens[k].Norm) || s.Tokens[k].Norm is [_, _, 'ت'])
            && s.Tokens[k + 1].Norm is not ("فيها" or "فيه" or "خلالها" or "عنها" or "عنه") && !SpeakerNames.IsRole(s.Tokens[k + 1].Norm)
            && !SpeakerNames.IsOrganisation(s.Tokens[k + 1].Norm) && RelativeDoer(s, k, names) is null);

    /// <summary>
    /// ودعا رئيس جمعية المصدرين إلى عدم استثناء … مكاتب الخبرة الأجنبية التي أعلن رئيس الجمهورية في مجلس الوزراء عن وقفها، …
    /// مشددا “…”: a verb cue right after الذي/التي, in a sentence an earlier verb cue opened, is a relative clause about a thing
    /// someone did — the president is spoken of, not speaking.
    /// </summary>
    private static bool RelativeAfterCue(Sentence s, int k) =>
        s.Tokens[k].Cue == CueKind.Verb && !s.Tokens[k].Prefixed && k > 1 && s.Tokens[k - 1].Norm is "الذي" or "التي"
        && s.Tokens.FindIndex(0, k - 1, t => t.Cue == CueKind.Verb) >= 0;

    /// <summary>
    /// وأضاف المركز، “حيث توضح صور الأقمار الصناعية …: a cue after a « or “ that opens no quotation (its closing mark never
    /// comes) is among the words said, whose subject (صور) is nobody speaking.
    /// </summary>
    private static bool InOpenQuotation(Sentence s, int k)
    {
        var open = s.Text.AsSpan(0, s.Tokens[k].Start).LastIndexOfAny('«', '“');
        // (…any closing mark between, even of another kind, ends it: «التنوير الاقتصادي … مقبلة)، وقال الفكي إن)
        if (open < 0 || s.Text.AsSpan(open, s.Tokens[k].Start - open).IndexOfAny("»”)\"") >= 0) return false;
        foreach (var span in s.Spans)
            if (span.Open <= open && open <= span.Close) return false;
        return true;
    }

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
        // (وفجر حديث المسؤول اللبناني تساؤلات: a statement opening the verb's subject is a thing said, not one who says it)
        if (!NameWord(s, 1, names) || StatementNoun(tokens[1].Norm)) return null;
        var end = 1;
        // (the ال-half of a compound given name goes on the name: وجه عبد الإله بنكيران انتقادات)
        while (end + 1 < tokens.Count && end < 4 && Joined(s, tokens[end].End, tokens[end + 1].Start)
               && ((end < 3 && NameWord(s, end + 1, names)) || (tokens[end].Norm is "عبد" or "ابو" && Definite(tokens[end + 1].Norm))))
            end++;
        if (end == 1 && names.Mentions(tokens[1].Norm) < 2) return null;
        // تفاعلت جماهير كرة القدم: words in construct with an ال-word that closes no name are a thing, not a person.
        // (…but not a time word, which says when: وقدم خليفة حفتر اليوم أوراق ترشحه)
        if (end + 1 < tokens.Count && Joined(s, tokens[end].End, tokens[end + 1].Start) && Definite(tokens[end + 1].Norm)
            && !SpeakerNames.TimeWord(tokens[end + 1].Norm)
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
    /// وفي معصرة القرية، يقف الشاب محمد صوفان بانتظار دوره، ويقول …؛ وعند الظهيرة، خرجت الورفلي من المصرف. «…»، قالت: the
    /// street report's narration — a verb of no saying opening the sentence (in the present or a woman's past; any verb after
    /// a phrase of place or time set off by a comma) and a person's name after it (behind a title, a kunya, or a noun of
    /// theirs in construct before one; or an unnamed person told by what they are and an adjective: يقف رجل خمسيني), «أما» and
    /// a person or a body before the ف-verb (<see cref="AsForSomeone"/>), kin and a name set off (<see cref="KinSetOff"/>),
    /// a name the article repeats before its verb (<see cref="NameBeforeItsVerb"/>), or a name with its age
    /// (<see cref="AgedSubject"/>) — names whom the next bare cue is about. Null when the sentence does not open so.
    /// </summary>
    private static string? NarratedSubject(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (AsForSomeone(s, names) is { } turnedTo) return turnedTo;
        if (SetOffSubject(s, names, out var setOff) >= 0) return setOff;
        if (KinSetOff(s, names) is { } relative) return relative;
        if (AgeSetOff(s, names) is { } agedSetOff) return agedSetOff;
        if (KunyaOpening(s, names, out _) is { } parent) return parent;
        if (TitledOpening(s, names) is { } titled) return titled;
        if (OneOfThemNamed(s, names, out _) is { } oneOfThem) return oneOfThem;
        if (NameBeforeItsVerb(s, names) is { } named) return named;
        var v = SceneSetEnd(s);
        // المتقاعد عبد القادر سعيداني (70 عاما) يحمل قفة …، ويقول؛ الحاجة زهرة (67 عاما) تقف …: a name and the person's age
        // opening the clause (behind up to three words of what they are) is its subject.
        if (v >= 0 && AgedSubject(s, v, names) is { } aged) return aged;
        return SubjectAfterVerb(s, v, names) ?? (v >= 0 ? LaterClauseSubject(s, v, names) : null);
    }

    /// <summary>
    /// وعند الظهيرة، كانت الشمس قد ظهرت، وجلس عمي رابح على كرسي؛ في المساء، عندما أضيئت الفوانيس، جلس الحاج إبراهيم: after
    /// the scene's phrase, a clause of something else or of time, then, past its comma, a verb and a title, a kunya or a given
    /// name — the person the narration turns to (<see cref="SubjectAfterVerb"/>). Null otherwise.
    /// </summary>
    private static string? LaterClauseSubject(Sentence s, int v, SpeakerNames names)
    {
        var tokens = s.Tokens;
        for (var c = v + 1; c + 1 < tokens.Count && c <= v + 16; c++)
        {
            if (tokens[c].Cue is not null || InsideQuote(s.Spans, tokens[c].Start)) return null;
            if (!CommaBetween(s, tokens[c - 1].End, tokens[c].Start)) continue;
            var next = tokens[c + 1].Norm;
            // (a verb: in the present, a woman's past, or a past of three letters — not «among them», بينهم رامي)
            var verb = WithoutConjunction(tokens[c].Norm);
            return (NarrationVerb(verb) || FemininePast(tokens[c].Norm) || verb.Length == 3) && !Stops.Contains(verb) && !StopWords.Contains(verb)
                   && Joined(s, tokens[c].End, tokens[c + 1].Start)
                   && (SpeakerNames.IsNameTitle(next) || StreetTitle(next) || next is "ابو" or "ام" || SpeakerNames.IsFirstName(next)
                       // (…or a compound given name with عبد: ينصرف التلاميذ، ويقف عبد الرقيب عند الباب)
                       || AbdCompound(s, c + 1))
                ? SubjectAfterVerb(s, c, names)
                : null;
        }
        return null;
    }

    /// <summary>The person named right after the verb of narration at token <paramref name="v"/>, or null.</summary>
    private static string? SubjectAfterVerb(Sentence s, int v, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // (a negated verb too: ولا يبدو عبد الرحمن مقتنعا، لم يعد أبو سمير يخرج)
        if (v >= 0 && v + 3 < tokens.Count && tokens[v].Norm is "لا" or "ولا" or "لم" or "ولم" && tokens[v + 1].Norm is ['ي' or 'ت', _, _, ..]
            && Joined(s, tokens[v].End, tokens[v + 1].Start))
            v++;
        if (v < 0 || v + 2 >= tokens.Count || tokens[v].Cue is not null || InsideQuote(s.Spans, tokens[v].Start)
            || !Joined(s, tokens[v].End, tokens[v + 1].Start)) return null;
        var verb = tokens[v].Norm.Length > 4 && tokens[v].Norm[0] == 'و' ? tokens[v].Norm[1..] : tokens[v].Norm;
        // (كان after the scene's phrase: وإلى جوارها، كان عبد السلام الزنتاني)
        // (a word the article repeats may be a name, يوسف — not before a title or a kunya, which a name does not take: يجلس عم
        // بلقاسم in an article where someone else يجلس too; nor before a name set off by what person it is: يقف محمود،
        // الطالب …; يقف سيد، الخبّاز, where يقف stood twice; nor before «a man»: يقف رجل عريض المنكبين)
        // (a stop word in ي or ت is a verb all the same before a name set off by what person it is: يتعلّق سفيان، الطلّاع)
        if (((Stops.Contains(verb) || StopWords.Contains(verb)) && !(v > 0 && verb is "كان" or "كانت")
             && !(verb[0] is 'ي' or 'ت' && verb.Length >= 4 && NameSetOffByWho(s, v + 1, names)))
            || (names.Mentions(tokens[v].Norm) >= 2 && !SpeakerNames.IsNameTitle(tokens[v + 1].Norm) && !Kunya(s, v + 1, names) && !NameSetOffByWho(s, v + 1, names)
                && !UnnamedPerson(tokens[v + 1].Norm))
            || Definite(verb) || verb.Length < 3
            // (…of three letters too: يقف; after the scene's phrase any verb, وقف، كان — but not a name opening a nominal
            // clause there: وفي الساحة، عبد الله الجبوري)
            || !(verb[0] is 'ي' or 'ت' || (FemininePast(verb) && !verb.EndsWith("ات", StringComparison.Ordinal))
                 || (v > 0 && !SpeakerNames.IsFirstName(verb) && !SpeakerNames.IsRole(verb) && !SpeakerNames.IsNameTitle(verb)
                     && verb is not ("عبد" or "ابو" or "ام") && !SpeakerNames.IsOrganisation(verb)))) return null;
        var n = v + 1;
        // (past «from/with/to him» before the subject: يعمل معها البنّاء العجوز الحاج يونس؛ يشتري منه الحاج عمر)
        if (n + 2 < tokens.Count && ToHim(tokens[n].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start)) n++;
        // (kin with «his/her» and a name: إلى جانبها تقف أمها، السيدة زينب؛ يجلس ابنه محمود)
        if (NameAfterKin(s, n, names) is { } kin) return QuoteConfidence.Classify(kin, names) is SpeakerKind.Person or SpeakerKind.Named ? kin : null;
        // (behind a noun of theirs in construct, before a title or a kunya: تنتهي جلسة عم رجب، يصل دور أبو جورج)
        // (a first name there is the person's, whose family name may open with أبو: يصل سمير أبو زيد)
        if (n + 2 < tokens.Count && !Definite(tokens[n].Norm) && !SpeakerNames.IsFirstName(tokens[n].Norm) && names.Mentions(tokens[n].Norm) < 2 && tokens[n].Cue is null
            && (SpeakerNames.IsNameTitle(tokens[n + 1].Norm) && !Definite(tokens[n + 1].Norm) || Kunya(s, n + 1, names))
            && Joined(s, tokens[n].End, tokens[n + 1].Start))
            n++;
        // (an unnamed person told by what they are and an adjective in ي: يقف رجل خمسيني يتكئ على عكاز — «a man in his
        // fifties», not the verb after him)
        if (!Definite(tokens[n].Norm) && TradeNoun(tokens[n].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start) && DescribingAdjective(s, n + 1))
            return s.Text[tokens[n].Start..tokens[n + 1].End];
        // (…or a man or a woman however described after: يقف رجل عريض المنكبين، تجلس امرأة في منتصف الثلاثينيات — no name is
        // given yet, the story will give it; «a man» is no object of the verb, which would take رجلا)
        if (UnnamedPerson(tokens[n].Norm)) return s.Text[tokens[n].Start..tokens[n].End];
        // (behind a title of age or of pilgrimage: يقف الحاج عبد الراضي حسانين)
        // (…or a role, kin or a trade with ال before a name: يقف الشاب محمد صوفان، تعمل الممرضة سماح النجار، تتسلق الحفيدة
        // لين، يجلس البائع مصطفى — not a head of what an ال-word names, رئيس البلدية, read below)
        var titled = (SpeakerNames.IsNameTitle(tokens[n].Norm)
                      || ((SpeakerNames.IsRole(tokens[n].Norm) || KinNoun(tokens[n].Norm) || TradeNoun(tokens[n].Norm.Length > 4 ? tokens[n].Norm[2..] : tokens[n].Norm))
                          && Definite(tokens[n].Norm) && !Definite(tokens[n + 1].Norm) && IsNamePart(s, n + 1, names)
                          // (not what the verb does something to: ولا يخفي الحرفي قلقه)
                          && !ThingOfTheirs(s, n + 1)))
                     && n + 1 < tokens.Count && Joined(s, tokens[n].End, tokens[n + 1].Start);
        if (titled) n++;
        // (…or kin with ال and no name after: تنظر الجدة إلى أحفادها وتقول — the grandmother, as «وقالت الجدة» would print her)
        else if (tokens[n].Norm.StartsWith("ال", StringComparison.Ordinal) && KinNoun(tokens[n].Norm) && !IsNamePart(s, n + 1, names)) return s.Text[tokens[n].Start..tokens[n].End];
        // (…or another role phrase and the name it ends with)
        else if (SpeakerNames.IsRole(tokens[n].Norm))
            return RoleLed(s, n, names) is { } person && QuoteConfidence.Classify(person, names) is SpeakerKind.Person or SpeakerKind.Named ? person : null;
        // (not what a verb of calling names in marks: تسميها «استراحة الخمس دقائق» — a person's nickname in marks is the
        // person, يقف «عم سيد»)
        if (InsideQuote(s.Spans, tokens[n].Start) && verb.Length >= 4 && verb[1..] is var called
            && (called.StartsWith("سمي", StringComparison.Ordinal) || called.StartsWith("لقب", StringComparison.Ordinal))) return null;
        // (a kunya, whatever word calls the parent: تجلس أم طوني، المرأة السبعينية)
        if (!titled && Kunya(s, n, names)) return s.Text[tokens[n].Start..tokens[n + 1].End];
        // (a person told by what they are and where from, both with ال: تجلس السائحة الفرنسية، إيلين، في مؤخرة المركب — not a
        // name, الهادي الجندوبي, whose first word is a given name)
        if (!titled && n + 1 < tokens.Count && Definite(tokens[n].Norm) && PersonNoun(tokens[n].Norm) && !SpeakerNames.IsFirstName(tokens[n].Norm) && !names.IsFamilyName(tokens[n].Norm)
            && tokens[n + 1].Norm.StartsWith("ال", StringComparison.Ordinal) && SpeakerNames.Nisba(tokens[n + 1].Norm[2..])
            && !names.IsFamilyName(tokens[n + 1].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start))
        {
            // (…or, when a given name follows, that name, read as below: كان الطالب الجامعي عثمان عبد الله يراجع)
            if (!(n + 2 < tokens.Count && SpeakerNames.IsFirstName(tokens[n + 2].Norm) && Joined(s, tokens[n + 1].End, tokens[n + 2].Start)))
                return s.Text[tokens[n].Start..tokens[n + 1].End];
            n += 2;
        }
        // (a title alone, what the verb takes after it: يصب الشيخ القهوة، يصعد الحاج إلى السطح — the one person the article
        // names behind that title)
        if (titled && Definite(tokens[n - 1].Norm) && SpeakerNames.IsNameTitle(tokens[n - 1].Norm) && !IsNamePart(s, n, names) && !TitledAlName(s, n, names))
            return names.OnlyTitled(tokens[n - 1].Norm);
        // (a name that reads like a present verb, ياسين, only when the article uses it again)
        // (nor talk itself: لكن خلف الزغاريد، يدور حديث آخر)
        // (…but an ال-family name the article gives after a given name and after a verb of saying is one: وضع العطاس حجرا)
        // (…and so is a given name written with ال the article calls someone by again: خرج الهادي يحمل آخر سلة)
        var givenAl = !titled && Definite(tokens[n].Norm) && SpeakerNames.GivenName(tokens[n].Norm) && names.Mentions(tokens[n].Norm) >= 2;
        var familyAlone = !titled && Definite(tokens[n].Norm) && names.IsFamilyName(tokens[n].Norm) || givenAl;
        if ((!IsNamePart(s, n, names) && !(titled && TitledAlName(s, n, names)) && !familyAlone) || SpeakerNames.IsBodyWord(tokens[n].Norm) || tokens[n].Norm.Length < 3 || SpeakerNames.IsPlace(tokens[n].Norm)
            || StatementNoun(tokens[n].Norm)
            // (…not after a title: يقف الدكتور نوري الفيتوري)
            || (VerbForm(tokens[n].Norm) && !titled && names.Mentions(tokens[n].Norm) < 2
                && !(n + 1 < tokens.Count && PersonNoun(tokens[n + 1].Norm) && CommaBetween(s, tokens[n].End, tokens[n + 1].Start)))) return null;
        // (up to three words, and not on into where the person stands or what they wait for: محمد صوفان بانتظار دوره; nor
        // past a name the article uses again into a word it uses here only: يلملم عيد سلالمه after «عبد الرحمن عيد»)
        var end = n;
        // (…over a compound given name: عبد السلام الزنتاني)
        var compound = tokens[n].Norm is "عبد" && n + 1 < tokens.Count && Joined(s, tokens[n].End, tokens[n + 1].Start)
                       && (Definite(tokens[n + 1].Norm) || IsNamePart(s, n + 1, names));
        // (the street's «uncle» and «auntie» go before a given name alone: يطفئ عم سيد الفحم، تراقب خالتي زهرة الاحتفالات)
        var streetTitled = titled && StreetTitle(tokens[n - 1].Norm);
        for (var last = compound ? Math.Max(n + 1, NameEnd(s, n + 1, names)) : streetTitled ? n : NameEnd(s, n, names); end < last && end - n < 2
             // (…nor on into a ب-word, where the person is: يجلس محمد بجانب — unless it closes the name set off before what
             // person it is: يشرف مراد بوزيد، المصدّر)
             && !(tokens[end + 1].Norm is ['ب', _, _, _, ..] && !SpeakerNames.IsFirstName(tokens[end + 1].Norm) && !NameSetOffByWho(s, end + 1, names))
             && !(end == n && names.Mentions(tokens[n].Norm) >= 2 && names.Mentions(tokens[n + 1].Norm) < 2)
             // (…nor past a compound given name the article uses again: تعلم عبد الإله المهنة)
             && !(compound && end == n + 1 && names.Mentions(tokens[n + 1].Norm) >= 2 && names.Mentions(tokens[n + 2].Norm) < 2)
             // (a kunya is two words: يطفئ أبو محمد المصباح)
             && !(end == n + 1 && tokens[n].Norm is "ابو" or "ام")
             // (nor on into what the person does next, a present verb behind و, or a thing of theirs written with «his»: يخرج
             // محمد هاتفه ويعرض صورة، يلف صالح خرطومه)
             && !DeedBehindWaw(tokens[end + 1].Norm, names)
             // (…nor past an ال-family name into the present verb after it: جلس الحاج الهادي الجندوبي يراقب النيران)
             && !(end > n && Definite(tokens[end].Norm) && NarrationVerb(tokens[end + 1].Norm) && !SpeakerNames.IsFirstName(tokens[end + 1].Norm))
             && !ThingOfTheirs(s, end + 1)
             // (…nor into where they sit: يجلس الأسطى عادل خلف المقود — خلف is a name too, but not before a thing with ال)
             && !PlaceBeforeThing(s, end + 1, names);)
            end++;
        // A person, not what rose or fell (تضاعفت أسعار الأسمدة): a title, a common given name or a kunya first; or a last
        // word without ال the article uses again (يقف محند آيت قاسي … آيت قاسي; يلملم عيد), or an ال-family name alone (خرجت
        // الورفلي).
        if (!titled && !compound && !givenAl && !SpeakerNames.IsFirstName(tokens[n].Norm) && tokens[n].Norm is not ("ابو" or "ام") && !AgeAfter(s, end)
            // (…or set off before «he/she is»: يقف محند آيت قاسي، وهو فلاح)
            && !(end + 1 < tokens.Count && tokens[end + 1].Norm is "وهو" or "وهي" && CommaBetween(s, tokens[end].End, tokens[end + 1].Start))
            // (…or before what person they are: تصعد نادية، مدرسة متقاعدة، إلى العربة)
            && !(end + 1 < tokens.Count && PersonNoun(tokens[end + 1].Norm) && CommaBetween(s, tokens[end].End, tokens[end + 1].Start))
            && !(end == n && NameSetOffByWho(s, n, names))
            && !(names.Mentions(tokens[end].Norm) >= 2 && !Definite(tokens[end].Norm))
            && !(end == n && names.Mentions(tokens[n].Norm) >= 2 && names.IsFamilyName(tokens[n].Norm)))
            return null;
        // (one word written with «his», what the verb does something to, is no name however often the article says it:
        // يرتق شباكه … يلملم شباكه ويقول)
        if (end == n && !titled && ThingOfTheirs(s, n)) return null;
        var name = BestName(s, n, end, names);
        return QuoteConfidence.Classify(name, names) is SpeakerKind.Person or SpeakerKind.Named ? name : null;
    }

    /// <summary>
    /// زوجته، أم عمار، أقل حماسا؛ حفيده، صالح، في الثالثة عشرة، يبيع؛ ابن أخيه، سليم، طالب: kin with «his/her» (or in
    /// construct, ابن أخيه، والدة يزن; with «elder/younger») opening the sentence, then set off by commas a kunya or a name (behind a
    /// title at most) — the person the story turns to, whatever the sentence says of them next. Null otherwise.
    /// </summary>
    private static string? KinSetOff(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // (…or kin in construct with the name of whom they are kin: والدة يزن، أم يزن، لا تخفي قلقها)
        var ofNamed = tokens.Count > 4 && KinNoun(tokens[0].Norm) && !tokens[0].Norm.StartsWith("ال", StringComparison.Ordinal) && !KinWithPronoun(s, 0) && Joined(s, tokens[0].End, tokens[1].Start)
                      && IsNamePart(s, 1, names) && !Definite(tokens[1].Norm) && CommaBetween(s, tokens[1].End, tokens[2].Start);
        if (tokens.Count < 4 || !(KinWithPronoun(s, 0) || KinConstruct(s, 0) || ofNamed) || InsideQuote(s.Spans, tokens[0].Start)) return null;
        var n = KinConstruct(s, 0) || ofNamed ? 2 : 1;
        if (n + 1 < tokens.Count && KinAdjective(tokens[n].Norm) && Joined(s, tokens[n - 1].End, tokens[n].Start)) n++;
        // (…and where they are kin: زميلتها في المقهى، ريم)
        if (n + 2 < tokens.Count && tokens[n].Norm == "في" && Joined(s, tokens[n - 1].End, tokens[n].Start))
            for (var m = n + 1; m < n + 3 && m + 1 < tokens.Count; m++)
                if (CommaBetween(s, tokens[m].End, tokens[m + 1].Start)) { n = m + 1; break; }
                else if (!Joined(s, tokens[m].End, tokens[m + 1].Start)) break;
        if (n + 2 >= tokens.Count || !CommaBetween(s, tokens[n - 1].End, tokens[n].Start)) return null;
        if (Definite(tokens[n].Norm) && SpeakerNames.IsNameTitle(tokens[n].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start)) n++;
        var kunya = Kunya(s, n, names);
        if (!kunya && (!IsNamePart(s, n, names) || tokens[n].Cue is not null || SpeakerNames.IsPlace(tokens[n].Norm) || SpeakerNames.IsBodyWord(tokens[n].Norm)))
            return null;
        var end = kunya ? n + 1 : NameEnd(s, n, names);
        if (end - n > 3 || end + 1 >= tokens.Count) return null;
        // (closed by a comma, or by the age in brackets: حفيده، صالح (13 عاما))
        var gap = s.Text.AsSpan(tokens[end].End, tokens[end + 1].Start - tokens[end].End).Trim();
        if (gap is not ("،" or "," or "(")) return null;
        if (kunya) return s.Text[tokens[n].Start..tokens[end].End];
        var person = BestName(s, n, end, names);
        return QuoteConfidence.Classify(person, names) is SpeakerKind.Person or SpeakerKind.Named ? person : null;
    }

    /// <summary>
    /// خمسيني، عشرينية، مغربي: an adjective of age or origin in ي (or يه), no ال, no verb form, no cue, at token
    /// <paramref name="j"/> — what tells an unnamed person apart (رجل خمسيني), never a name nor what they do.
    /// </summary>
    private static bool DescribingAdjective(Sentence s, int j) =>
        s.Tokens[j].Norm is { Length: > 3 } adjective && (adjective[^1] == 'ي' || adjective.EndsWith("يه", StringComparison.Ordinal))
        // (a decade of age whatever its form: ستيني reads like a future verb, ستـ)
        && (!VerbForm(adjective) || AgeDescription("ال" + adjective) is not null) && !Definite(adjective) && s.Tokens[j].Cue is null;

    /// <summary>
    /// ويعرض، ويخرج: a present verb behind و after a name — what the person does next, never more of the name. Not a given
    /// name, a word the article repeats, nor a verbal noun of the form تفعيل (وتشغيل، وتطوير, in a body's name).
    /// </summary>
    private static bool DeedBehindWaw(string norm, SpeakerNames names) =>
        norm is ['و', 'ي' or 'ت', _, _, ..] && !SpeakerNames.IsFirstName(norm) && names.Mentions(norm) < 2
        && !(norm.Length == 6 && norm[1] == 'ت' && norm[4] == 'ي');

    /// <summary>
    /// خرطومه، قلقه، هاتفه: a word written with «his» (ه after a letter other than ي or ا, as typed — not a ة; no ال, which
    /// «his» never takes: الله) that is no given name (عبده): a thing of the person's, what the narration's verb does something
    /// to, never more of their name.
    /// </summary>
    private static bool ThingOfTheirs(Sentence s, int j) =>
        s.Tokens[j].Norm.Length >= 4 && s.Text[s.Tokens[j].End - 1] == 'ه' && s.Tokens[j].Norm[^2] is not ('ي' or 'ا') && !Definite(s.Tokens[j].Norm)
        && !SpeakerNames.IsFirstName(s.Tokens[j].Norm) && s.Tokens[j].Norm is not "عبده";

    /// <summary>
    /// لكن عبد الرحيم لا يصدق الوعود كثيرا؛ نادية تضحك: a name the article uses again opening the sentence (behind لكن at
    /// most), then a present verb that is no cue, behind a negation or قد at most — the nominal sentence of a street report
    /// naming whom the next bare cue is about. Null otherwise.
    /// </summary>
    private static string? NameBeforeItsVerb(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var n = tokens.Count > 0 && tokens[0].Norm is "لكن" or "ولكن" ? 1 : 0;
        // (the shape first, which costs nothing; the name reader, asked of every sentence, last)
        if (n + 2 >= tokens.Count || tokens[n].Norm.Length < 3 || VerbForm(tokens[n].Norm)) return null;
        // (the name as the article goes on using it: one word, or a compound given name)
        var end = tokens[n].Norm is "عبد" && Definite(tokens[n + 1].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start) ? n + 1 : n;
        if (names.Mentions(tokens[end].Norm) < 2 || end + 2 >= tokens.Count || !Joined(s, tokens[end].End, tokens[end + 1].Start)) return null;
        var v = end + 1;
        if (tokens[v].Norm is "لا" or "لم" or "لن" or "قد" or "ما" && Joined(s, tokens[v].End, tokens[v + 1].Start)) v++;
        var verb = tokens[v].Norm;
        if (tokens[v].Cue is not null || !VerbForm(verb) || names.Mentions(verb) >= 2 || InsideQuote(s.Spans, tokens[v].Start)
            || InsideQuote(s.Spans, tokens[n].Start) || !IsNamePart(s, n, names) || SpeakerNames.IsPlace(tokens[n].Norm) || SpeakerNames.IsBodyWord(tokens[n].Norm))
            return null;
        var name = s.Text[tokens[n].Start..tokens[end].End];
        return QuoteConfidence.Classify(name, names) is SpeakerKind.Person or SpeakerKind.Named ? name : null;
    }

    /// <summary>
    /// أمينة، تلميذة في السنة الخامسة، تريد أن …؛ حفيده سالم، الذي يدرس الهندسة، يقضي …؛ والدتها، أم ليان، تقول إن: a sentence
    /// that opens with a person — a common given name, a kunya, a title or kin (with «his/her», or in construct before it:
    /// ابنة عمه) and a name, its age in brackets — then, set off by commas, what they are (up to twelve words, no cue), then
    /// the verb: that person is the verb's subject, as the nominal sentences of street reports put it. Returns the verb's
    /// index and the person, or -1. (Kin or a role set off before the name is the same person, and no description follows:
    /// والدتها، أم ليان، تقول؛ صاحب المقهى، الحاج عبده، يؤكد; so is a trade with ال right before it: البائع سيد عبد العال، …؛
    /// never the name that kin is «of»: والدة وائل.)
    /// </summary>
    private static int SetOffSubject(Sentence s, SpeakerNames names, out string? person)
    {
        person = null;
        var tokens = s.Tokens;
        if (tokens.Count < 4 || InsideQuote(s.Spans, tokens[0].Start)) return -1;
        // (cheaply first: the person — kin, a title, a name of up to four words, an age — is set off within its first eight
        // words, or the sentence is of another shape)
        var comma = s.Text.AsSpan(0, tokens[Math.Min(8, tokens.Count - 1)].Start).IndexOfAny('،', ',');
        if (comma < 0) return -1;
        // (a role set off before the name may come behind لكن: لكن رئيس الوفد الأوكراني، ميكولا بوندارينكو، وصف)
        var o = tokens[0].Norm is "لكن" or "ولكن" && tokens.Count > 5 && Joined(s, tokens[0].End, tokens[1].Start) ? 1 : 0;
        var n = 0;
        var introduced = false;
        if (o > 0 && !(SpeakerNames.IsRole(tokens[1].Norm) && !Definite(tokens[1].Norm))) return -1;
        if (o == 0 && (KinWithPronoun(s, 0) || KinConstruct(s, 0)))
        {
            introduced = true;
            n = KinConstruct(s, 0) ? 2 : 1;
            // (…and its adjective: ابنها الصغير علي)
            if (n + 1 < tokens.Count && KinAdjective(tokens[n].Norm) && Joined(s, tokens[n - 1].End, tokens[n].Start)) n++;
            if (n >= tokens.Count || !(Joined(s, tokens[n - 1].End, tokens[n].Start) || CommaBetween(s, tokens[n - 1].End, tokens[n].Start))) return -1;
        }
        // (…or what person they are before the name: a trade with ال right before it, البائع سيد عبد العال، …، يؤكد; or a role's
        // phrase of up to three words set off before it, صاحب المقهى، الحاج عبده، يؤكد)
        // (…or with «its»: مؤسسه، الشاب علي الساعدي، يقول)
        else if ((PersonNoun(tokens[o].Norm) || RoleOfSomeone(tokens[o].Norm)) && !Kunya(s, o, names))
        {
            // (…past up to two adjectives of origin: المهندسة الهندية بريا مينون، التي تسكن …، كانت)
            var origin = o + 1;
            while (Definite(tokens[o].Norm) && origin < o + 3 && origin + 1 < tokens.Count && Definite(tokens[origin].Norm)
                   && SpeakerNames.Nisba(tokens[origin].Norm[2..]) && Joined(s, tokens[origin - 1].End, tokens[origin].Start)) origin++;
            if (Definite(tokens[o].Norm) && Joined(s, tokens[origin - 1].End, tokens[origin].Start) && !Definite(tokens[origin].Norm)) (n, introduced) = (origin, true);
            // (…or a role in construct before its ال-word, then the name: قائدة الفريق رهف، ابنة السادسة عشرة، تتحدث)
            else if (o + 3 < tokens.Count && !Definite(tokens[o].Norm) && SpeakerNames.IsRole(tokens[o].Norm) && Definite(tokens[o + 1].Norm)
                     && !Definite(tokens[o + 2].Norm) && IsNamePart(s, o + 2, names) && SpeakerNames.IsFirstName(tokens[o + 2].Norm)
                     && Joined(s, tokens[o].End, tokens[o + 1].Start) && Joined(s, tokens[o + 1].End, tokens[o + 2].Start))
                (n, introduced) = (o + 2, true);
            else
                for (var m = o + 1; m <= o + 3 && m < tokens.Count; m++)
                {
                    if (CommaBetween(s, tokens[m - 1].End, tokens[m].Start)) { (n, introduced) = (m, true); break; }
                    if (!Joined(s, tokens[m - 1].End, tokens[m].Start) || tokens[m].Cue is not null) break;
                }
        }
        if (o > 0 && !introduced) return -1;
        // (kin or a role set off before the name — والدتها، أم ليان، تقول — is what the person is: no description follows)
        var setOffBefore = n > 0 && CommaBetween(s, tokens[n - 1].End, tokens[n].Start);
        var titled = false;
        while (n + 1 < tokens.Count && n < 6 && SpeakerNames.IsNameTitle(tokens[n].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start))
            (n, introduced, titled) = (n + 1, true, true);
        // (…also what person they are with ال, after a role set off: مؤسسه، الشاب علي الساعدي، يقول)
        if (setOffBefore && !titled && n + 1 < tokens.Count && Definite(tokens[n].Norm) && PersonNoun(tokens[n].Norm) && !Definite(tokens[n + 1].Norm)
            && IsNamePart(s, n + 1, names)
            && Joined(s, tokens[n].End, tokens[n + 1].Start))
            n++;
        if (n + 1 >= tokens.Count) return -1;
        var kunya = Kunya(s, n, names);
        // (after a title any name word, also one that reads as a noun with «his»: الحاج عبده)
        var named = kunya || IsNamePart(s, n, names)
                    || (titled && names.IsNameLike(tokens[n].Norm) && !Stops.Contains(tokens[n].Norm) && !StopWords.Contains(tokens[n].Norm))
                    || (titled && TitledAlName(s, n, names));
        if (!named || tokens[n].Cue is not null || SpeakerNames.IsPlace(tokens[n].Norm)
            || SpeakerNames.IsBodyWord(tokens[n].Norm)) return -1;
        // (not a name kin is «of»: والدة وائل، التي فقدت ابنها، قالت — the mother speaks, not Wael; kin «with his/her» as written
        // is the person: ابنه محمد)
        // (…but kin with ال is the person, the name in apposition: الابن خليل، الذي غادر حمص طفلا، يرى)
        if (n > 0 && KinNoun(tokens[n - 1].Norm) && !KinWithPronoun(s, n - 1) && !tokens[n - 1].Norm.StartsWith("ال", StringComparison.Ordinal) && Joined(s, tokens[n - 1].End, tokens[n].Start)) return -1;
        // (…over a compound given name and the family name after it: صاحب المخبز، الحاج عبد الفتاح الشرقاوي، يجلس)
        var compound = !kunya && tokens[n].Norm is "عبد" && n + 2 < tokens.Count && Definite(tokens[n + 1].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start);
        var end = kunya || compound ? Math.Max(n + 1, NameEnd(s, n + 1, names)) : NameEnd(s, n, names);
        if (end - n > 3 || end + 2 >= tokens.Count) return -1;
        // (a name the lists do not know — عبّود، ليان الخطيب — when what is set off after it says what person it is: طالب جامعي،
        // أرملة، شقيق أحد الضحايا; a lone word with ال, mostly a place or a thing, is no name part: السوق، …)
        var known = introduced || kunya || compound || SpeakerNames.IsFirstName(tokens[n].Norm);
        // (its age in brackets: علي (12 عاما)،)
        var closed = end;
        if (AgeAfter(s, end) && end + 3 < tokens.Count) closed = end + 2;
        var gap = s.Text.AsSpan(tokens[closed].End, tokens[closed + 1].Start - tokens[closed].End).Trim().TrimStart(')').Trim();
        if (gap is not ("،" or ",")) return -1;
        if (!known && !PersonNoun(tokens[closed + 1].Norm)) return -1;
        // What they are, up to the next comma (none for kin or a role set off before the name — but a relative clause about
        // them: سائق الحافلة، أبو عمر، الذي ينقل العائدين …، يقول).
        var c = closed + 1;
        var relative = tokens[c].Norm is "الذي" or "التي";
        if (!setOffBefore || relative || tokens[c].Norm is "وهو" or "وهي")
        {
            for (; c < tokens.Count && c <= closed + 13; c++)
            {
                if (c > closed + 1 && CommaPastMark(s, tokens[c - 1].End, tokens[c].Start)) break;
                // (a cue is no description — but a trade that reads as one may open it: طالب جامعي; and «moving» in a relative
                // clause moves people: الذي ينقل العائدين)
                if ((tokens[c].Cue is not null && !(c == closed + 1 && PersonNoun(tokens[c].Norm)) && !(relative && Relays(tokens[c].Norm)))
                    || HasStop(s.Text, tokens[c - 1].End, tokens[c].Start))
                    return -1;
            }
            if (c >= tokens.Count || c > closed + 13 || !CommaPastMark(s, tokens[c - 1].End, tokens[c].Start)) return -1;
        }
        // The verb: a present one (يقضي، تريد), a past one of three letters or in ت (نجا، تلقى), or كان — behind a negation at
        // most (الحاج رمضان، موظف متقاعد …، لم يعد يقوى على الوقوف).
        if (c + 1 < tokens.Count && tokens[c].Norm is "لا" or "لم" or "لن" && tokens[c + 1].Norm is ['ي' or 'ت', _, _, ..]
            && Joined(s, tokens[c].End, tokens[c + 1].Start)) c++;
        var verb = tokens[c].Norm;
        if (InsideQuote(s.Spans, tokens[c].Start) || Definite(verb)
            || (tokens[c].Cue != CueKind.Verb && verb is not ("كان" or "كانت") && (Stops.Contains(verb) || StopWords.Contains(verb)))
            || !(verb[0] is 'ي' or 'ت' || verb.Length == 3 || FemininePast(verb) || verb is "كان" or "كانت" || DoubledPast(verb))
            // (a word the article repeats may be a name — but not one that reads as a verb after a person named behind a title
            // or what they are: صاحب المخبز، الحاج عبد الفتاح الشرقاوي، يجلس, where someone else يجلس too)
            || (IsNamePart(s, c, names) && names.Mentions(verb) >= 2 && !(introduced && SpeakerNames.PresentVerbLike(verb)))) return -1;
        var name = BestName(s, n, end, names);
        if (QuoteConfidence.Classify(name, names) is not (SpeakerKind.Person or SpeakerKind.Named) && !(introduced || kunya || !known)) return -1;
        person = name;
        return c;
    }

    /// <summary>
    /// هزّ، مدّ، ظلّ: a past verb whose last letter is doubled, two letters unvowelled — of a gesture or of going on, as a
    /// street report's person does before speaking (بوعلام، الذي سمع الحديث، هز رأسه وقال).
    /// </summary>
    private static bool DoubledPast(string norm) =>
        norm is "هز" or "مد" or "شد" or "ظل" or "لف" or "ضم" or "دق" or "حك" or "عض" or "شم";

    /// <summary>
    /// طالب، أرملة، شقيق، أحد: a word that says what person someone is (a role, a trade, kin, «one of»), opening what is set off
    /// after a name.
    /// </summary>
    private static bool PersonNoun(string norm) =>
        SpeakerNames.IsRole(norm) || KinNoun(norm) || TradeNoun(norm.Length > 4 && norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm);

    /// <summary>شقيق، والدة، ابن، جار: kin (or a neighbour or friend) of whoever is named after it (normalised, with or without ال).</summary>
    private static bool KinNoun(string norm) =>
        (norm.Length > 4 && norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm)
            is "شقيق" or "شقيقه" or "ابن" or "ابنه" or "بنت" or "زوج" or "زوجه" or "والد" or "والده" or "ام" or "اب" or "جد" or "جده"
            or "حفيد" or "حفيده" or "جار" or "جاره" or "صديق" or "صديقه";

    /// <summary>طالب، أرملة، بائع، صاحب، أحد: a trade, a station in life or «one of» (normalised, without ال).</summary>
    private static bool TradeNoun(string norm) =>
        norm is "طالب" or "طالبه" or "تلميذ" or "تلميذه" or "ارمله" or "ربه" or "شاب" or "شابه" or "رجل" or "امراه" or "سيده" or "فتاه"
            or "فتي" or "طفل" or "طفله" or "بائع" or "بائعه" or "صياد" or "سائق" or "عامل" or "عامله" or "معلم" or "معلمه" or "مهندس"
            or "مهندسه" or "طبيب" or "طبيبه" or "ممرض" or "ممرضه" or "متقاعد" or "متقاعده" or "لاجئ" or "لاجئه" or "نازح" or "نازحه"
            or "مناصر" or "مشجع" or "حرفي" or "تاجر" or "خياط" or "نجار" or "حداد" or "فلاح" or "راعي" or "مدرس" or "مدرسه" or "استاذ"
            or "استاذه" or "مواطن" or "مواطنه" or "احد" or "احدي" or "موظف" or "موظفه" or "صاحب" or "صاحبه" or "مزارع" or "مزارعه"
            or "خريج" or "خريجه" or "عاطل" or "سمسار" or "جزار" or "خباز" or "حلاق" or "مقاول" or "صيدلي" or "صيدلانيه"
            // (…and who someone is to a place or a trip: الراكبة نادية، زبون، زائرة، سائح، مسافر; and their age: مسن، عجوز، صبي)
            or "راكب" or "راكبه" or "زبون" or "زبونه" or "زائر" or "زائره" or "سائح" or "سائحه" or "مسافر" or "مسافره" or "مسن" or "مسنه"
            or "عجوز" or "صبي" or "صبيه";

    /// <summary>
    /// تشعل آمنة فانوسا صغيرا وتقول؛ في المساء، تجلس الزهرة على عتبة البيت …، وتقول؛ زوجته، حورية، تنزل من السيارة وتقول: the
    /// person a street report's clause opens with — its present verb then a name (past a scene's phrase and a clause of time:
    /// وعند المساء، حين تنقطع الكهرباء، تشعل آمنة), or a person set off from what they are before the verb — is the subject of
    /// the و-verb of saying at <paramref name="k"/> that has nobody after it, when the two verbs agree (تشعل … وتقول, يجلس …
    /// ويقول) and no other cue stands between. Null otherwise.
    /// </summary>
    private static string? NarratedDoer(Sentence s, int k, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var cue = WithoutConjunction(tokens[k].Norm);
        if (SetOffSubject(s, names, out var setOff) is var set and >= 0 && set < k && SameGender(tokens[set].Norm, cue) && !CueBetween(s, set, k))
            return setOff;
        if (KunyaOpening(s, names, out var kunyaVerb) is { } parent && kunyaVerb < k && SameGender(tokens[kunyaVerb].Norm, cue) && !CueBetween(s, kunyaVerb, k))
            return parent;
        var v = SceneSetEnd(s);
        if (v < 0) return null;
        // (…past a clause of time: حين تنقطع الكهرباء، بينما …، عندما …)
        if (v + 1 < tokens.Count && tokens[v].Norm is "حين" or "عندما" or "بينما" or "لما" or "فيما")
        {
            var m = v + 1;
            while (m < k && m <= v + 8 && !CommaBetween(s, tokens[m - 1].End, tokens[m].Start)) m++;
            if (m >= k || m > v + 8) return null;
            v = m;
        }
        var verb = tokens[v].Norm;
        if (v + 2 >= k || tokens[v].Cue is not null || tokens[v].Prefixed || verb.Length < 3 || verb[0] is not ('ي' or 'ت') || Stops.Contains(verb)
            || StopWords.Contains(verb) || names.Mentions(verb) >= 2 || !SameGender(verb, cue) || !Joined(s, tokens[v].End, tokens[v + 1].Start)
            || CueBetween(s, v, k)) return null;
        var n = v + 1;
        if (n + 2 < k && ToHim(tokens[n].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start)) n++;
        // (…or one «called» a name a few words on: تتوقف سيدة سبعينية تدعى أم إلياس)
        for (var m = n; m + 1 < k && m <= v + 4 && Joined(s, tokens[m - 1].End, tokens[m].Start); m++)
            if (tokens[m].Norm is "تدعي" or "يدعي") { n = m + 1; break; }
        var called = n > v + 1;
        var kunya = n + 1 < k && Kunya(s, n, names);
        // (a kunya is two words: يطفئ أبو محمد المصباح)
        if (kunya) return s.Text[tokens[n].Start..tokens[n + 1].End];
        var titled = false;
        while (!called && n + 1 < k && n - v <= 2 && SpeakerNames.IsNameTitle(tokens[n].Norm) && Joined(s, tokens[n].End, tokens[n + 1].Start))
            (n, titled) = (n + 1, true);
        if (!IsNamePart(s, n, names) || SpeakerNames.IsBodyWord(tokens[n].Norm) || SpeakerNames.IsPlace(tokens[n].Norm)) return null;
        // (…nor where a title's holder stands, behind their thing: يقف كابتن خلف عربته — خلف is a name too)
        if (PlacePreposition(tokens[n].Norm) && n + 1 < k && (ThingOfTheirs(s, n + 1) || Definite(tokens[n + 1].Norm))) return null;
        var end = NameEnd(s, n, names);
        // (the street's «uncle» before a given name alone; and never on into a ب-word, what the verb moves: يلوّح عم رجب بحبة
        // طماطم ويضحك)
        if (titled && StreetTitle(tokens[n - 1].Norm)) end = n;
        // (…nor into a thing of theirs, written with «his»: يطوي الحاج علي شباكه ويغطيها)
        for (var m = n + 1; m <= end && m < tokens.Count; m++)
            if ((tokens[m].Norm is ['ب', _, _, _, ..] && !SpeakerNames.IsFirstName(tokens[m].Norm)) || ThingOfTheirs(s, m)) { end = m - 1; break; }
        if (end >= k || end - n > 3) return null;
        // (kin of someone, then the name set off: يحتضن والد الطفل، محمود العمري، ابنه — the name is the one printed)
        if (PersonNoun(tokens[n].Norm) && end + 2 < k && CommaBetween(s, tokens[end].End, tokens[end + 1].Start) && IsNamePart(s, end + 1, names)
            && NameEnd(s, end + 1, names) is var setOffEnd && setOffEnd + 1 < k && CommaBetween(s, tokens[setOffEnd].End, tokens[setOffEnd + 1].Start))
            return BestName(s, end + 1, setOffEnd, names);
        // A person, not what the verb moves or what rose (يرفع رأسه، تُخرج صورة عرس، تنقطع الكهرباء): a kunya, a title, «called», a
        // common given name, a name the article gives again, an age in brackets, or what person they are set off after it.
        if (!(titled || called || SpeakerNames.IsFirstName(tokens[n].Norm) || names.Mentions(tokens[end].Norm) >= 2 || AgeAfter(s, end)
              || (end + 1 < k && PersonNoun(tokens[end + 1].Norm) && CommaBetween(s, tokens[end].End, tokens[end + 1].Start))))
            return null;
        return BestName(s, n, end, names);
    }

    /// <summary>
    /// محمود، الطالب؛ سيد، الخبّاز: a one-word name without ال at <paramref name="j"/>, set off by a comma before a word with ال
    /// or what person it is — someone the narration names, so the word before it is a verb even where the article repeats it.
    /// </summary>
    private static bool NameSetOffByWho(Sentence s, int j, SpeakerNames names) => SetOffBeforeWho(s, j) && IsNamePart(s, j, names);

    /// <summary>
    /// The word at <paramref name="j"/>, without ال and no cue, is set off by a comma before a word with ال or what person it
    /// is — the shape of <see cref="NameSetOffByWho"/>, read where the article's names are not at hand (<see cref="SceneSetEnd"/>).
    /// </summary>
    private static bool SetOffBeforeWho(Sentence s, int j) =>
        j + 1 < s.Tokens.Count && !Definite(s.Tokens[j].Norm) && s.Tokens[j].Cue is null
        && CommaBetween(s, s.Tokens[j].End, s.Tokens[j + 1].Start) && (Definite(s.Tokens[j + 1].Norm) || PersonNoun(s.Tokens[j + 1].Norm));

    /// <summary>
    /// الحاج العربي، الشيخ الطاهر: after a title, an ال-word of five letters or more that is no role, place, body, time or stop
    /// word, set off by a comma or given again by the article — the Maghreb's given names that read as adjectives (العربي،
    /// المختار), which the lists leave out.
    /// </summary>
    private static bool TitledAlName(Sentence s, int j, SpeakerNames names) =>
        j > 0 && SpeakerNames.IsNameTitle(s.Tokens[j - 1].Norm) && s.Tokens[j].Norm is { Length: >= 5 } word && Definite(word)
        && !SpeakerNames.IsRole(word) && !SpeakerNames.IsPlace(word) && !SpeakerNames.IsBodyWord(word) && !SpeakerNames.TimeWord(word)
        && !Stops.Contains(word) && !StopWords.Contains(word) && s.Tokens[j].Cue is null
        && ((j + 1 < s.Tokens.Count && CommaBetween(s, s.Tokens[j].End, s.Tokens[j + 1].Start)) || names.Mentions(word) >= 2);

    /// <summary>Two verbs of the same person agree: both feminine (تقول، تجلس، قالت; <see cref="Feminine"/>) or both not.</summary>
    private static bool SameGender(string verb, string other) => Feminine(verb) == Feminine(other);

    /// <summary>
    /// أم سامر تدير المطبخ الخلفي؛ زوجها أبو محمود يوقف عمله: a kunya opening the sentence (behind kin with «his/her») right
    /// before a present verb is its subject; the verb's index in <paramref name="verb"/>. Null otherwise.
    /// </summary>
    private static string? KunyaOpening(Sentence s, SpeakerNames names, out int verb)
    {
        var tokens = s.Tokens;
        verb = -1;
        var n = tokens.Count > 1 && KinWithPronoun(s, 0) && Joined(s, tokens[0].End, tokens[1].Start) ? 1 : 0;
        var v = n + 2;
        if (v >= tokens.Count || !Kunya(s, n, names) || tokens[v].Cue is not null || tokens[v].Norm is not ['ي' or 'ت', _, _, ..]
            || Stops.Contains(tokens[v].Norm) || StopWords.Contains(tokens[v].Norm) || names.Mentions(tokens[v].Norm) >= 2
            || SpeakerNames.IsFirstName(tokens[v].Norm) || !Joined(s, tokens[n + 1].End, tokens[v].Start)) return null;
        verb = v;
        return s.Text[tokens[n].Start..tokens[n + 1].End];
    }

    /// <summary>
    /// الحاج نعيم يغطي بسطته، عم فتحي يرتب الساعات: a title of age or pilgrimage (or the street's «uncle») and a name opening the
    /// sentence, right before a present verb, is whom the narration turns to; null otherwise.
    /// </summary>
    private static string? TitledOpening(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var r = ButOpeningEnd(s);
        if (r + 3 >= tokens.Count || InsideQuote(s.Spans, tokens[r].Start) || !Joined(s, tokens[r].End, tokens[r + 1].Start)
            || !((Definite(tokens[r].Norm) && SpeakerNames.IsNameTitle(tokens[r].Norm)) || StreetTitle(tokens[r].Norm))
            || !IsNamePart(s, r + 1, names) || Definite(tokens[r + 1].Norm)) return null;
        var end = tokens[r + 1].Norm == "عبد" ? Math.Max(r + 2, NameEnd(s, r + 1, names)) : NameEnd(s, r + 1, names);
        // (the name ends where the present verb begins: the name reader may run on into it)
        for (var m = r + 2; m <= end; m++)
            if (NarrationVerb(tokens[m].Norm) && !SpeakerNames.IsFirstName(tokens[m].Norm) && names.Mentions(tokens[m].Norm) < 2) { end = m - 1; break; }
        var v = end + 1;
        if (v >= tokens.Count || !Joined(s, tokens[end].End, tokens[v].Start) || tokens[v].Cue is not null || !NarrationVerb(tokens[v].Norm)
            || SpeakerNames.IsFirstName(tokens[v].Norm) || names.Mentions(tokens[v].Norm) >= 2) return null;
        return BestName(s, r, end, names);
    }

    /// <summary>
    /// أحدهم، فرج، طالب في الجامعة …؛ إحداهن، مريم، لم تتجاوز …؛ أحدهم، ويُدعى بابكر الطيب، يقول: «one of them» opening the
    /// sentence and the name set off after it (behind «called» at most) is whom the narration turns to. Null otherwise;
    /// <paramref name="end"/> is the name's last token.
    /// </summary>
    private static string? OneOfThemNamed(Sentence s, SpeakerNames names, out int end)
    {
        var tokens = s.Tokens;
        end = -1;
        if (tokens.Count < 4 || WithoutConjunction(tokens[0].Norm) is not ("احدهم" or "احداهن" or "احدهما" or "احداهما")
            || !CommaBetween(s, tokens[0].End, tokens[1].Start)) return null;
        var n = tokens[1].Norm is "ويدعي" or "يدعي" or "واسمه" or "اسمه" or "واسمها" or "اسمها" or "وتدعي" or "تدعي" && Joined(s, tokens[1].End, tokens[2].Start) ? 2 : 1;
        if (!IsNamePart(s, n, names) || Definite(tokens[n].Norm) || SpeakerNames.IsRole(tokens[n].Norm)) return null;
        end = NameEnd(s, n, names);
        // (the name is set off: a comma, or the verb right after it — يقول، قال)
        if (end + 1 >= tokens.Count || !(CommaBetween(s, tokens[end].End, tokens[end + 1].Start) || tokens[end + 1].Cue == CueKind.Verb))
            return null;
        return BestName(s, n, end, names);
    }

    /// <summary>عبد and the ال-word joined to it at token <paramref name="j"/> (عبد السلام، عبد الرقيب): a compound given name.</summary>
    private static bool AbdCompound(Sentence s, int j) =>
        s.Tokens[j].Norm == "عبد" && j + 1 < s.Tokens.Count && Definite(s.Tokens[j + 1].Norm) && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start);

    /// <summary>«Elder», «younger», «only» after kin (شقيقه الأكبر، ابنها الصغير، ابنته الوحيدة; normalised).</summary>
    private static bool KinAdjective(string norm) =>
        norm is "الاكبر" or "الاصغر" or "الكبري" or "الصغري" or "الكبير" or "الصغير" or "الصغيره" or "الوحيد" or "الوحيده";

    /// <summary>
    /// أبو محمد، أم ملك، أم إلياس: أبو or أم at <paramref name="j"/> before the word it calls the parent by — any name, also one
    /// that is a role or reads with ال (ملك, «king»; إلياس) — is a kunya.
    /// </summary>
    private static bool Kunya(Sentence s, int j, SpeakerNames names) =>
        s.Tokens[j].Norm is "ابو" or "ام" && j + 1 < s.Tokens.Count && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
        // (…علي too, which reads as the preposition على elsewhere: أم علي، أبو علي)
        && (IsNamePart(s, j + 1, names) || s.Tokens[j + 1].Norm == "علي" || (s.Tokens[j + 1].Norm.Length > 2 && !Stops.Contains(s.Tokens[j + 1].Norm)
                                            && !StopWords.Contains(s.Tokens[j + 1].Norm) && s.Tokens[j + 1].Cue is null));

    /// <summary>ابنة عمه، ابن خالها: kin in construct before kin with «his/her» at <paramref name="j"/> — a cousin.</summary>
    private static bool KinConstruct(Sentence s, int j) =>
        j + 1 < s.Tokens.Count && s.Tokens[j].Norm is "ابن" or "ابنه" or "بنت" && s.Tokens[j + 1].Norm is "عمه" or "عمها" or "خاله" or "خالها" or "اخيه" or "اخيها"
                                                                                         or "اخته" or "اختها"
        && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start);

    /// <summary>
    /// أما الحاج بابكر (71 عاما)، وهو من قدامى سكان الحي، فقد هز رأسه قائلا؛ أما عمي رابح، المناصر الستيني …، فقال: «as for»,
    /// a title or an uncle's name and a name, then — past any description set off by commas — the ف-verb: whom the sentence
    /// turns to. Null otherwise.
    /// </summary>
    private static string? AsForSomeone(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (tokens.Count < 4 || tokens[0].Norm is not ("اما" or "واما") || !Joined(s, tokens[0].End, tokens[1].Start) || InsideQuote(s.Spans, tokens[1].Start))
            return null;
        // (…or a body and the words that name it: أما مديرية التربية لولاية وهران فأكدت في بيان)
        if (SpeakerNames.IsOrganisation(tokens[1].Norm) && FaVerbWithin(s, 2, 8) && BodyName(s, 1, names) is { } body) return body;
        // (…or a role, its adjectives and the name it leads to, set off before the ف-verb: أما المهندس الأردني الشاب علاء
        // الرواشدة، الذي وصل قبل شهرين، فما زال يبحث)
        if (SpeakerNames.IsRole(tokens[1].Norm) && RoleLedBeforeComma(s, 1, names) is var (person, last) && FaVerbAfterAside(s, last)) return person;
        var n = 1;
        // (behind a title, or «my uncle» as the street calls an elder: عمي رابح)
        var titled = (SpeakerNames.IsNameTitle(tokens[1].Norm) || tokens[1].Norm is "عمتي" or "خالي") && Joined(s, tokens[1].End, tokens[2].Start);
        if (titled) n = 2;
        // (…or kin with «his/her» and its adjective: أما ابنتهما ياسمين (16 عاما)، …، فتتحدث؛ أما ابنها الصغير علي)
        // (…also set off by commas, behind a title: أما والدتها، السيدة نصيرة، فتقول)
        else if (tokens.Count > 4 && KinWithPronoun(s, 1) && (Joined(s, tokens[1].End, tokens[2].Start) || CommaBetween(s, tokens[1].End, tokens[2].Start)))
        {
            (n, titled) = (2, true);
            // (…its adjective set off too: أما ابنهما الأصغر، سامر، الذي …، فيرى)
            if (KinAdjective(tokens[2].Norm) && (Joined(s, tokens[2].End, tokens[3].Start) || CommaBetween(s, tokens[2].End, tokens[3].Start))) n = 3;
            if (n + 1 < tokens.Count && CommaBetween(s, tokens[n - 1].End, tokens[n].Start) && SpeakerNames.TitleOrMister(tokens[n].Norm)
                && Joined(s, tokens[n].End, tokens[n + 1].Start)) n++;
        }
        if (!IsNamePart(s, n, names) || SpeakerNames.IsPlace(tokens[n].Norm) || SpeakerNames.IsBodyWord(tokens[n].Norm)) return null;
        var end = NameEnd(s, n, names);
        // (the name reader may run on into the ف-verb: أما فاطمة فتبدو)
        for (var m = n + 1; m <= end; m++)
            if (tokens[m].Norm is ['ف', _, _, _, ..] && !SpeakerNames.IsFirstName(tokens[m].Norm) && names.Mentions(tokens[m].Norm) < 2) { end = m - 1; break; }
        if (end + 1 >= tokens.Count) return null;
        if (!titled && end == n && !SpeakerNames.IsFirstName(tokens[n].Norm) && names.Mentions(tokens[n].Norm) < 2) return null;
        // (…the ف-verb right after the name, no comma: أما رنا فتبدو أقل حماسة)
        if (tokens[end + 1].Norm is ['ف', _, _, ..] && tokens[end + 1].Cue is null && Joined(s, tokens[end].End, tokens[end + 1].Start)
            && !Stops.Contains(tokens[end + 1].Norm) && !StopWords.Contains(tokens[end + 1].Norm))
            return BestName(s, n, end, names);
        if (!HasPunctuation(s.Text, tokens[end].End, tokens[end + 1].Start)) return null;
        return FaVerbAfterAside(s, end) ? BestName(s, n, end, names) : null;
    }

    /// <summary>
    /// The ف-word after a comma, within sixteen words of token <paramref name="end"/> (the name's last word) and with no cue
    /// nor quotation before it: the verb an «أما» sentence turns to its topic with.
    /// </summary>
    private static bool FaVerbAfterAside(Sentence s, int end)
    {
        var tokens = s.Tokens;
        var relative = false;
        for (var m = end + 1; m < tokens.Count && m <= end + 16; m++)
        {
            // (…past a name in marks in the description: لاعب … لنادي «باليستينو»، فلا يبدي)
            if (InsideSpeech(s, tokens[m].Start)) return false;
            if (InsideQuote(s.Spans, tokens[m].Start)) continue;
            // (the ف-verb may be a cue itself: فقال بهدوء)
            // (…but a word in ف within a relative clause about the person is its verb: الشاب الذي فقد ساقه، فجاء)
            if (tokens[m].Norm.Length >= 3 && tokens[m].Norm[0] == 'ف')
            {
                if (s.Text.AsSpan(tokens[m - 1].End, tokens[m].Start - tokens[m - 1].End).IndexOfAny("،,") >= 0) return true;
                if (!relative) return false;
            }
            relative |= SpeakerNames.Relative(tokens[m].Norm);
            // (…a cue of a relative clause describing the person is no cue of the sentence: المناصر الذي يقول إنه لم يفوت مباراة)
            if (tokens[m].Cue is not null && !SpeakerNames.Relative(tokens[m - 1].Norm)) return false;
        }
        return false;
    }

    /// <summary>
    /// المهندس الأردني الشاب علاء الرواشدة،: the person a role at <paramref name="first"/> leads to (<see cref="RoleLed"/>), when
    /// the name ends right before a comma within ten words; with the index of the name's last word. Null otherwise.
    /// </summary>
    private static (string Person, int Last)? RoleLedBeforeComma(Sentence s, int first, SpeakerNames names)
    {
        var tokens = s.Tokens;
        for (var m = first + 1; m < tokens.Count && m <= first + 10; m++)
        {
            if (!CommaBetween(s, tokens[m - 1].End, tokens[m].Start)) continue;
            if (RoleLed(s, first, names) is not { } person || QuoteConfidence.Classify(person, names) is not (SpeakerKind.Person or SpeakerKind.Named)
                || !s.Text.AsSpan(tokens[first].Start, tokens[m - 1].End - tokens[first].Start).EndsWith(person, StringComparison.Ordinal)) return null;
            return (person, m - 1);
        }
        return null;
    }

    /// <summary>
    /// عند العين، يجلس شيخ في الثمانين يدعى دا الطاهر؛ أحد الزبائن، موظف في الميناء يدعى حسن أوهاج، يمر؛ يجلس زبون مسن اسمه
    /// كلاوس: a person «called» a name (or «whose name is») within the first twelve words of a sentence without a cue — the street report's way to bring someone in — is whom
    /// the next bare cue is about. Null otherwise.
    /// </summary>
    private static string? CalledSubject(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (s.HasCue) return null;
        for (var m = 1; m + 1 < tokens.Count && m <= 12; m++)
        {
            if (tokens[m].Norm is not ("يدعي" or "تدعي" or "اسمه" or "اسمها") || !Joined(s, tokens[m - 1].End, tokens[m].Start) || !Joined(s, tokens[m].End, tokens[m + 1].Start)
                || InsideQuote(s.Spans, tokens[m].Start)) continue;
            var n = m + 1;
            if (Kunya(s, n, names)) return s.Text[tokens[n].Start..tokens[n + 1].End];
            if (!IsNamePart(s, n, names) || Stops.Contains(tokens[n].Norm) || SpeakerNames.IsPlace(tokens[n].Norm) || SpeakerNames.IsBodyWord(tokens[n].Norm))
                return null;
            var name = BestName(s, n, NameEnd(s, n, names), names);
            return QuoteConfidence.Classify(name, names) is SpeakerKind.Person or SpeakerKind.Named ? name : null;
        }
        return null;
    }

    /// <summary>
    /// The name at or up to three words after token <paramref name="v"/> (a title, a role, kin or what the person is: الحاجة،
    /// المتقاعد، الطفل، شقيقه الأكبر), with the person's age in brackets right after it; null otherwise.
    /// </summary>
    private static string? AgedSubject(Sentence s, int v, SpeakerNames names)
    {
        // (most sentences give no age: look for its bracket before reading names)
        if (s.Text.IndexOf('(') < 0) return null;
        var tokens = s.Tokens;
        for (var n = v; n < tokens.Count && n <= v + 3; n++)
        {
            // (kin and «elder» before the name: شقيقه الأكبر، عمر)
            if (KinWithPronoun(s, n)) continue;
            // (…set off by a comma after kin: شقيقه الأكبر، عمر (12 عاما)، كان آخر من رآه)
            if (n > v && !Joined(s, tokens[n - 1].End, tokens[n].Start) && !CommaBetween(s, tokens[n - 1].End, tokens[n].Start)) return null;
            if (InsideQuote(s.Spans, tokens[n].Start) || tokens[n].Cue is not null) return null;
            if (!IsNamePart(s, n, names) || Definite(tokens[n].Norm) && !SpeakerNames.GivenName(tokens[n].Norm)) continue;
            var end = NameEnd(s, n, names);
            for (var e = n; e <= end && e - n < 3; e++)
                if (AgeAfter(s, e)) return BestName(s, n, e, names);
            return null;
        }
        return null;
    }

    /// <summary>
    /// جود، 16 عاماً، وصلت إلى برلين في السابعة: a name of one or two words opening the sentence, then the person's age set
    /// off by commas (digits and عاما or سنة) — whom the next bare cue is about. Null otherwise.
    /// </summary>
    private static string? AgeSetOff(Sentence s, SpeakerNames names)
    {
        var tokens = s.Tokens;
        if (tokens.Count < 5 || InsideQuote(s.Spans, tokens[0].Start) || !IsNamePart(s, 0, names) || tokens[0].Cue is not null) return null;
        var end = Math.Min(NameEnd(s, 0, names), 1);
        if (end + 3 >= tokens.Count || !CommaBetween(s, tokens[end].End, tokens[end + 1].Start)
            || !tokens[end + 1].Norm.AsSpan().ContainsAnyInRange('0', '9') && !tokens[end + 1].Norm.AsSpan().ContainsAnyInRange('٠', '٩')
            || !tokens[end + 2].Norm.StartsWith("عام", StringComparison.Ordinal) && tokens[end + 2].Norm is not ("سنه" or "سنوات")
            || !CommaBetween(s, tokens[end + 2].End, tokens[end + 3].Start))
            return null;
        var name = BestName(s, 0, end, names);
        return QuoteConfidence.Classify(name, names) is SpeakerKind.Person or SpeakerKind.Named || SpeakerNames.IsFirstName(tokens[0].Norm) ? name : null;
    }

    /// <summary>The person's age in brackets right after token <paramref name="end"/>: «(70 عاما)», «(27 عامًا)».</summary>
    private static bool AgeAfter(Sentence s, int end)
    {
        var rest = s.Text.AsSpan(s.Tokens[end].End).TrimStart();
        if (rest.IsEmpty || rest[0] != '(') return false;
        rest = rest[1..].TrimStart();
        var digits = 0;
        while (digits < rest.Length && (char.IsAsciiDigit(rest[digits]) || rest[digits] is >= '٠' and <= '٩')) digits++;
        return digits is 1 or 2 && rest[digits..].TrimStart().StartsWith("عام");
    }

    /// <summary>A ف-cue (فأكدت، فقال) among tokens <paramref name="from"/>…<paramref name="to"/>, with no other cue nor quotation before it.</summary>
    private static bool FaVerbWithin(Sentence s, int from, int to)
    {
        for (var m = from; m <= to && m < s.Tokens.Count; m++)
        {
            if (s.Tokens[m].Norm.Length >= 4 && s.Tokens[m].Norm[0] == 'ف' && s.Tokens[m].Cue is not null) return true;
            if (s.Tokens[m].Cue is not null || InsideQuote(s.Spans, s.Tokens[m].Start)) return false;
        }
        return false;
    }

    /// <summary>
    /// Where the sentence's clause starts after a phrase of place or time that opens it, set off by a comma (وفي معصرة القرية،
    /// وعند حلول الظلام، في إحدى قرى مركز قوص، وإلى جوارها، مع غروب الشمس،): the token after the comma; 0 when it opens with
    /// no such phrase; -1 when it opens with one not set off so within a few words, or with a cue in it. (A phrase opening with
    /// «from» a place, من خارج الحلبة، sets a scene only before its verb: read otherwise, it is no scene, 0.)
    /// </summary>
    private static int SceneSetEnd(Sentence s) =>
        ScenePhraseEnd(s) is var end && end < 0 && s.Tokens.Count > 0 && s.Tokens[0].Norm is "من" or "ومن" ? 0 : end;

    private static int ScenePhraseEnd(Sentence s)
    {
        var tokens = s.Tokens;
        if (tokens.Count < 3) return -1;
        // (behind لكن too: لكن في الأسفل، بين الأحواض، يقف الحاج إدريس)
        var o = tokens[0].Norm is "لكن" or "ولكن" && tokens.Count > 4 && Joined(s, tokens[0].End, tokens[1].Start) ? 1 : 0;
        var first = tokens[o].Norm.Length > 2 && tokens[o].Norm[0] == 'و' ? tokens[o].Norm[1..] : tokens[o].Norm;
        // بجانبها يقف أبو رامي، وإلى جانبه يعمل شقيقه، إلى جواره تجلس أم محمد: «beside her», with no comma, before the present
        // verb.
        var beside = o == 0 && first == "الي" && tokens[1].Norm is "جانبه" or "جانبها" or "جواره" or "جوارها" ? 2 : o == 0 && NextToSomeone(first) ? 1 : 0;
        if (beside > 0 && tokens[beside].Norm is ['ي' or 'ت', _, _, ..] && Joined(s, tokens[beside - 1].End, tokens[beside].Start)) return beside;
        if (first is not ("في" or "علي" or "الي" or "عند" or "مع" or "قبل" or "بعد" or "بين" or "امام" or "داخل" or "خارج" or "وسط" or "فوق" or "تحت"
            or "قرب" or "بجوار" or "منذ" or "خلال"
            // (…or a clause of time: وحين يأتي الحديث على الحنين، يخرج محمد هاتفه)
            or "حين" or "حينما" or "عندما" or "كلما" or "قبيل" or "بعيد"
            // (…or behind, around or facing: خلف الفتحة الضيقة …، يقف عم سيد)
            or "خلف" or "وراء" or "حول" or "قباله")
            // (…or «from» one of them: من خارج الحلبة، يصفق رجل أربعيني)
            && !(first == "من" && tokens[o + 1].Norm is "خارج" or "داخل" or "خلف" or "وراء" or "فوق" or "تحت" or "امام" or "بين" or "بعيد")) return 0;
        // (…a short phrase without its comma, up to five words, the present verb right after it: في منتصف الطابور تقف أم هاني؛ في
        // واحة على أطراف مدينة أطار يستقبلنا محمد الأمين)
        for (var m = o + 2; m < tokens.Count && m <= o + 6; m++)
        {
            if (!Joined(s, tokens[m - 1].End, tokens[m].Start) || tokens[m].Cue is not null || InsideQuote(s.Spans, tokens[m].Start)) break;
            if (NarrationVerb(tokens[m].Norm)
                && m + 1 < tokens.Count && Joined(s, tokens[m].End, tokens[m + 1].Start)
                && (SpeakerNames.IsNameTitle(tokens[m + 1].Norm) || tokens[m + 1].Norm is "ابو" or "ام" || SpeakerNames.IsFirstName(tokens[m + 1].Norm)
                    // (…or «a man», «a woman»: خلف التنور يقف رجل عريض المنكبين)
                    || UnnamedPerson(tokens[m + 1].Norm)
                    // (…or a word set off before what person it is: على الرصيف يقف سيد، الخبّاز الستيني)
                    || SetOffBeforeWho(s, m + 1)
                    // (…or a compound given name with عبد: مع غروب الشمس يقف عبد السلام على الجسر)
                    || AbdCompound(s, m + 1)
                    // (…or a trade with ال before a title or a given name: خلف المقود يجلس السائق عمي الطيب)
                    || (Definite(tokens[m + 1].Norm) && tokens[m + 1].Norm.Length > 4 && TradeNoun(tokens[m + 1].Norm[2..]) && m + 2 < tokens.Count
                        && Joined(s, tokens[m + 1].End, tokens[m + 2].Start)
                        && (SpeakerNames.IsNameTitle(tokens[m + 2].Norm) || StreetTitle(tokens[m + 2].Norm) || SpeakerNames.IsFirstName(tokens[m + 2].Norm)))))
                return m;
        }
        // (…a longer phrase too, up to twenty words, when a present verb follows its comma: في بستان يمتد على ضفة نهر صغير
        // متفرع من شط العرب في قضاء أبي الخصيب جنوب البصرة، يمشي الحاج كاظم)
        // (…and a second short phrase of place after the first: في الأسفل، بين الأحواض، يقف)
        for (var m = o + 1; m < tokens.Count && m <= o + 20; m++)
        {
            // (بين after the comma is «between», not the verb «made clear»)
            if ((tokens[m].Cue is not null && !(tokens[m].Norm == "بين" && CommaBetween(s, tokens[m - 1].End, tokens[m].Start)))
                || InsideQuote(s.Spans, tokens[m].Start)) return -1;
            if (CommaBetween(s, tokens[m - 1].End, tokens[m].Start))
            {
                if (m + 2 < tokens.Count && tokens[m].Norm is "بين" or "في" or "عند" or "امام" or "قرب" or "داخل" or "وسط" or "تحت" or "فوق" && m <= o + 8)
                    for (var c = m + 1; c < tokens.Count && c <= m + 4; c++)
                    {
                        if (CommaBetween(s, tokens[c - 1].End, tokens[c].Start))
                            return tokens[c].Norm is ['ي' or 'ت', _, _, ..] ? c : -1;
                        if (!Joined(s, tokens[c - 1].End, tokens[c].Start) || tokens[c].Cue is not null) break;
                    }
                // (…or an apposition of the place set off after it: في حي تريشفيل بأبيدجان، عاصمة ساحل العاج الاقتصادية، يقف)
                if (m + 2 < tokens.Count && tokens[m].Norm is not ['ي' or 'ت', _, _, ..] && tokens[m].Cue is null && m <= o + 8)
                    for (var c = m + 1; c < tokens.Count && c <= m + 6; c++)
                    {
                        if (CommaBetween(s, tokens[c - 1].End, tokens[c].Start))
                        {
                            if (NarrationVerb(tokens[c].Norm) && tokens[c].Cue is null) return c;
                            break;
                        }
                        if (!Joined(s, tokens[c - 1].End, tokens[c].Start) || tokens[c].Cue is not null) break;
                    }
                return m - o <= 8 || tokens[m].Norm is ['ي' or 'ت', _, _, ..] ? m : -1;
            }
            if (!Joined(s, tokens[m - 1].End, tokens[m].Start)) return -1;
        }
        return -1;
    }

    /// <summary>يقف، تجلس: a word in ي or ت of three letters or more that is no stop or function word — a present verb (normalised).</summary>
    private static bool NarrationVerb(string norm) => norm is ['ي' or 'ت', _, _, ..] && !Stops.Contains(norm) && !StopWords.Contains(norm);

    /// <summary>رجل، امرأة، سيدة، شابة، فتاة، عجوز (normalised): «a man», «a woman» — someone the story has not named yet.</summary>
    /// <summary>
    /// الأم، الجد، الشاب، البائعة: kin or a trade with ال — a person the report has already told of, not one it meets.
    /// </summary>
    private static bool DefinitePerson(string norm) =>
        norm is "الام" or "الاب" or "الجد" or "الجده" or "الابن" or "الابنه"
        || (norm.Length > 4 && norm.StartsWith("ال", StringComparison.Ordinal) && (TradeNoun(norm[2..]) || UnnamedPerson(norm[2..])) && norm[2..] is not ("احد" or "احدي"));

    internal static bool UnnamedPerson(string norm) => norm is "رجل" or "امراه" or "سيده" or "شابه" or "فتاه" or "عجوز";

    /// <summary>عم، العم، عمي، خالتي: the titles of respect the street gives before a given name (normalised).</summary>
    private static bool StreetTitle(string norm) => norm is "عم" or "العم" or "عمي" or "خالتي";

    /// <summary>منه، معها، له، عليه: «from, with, to him/her» — what the narration's verb takes before its subject.</summary>
    private static bool ToHim(string norm) =>
        norm is "منه" or "منها" or "معه" or "معها" or "له" or "لها" or "عليه" or "عليها" or "اليه" or "اليها" or "عنده" or "عندها";

    /// <summary>«Beside, near, before, behind him/her» (بجانبه، قربها، أمامه، خلفها): where a street report sets its next person.</summary>
    private static bool NextToSomeone(string norm) =>
        norm is "بجانبه" or "بجانبها" or "بجواره" or "بجوارها" or "قربه" or "قربها" or "امامه" or "امامها" or "خلفه" or "خلفها" or "حوله" or "حولها";

    /// <summary>
    /// The sentence's first word may be an unprefixed verb before its subject: no cue, no ال, no stop or function word, no
    /// name the article repeats, and a word right after it.
    /// </summary>
    private static bool MayOpenWithVerb(Sentence s, SpeakerNames names) =>
        s.Tokens.Count >= 3 && s.Tokens[0].Cue is null && !Definite(s.Tokens[0].Norm) && !Stops.Contains(s.Tokens[0].Norm)
        && !StopWords.Contains(s.Tokens[0].Norm) && names.Mentions(s.Tokens[0].Norm) < 2 && Joined(s, s.Tokens[0].End, s.Tokens[1].Start);

    /// <summary>
    /// حارب السوري مجد الدين غزال كثيرا …. قال لوكالة فرانس برس "…": before anyone has spoken, a sentence opening with a verb
    /// and then a role phrase, a nisba, its adjectives and a name, or a name set off before a role — or opening with a role
    /// phrase and a name, its verb dropped, or with a repeated name set off before «الذي» — names the person the article is
    /// about; a bare cue after it is theirs.
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
            && s.Text.AsSpan(tokens[0].Start, named - tokens[0].Start).IndexOfAny("،,.:؛") < 0
            // (a lone ال-word is a name only when the article gives it as one: الرجل السبعيني ورث البستان is about a man, not
            // البستان)
            && !(ArabicText.Normalize(subject) is var lone && Definite(lone) && !lone.Contains(' ') && !names.IsFamilyName(lone)))
            return subject;
        // الخزري، الذي سيكون أحد أبرز لاعبي المنتخب …، عبر عن سعادته: a name the article repeats opening the sentence, set off
        // before «who», is its subject.
        if (tokens.Count >= 4 && tokens[1].Norm is "الذي" or "التي" && CommaBetween(s, tokens[0].End, tokens[1].Start) && !InsideQuote(s.Spans, tokens[0].Start)
            && (IsNamePart(s, 0, names) || SpeakerNames.FamilyWord(tokens[0].Norm)) && names.Mentions(tokens[0].Norm) >= 2
            && !SpeakerNames.IsPlace(tokens[0].Norm) && !SpeakerNames.IsOrganisation(tokens[0].Norm))
            return names.ShortMention(s.Text, Phrase(s, 0, 0));
        // أما أمجد بدر (28 عاماً)، ففر من الخرطوم: a full name after «as for», its verb behind ف, is whom the story turns to.
        if (tokens.Count >= 4 && tokens[0].Norm is "اما" or "واما" && IsNamePart(s, 1, names) && NameEnd(s, 1, names) is var end && end > 1
            && !InsideQuote(s.Spans, tokens[1].Start) && Enumerable.Range(2, end - 1).All(m => Joined(s, tokens[m - 1].End, tokens[m].Start))
            && FaVerbAfterComma(s, end + 1, end + 5))
            return BestName(s, 1, end, names);
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
        // أبدى جهاد الحسين، مدرب المنتخب السوري …، أهمية مواجهة اليابان: a name of two words or more right after the verb, set
        // off by a comma before a role — the apposition of a lead.
        // (a comma and a role among the first words is looked for first: it is rare, and reading a name is not cheap)
        else if (RoleAfterComma(s, 3, 7) is var roleAt and > 0 && IsNamePart(s, 1, names) && Joined(s, tokens[0].End, tokens[1].Start)
                 && NameEnd(s, 1, names) == roleAt - 1)
            person = BestName(s, 1, roleAt - 1, names);
        return person;
    }

    /// <summary>The first token among <paramref name="from"/>…<paramref name="to"/> that is a role right after a comma; else -1.</summary>
    private static int RoleAfterComma(Sentence s, int from, int to)
    {
        for (var m = from; m <= to && m < s.Tokens.Count; m++)
            if (SpeakerNames.IsRole(s.Tokens[m].Norm) && CommaBetween(s, s.Tokens[m - 1].End, s.Tokens[m].Start)) return m;
        return -1;
    }

    /// <summary>The first ف-word among tokens <paramref name="from"/>…<paramref name="to"/> follows a comma (…، ففر من الخرطوم).</summary>
    private static bool FaVerbAfterComma(Sentence s, int from, int to)
    {
        for (var m = from; m <= to && m < s.Tokens.Count; m++)
            if (s.Tokens[m].Norm.Length >= 3 && s.Tokens[m].Norm[0] == 'ف')
                return s.Text.AsSpan(s.Tokens[m - 1].End, s.Tokens[m].Start - s.Tokens[m - 1].End).IndexOfAny("،,") >= 0;
        return false;
    }

    /// <summary>
    /// Where a body's name ends within the run <paramref name="at"/>…<paramref name="end"/>: before the first word without ال
    /// that follows one with it — the verb after the name (وكان صندوق النقد الدولي استثنى تركيا), since a name's words after
    /// its first ال-word carry ال (behind و or ل too: والتنمية الريفية، للنزل). A name with no ال-word runs whole (منظمة
    /// هيومن رايتس ووتش).
    /// </summary>
    private static int BodyRunEnd(Sentence s, int at, int end)
    {
        for (var m = at + 1; m <= end; m++)
            if (DefiniteLike(s.Tokens[m - 1].Norm) && !DefiniteLike(s.Tokens[m].Norm)) return m - 1;
        return end;

        static bool DefiniteLike(string norm) =>
            Definite(norm) || DefiniteBehindPreposition(norm) || (norm.Length > 4 && norm[0] == 'و' && Definite(norm[1..]));
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
            if (Ends(m)) return end;
            end = m;
        }
        // (a name of lineage the cap falls in goes on to its end, not to half a compound: … الشيخ محمد بن عبد | الرحمن بن جاسم
        // آل ثاني)
        while (end + 1 < limit && (SpeakerNames.IsConnector(s.Tokens[end].Norm) || SpeakerNames.IsConnector(s.Tokens[end + 1].Norm)) && !Ends(end + 1))
            end++;
        return end;

        bool Ends(int m) => HasPunctuation(s.Text, s.Tokens[m - 1].End, s.Tokens[m].Start) || Stops.Contains(s.Tokens[m].Norm)
                            || s.Tokens[m].Cue is not null || OwnWords(s.Tokens[m].Norm);
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
