namespace Bot.Text;

// Whether a quotation is someone's words: a reporting cue within reach, a statement, a list of quoted items.
internal static partial class QuoteExtractor
{
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
        // “بحسب ما نشر في وكالة الأنباء الرسمية”: marks around «according to» and its source alone set off the attribution
        // itself (not «وفقا للسلطات المحلية، تسببت الحوادث …», the words said after it).
        if (words <= 8 && inner.IndexOfAny('،', ',') < 0 && ReportingCues.Match(ArabicText.Normalize(FirstWord(inner)), out _) == CueKind.Source)
            return false;
        var before = IndexBefore(s.Tokens, span.Open);
        if (words <= MaxNameWords && IsNounPhrase(s, span, before)) return false;
        // لدى محلات «Burton menswear» و«دبنهامز» و«دوروثي بيركينز»: short quotations joined by و or a comma are a list of names.
        if (words <= MaxNameWords && InMarkedList(s, span)) return false;
        // وهما "خور دبي" و"دبي هيلز استيت": a short quotation listed after a name in marks is one more name.
        if (words <= MaxNameWords && s.Spans.IndexOf(span) is var at and > 0 && at - 1 < s.Eligible.Count && !s.Eligible[at - 1]
            && Listed(s, s.Spans[at - 1], span))
            return false;
        // «سي إن إن»، "دى إن أيه": letters spelled out, an acronym's name — its إن is no particle.
        if (words is >= 2 and <= MaxNameWords && SpelledLetters(inner)) return false;
        // "الشيخ محمد بن زايد آل نهيان": a title and name words only, a person's name set off in marks.
        if (words <= 8 && TitledName(inner)) return false;
        // أعلن الشيخ “محمد بن راشد آل مكتوم” نائب رئيس الدولة: so are name words in marks right after the title outside them.
        if (words <= 6 && before >= 0 && s.Tokens[before].Norm is var title && (SpeakerNames.IsNameTitle(title) || SpeakerNames.IsHonorific(title))
            && s.Text.AsSpan(s.Tokens[before].End, span.Open - s.Tokens[before].End).IsWhiteSpace()
            && TitledName(string.Concat(s.Text.AsSpan(s.Tokens[before].Start, s.Tokens[before].End - s.Tokens[before].Start), " ", inner)))
            return false;
        // المنح المقدمة من “هيئة الشيخ زايد بن سلطان آل نهيان”: a body named after a titled person is a name too.
        if (words <= 9 && SpeakerNames.IsOrganisation(ArabicText.Normalize(FirstWord(inner))) && TitledName(inner.TrimStart()[FirstWord(inner).Length..])) return false;
        // تأسيس “مجلة نزوى”: a short quotation that opens with an indefinite naming noun is the name of what it names.
        // (not a preposition, also in the list: «على الغيرة المحضة»)
        // (four words too with no clause in them: “لجنة اهالي المخطوفين والمفقودين”)
        if ((words <= 3 || (words <= MaxNameWords && !ClauseJoints(inner)))
            && ArabicText.Normalize(FirstWord(inner)) is var first && first.Length > 2 && NameCues.Contains(first) && !StopWords.Contains(first))
            return false;
        // تابعته "بغداد اليوم": "…": a short quotation right before a colon and the statement it introduces names the medium.
        if (words <= MaxNameWords && BeforeColonAndQuotation(s.Text, span.Close)) return false;
        // في تصريح للوكالة الرسمية، تابعته “النعيم نيوز”: a short quotation right after «followed/carried/reported it» is the medium.
        // (also behind و: للصحيفة الرسمية وتابعته “النعيم نيوز”; and before «it», واطلع عليه "ألترا عراق")
        var carrier = before > 0 && s.Tokens[before].Norm is "عليه" or "عليها" && Joined(s, s.Tokens[before - 1].End, s.Tokens[before].Start) ? before - 1 : before;
        if (words <= MaxNameWords && carrier >= 0
            && WithoutConjunction(s.Tokens[carrier].Norm) is "تابعته" or "تابعتها" or "تابعها" or "نقلته" or "نقلتها" or "نقلها" or "اورده" or "اوردته" or "اوردها"
                // بيان للوزارة تلقت “المعالي نيوز” نسخة منه: the medium that received it
                or "تلقت" or "تلقي" or "تلقته" or "تلقتها" or "اطلعت" or "اطلع" or "اطلعتها" or "اطلعته")
            return false;
        // رد الدكتور محفوظ رمزي … على سؤال " هل هناك 250 صنف …": the question someone answers is not their words.
        if (before >= 0 && s.Tokens[before].Norm is "سؤال" or "السؤال" or "تساؤل" or "التساؤل"
            && s.Text.AsSpan(s.Tokens[before].End, span.Open - s.Tokens[before].End).Trim().Trim(':').IsEmpty)
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
        // (…unless إن/أن brings them in after a cue: وقال المتحدث باسم الوزارة … إن “وزير الصحة أعلن عن …” is the spokesman
        // reporting in his own words)
        if (ReportOfSpeech(inner) && !(before >= 0 && IsThatWord(s.Tokens[before].Norm) && VerbCueBefore(s, before, before - 12))) return false;
        // اجتماع … بحث «الخطط الأمنية في ظل التهديدات …»: what a meeting discussed or reviewed is its agenda, not anyone's words.
        if (before >= 0 && WithoutConjunction(s.Tokens[before].Norm)
                is "بحث" or "ناقش" or "تناول" or "استعرض" or "يبحث" or "يناقش" or "تبحث" or "تناقش" or "لبحث" or "لمناقشه")
            return false;
        // بعض المشاريع مثل “ذا لاين”: a short quotation given as an example names it.
        if (words <= MaxNameWords && before >= 0 && s.Tokens[before].Norm is "مثل" or "ومثل" or "منها" or "ومنها") return false;
        // “حل الدولتين” (فلسطينية وإسرائيلية): a short quotation a bracket explains is a term.
        if (words <= MaxNameWords && s.Text.AsSpan(span.Close + 1).TrimStart().StartsWith("(")) return false;
        // وعنوانه: «البحث العلمي في الدراسات الإسلامية …»: after a title word and a colon comes a title, not speech.
        if (before >= 0 && s.Text.AsSpan(s.Tokens[before].End, span.Open - s.Tokens[before].End).Trim() is ":"
            && WithoutConjunction(s.Tokens[before].Norm) is var titleWord
            && titleWord.Length > 3 && TitleCues.Contains(titleWord))
            return false;
        // دعا رئيس الوزراء العراقي، "نوري المالكي"، المجتمع الدولي: name words set off by commas after a role's phrase are the
        // role-holder's name.
        // (…words that read like verbs too: نوري reads as a verb of «we», and nothing but a name stands in that place)
        if (words <= MaxNameWords && before >= 0 && CommaBetween(s, s.Tokens[before].End, span.Open)
            && s.Text.AsSpan(span.Close + 1).TrimStart() is [',' or '،', ..]
            && (SpeakerNames.IsRole(s.Tokens[before].Norm) || QualifiesRole(s, before)) && NameWordsOnly(inner, verbsToo: true))
            return false;
        if (before < 0 || AfterColonOrComma(s.Text, s.Tokens[before].End, span.Open)) return true;
        // إن عون أكد خلال الاتصال “ضرورة تعزيز التعاون …”: a stance (ضرورة، أهمية، رفض) opening the words, a verb of saying
        // a few words before, is what was stressed, not a name.
        if (words > 2 && StanceNoun(ArabicText.Normalize(FirstWord(inner))) && VerbCueBefore(s, before + 1, before - 3)) return true;
        // وقالت "هيومن رايتس ووتش" في تقرير إن "…"، أعلنت "اللجنة الوطنية لشؤون الأسرى" …، "…"، قال "التحالف العربي"، إنه: a
        // few words with no clause in them right after a verb of saying, with the words said following them, are the verb's
        // subject, a name in marks.
        // (…a body's longer name too: أكدت «الهيئة الوطنية لشؤون المرأة اللبنانية» أنها «…»)
        if ((words <= MaxNameWords || BodyNameInMarks(inner, words)) && s.Tokens[before].Cue == CueKind.Verb && s.Text.AsSpan(s.Tokens[before].End, span.Open - s.Tokens[before].End).IsWhiteSpace()
            && !QuoteConfidence.LooksLikeSpeech(inner.ToString()) && (QuotationFollows(s, span) || ThatFollows(s, span)))
            return false;
        // وقال أحمد عواجي مدخلي "أخصائي مشاريع لدى البرنامج السعودي"، إن …: a few words set off between a verb's subject —
        // name words right after it — and the إن that brings in what was said describe the subject.
        if (words <= MaxNameWords + 2 && ThatFollows(s, span) && !QuoteConfidence.LooksLikeSpeech(inner.ToString())
            && SubjectRightBefore(s, before)) return false;
        var w = s.Tokens[before].Norm.AsSpan();
        // ما وصفته ب”الفوضى التي تقوض مصداقية الدوري”: what the speaker called it is in their words (DescribedAsInWords).
        if (DescribedAsInWords(s, before, words)) return true;
        if (IsNumber(s.Tokens[before].Norm)) return words > MaxNameWords;
        // المهندسة “عزة عمر عوض الكريم”: a short quotation right after a role word that no cue introduces is a name.
        // (…not one that opens like a clause, no name does: في تصريحات صحفية «أننا اتخذنا خطواتنا»)
        if (words <= MaxNameWords && SpeakerNames.IsRole(s.Tokens[before].Norm) && (before == 0 || s.Tokens[before - 1].Cue is null)
            && !OpensClause(inner))
            return false;
        // دعا السيد « نور الدين الخادمي » كل شباب تونس: name words alone right after «Mr», with the sentence going on, are
        // the man's name (وقال السيد "لن نقبل" is speech: its words are no name's).
        // So is a known given name and name words after a title or role, even right after a cue (أعلن البروفيسور " محمد
        // سحنوني" الباحث …، وأوضح الشيخ "أحمد التسقيانى" عضو …).
        // (…or after a role's ال-qualifiers: علق رئيس اللجنة الثورية “محمد علي الحوثي ” على التصريحات)
        if (words <= MaxNameWords && before >= 0 && NameWordsOnly(inner)
            && (s.Tokens[before].Norm is "السيد" or "السيده"
                || ((SpeakerNames.IsRole(s.Tokens[before].Norm) || QualifiesRole(s, before)) && SpeakerNames.IsFirstName(ArabicText.Normalize(FirstWord(inner)))))
            && s.Text.AsSpan(span.Close + 1).TrimStart() is { Length: > 0 } rest && char.IsLetter(rest[0]))
            return false;
        // إقالة ‘يحيي حدقة’، رئيس المديرية المركزية للتحكيم، قال 'بيك ين'، نائب رئيس هواوى مصر: a short quotation set off by a comma
        // before a role is a person's name in apposition (and one before «one of …» a company's: "أكوا باور"، إحدى الكيانات).
        if (words <= 3 && AppositionAfterComma(s, span.Close) && !ClauseJoints(inner)) return false;
        // وكانت قد حثت “هيذر نويرت” المتحدثة باسم الخارجية: so is one followed by a role with ال, nothing between.
        if (words <= 3 && RoleRightAfter(s, span.Close) && !ClauseJoints(inner) && !QuoteConfidence.LooksLikeSpeech(inner.ToString())) return false;
        // بحملة الصيف «تسوق واربح …»: a naming or title word behind one ال-word still names the quotation.
        if (before > 0 && w.StartsWith("ال") && Joined(s, s.Tokens[before - 1].End, s.Tokens[before].Start))
        {
            var v = s.Tokens[before - 1].Norm.AsSpan();
            if (v.Length > 2 && v[0] is 'و' or 'ب' or 'ل' or 'ف' && (NameCues.Contains(v[1..]) || TitleCues.Contains(v[1..]))) v = v[1..];
            // (…but not a whole statement after a cue: قال رئيس الحكومة في كلمة بافتتاح المعرض “رغم كل الظروف …”)
            // (…nor a clause opening with a future verb: أعلن … أن مشروع قانون الموازنة "سيتم إقراره في جلسة خاصة")
            if (TitleCues.Contains(v) && v.Length > 3 && !(words > FullStatementWords && ClauseJoints(inner) && VerbCueBefore(s, before, 0))
                && !(words > MaxNameWords && FutureVerb(ArabicText.Normalize(FirstWord(inner)))))
                return false;
            // (not a preposition, also in the list: ملقاة في الطريق “ماعناش منظومات …” is what he said about the road)
            // (…nor the body closing the speaker's phrase right after a verb of saying, before words that read as speech:
            // وقال مدير مستشفى الكندي “لقد استقبلنا أربعة عشر جريحا”)
            // (…nor the subject of an إن/أن-clause before words opening with a verb, its predicate: يقول المهندس الشرعبي إن
            // شبكة المدينة «تضررت بشكل كبير خلال سنوات الحرب»)
            if (NameCues.Contains(v) && !StopWords.Contains(v) && words <= MaxProductWords
                && !(VerbCueBefore(s, before - 1, before - 4) && QuoteConfidence.LooksLikeSpeech(inner.ToString()))
                && !(words >= 3 && before > 1 && IsThatWord(s.Tokens[before - 2].Norm) && Joined(s, s.Tokens[before - 2].End, s.Tokens[before - 1].Start)
                     && ArabicText.Normalize(FirstWord(inner)) is [not 'ن', ..] predicate && (VerbForm(predicate) || FemininePast(predicate))))
                return false;
            // (…and a naming noun with a pronoun: مسلسلها الجديد "نكدب لو قلنا ما بنحبش" — not words opening a clause: هدف
            // فريقه المقبل «هو تحقيق نتيجتين …»)
            if (words <= MaxProductWords && NamingNounWithPronoun(s.Tokens[before - 1].Norm) && !OpensClause(inner)) return false;
        }
        if (w.Length > 2 && w[0] is 'و' or 'ب' or 'ل' or 'ف' && NameCues.Contains(w[1..])) w = w[1..];
        // (…and a title word behind و or ف: التقرير وعنوانه “العمل على كوكب باتت حرارته أعلى: …” — not a short one, وعن)
        else if (w.Length > 4 && w[0] is 'و' or 'ف' && TitleCues.Contains(w[1..])) w = w[1..];
        // ببرنامجه "يحدث في مصر"، في روايتها «…»: a naming noun with his or her pronoun names the quotation too — not the subject
        // of an إن/أن-clause, whose predicate it is: قال المدرب إن فريقه "عانى في الشوط الثاني أمام منتخب منظم".
        if (words <= MaxProductWords && NamingNounWithPronoun(s.Tokens[before].Norm)
            && !(before > 0 && IsThatWord(s.Tokens[before - 1].Norm) && words >= 3 && Joined(s, s.Tokens[before - 1].End, s.Tokens[before].Start)))
            return false;
        // كاشفا عن "قرب توقيع اتفاقية بخصوص تصدير النفط عن طريق خط جيهان": عن right after a cue brings in what was
        // revealed or voiced, a fragment of speech when it has a clause's joints; else a title (تحدث عن «…»).
        // (…also with the speaker between: وكشف الوزير المرعبي عن "وجود محاولات لسحب المساعدات …")
        if (w is "عن" && CueShortlyBefore(s, before) && words > MaxNameWords && ClauseJoints(inner)) return true;
        // وأعرب الصفدي في تصريحات صحفية، عن "تطلع …": أعرب takes what it expresses with عن, however far.
        if (w is "عن" && ExpressedBefore(s, before) && words > MaxNameWords && ClauseJoints(inner)) return true;
        // داعيا إلى “عدم استغلال الفرصة لزيادات عشوائية”: إلى right after a cue brings in what was called for or pointed
        // to; past a name's length it is speech even with no clause joint (a name there stays one: دعا إلى «حوار وطني»).
        // (…and so does على after a verb of stressing: مشدداً على "ضرورة إيجاد حل سريع للأزمة السورية")
        if (w is "الي" && CueShortlyBefore(s, before) && words > MaxNameWords) return true;
        if (w is "علي" && before > 0 && Stressed(s.Tokens[before - 1].Norm) && Joined(s, s.Tokens[before - 1].End, s.Tokens[before].Start)
            && words > MaxNameWords) return true;
        // ووصف تصريحات غريفيث بـ"أنها ترضية للحوثيين …": after ب, a quotation opening with أن is a clause in the speaker's
        // words, not a name.
        if (w is "ب" && words > 2 && IsThatWord(ArabicText.Normalize(FirstWord(inner)))) return true;
        // واتهموا بـ”إذاعة أخبار كاذبة وتحريض الناس على الفوضى”: what someone is accused of, behind ب after a verb of
        // accusing, is the charge's wording, not speech.
        if (w is "ب" && before > 0 && Accuses(s.Tokens[before - 1].Norm)) return false;
        if (TitleCues.Contains(w)) return false;
        // في مذكرة "حول آثار ومنعكسات تراجع سعر الصرف": a paper or a meeting «on» something is titled, not quoted.
        if (PaperOrMeeting(w) && ArabicText.Normalize(FirstWord(inner)) is "حول" or "عن") return false;
        // لافتة كبيرة كُتب عليها «شكرا لأبطالنا بالأبيض»: what is written on a sign, a wall or a shirt is an inscription, not
        // anyone's words (not «كتب على حسابه», his post).
        if (before > 0 && s.Tokens[before].Norm is "عليه" or "عليها" && WithoutConjunction(s.Tokens[before - 1].Norm) is "كتب" or "كتبت" or "يكتب" or "تكتب" or "مكتوب" or "مكتوبه"
            && Joined(s, s.Tokens[before - 1].End, s.Tokens[before].Start)) return false;
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
        // (…however long, a report's or a study's title that reads as no speech: تقرير "المشهد الرقمي في دولة قطر 2013: القطاع
        // الحكومي")
        if (NameCues.Contains(w)) return words > MaxProductWords && !(w is "تقرير" or "دراسه" or "كتاب" && !QuoteConfidence.LooksLikeSpeech(inner.ToString()));
        if (words > MaxNameWords) return true;
        // أكد ترامب أن الاتفاق "بداية جديدة لشعوب المنطقة"، مشدداً: three words or more right after أن and its ال-subject,
        // closing the clause (a stop or a comma after them), are its predicate in the speaker's words, not the thing's name.
        // (…also a subject of two words, the first without ال: فإن هذا الدور «سيكون أكبر وأقوى»، إن مخيمات اللاجئين "بيئة
        // مثالية معرضة للخطر"،)
        if (words >= 3 && before > 0 && Joined(s, s.Tokens[before - 1].End, s.Tokens[before].Start)
            && (IsThatWord(s.Tokens[before - 1].Norm)
                || (before > 1 && IsThatWord(s.Tokens[before - 2].Norm) && !Definite(s.Tokens[before - 1].Norm) && Joined(s, s.Tokens[before - 2].End, s.Tokens[before - 1].Start)
                    // (not a naming noun: إن لوحتها المفضلة «الطفل يبكي الوطن» is a painting's title)
                    && !NamingNounWithPronoun(s.Tokens[before - 1].Norm) && !NameCues.Contains(s.Tokens[before - 1].Norm)))
            && w.StartsWith("ال") && s.Text.AsSpan(span.Close + 1).TrimStart() is var closing && (closing.IsEmpty || closing[0] is '،' or ',' or '.' or '؛'))
            return true;
        // قال لابيد إن الحكومة الحالية “تبدد أموال الطبقة الوسطى”: a present verb opening three words or more after إن/أن and
        // its ال-subject of one or two words is the clause's predicate in the speaker's words.
        if (words >= 3 && w.StartsWith("ال") && ArabicText.Normalize(FirstWord(inner)) is [not 'ن', ..] opening && VerbForm(opening)
            && (before > 0 && IsThatWord(s.Tokens[before - 1].Norm)
                || (before > 1 && IsThatWord(s.Tokens[before - 2].Norm) && Definite(s.Tokens[before - 1].Norm)
                    && Joined(s, s.Tokens[before - 2].End, s.Tokens[before - 1].Start)))
            && Joined(s, s.Tokens[before - 1].End, s.Tokens[before].Start))
            return true;
        if (!(NameCues.ContainsWithArticle(w) || (w.StartsWith("ال") && w.Length > 3))) return true;
        // قال الوزير “…”: the ال-word is the speaker right after a cue, so this is speech.
        if (before > 0 && s.Tokens[before - 1].Cue is CueKind.Verb or CueKind.Source) return true;
        // أن هذه الروايات "غير صحيحة على الإطلاق"، فإن البديل "هو ما نعيشه الآن": what is said of a plain ال-word, when it
        // has a clause's joints, is a predicate in someone's words, not the thing's name.
        return words >= 3 && !NameCues.ContainsWithArticle(w) && ClauseJoints(inner);
    }

    /// <summary>
    /// A body's name set in marks, up to <see cref="MaxBodyNameWords"/> words: a body word first (الهيئة الوطنية لشؤون المرأة
    /// اللبنانية), and nothing that reads as speech.
    /// </summary>
    private static bool BodyNameInMarks(ReadOnlySpan<char> inner, int words) =>
        words <= MaxBodyNameWords && SpeakerNames.IsOrganisation(ArabicText.Normalize(FirstWord(inner)))
        && !QuoteConfidence.LooksLikeSpeech(inner.ToString());

    /// <summary>Text whose first word is إن/أن or a particle or pronoun only a clause opens with (نحن، لقد، لن، لم، لا، قد، هو، هي).</summary>
    private static bool OpensClause(ReadOnlySpan<char> inner) =>
        ArabicText.Normalize(FirstWord(inner)) is var first && (IsThatWord(first) || first is "نحن" or "لقد" or "لن" or "لم" or "لا" or "قد" or "هو" or "هي");

    /// <summary>Text that opens with a role word and has a verb of saying (no و) among its next five words: a report of speech.</summary>
    private static bool ReportOfSpeech(ReadOnlySpan<char> inner)
    {
        var words = inner.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !SpeakerNames.IsRole(ArabicText.Normalize(words[0]))) return false;
        for (var i = 1; i < words.Length && i <= 5; i++)
            // (not «follows» in the present: “الرئيس يتابع التطورات عن كثب” is the president monitoring, in someone's words)
            if (ArabicText.Normalize(words[i]) is var word && ReportingCues.Match(word, out var prefixed) == CueKind.Verb && !prefixed
                && word is not ("يتابع" or "تتابع"))
                return true;
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
    /// issuer the speaker (<see cref="SpeakerAfter"/> reads on past في); so does «it appeared» (وورد في بيان صادر عن …: “…”).
    /// </summary>
    private static bool InStatement(Sentence s, int k) =>
        CameIn(s, k) && (SpeakerNames.IsStatement(s.Tokens[k + 2].Norm) || SpeakerNames.OfficialLetter(s.Tokens[k + 2].Norm) || Decree(s.Tokens[k + 2].Norm));

    /// <summary>
    /// وجاء في بيانه على تيليغرام “…”: «it came in his statement» (تصريحه، كلمتها، تغريدته …) reports the words of whom «his»
    /// points to, the one already speaking.
    /// </summary>
    private static bool InOwnStatement(Sentence s, int k) => CameIn(s, k) && OwnWords(s.Tokens[k + 2].Norm);

    /// <summary>
    /// وجاء في تصريحات المسؤول “…”: «it came in the statements of» someone reports his words; he follows the noun.
    /// </summary>
    private static bool InWordsOf(Sentence s, int k) =>
        CameIn(s, k) && s.Tokens[k + 2].Norm is "تصريحات" or "تصريح" or "حديث" or "كلمه" or "كلام"
        && k + 3 < s.Tokens.Count && Joined(s, s.Tokens[k + 2].End, s.Tokens[k + 3].Start);

    /// <summary>«It came in» or «it appeared in» (وجاء في، ورد في) outside any quotation, with a word after في.</summary>
    private static bool CameIn(Sentence s, int k) =>
        s.Tokens[k].Norm is "جاء" or "وجاء" or "ورد" or "وورد" && k + 2 < s.Tokens.Count && s.Tokens[k + 1].Norm == "في"
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

    /// <summary>
    /// Tokens up to <paramref name="last"/> are one to four words with nothing between them, none a function word, right
    /// after a verb cue: the verb's subject (وقال أحمد عواجي مدخلي).
    /// </summary>
    private static bool SubjectRightBefore(Sentence s, int last)
    {
        for (var m = last; m >= 0 && last - m < 4; m--)
        {
            if (m > 0 && !Joined(s, s.Tokens[m - 1].End, s.Tokens[m].Start)) return false;
            if (StopWords.Contains(s.Tokens[m].Norm) || Stops.Contains(s.Tokens[m].Norm) || InsideQuote(s.Spans, s.Tokens[m].Start)) return false;
            if (m > 0 && s.Tokens[m - 1].Cue == CueKind.Verb) return true;
        }
        return false;
    }

    /// <summary>
    /// ويقول رياض، طالب الماستر في الفيزياء: طالب set off after a name, before what is studied (an ال-word or في), is what the
    /// person is — a student — not «he demanded».
    /// </summary>
    private static bool StudentAfterName(Sentence s, int k, SpeakerNames names) =>
        s.Tokens[k].Norm is "طالب" or "طالبه" && k > 0 && k + 1 < s.Tokens.Count && CommaBetween(s, s.Tokens[k - 1].End, s.Tokens[k].Start)
        && IsNamePart(s, k - 1, names) && (Definite(s.Tokens[k + 1].Norm) || s.Tokens[k + 1].Norm == "في");

    /// <summary>Cue words that say nothing in this place (a verb of saying only in other company).</summary>
    private static bool NoCueHere(Sentence s, int k)
    {
        var norm = s.Tokens[k].Norm;
        var before = k > 0 ? s.Tokens[k - 1].Norm : "";
        // أما كريم، وهو طالب جامعي، فيقول: after «he is» a past form is the noun it reads as — طالب «student», not «demanded»
        // (a verb after the pronoun is in the present: وهو يقول).
        if (before is "وهو" or "وهي" && norm.Length >= 3 && norm[0] is not ('ي' or 'ت') && k > 0 && Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start))
            return true;
        // يقلّب العجوز الديوان بين يديه: before a noun with «his/her» بين is «between» (بيّن takes its subject, a name or a role).
        if (norm is "بين" && k + 1 < s.Tokens.Count && !Definite(s.Tokens[k + 1].Norm)
            && s.Text.AsSpan(s.Tokens[k + 1].Start, s.Tokens[k + 1].End - s.Tokens[k + 1].Start) is { Length: > 3 } next
            && (next.EndsWith("ه") || next.EndsWith("ها") || next.EndsWith("هم") || next.EndsWith("هما"))
            && !s.Text.AsSpan(s.Tokens[k].Start, s.Tokens[k].End - s.Tokens[k].Start).Contains('\u0651'))
            return true;
        // من أبرز أغانيها، أحد أبرز اللاعبين: after من or أحد, أبرز is «the most prominent», not «he stressed».
        if (norm == "ابرز")
            return before is "من" or "احد"
                // سكوت براون أبرز سيناتور ديموقراطي: right after a word, and before an indefinite one, it heads a construct
                // describing that word («the most prominent senator»); the verb opens its sentence or its clause.
                || (k > 0 && k + 1 < s.Tokens.Count && Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start) && Joined(s, s.Tokens[k].End, s.Tokens[k + 1].Start)
                    && !StopWords.Contains(before) && !IsThatWord(before) && !Definite(s.Tokens[k + 1].Norm) && !StopWords.Contains(s.Tokens[k + 1].Norm)
                    && !IsThatWord(s.Tokens[k + 1].Norm));
        // انتهى للتو من شرح الوضع: after من or a word of time, شرح is «explaining», not «he explained».
        if (norm == "شرح" && before is "من" or "بعد" or "قبل" or "خلال" or "عند" or "اثناء") return true;
        // على أتم الاستعداد: after على, أتم is «the fullest», not «he concluded».
        if (norm == "اتم" && before == "علي") return true;
        // رد فعل، ويأتي رد حماس، أول رد: رد is the noun «reply» unless it opens its clause (وعن ذلك رد سلوت، فرد الوزير) before
        // its subject, not «فعل».
        if (norm is "رد" or "ردت" or "ورد" or "فرد" or "وردت" or "فردت")
            return k + 1 >= s.Tokens.Count || s.Tokens[k + 1].Norm is "فعل" or "الفعل" or "علي" or "ان" or "بان"
                // (ورد في، ورد اسمه: «appeared», the verb وَرَدَ)
                || (norm is "ورد" or "وردت" && s.Tokens[k + 1].Norm is "في" or "اسم" or "اسمه" or "ذكر" or "ذلك" or "هذا" or "ضمن" or "خبر" or "نص")
                // (…and behind و/ف only where its clause opens: بيان ورد وكالة شفق نيوز، يعمل فرد أمن)
                || (k > 0 && (!s.Tokens[k].Prefixed || norm.Length == 3) && !HasPunctuation(s.Text, s.Tokens[k - 1].End, s.Tokens[k].Start) && !IsThatWord(before)
                    && ReportingCues.Match(before, out _) is null && before is not ("ثم" or "فيما" or "بينما" or "حيث" or "وقد" or "قد" or "كما"));
        // على خلاف رأي اليابان، حسب رأي الخبراء: after a noun that takes it in construct, رأي is «the opinion of», not «he saw».
        if (norm == "راي" && before is "خلاف" or "بخلاف" or "حسب" or "بحسب" or "وفق" or "عكس" or "بعكس" or "مع" or "ابداء" or "استطلاع") return true;
        // (…and after a verb that takes it as its object: لخصت رأي كثيرين، تشاطره الرأي — the opinion summed up or shared)
        if (norm == "راي" && before is "لخص" or "لخصت" or "يلخص" or "تلخص" or "عكست" or "يعكس" or "تعكس" or "شاطر" or "شاطرت" or "يشاطر" or "تشاطر"
                or "ابدي" or "ابدت" or "يبدي" or "تبدي") return true;
        // متابعة: "…" goes on like متابعا; anywhere else it is «follow-up» or «observing» (لجنة متابعة، أوساط متابعة).
        if (norm is "متابعه" or "ومتابعه") return s.Text.AsSpan(s.Tokens[k].End).TrimStart() is not [':', ..];
        // لافتة إلى أن "…" is «she pointed out», like لافتا; otherwise it is a banner (رفعوا لافتة كتب عليها "…"). (A precaution: no
        // dev page needed it, and a banner's words right after a cue are read as speech whatever this says.)
        if (norm is "لافته" or "ولافته") return k + 1 >= s.Tokens.Count || s.Tokens[k + 1].Norm is not ("الي" or "ان" or "بان");
        // إلى صرح أكاديمي، من دون ذكر صريح، على كشف أثري: right after a preposition a verb's form is a noun (an edifice, not
        // «he declared»; a mention, not «he mentioned»; a discovery, not «he revealed»). (على only as written with ى: علي with
        // its ي is the given name, before a family name or a verb.) So it is after «not» as a noun (اشترط عدم كشف هويته: «not
        // revealing»).
        if (s.Tokens[k].Cue == CueKind.Verb && !s.Tokens[k].Prefixed
            && (before is "الي" or "في" or "عن" or "مع" or "دون" or "بدون" or "عدم" or "بعدم" or "لعدم"
                || (before == "علي" && !SpeakerNames.SpeltAli(s.Text, s.Tokens[k - 1].Start, s.Tokens[k - 1].End)))
            && Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start))
            return true;
        // من دون أن يوضح طبيعة هذه العقبات: «without explaining» reports that nothing was said.
        if (k > 1 && before == "ان" && s.Tokens[k - 2].Norm is "دون" or "بدون" && Joined(s, s.Tokens[k - 2].End, s.Tokens[k - 1].Start)
            && Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start)) return true;
        // أكثر من مليون طالب، 300 طالبة: after a number طالب is the student counted, not «he demanded» (a number may also close
        // a phrase before a verb: وحول بطولة 2019 قال).
        if (norm is "طالب" or "طالبه" && k > 0 && (IsNumber(before) || before is "مليون" or "ملايين" or "الف" or "الاف" or "مئات" or "عشرات")
            && Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start)) return true;
        // وأوضح طالب في كلمة ألقاها: right after a verb of saying, طالب is its subject, a family name (محافظ بنك الجزائر صلاح
        // الدين طالب), not a second verb; so it is right after a common given name (رئيسة وفد المنتخب النسوي رشا طالب، إن).
        if (norm == "طالب" && k > 0 && (s.Tokens[k - 1].Cue == CueKind.Verb || SpeakerNames.IsFirstName(before))
            && Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start)) return true;
        // وكانت إجابته حاسمة: without و or ف, أجابه، أجابته، أجابتها read as «his / her answer» (إجابة); behind them they
        // open a sentence as the verb (واجابتها أروي ” …”).
        if (norm is "اجابه" or "اجابته" or "اجابتها" && !s.Tokens[k].Prefixed) return true;
        // بشكل أوضح، بصورة أوضح: after a word of manner, أوضح is «more clearly», not «he explained».
        if (norm == "اوضح" && before is "بشكل" or "بصوره" or "نحو") return true;
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

    /// <summary>A future verb (سيتم، ستكون، سنعمل): س and a present prefix, not a noun in سيا/ستا (سياسة، سيارة).</summary>
    private static bool FutureVerb(string norm) =>
        norm.Length >= 4 && norm[0] == 'س' && norm[1] is 'ي' or 'ت' or 'ن' && norm[2] != 'ا';

    /// <summary>A verb or participle of stressing or confirming, which takes what it stresses with على.</summary>
    private static bool Stressed(string norm) =>
        WithoutConjunction(norm) is "شدد" or "شددت" or "يشدد" or "تشدد" or "مشددا" or "مشدده" or "مشددين" or "اكد" or "اكدت" or "يؤكد" or "تؤكد"
            or "مؤكدا" or "مؤكده" or "مؤكدين" or "حرص" or "حرصت" or "حريصا";

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

    /// <summary>Every word of three letters at most, none of them a negation or a question (سي إن إن، بي بي سي، دى إن أيه).</summary>
    private static bool SpelledLetters(ReadOnlySpan<char> inner)
    {
        foreach (var word in inner.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word.Count(char.IsLetter) is 0 or > 3 || ArabicText.Normalize(word) is "لا" or "لم" or "لن" or "ما" or "هل" or "من" or "قد") return false;
        return true;
    }

    /// <summary>أعرب and its forms, also behind و/ف (أعربت، يعرب، معربا): a verb that takes what it expresses with عن.</summary>
    private static bool Expresses(string norm) => WithoutConjunction(norm) is "اعرب" or "اعربت" or "يعرب" or "تعرب" or "معربا" or "معربه";

    /// <summary>A verb of expressing (أعرب، معربا) within ten words before token <paramref name="k"/>, no other cue nor a stop between.</summary>
    private static bool ExpressedBefore(Sentence s, int k)
    {
        for (var j = k - 1; j >= 0 && k - j <= 10; j--)
        {
            if (HasStop(s.Text, s.Tokens[j].End, s.Tokens[j + 1].Start)) return false;
            if (s.Tokens[j].Cue is not null)
                return Expresses(s.Tokens[j].Norm);
        }
        return false;
    }

    /// <summary>A paper or a meeting, indefinite (مذكرة، دراسة، ندوة …): what is «on» something and carries a title.</summary>
    private static bool PaperOrMeeting(ReadOnlySpan<char> norm) =>
        norm is "مذكره" or "دراسه" or "تقرير" or "ورقه" or "بحث" or "ندوه" or "محاضره" or "مقال" or "مقاله" or "ورشه" or "كتاب"
            or "حلقه" or "ملتقي" or "مؤتمر" or "لقاء";

    /// <summary>A role word with ال right after position <paramref name="close"/>, only spaces between.</summary>
    private static bool RoleRightAfter(Sentence s, int close)
    {
        var next = s.Tokens.FindIndex(t => t.Start > close);
        return next >= 0 && s.Text.AsSpan(close + 1, s.Tokens[next].Start - close - 1).IsWhiteSpace() && Definite(s.Tokens[next].Norm)
               && SpeakerNames.IsRole(s.Tokens[next].Norm);
    }

    /// <summary>Token <paramref name="j"/> is an ال-word qualifying a role word up to two words before it (رئيس اللجنة الثورية).</summary>
    private static bool QualifiesRole(Sentence s, int j)
    {
        // (…also a second field joined by و: وزير الاستخبارات والنقل الإسرائيلي، رئيس المغتربين الأتراك والجاليات)
        for (var k = j; k > 0 && j - k < 3 && (Definite(s.Tokens[k].Norm) || s.Tokens[k].Norm.StartsWith("وال", StringComparison.Ordinal))
                        && Joined(s, s.Tokens[k - 1].End, s.Tokens[k].Start); k--)
            if (SpeakerNames.IsRole(s.Tokens[k - 1].Norm)) return true;
        return false;
    }

    /// <summary>«Accused» (اتهم، اتهموا، يتهم، متهما، اتهامه …; with و): what it takes behind ب is a charge.</summary>
    private static bool Accuses(string norm) =>
        WithoutConjunction(norm) is "اتهم" or "اتهمت" or "اتهموا" or "يتهم" or "تتهم" or "يتهمون" or "متهما" or "متهمه" or "متهمين"
            or "اتهام" or "اتهامه" or "اتهامها" or "اتهامهم";

    /// <summary>
    /// A comma and then a role word, or «one of» and an ال-word, right after position <paramref name="close"/> (…’، رئيس
    /// المديرية; …"، إحدى الكيانات): an apposition saying who or what the words before it name.
    /// </summary>
    private static bool AppositionAfterComma(Sentence s, int close)
    {
        var next = s.Tokens.FindIndex(t => t.Start > close);
        return next >= 0 && CommaBetween(s, close + 1, s.Tokens[next].Start)
               && (SpeakerNames.IsRole(s.Tokens[next].Norm)
                   // (…or «one of» the group it belongs to: وكشف باجانو أن "أكوا باور"، إحدى الكيانات الرئيسية)
                   || (s.Tokens[next].Norm is "احدي" or "احد" && next + 1 < s.Tokens.Count && Definite(s.Tokens[next + 1].Norm)
                       && Joined(s, s.Tokens[next].End, s.Tokens[next + 1].Start)));
    }

    /// <summary>
    /// Two to four words that can only be a person's name: a first word with no ال, then name words or ال-family names; no
    /// function word, verb (unless <paramref name="verbsToo"/>: where only a name can stand), cue or role among them.
    /// </summary>
    private static bool NameWordsOnly(ReadOnlySpan<char> inner, bool verbsToo = false)
    {
        var raw = inner.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = ArabicText.Normalize(inner.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || raw.Length != words.Length) return false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            // (علي written with ي after a name word is the name, not على: “محمد علي الحوثي”)
            if (i > 0 && w == "علي" && raw[i] == "علي") continue;
            if (w.Length < 2 || !char.IsLetter(w[0]) || StopWords.Contains(w) || Stops.Contains(w) || (!verbsToo && VerbForm(w)) || SpeakerNames.IsRole(w)
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
        norm is "ان" or "انه" or "انها" or "انهم" or "انهن" or "انهما" or "بان" or "بانه" or "بانها" or "باننا" or "اننا" or "انني" or "فان" or "فانه" or "فانها";

    private static int IndexBefore(List<Token> tokens, int position)
    {
        var last = -1;
        for (var k = 0; k < tokens.Count && tokens[k].End <= position; k++) last = k;
        return last;
    }
}
