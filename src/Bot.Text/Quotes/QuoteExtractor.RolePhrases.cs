namespace Bot.Text;

// Role phrases and name runs: where a role's phrase and a name end, and which mention to print.
internal static partial class QuoteExtractor
{
    /// <summary>
    /// A ل-noun at <paramref name="lam"/>, then a و-noun in construct before an ال-word (لإغاثة وتشغيل اللاجئين): two fields
    /// of one body — unless the و-word is a given name (وليد، وائل) or the ال-word a family name the article uses.
    /// (…also after an ال-field that is no role: رابطة التخدير وتدبير الألم)
    /// </summary>
    private static bool SecondField(Sentence s, int lam, SpeakerNames names)
    {
        var tokens = s.Tokens;
        var and = lam + 1;
        return lam >= 0 && and + 1 < tokens.Count && tokens[lam].Norm.Length > 3
               && ((tokens[lam].Norm[0] == 'ل' && !Definite(tokens[lam].Norm))
                   || (Definite(tokens[lam].Norm) && !SpeakerNames.IsRole(tokens[lam].Norm) && !SpeakerNames.IsRole(tokens[and].Norm[1..])))
               && tokens[and].Norm.Length > 4 && tokens[and].Norm[0] == 'و' && Definite(tokens[and + 1].Norm)
               && Joined(s, tokens[lam].End, tokens[and].Start) && Joined(s, tokens[and].End, tokens[and + 1].Start)
               && !SpeakerNames.IsFirstName(tokens[and].Norm) && !names.IsFamilyName(tokens[and + 1].Norm) && names.Mentions(tokens[and].Norm) < 2;
    }

    /// <summary>
    /// قالت مصادر مطلعة لـ"سكاي نيوز عربية": a ل typed with its tatweel at <paramref name="m"/>, or glued to a mark after any
    /// role but a spokesman's (<paramref name="first"/>), is whom the words were said to. (A ل typed alone may be whose
    /// spokesman: والمتحدث الرسمي ل 'مدن'، بندر الطعيمي.)
    /// </summary>
    private static bool SaidToLam(Sentence s, int m, int first) =>
        s.Tokens[m].Norm == "ل" && s.Tokens[m].Start + 1 < s.Text.Length
        && (s.Text[s.Tokens[m].Start + 1] == 'ـ'
            || (QuoteSpans.IsMark(s.Text[s.Tokens[m].Start + 1]) && SpeakerNames.StripArticle(s.Tokens[first].Norm) is not ("متحدث" or "متحدثه" or "ناطق" or "ناطقه")));

    /// <summary>
    /// وقال المدرب الإسباني للمركز الإعلامي للاتحاد: ل and a centre or an office, then «media» or «press», is the office the
    /// words were given to — not what the role is over (المدير العام لمركز الملك سلمان is).
    /// </summary>
    private static bool ToPressOffice(Sentence s, int j) =>
        s.Tokens[j].Norm is "للمركز" or "للمكتب" or "لمركز" or "لمكتب" && j + 1 < s.Tokens.Count
        && s.Tokens[j + 1].Norm is "الاعلامي" or "الصحفي" or "الصحافي" or "اعلامي" or "صحفي";

    /// <summary>بلا حدود («without borders») at <paramref name="j"/>, either word: the end of a body's name (أطباء بلا حدود).</summary>
    private static bool WithoutBorders(Sentence s, int j) =>
        (s.Tokens[j].Norm == "بلا" && j + 1 < s.Tokens.Count && s.Tokens[j + 1].Norm == "حدود")
        || (s.Tokens[j].Norm == "حدود" && j > 0 && s.Tokens[j - 1].Norm == "بلا");

    /// <summary>«Told» (أبلغ، أخبر; with و, feminine or present): its object is who heard the words.</summary>
    private static bool Tells(string norm) => WithoutConjunction(norm) is "ابلغ" or "ابلغت" or "اخبر" or "اخبرت" or "يبلغ" or "تبلغ";

    /// <summary>The speaker of a phrase opening with the role at <paramref name="first"/>; see <see cref="SpeakerAfter"/>.</summary>
    private static string? RoleLed(Sentence s, int first, SpeakerNames names)
    {
        var tokens = s.Tokens;
        // كشف أمام البرلمان، وقفة احتجاجية أمام مقر اللجنة: أمام written with its hamza above is «before», never the imam
        // (إمام), so nobody's role.
        if (tokens[first].Norm == "امام" && s.Text.AsSpan(tokens[first].Start).StartsWith("أمام")) return null;
        // (كما أشاد رئيس مجلس السيادة بالقوى السياسية: what a verb of praise or welcome before the role takes with ب is its object)
        var objectWithBa = first > 0 && TakesObjectWithBa(tokens[first - 1].Norm);
        // The role, further roles (نائب الرئيس) and ال-qualifiers (الروسي، الخارجية), a construct noun before one (رئيسة سلطة الضبط).
        var j = first + 1;
        // (…not the medium the words were said to: وقال الوزير لوكالة فرانس برس)
        // (…nor a لـ before a medium in marks, read as a place: وأضاف المصدر لـ«الشرق الأوسط» — see SaidToLam)
        while (j < tokens.Count && j < first + 10 && Joined(s, tokens[j - 1].End, tokens[j].Start) && tokens[j].Cue is null
               && (!ToMedium(tokens[j].Norm) || AgencyOverAField(s, j))
               && !ToPressOffice(s, j)
               && !SaidToLam(s, j, first)
               // (…nor, after a verb of telling, the medium told: وأبلغ المصدر وكالة شفق نيوز أن)
               && !(first > 0 && Tells(tokens[first - 1].Norm) && Medium(tokens[j].Norm))
               && !Addressing(s, j)
               && (!Stops.Contains(tokens[j].Norm) || MemberFor(s, first, j) || SpeakerNames.IsHonorific(tokens[j].Norm) || PostedTo(s, j) || WithoutBorders(s, j))
               && !PluralObject(tokens, j, first) && !FeminineObject(tokens, j, first)
               // (…nor the stance or the reasons a verb of saying takes: بررت الوزيرة أسباب التأخر; جدد الوزير الجزائري التأكيد)
               // (…with ال only the stances no body is named by: قوات الدعم السريع)
               && !StanceNoun(tokens[j].Norm) && tokens[j].Norm is not ("التاكيد" or "الترحيب" or "الحرص" or "التمسك")
               && !(objectWithBa && tokens[j].Norm.StartsWith('ب'))
               && (SpeakerNames.IsRoleAdjective(tokens[j].Norm)
                   // منظمة "أطباء بلا حدود": a body's name «… without borders», and the word before it
                   || WithoutBorders(s, j) || (j + 2 < tokens.Count && WithoutBorders(s, j + 1))
                   // صاحب محل آخر، صاحبة مطعم: what an owner owns, never a name, and «another» after it
                   || (j == first + 1 && tokens[first].Norm is "صاحب" or "صاحبه" or "اصحاب" && !IsThatWord(tokens[j].Norm))
                   || (j == first + 2 && tokens[first].Norm is "صاحب" or "صاحبه" && tokens[j].Norm is "اخر" or "اخري")
                   // المبعوث الأممي إلى اليمن، السفير السعودي لدى لبنان: where the role is held
                   || PostedTo(s, j)
                   // مصدر أمني، مسؤول حكومي، مصدر مطلع، خبراء اقتصاديون: an adjective that places an indefinite role
                   || (!Definite(tokens[first].Norm) && SpeakerNames.PlacingAdjective(tokens[j].Norm)
                       && (j == first + 1 || SpeakerNames.PlacingAdjective(tokens[j - 1].Norm)))
                   || (!IsNamePart(s, j, names) && (Definite(tokens[j].Norm) || SpeakerNames.IsRole(tokens[j].Norm)))
                   || DefiniteBehindPreposition(tokens[j].Norm)
                   // محافظ بغداد، مدير مرفأ بيروت: a place qualifies the role, and so does the word before it (قائد عمليات
                   // بغداد، المتحدث لقيادة عمليات بغداد)
                   || SpeakerNames.IsPlace(tokens[j].Norm)
                   // (…and so does a word after a noun of places or tribes: رئيس المجلس الأعلى لقبائل ومدن فزان; and the noun
                   // itself before it: ممثل ولاية سمائل محمد بن خميس الحسيني)
                   || SpeakerNames.PlaceNoun(tokens[j - 1].Norm)
                   || (SpeakerNames.PlaceNoun(tokens[j].Norm) && j + 1 < tokens.Count && Joined(s, tokens[j].End, tokens[j + 1].Start))
                   // (…and a place's second name word up to the comma before the holder's name: والي ولاية كيدي ماغه، أحمد ولد محمد محمود)
                   || (j >= first + 3 && SpeakerNames.PlaceNoun(tokens[j - 2].Norm) && j + 1 < tokens.Count && !SpeakerNames.IsFirstName(tokens[j].Norm)
                       && CommaBetween(s, tokens[j].End, tokens[j + 1].Start) && IsNamePart(s, j + 1, names))
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
                   // (…also behind an adjective: المتحدث الرسمي باسم المنافذ — and the ال-word after it is the body, however
                   // often the article repeats it)
                   || (tokens[j].Norm == "باسم" && j + 1 < tokens.Count && (j == first + 1 || (j == first + 2 && Definite(tokens[first + 1].Norm) && !IsNamePart(s, first + 1, names))))
                   || (j >= first + 2 && tokens[j - 1].Norm == "باسم" && Definite(tokens[j].Norm))
                   || MemberFor(s, first, j)
                   // للعمال غير الأجراء: غير and the ال-word it negates
                   || (tokens[j].Norm == "غير" && j + 1 < tokens.Count && Definite(tokens[j + 1].Norm))
                   // مفوض وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين: a و-noun after a ل-noun, in construct before an ال-word,
                   // is the body's second field
                   || SecondField(s, j - 1, names) || (j + 2 < tokens.Count && SecondField(s, j, names))
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
                       && Joined(s, tokens[j].End, tokens[j + 1].Start)
                       // (…also after a second role joined by و: ورئيسة وفد المنتخب النسوي)
                       && (IsRoleHead(tokens[j - 1].Norm) || tokens[j - 1].Norm is "و" or "باسم"
                           || (tokens[j - 1].Norm.Length > 3 && tokens[j - 1].Norm[0] == 'و' && SpeakerNames.IsRole(tokens[j - 1].Norm[1..])))
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
        // (…not the stance a verb of saying takes after the role: ونقل النقيب طمأنة بعض المسؤولين; nor a lone word that a verb of
        // praise, demand or threat takes with ب: وأشاد النجم البرتغالي بزملائه في الفريق — a name that opens with ب goes on:
        // طالب البطريرك بشارة الراعي)
        else if (j < tokens.Count && Joined(s, tokens[j - 1].End, tokens[j].Start) && IsNamePart(s, j, names) && !ConstructObject(s, j, names)
                 && !TitledObject(s, j, names)
                 && !(objectWithBa && tokens[j].Norm.StartsWith('ب') && !SpeakerNames.IsFirstName(tokens[j].Norm)
                      // (…nor a stance behind ب before its ال-word: وأشاد رئيس اللجنة المنظمة بنجاح الحدث)
                      && (NameEnd(s, j, names) == j || StanceNoun(tokens[j].Norm[1..])))
                 && !PluralConstructObject(s, j, first, names) && !StanceNoun(tokens[j].Norm)
                 // (…nor anything right after «a source», «an official» and their adjectives: مصدر دبلوماسي عربي شارك في
                 // صياغة البيان — one that is not named has no name to follow; «شارك» is what he did)
                 && !(AnonymousSource(tokens[first].Norm) && j > first + 1
                      && tokens.FindIndex(first + 1, j - first - 1, t => !SpeakerNames.PlacingAdjective(t.Norm) && !SpeakerNames.IsRoleAdjective(t.Norm)) < 0))
        {
            // الرئيس المدير العام لمجمع سوناطراك توفيق حكار: the word after a body word names the body, the person follows.
            var nameEnd = NameEnd(s, j, names);
            // مدرب مانشستر سيتي السابق: «former» after the words says they name what the role was over, not a person — the
            // phrase whole is who speaks.
            if (nameEnd + 1 < tokens.Count && tokens[nameEnd + 1].Norm is "السابق" or "الاسبق" or "السابقه" or "الاسبقه"
                && Joined(s, tokens[nameEnd].End, tokens[nameEnd + 1].Start))
                return s.Text[tokens[first].Start..tokens[nameEnd + 1].End];
            // جامعة الملك سعود، مركز الملك سلمان للإغاثة، مؤسسة الشيخ زايد: a body named after a king, a prince or a sheikh
            // — the title right after the body word — holds that person's name, not the speaker's. Who holds the role may
            // follow the body's name and its fields (مدير جامعة الملك سعود الدكتور بدران العمر); else the role and the body
            // are who speaks.
            // (…a body word in construct, without ال: رئيس الهيئة الشيخ محمد الصباح is the sheikh)
            if (j >= 2 && NamesakeTitle(tokens[j - 1].Norm) && NamesBody(s, j - 1) && !Definite(tokens[j - 2].Norm) && !Definite(tokens[j - 2].Norm[1..])
                && Joined(s, tokens[j - 2].End, tokens[j - 1].Start) && Joined(s, tokens[j - 1].End, tokens[j].Start))
            {
                // (the body's adjectives after the namesake's name, then its fields: جامعة الإمام محمد بن سعود الإسلامية، مركز
                // الملك سلمان للإغاثة والأعمال الإنسانية)
                var bodyEnd = nameEnd + 1;
                while (bodyEnd < tokens.Count && Definite(tokens[bodyEnd].Norm) && !SpeakerNames.IsNameTitle(tokens[bodyEnd].Norm)
                       && !SpeakerNames.IsRole(tokens[bodyEnd].Norm) && Joined(s, tokens[bodyEnd - 1].End, tokens[bodyEnd].Start)) bodyEnd++;
                bodyEnd = BodyFieldsEnd(s, bodyEnd);
                var roleHolder = bodyEnd;
                while (roleHolder + 1 < tokens.Count && (SpeakerNames.IsNameTitle(tokens[roleHolder].Norm) || AbbreviatedTitle(tokens[roleHolder].Norm))
                       && Joined(s, tokens[roleHolder - 1].End, tokens[roleHolder].Start)) roleHolder++;
                if (roleHolder < tokens.Count && (Joined(s, tokens[roleHolder - 1].End, tokens[roleHolder].Start) || CommaBetween(s, tokens[roleHolder - 1].End, tokens[roleHolder].Start))
                    && IsNamePart(s, roleHolder, names) && !SpeakerNames.IsPlace(tokens[roleHolder].Norm))
                    return BestName(s, roleHolder, NameEnd(s, roleHolder, names), names);
                return s.Text[tokens[first].Start..tokens[bodyEnd - 1].End];
            }
            // رئيس منظمة مراسلون للحقوق والتنمية هوزان قادر: the body's one-word name and its fields, then the person.
            var bodyName = SpeakerNames.IsBodyWord(tokens[j].Norm) ? j + 1 : SpeakerNames.IsBodyWord(tokens[j - 1].Norm) ? j : -1;
            // (…also set off by a comma: الرئيس التنفيذي لشركة نيوم للهيدروجين الأخضر، ديفيد إدموندسن، في مقابلة)
            if (bodyName > 0 && nameEnd == bodyName && BodyFieldsEnd(s, nameEnd + 1) is var holder && holder > nameEnd + 1
                && holder < tokens.Count && (Joined(s, tokens[holder - 1].End, tokens[holder].Start) || CommaBetween(s, tokens[holder - 1].End, tokens[holder].Start))
                && IsNamePart(s, holder, names))
                return BestName(s, holder, NameEnd(s, holder, names), names);
            var from = SpeakerNames.IsBodyWord(tokens[j].Norm) && j + 2 <= nameEnd ? j + 2 : NamesBody(s, j) && nameEnd > j ? j + 1 : j;
            return BestName(s, from, nameEnd, names);
        }
        // محافظ بغداد، محمد العطا، في مؤتمر صحفي، أن: a name set off by commas right after the role's phrase, behind any
        // rank (المتحدث لقيادة عمليات بغداد، اللواء قاسم عطا أن), is the person.
        // (…also after where the role is held: السفير السعودي في لبنان، وليد البخاري، إلى أن)
        // (…or in a body: مدير قسم المسرح في الدائرة، المخرج حاتم عودة:)
        var set = j;
        // (…or past the employer's name in marks behind ل or after a body word in في: الرئيس التنفيذي لـ“إنفيديا” جنسن هوانغ،
        // كبير المحللين في مركز "الخليج لأبحاث الطاقة" الدكتور ناصر الهاجري لـ"العربية" إن — a name closed as below follows,
        // so the ل named whom the role is held at, not whom the words were said to)
        if (MarkedEmployerEnd(s, first, j) is var employer and > 0) set = employer;
        else if (set + 2 < tokens.Count && tokens[set].Norm is "في" or "لدي"
            && (SpeakerNames.IsPlace(tokens[set + 1].Norm) || (tokens[set].Norm == "في" && SpeakerNames.IsOrganisation(tokens[set + 1].Norm) && Definite(tokens[set + 1].Norm)))
            && Joined(s, tokens[set - 1].End, tokens[set].Start) && Joined(s, tokens[set].End, tokens[set + 1].Start)) set += 2;
        // (…or from a province and its place: الناشط من محافظة البصرة، ستار الجزائري، انه)
        else if (set + 3 < tokens.Count && tokens[set].Norm is "من" or "في" && SpeakerNames.PlaceNoun(tokens[set + 1].Norm) && SpeakerNames.IsPlace(tokens[set + 2].Norm)
                 && Joined(s, tokens[set - 1].End, tokens[set].Start) && Joined(s, tokens[set].End, tokens[set + 1].Start)
                 && Joined(s, tokens[set + 1].End, tokens[set + 2].Start)) set += 3;
        // (…or in a body named with its ال-words: الوكيل المساعد … في وزارة التجارة والصناعة داوود السابج)
        else if (set + 3 < tokens.Count && tokens[set].Norm == "في" && SpeakerNames.IsOrganisation(tokens[set + 1].Norm) && !Definite(tokens[set + 1].Norm)
                 && Definite(tokens[set + 2].Norm) && Joined(s, tokens[set - 1].End, tokens[set].Start) && Joined(s, tokens[set].End, tokens[set + 1].Start)
                 && Joined(s, tokens[set + 1].End, tokens[set + 2].Start))
        {
            set += 3;
            while (set < tokens.Count && set <= j + 6 && (Definite(tokens[set].Norm) || tokens[set].Norm.StartsWith("وال", StringComparison.Ordinal))
                   && Joined(s, tokens[set - 1].End, tokens[set].Start)) set++;
        }
        // (…or after where it is held at length, up to a comma: رئيس بعثة السعودية في بطولة الألعاب العالمية لذوي الإعاقة
        // الحركية والبتر، الدكتور عبدالعزيز العبدالجبار أن)
        else if (set + 2 < tokens.Count && tokens[set].Norm == "في" && Joined(s, tokens[set - 1].End, tokens[set].Start))
            for (var m = set + 1; m < tokens.Count && m <= set + 9; m++)
            {
                if (tokens[m].Cue is not null || IsThatWord(tokens[m].Norm)) break;
                if (CommaBetween(s, tokens[m - 1].End, tokens[m].Start))
                {
                    if (m > set + 1) set = m;
                    break;
                }
                if (!Joined(s, tokens[m - 1].End, tokens[m].Start)) break;
            }
        // (…also after a body's name in marks: الرئيسة التنفيذية لمؤسسة "النوير"، الشيخة إنتصار الصباح، إلى أنه)
        // (…or right after where the role is held, when a comma, إن/أن or a cue closes the name: ورئيسة وفد المنتخب النسوي في
        // إيران رشا طالب، إن)
        if (set < tokens.Count && (CommaBetween(s, tokens[set - 1].End, tokens[set].Start)
                                   || (set > j && Joined(s, tokens[set - 1].End, tokens[set].Start))
                                   || (set > first + 1 && s.Text.AsSpan(tokens[set - 1].End, tokens[set].Start - tokens[set - 1].End).Trim().TrimStart("\"”»") is [',' or '،', ..] rest
                                       // (…and a name in marks after the comma: وزير الاستخبارات والنقل الإسرائيلي، «يسرائيل كاتس»،)
                                       && (rest[1..].IsWhiteSpace() || NameMarkRightBefore(s, tokens[set].Start)))))
        {
            var k = set;
            // (…and past where the place lies: رئيس اللجنة المنظمة لمعرض التجميل في جدة، غرب السعودية، ممدوح خالد; also by
            // the compass's adjective: في محافظة عدن جنوبي اليمن، عبد الناصر الوالي)
            if (k + 2 < tokens.Count && (SpeakerNames.CompassNoun(tokens[k].Norm) || SpeakerNames.CompassNoun(tokens[k].Norm.TrimEnd('ي')))
                && SpeakerNames.IsPlace(tokens[k + 1].Norm)
                && Joined(s, tokens[k].End, tokens[k + 1].Start) && CommaBetween(s, tokens[k + 1].End, tokens[k + 2].Start))
                k += 2;
            // (…behind a rank or title, or a trade with ال: اللواء قاسم عطا، المخرج حاتم عودة; or an origin before a first name:
            // مدرب النصر، البرتغالي لويس كاسترو،)
            while (k + 1 < tokens.Count && (SpeakerNames.IsNameTitle(tokens[k].Norm) || AbbreviatedTitle(tokens[k].Norm)
                       || (k == set && Definite(tokens[k].Norm) && SpeakerNames.IsRole(tokens[k].Norm) && IsNamePart(s, k + 1, names))
                       || (k == set && Origin(tokens[k].Norm) && CommaBetween(s, tokens[set - 1].End, tokens[set].Start) && IsNamePart(s, k + 1, names)))
                   && Joined(s, tokens[k].End, tokens[k + 1].Start)) k++;
            // (not the stance the verb takes: أكد مصدر في وزارة الطيران المدني صعوبة تحديد أسباب سقوط الطائرة — after a rank it
            // is a name: العميد عودة الشديفات)
            if (IsNamePart(s, k, names) && !SpeakerNames.IsPlace(tokens[k].Norm) && !(k == set && StanceNoun(tokens[k].Norm)))
            {
                var nameEnd = NameEnd(s, k, names);
                var after = nameEnd + 1 < tokens.Count ? tokens[nameEnd + 1] : default;
                // …up to a comma, إن/أن, a cue or the medium it spoke to (عدي الجنديل للوكالة الرسمية، إن)
                // (…or, after two name words, the stance the verb takes: داوود السابج اهمية تقديم الدعم)
                if (nameEnd + 1 >= tokens.Count || !Joined(s, tokens[nameEnd].End, after.Start) || IsThatWord(after.Norm) || after.Cue is not null
                    || (nameEnd > k && StanceNoun(after.Norm))
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
            && !(objectWithBa && tokens[j].Norm.StartsWith('ب')) && !TitledObject(s, j, names))
            for (var m = j; m < tokens.Count && m < first + 18; m++)
            {
                // (“…”، قال القيادي في حركة فتح جبريل الرجوب.: the sentence ending closes the phrase as a cue or إن would)
                if (m == tokens.Count - 1 && s.Text.AsSpan(tokens[m].End).Trim().TrimEnd("\"”»'").Trim() is ['.' or '!' or '؟' or '?'])
                {
                    end = m;
                    break;
                }
                // The phrase goes on only through places and employers (في شركة، لدى شركة، بمشروع) and appositions, up to
                // a cue or إن/أن (themselves stop words).
                // (…not through a word with tanween, the verb's indefinite object: كما أبدى رئيس الوزراء القطري تفاؤلًا حذرًا)
                // (…nor through a stance or the reasons it takes, which go on to their object: بررت الوزيرة أسباب التأخر في …; a
                // stance word closing the phrase before إن/أن or a cue may be a family name, حاتم عودة إن)
                // (…nor past a participle of how he spoke: وقال مندوب إسرائيل محاولا تبرير المجازر — what follows is its object)
                // (…nor past what a verb of praise or demand takes with ب after its object: وطالب الوزير الحكومة باتخاذ "…")
                // (…nor through an amount behind ب, what a verb of estimating took: ويقدّر رئيس البلدية مساحة الأراضي المحروقة بمئات
                // الدونمات)
                if (HasStop(s.Text, tokens[m - 1].End, tokens[m].Start) || Addressing(s, m) || Tanween(s, m) || MannerParticiple(tokens[m].Norm)
                    || tokens[m].Norm is "بمئات" or "بالاف" or "بعشرات" or "بملايين" or "بمليارات" or "بنحو" or "بحوالي"
                    || (objectWithBa && m > j && tokens[m].Norm.StartsWith('ب') && !SpeakerNames.IsFirstName(tokens[m].Norm))
                    || (StanceNoun(tokens[m].Norm) && m + 1 < tokens.Count && Joined(s, tokens[m].End, tokens[m + 1].Start)
                        && !IsThatWord(tokens[m + 1].Norm) && tokens[m + 1].Cue is null)) break;
                if (tokens[m].Cue is not null || IsThatWord(tokens[m].Norm)) { end = m - 1; break; }
                // وقال وزير الخارجية لوكالة فرانس برس: the name after a medium is the medium's.
                if (ToMedium(tokens[m].Norm))
                {
                    // (…an ال-family name after a name word too: تحسين الخفاجي لوكالة الأنباء)
                    if (m > j && (IsNamePart(s, m - 1, names) || FamilyAfterName(s, m - 1, j, names)) && !NamesBody(s, m - 1) && !SpeakerNames.IsPlace(tokens[m - 1].Norm))
                        end = m - 1;
                    break;
                }
                // قالت مصادر مطلعة لـ"سكاي نيوز عربية"، وأكد مدير المراقبة … ل"سبوتنيك": right after the role's phrase, whom it
                // spoke to (SaidToLam); no name follows.
                if (m == j && SaidToLam(s, m, first)) break;
                // وصف وزير الاتصالات في حكومة تصريف الأعمال جوني القرم وضع هيئة الاتصالات "أوجيرو" بأنه: a name right before the
                // verb's object in construct with a body ends the phrase; the body is what the verb is about.
                if (m > j + 1 && ObjectBeforeBody(s, m, names) && (IsNamePart(s, m - 1, names) || FamilyAfterName(s, m - 1, j, names))
                    && !NamesBody(s, m - 1) && !SpeakerNames.IsPlace(tokens[m - 1].Norm) && Joined(s, tokens[m - 1].End, tokens[m].Start))
                {
                    end = m - 1;
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
                    || (Stops.Contains(tokens[m].Norm) && tokens[m].Norm is not ("في" or "لدي") && !NameReadAsStop(s, m, names)
                        // (…nor على/عن before an ال-word, what a board or a defence is over: للجنة الرقابة على المصارف سمير حمود;
                        // or before a body word in construct: المشرف العام على مركز الملك سلمان للإغاثة الدكتور عبدالله الربيعة)
                        && !(tokens[m].Norm is "علي" or "عن" && m + 1 < tokens.Count
                             && (Definite(tokens[m + 1].Norm)
                                 || (SpeakerNames.IsOrganisation(tokens[m + 1].Norm) && m + 2 < tokens.Count && Joined(s, tokens[m + 1].End, tokens[m + 2].Start))
                                 // (…or, after «the one in charge», any noun in construct, or «one of»: المسؤولة عن برامج التراث في
                                 // القرية، المسؤول عن أحد مشاريع إعادة الإعمار)
                                 || (tokens[first].Norm is "المسؤول" or "المسؤوله" or "المشرف" or "المشرفه" && m + 2 < tokens.Count
                                     && (Definite(tokens[m + 2].Norm) || tokens[m + 1].Norm is "احد" or "احدي") && Joined(s, tokens[m + 1].End, tokens[m + 2].Start)))
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
                // (…and after a given name of two words whose second has ال: فاطمة الزهراء الإدريسي)
                : end - 1 > j && Definite(tokens[end].Norm) && Definite(tokens[end - 1].Norm) && SpeakerNames.IsFirstName(tokens[end - 2].Norm)
                  && Joined(s, tokens[end - 2].End, tokens[end - 1].Start) && Joined(s, tokens[end - 1].End, tokens[end].Start) ? end - 2
                : -1;
            if (start >= 0)
            {
                // …back to the body's name or the place before it (مؤسسة مياه بيروت وجبل لبنان جان جبران → جان جبران).
                // (…and over the links of a lineage: عبد الله بن زايد آل نهيان, from آل نهيان back to عبد)
                while (start - 1 >= j && Joined(s, tokens[start - 1].End, tokens[start].Start)
                       && (IsNamePart(s, start - 1, names) || SpeakerNames.IsConnector(tokens[start - 1].Norm)
                           || (tokens[start - 1].Norm is "الله" or "الدين" && start - 2 >= j && SpeakerNames.IsConnector(tokens[start - 2].Norm)))
                       && !NamesBody(s, start - 1) && !SpeakerNames.IsPlace(tokens[start - 1].Norm)) start--;
                if (PersonRun(s, start, end)) return BestName(s, start, end, names);
                // قال وزير الإعلام في حكومة الأسد “عماد سارة” إن: a name set in marks of its own closing the phrase is the person.
                if (MarkedWhole(s, start, end)) return BestName(s, start, end, names);
            }
        }
        // The role and its qualifiers, also one after من/في (مصدر من المنظمة، مصدر في وزارة الداخلية).
        var to = j - 1;
        // (…not the circumstances of the words: مدرب الرياض في المؤتمر الصحفي — «a source from the meeting» is one)
        var circumstances = j + 1 < tokens.Count && tokens[j].Norm == "في" && Definite(tokens[j + 1].Norm) && StatementNoun(tokens[j + 1].Norm.AsSpan(2));
        if (circumstances) { /* the phrase ends before في: none of the qualifiers below */ }
        else if (j + 1 < tokens.Count && tokens[j].Norm is "من" or "في" && Definite(tokens[j + 1].Norm)
            && Joined(s, tokens[j - 1].End, tokens[j].Start) && Joined(s, tokens[j].End, tokens[j + 1].Start))
        {
            to = j + 1;
            // (…with its adjective of origin: مسؤول في الجيش السوداني)
            if (to + 1 < tokens.Count && Definite(tokens[to + 1].Norm) && tokens[to + 1].Norm.Length > 4 && SpeakerNames.Nisba(tokens[to + 1].Norm[2..])
                && Joined(s, tokens[to].End, tokens[to + 1].Start))
                to++;
        }
        // …or «inside» and a body, printed whole (مصدر من داخل السفارة; مصدر من داخل اتحاد الكرة, a body word and its ال-word)
        else if (j + 2 < tokens.Count && tokens[j].Norm is "من" or "في" && tokens[j + 1].Norm is "داخل" or "قلب"
                 && Joined(s, tokens[j - 1].End, tokens[j].Start) && Joined(s, tokens[j].End, tokens[j + 1].Start) && Joined(s, tokens[j + 1].End, tokens[j + 2].Start))
        {
            if (Definite(tokens[j + 2].Norm)) return s.Text[tokens[first].Start..tokens[j + 2].End];
            if (j + 3 < tokens.Count && SpeakerNames.IsOrganisation(tokens[j + 2].Norm) && Definite(tokens[j + 3].Norm) && Joined(s, tokens[j + 2].End, tokens[j + 3].Start))
                return s.Text[tokens[first].Start..tokens[j + 3].End];
        }
        // …or a body and its ال-word (مصدر في وزارة الداخلية)
        else if (j + 2 < tokens.Count && tokens[j].Norm is "من" or "في" && SpeakerNames.IsOrganisation(tokens[j + 1].Norm) && Definite(tokens[j + 2].Norm)
                 && Joined(s, tokens[j - 1].End, tokens[j].Start) && Joined(s, tokens[j].End, tokens[j + 1].Start) && Joined(s, tokens[j + 1].End, tokens[j + 2].Start))
            to = j + 2;
        // …or a movement, a party or a company and its own name, printed whole (قيادي في حركة حماس، مصادر في حركة أمل، مصدر في شركة أرامكو)
        else if (j + 2 < tokens.Count && tokens[j].Norm is "من" or "في" && NamedBodyWord(tokens[j + 1].Norm) && tokens[j + 2].Cue is null
                 && names.IsNameLike(tokens[j + 2].Norm) && !Stops.Contains(tokens[j + 2].Norm) && !SpeakerNames.IsOrganisation(tokens[j + 2].Norm)
                 && Joined(s, tokens[j - 1].End, tokens[j].Start) && Joined(s, tokens[j].End, tokens[j + 1].Start) && Joined(s, tokens[j + 1].End, tokens[j + 2].Start))
            return s.Text[tokens[first].Start..tokens[j + 2].End];
        // …or, for a source, a field and its ال-word, printed whole (مصدر في صناعة الشحن)
        else if (j == first + 1 && j + 2 < tokens.Count && tokens[first].Norm is "مصدر" or "مصادر" && tokens[j].Norm is "من" or "في"
                 && !Definite(tokens[j + 1].Norm) && names.IsNameLike(tokens[j + 1].Norm) && !StatementNoun(tokens[j + 1].Norm) && !Stops.Contains(tokens[j + 1].Norm)
                 && Definite(tokens[j + 2].Norm)
                 && Joined(s, tokens[j - 1].End, tokens[j].Start) && Joined(s, tokens[j].End, tokens[j + 1].Start) && Joined(s, tokens[j + 1].End, tokens[j + 2].Start))
            return s.Text[tokens[first].Start..tokens[j + 2].End];
        // …or a body for the affairs of something (مصدر في مفوضية شؤون اللاجئين، مسؤول في هيئة شؤون الأسرى), or over a field
        // (مصدر في مديرية صحة الزرقاء)
        else if (j + 3 < tokens.Count && tokens[j].Norm is "من" or "في" && SpeakerNames.IsOrganisation(tokens[j + 1].Norm)
                 && (SpeakerNames.Affairs(tokens[j + 2].Norm)
                     // (…for a role of one word without ال: not the official the story has spoken of [المسؤول في مديرية ماء
                     // البصرة], nor a source described further [مصدر طبي في مستشفى شهداء الأقصى], read as the other branches read him)
                     || (j == first + 1 && !Definite(tokens[first].Norm) && tokens[j + 2].Cue is null && !Definite(tokens[j + 2].Norm)
                         && names.IsNameLike(tokens[j + 2].Norm) && !Stops.Contains(tokens[j + 2].Norm)
                         && !StatementNoun(tokens[j + 2].Norm) && !SpeakerNames.IsPlace(tokens[j + 2].Norm)))
                 && Definite(tokens[j + 3].Norm)
                 && Joined(s, tokens[j - 1].End, tokens[j].Start) && Joined(s, tokens[j].End, tokens[j + 1].Start)
                 && Joined(s, tokens[j + 1].End, tokens[j + 2].Start) && Joined(s, tokens[j + 2].End, tokens[j + 3].Start))
        {
            if (SpeakerNames.Affairs(tokens[j + 2].Norm)) to = j + 3;
            else
            {
                // (…printed whole with the ال-words that follow: مسؤول في سلطة منطقة العقبة الاقتصادية الخاصة، جهاز مكافحة الهجرة غير
                // الشرعية، مجلس مدينة الدار البيضاء)
                var last = j + 3;
                while (last + 1 < tokens.Count && Joined(s, tokens[last].End, tokens[last + 1].Start)
                       && (Definite(tokens[last + 1].Norm) && tokens[last + 1].Cue is null && !SpeakerNames.TimeWord(tokens[last + 1].Norm) && !Stops.Contains(tokens[last + 1].Norm)
                           || (tokens[last + 1].Norm == "غير" && last + 2 < tokens.Count && Definite(tokens[last + 2].Norm) && Joined(s, tokens[last + 1].End, tokens[last + 2].Start))))
                    last += tokens[last + 1].Norm == "غير" ? 2 : 1;
                return s.Text[tokens[first].Start..tokens[last].End];
            }
        }
        // (صاحب محل آخر: an owner is told by what he owns, printed whole)
        if (tokens[first].Norm is "صاحب" or "صاحبه" && to > first && to - first <= 2) return s.Text[tokens[first].Start..tokens[to].End];
        return names.ShortMention(s.Text, Phrase(s, first, to));
    }

    /// <summary>
    /// A body word whose own name follows it without ال (حركة حماس، شركة أرامكو; حزب الدعوة is read by the ال-word branch):
    /// movements, parties, blocs and companies (normalised).
    /// </summary>
    private static bool NamedBodyWord(string norm) =>
        norm is "حركه" or "حزب" or "جبهه" or "تيار" or "تحالف" or "ائتلاف" or "كتله" or "شركه";

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
    /// المدير العام للوكالة الدولية للطاقة الذرية: «the agency», its adjectives and a field behind ل that is no news
    /// (للطاقة، للتنمية) is the body the role is over — not a news agency the words were said to (للوكالة الوطنية للإعلام،
    /// لوكالة الأنباء).
    /// </summary>
    private static bool AgencyOverAField(Sentence s, int j)
    {
        var tokens = s.Tokens;
        // (…and a United Nations agency or the energy or space one, without ال: المفوض العام لوكالة الأمم المتحدة لإغاثة
        // وتشغيل اللاجئين)
        if (tokens[j].Norm == "لوكاله")
            return j + 2 < tokens.Count && Joined(s, tokens[j].End, tokens[j + 1].Start)
                   && (SpeakerNames.UnitedNations(tokens[j + 1].Norm, tokens[j + 2].Norm) || tokens[j + 1].Norm is "الطاقه" or "الفضاء");
        if (tokens[j].Norm != "للوكاله") return false;
        var m = j + 1;
        while (m < tokens.Count && m <= j + 3 && Definite(tokens[m].Norm) && Joined(s, tokens[m - 1].End, tokens[m].Start)) m++;
        return m > j + 1 && m < tokens.Count && Joined(s, tokens[m - 1].End, tokens[m].Start)
               && tokens[m].Norm is { Length: > 4 } field && field.StartsWith("لل", StringComparison.Ordinal)
               && field is not ("للانباء" or "للاعلام" or "للصحافه" or "للاخبار");
    }

    /// <summary>
    /// When token <paramref name="j"/>, right after the phrase of the role at <paramref name="first"/>, is a ل glued to a name
    /// in marks (لـ“إنفيديا”، لـ«حزب الله») or في before a body word and its name in marks (في بنك "الإمارات دبي الوطني"),
    /// the index of the first token after the closing mark; else -1.
    /// </summary>
    private static int MarkedEmployerEnd(Sentence s, int first, int j)
    {
        var tokens = s.Tokens;
        if (j == 0 || j + 2 >= tokens.Count || !Joined(s, tokens[j - 1].End, tokens[j].Start)) return -1;
        // (the ل the role's reader stopped at as whom the words were said to: a spokesman's ل goes on to whose spokesman)
        var name = SaidToLam(s, j, first) ? j + 1
            : tokens[j].Norm == "في" && SpeakerNames.IsBodyWord(tokens[j + 1].Norm) && !Definite(tokens[j + 1].Norm) && Joined(s, tokens[j].End, tokens[j + 1].Start) ? j + 2
            : -1;
        return name > 0 && AfterMarkedName(s, name) is var after and > 0 && after < tokens.Count ? after : -1;
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
        && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
        // (…a stance or the reasons, whatever follows: بررت الوزيرة أسباب التأخر في توزيع الطرود)
        && (NameEnd(s, j, names) == j || StanceNoun(s.Tokens[j].Norm));

    /// <summary>
    /// A plural ال-word after an ال-qualifier is the verb's object, not the role's qualifier (دعا رئيس الوزراء المحتجين إلى
    /// → رئيس الوزراء): qualifiers of a role are singular adjectives or one construct noun. Right after a feminine body or
    /// role with ال it is the object too (ودعت الوزارة المواطنين إلى → الوزارة): no masculine plural is its adjective — nor a
    /// plural in ات, after any role or body with ال (وحثت المنظمة السلطات العراقية).
    /// </summary>
    private static bool PluralObject(List<Token> tokens, int j, int first) =>
        ((j >= first + 2 || (j == first + 1 && tokens[first].Norm.Length > 4 && tokens[first].Norm[^1] == 'ه'))
         && Definite(tokens[j - 1].Norm) && Definite(tokens[j].Norm)
         && (tokens[j].Norm.EndsWith("ين", StringComparison.Ordinal) || tokens[j].Norm.EndsWith("ون", StringComparison.Ordinal)))
        // (…and a plural in ات right after a role or body with ال, which it cannot qualify: وحثت المنظمة السلطات العراقية على)
        || (j == first + 1 && Definite(tokens[first].Norm) && SpeakerNames.DefinitePlural(tokens[j].Norm));

    /// <summary>
    /// ودعا المتحدث الإيراني حكومات المنطقة: an indefinite plural in ات before an ال-word, after a role with ال and only ال-words,
    /// opens the verb's object (a construct), unless it is a name the article gives (a role's qualifiers would carry ال).
    /// </summary>
    private static bool PluralConstructObject(Sentence s, int j, int first, SpeakerNames names)
    {
        var norm = s.Tokens[j].Norm;
        if (norm.Length < 5 || !norm.EndsWith("ات", StringComparison.Ordinal) || Definite(norm) || j + 1 >= s.Tokens.Count
            || !Definite(s.Tokens[j + 1].Norm) || !Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start)
            || SpeakerNames.IsRole(norm) || SpeakerNames.IsOrganisation(norm) || SpeakerNames.IsBodyWord(norm) || SpeakerNames.IsFirstName(norm)
            || names.IsFamilyName(norm))
            return false;
        for (var k = first; k < j; k++)
            if (!Definite(s.Tokens[k].Norm)) return false;
        return true;
    }

    /// <summary>
    /// A feminine ال-noun after a masculine role with ال and its ال-qualifiers is the verb's object, not an adjective, which
    /// would agree (وقدم الرئيس العام التهنئة لهم → الرئيس العام); but a masculine title in ة stands beside a name (الشيخ
    /// العلامة).
    /// </summary>
    private static bool FeminineObject(List<Token> tokens, int j, int first)
    {
        if (!Feminine(tokens[j].Norm) || tokens[j].Norm is "العلامه" or "الداعيه" or "الخليفه" or "الرحاله" || SpeakerNames.IsRole(tokens[j].Norm)) return false;
        for (var k = first; k < j; k++)
            if (!Definite(tokens[k].Norm) || Feminine(tokens[k].Norm)) return false;
        return true;

        static bool Feminine(string norm) => norm.Length > 4 && Definite(norm) && norm[^1] == 'ه';
    }

    /// <summary>A verbal noun with ال of the forms <see cref="DefiniteVerbalNounII"/> or <see cref="DefiniteVerbalNounVII"/> reads.</summary>
    internal static bool DefiniteVerbalNoun(string norm) => DefiniteVerbalNounII(norm) || DefiniteVerbalNounVII(norm);

    /// <summary>التصعيد، التمديد، التحرير: a verbal noun of the form التفعيل with ال, never a name (التميمي is).</summary>
    private static bool DefiniteVerbalNounII(string norm) => norm.Length == 7 && norm.StartsWith("الت", StringComparison.Ordinal) && norm[5] == 'ي';

    /// <summary>
    /// الانفجار، الاجتماع، الاستقرار: a verbal noun of the forms الانفعال، الافتعال or الاستفعال with ال, the object after an
    /// opening verb (وأرجع الانفجار إلى …), never a name (الأنصاري is one: its ا is not the one before the last letter).
    /// </summary>
    private static bool DefiniteVerbalNounVII(string norm) =>
        (norm.Length == 8 && norm.StartsWith("الا", StringComparison.Ordinal) && (norm[3] == 'ن' || norm[4] == 'ت') && norm[6] == 'ا')
        || (norm.Length == 9 && norm.StartsWith("الاست", StringComparison.Ordinal) && norm[7] == 'ا');

    /// <summary>A title a body may be named after the holder of (جامعة الملك سعود، مؤسسة الشيخ زايد, مستشفى الأمير سلطان; normalised).</summary>
    private static bool NamesakeTitle(string norm) => norm is "الملك" or "الملكه" or "الامير" or "الاميره" or "الشيخ" or "الشيخه" or "السلطان" or "الامام";

    /// <summary>The word at <paramref name="j"/> follows a body word (لمجمع سوناطراك، شركة زين): it names the body.</summary>
    private static bool NamesBody(Sentence s, int j) => j > 0 && SpeakerNames.IsBodyWord(s.Tokens[j - 1].Norm);

    /// <summary>A role word or one of its adjectives: what a construct noun (مدير أول إدارة الاتصال) may follow.</summary>
    private static bool IsRoleHead(string norm) => SpeakerNames.IsRole(norm) || SpeakerNames.IsRoleAdjective(norm);

    /// <summary>An ال-word behind ب or ل (بالوزارة، للنقل): a qualifier of a role — but not whom the words were said to (وقال الوزير للصحفيين).</summary>
    internal static bool DefiniteBehindPreposition(string norm) =>
        norm.Length > 4 && (norm.StartsWith("بال", StringComparison.Ordinal) || norm.StartsWith("لل", StringComparison.Ordinal)) && !SpeakerNames.Audience(norm);

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
    /// Token <paramref name="m"/> is an ال-word closing a name: right after a name word (past <paramref name="j"/>), and no role,
    /// body, place or time word (تحسين الخفاجي).
    /// </summary>
    private static bool FamilyAfterName(Sentence s, int m, int j, SpeakerNames names) =>
        m - 1 >= j && Definite(s.Tokens[m].Norm) && IsNamePart(s, m - 1, names) && Joined(s, s.Tokens[m - 1].End, s.Tokens[m].Start)
        && !SpeakerNames.IsRole(s.Tokens[m].Norm) && !SpeakerNames.IsOrganisation(s.Tokens[m].Norm) && !SpeakerNames.IsPlace(s.Tokens[m].Norm)
        && !SpeakerNames.TimeWord(s.Tokens[m].Norm) && !Stops.Contains(s.Tokens[m].Norm);

    /// <summary>
    /// مع/إلى and a ل-word without ال (لنظيره، لصحيفة; not لا… which starts names like لافروف) bring in an addressee:
    /// a name after them is not the speaker.
    /// </summary>
    private static bool Addressee(string norm) =>
        norm is "مع" or "الي"
        || (norm.Length > 3 && norm[0] == 'ل' && !norm.StartsWith("لل", StringComparison.Ordinal) && !Stops.Contains(norm)
            && !SpeakerNames.IsRole(norm) && norm[1] != 'ا' && !SpeakerNames.IsPlace(norm));

    /// <summary>
    /// Token <paramref name="m"/> is ب and a noun the article uses once, in construct with the next word, which has «his/her»
    /// or ال (بأداء لاعبيه، بجهود الحكومة): what a verb takes, never a name word.
    /// </summary>
    private static bool ObjectBehindBa(Sentence s, int m, SpeakerNames names)
    {
        var norm = s.Tokens[m].Norm;
        // (nor a Maghreb name in بو: عبد العزيز بوتفليقة العراق)
        if (norm.Length < 4 || norm[0] != 'ب' || norm[1] == 'و' || norm.AsSpan(1).StartsWith("ال") || SpeakerNames.LineageLink(norm) || SpeakerNames.IsFirstName(norm)
            || m + 1 >= s.Tokens.Count || !Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start) || names.Mentions(norm) >= 2) return false;
        var next = s.Tokens[m + 1].Norm;
        // («his» as written, ه and no ة: لاعبيه)
        var his = next.Length >= 4 && s.Text[s.Tokens[m + 1].End - 1] == 'ه';
        return (his || SpeakerNames.WithPronoun(next) || (Definite(next) && !SpeakerNames.IsRole(next))) && !names.IsFamilyName(next);
    }

    /// <summary>
    /// خلف، أمام، وراء، تحت، فوق، داخل at <paramref name="m"/> before an ال-word that is no family name of the article (nor
    /// الله): a preposition of place and the thing, not more of a name.
    /// </summary>
    private static bool PlaceBeforeThing(Sentence s, int m, SpeakerNames names) =>
        PlacePreposition(s.Tokens[m].Norm) && m + 1 < s.Tokens.Count && Definite(s.Tokens[m + 1].Norm)
        && s.Tokens[m + 1].Norm != "الله" && !names.IsFamilyName(s.Tokens[m + 1].Norm) && Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start);

    /// <summary>خلف، أمام، وراء، تحت، فوق، داخل، بجانب، قرب (normalised): where something or someone is, before the thing.</summary>
    private static bool PlacePreposition(string norm) => norm is "خلف" or "امام" or "وراء" or "تحت" or "فوق" or "داخل" or "بجانب" or "قرب";

    /// <summary>The last token of a name starting at <paramref name="j"/>: name words, and an ال-word inside or closing it (سعد الدين، علي المطوع).</summary>
    private static int NameEnd(Sentence s, int j, SpeakerNames names)
    {
        static bool LineageWord(string norm) =>
            norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 3 && !SpeakerNames.IsRole(norm) && !SpeakerNames.IsOrganisation(norm)
            && !SpeakerNames.IsPlace(norm) && !SpeakerNames.TimeWord(norm) && !Stops.Contains(norm);

        var end = j;
        // A name runs up to five words; a lineage runs longer, each بن taking the next names (سهيل بن محمد فرج فارس المزروعي).
        var limit = j + 5;
        for (var m = j + 1; m < s.Tokens.Count && m < limit && Joined(s, s.Tokens[m - 1].End, s.Tokens[m].Start); m++)
        {
            if (SpeakerNames.LineageLink(s.Tokens[m].Norm)) limit = Math.Max(limit, m + 5);
            // طارق المجذوب لقناة محلية: after an ال-family name a ل-word is whom the words were said to; after any name, ل and a
            // medium (تشاو ليجيان لوسائل إعلام).
            if ((Definite(s.Tokens[m - 1].Norm) && Addressee(s.Tokens[m].Norm)) || ToMedium(s.Tokens[m].Norm)) break;
            // أكد لاعب المنتخب صالح الشهري أهمية أن …: a stance after the name is what the verb says — not a word closing the
            // name before punctuation, which has no object to take (المخرج حاتم عودة:).
            if (StanceNoun(s.Tokens[m].Norm) && m + 1 < s.Tokens.Count && Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start)) break;
            // كتبت الإعلامية ريهام سعيد منشورا: after two name words, a word the article uses once that ends in the accusative's
            // ا (منشورا، بيانا، تصريحا) is the verb's object.
            if (m >= j + 2 && ObjectAfterName(s, m, names)) break;
            // نقلت الوكالة عن الوزير لحسن حداد إشادته بقرار الشركة: after two name words, a verbal noun with «his» or «her» is
            // what the person did.
            if (m >= j + 2 && PossessedVerbalNoun(s, m, names)) break;
            // وصف مدرب فريق النصر خورخي داسيلفا خسارة الفريق: after two name words, a ة-noun in construct with an ال-word that
            // is no family name of the article is the verb's object.
            if (m >= j + 2 && CommonConstructAfterName(s, m, names)) break;
            // وصف الوزير جوني القرم وضع هيئة الاتصالات بأنه: after two name words, the verb's object in construct with a body.
            if (m >= j + 2 && ObjectBeforeBody(s, m, names)) break;
            // وزير الطاقة جوزيف ضاهر سعى إلى الطمأنة: after two name words, a word written with ى that is no given name, before
            // a preposition, is the verb that follows the name (سعى، مضى) — not موسى، عيسى.
            if (m >= j + 2 && s.Text[s.Tokens[m].End - 1] == 'ى' && !SpeakerNames.IsFirstName(s.Tokens[m].Norm) && names.Mentions(s.Tokens[m].Norm) < 2
                && m + 1 < s.Tokens.Count && s.Tokens[m + 1].Norm is "الي" or "في" or "علي" or "من" or "عن" or "مع" && Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start))
                break;
            // وحمّل رئيس الاتحاد سعد مالح اعضاء في الاولمبية: after two name words, a plural of people is the verb's object.
            if (m >= j + 2 && s.Tokens[m].Norm is "اعضاء" or "عناصر" or "افراد" or "موظفي" or "مسؤولي" or "لاعبي" or "عمال") break;
            // رئيس الشباب خالد البلطان طاقم التحكيم: after a common given name and an ال-family name, a word without ال in
            // construct with an ال-word is the verb's object too.
            if (m == j + 2 && SpeakerNames.IsFirstName(s.Tokens[j].Norm) && Definite(s.Tokens[j + 1].Norm) && !Definite(s.Tokens[m].Norm)
                && !SpeakerNames.IsConnector(s.Tokens[m].Norm) && ConstructWithDefinite(s, m, names))
                break;
            // أشاد وزير المعادن أحمد محمد الكاروري بانضباط العاملين: after a family name with ال closing two name words or more,
            // a word behind ب or ل opens what the verb takes, not more of the name (it had printed «العاملين»). Not after الله or
            // الدين, nor the second half of a compound (محمد عبد العزيز أحمد).
            if (m >= j + 3 && Definite(s.Tokens[m - 1].Norm) && s.Tokens[m - 1].Norm is not ("الله" or "الدين")
                && !SpeakerNames.IsConnector(s.Tokens[m - 2].Norm) && s.Tokens[m - 2].Norm is not ("عبد" or "ابو")
                && s.Tokens[m].Norm is { Length: > 3 } prepositional && prepositional[0] is 'ب' or 'ل' && !Definite(prepositional))
                break;
            // أشاد المدير الفني لفاركو أحمد خطاب بأداء لاعبيه: after two name words, a ب-noun the article uses once in construct
            // with a noun that has «his/her» or ال opens what the verb takes (it had printed «لاعبيه»). Not a given name in ب
            // (بشير، بلقاسم) nor بن.
            if (m >= j + 2 && ObjectBehindBa(s, m, names)) break;
            // يقف الدكتور نوري الفيتوري خلف الزجاج: after two name words, خلف، أمام، تحت … before an ال-thing is where the person
            // stands (خلف is a name too, but خلف الله, a family name the article uses, goes on).
            if (m >= j + 2 && PlaceBeforeThing(s, m, names)) break;
            // يجمع الكابتن خالد الشباب في دائرة: people in the plural with ال are whom the verb takes, never a family name.
            if (PeopleWithAl(s.Tokens[m].Norm)) break;
            if (IsNamePart(s, m, names)) { end = m; continue; }
            var norm = s.Tokens[m].Norm;
            // عبد الله الكولي، نور الدين: الله and الدين complete the name before them.
            if (norm is "الله" or "الدين") { end = m; continue; }
            // عبد الصاحب بزون الحسناوي، عبد الأمير: after عبد a role word with ال is the second half of the compound given name
            // (صاحب، أمير), and the name goes on.
            if (s.Tokens[m - 1].Norm == "عبد" && norm.Length > 3 && norm.StartsWith("ال", StringComparison.Ordinal) && SpeakerNames.IsRole(norm))
            {
                end = m;
                continue;
            }
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
            // (…and any ال-word after عبد or أبو before an ال-family name and إن/أن: رئيس الحكومة عبد الحميد الدبيبة ان)
            if (m == j + 1 && after && norm.StartsWith("ال", StringComparison.Ordinal)
                && m + 1 < s.Tokens.Count && SpeakerNames.FamilyWord(s.Tokens[m + 1].Norm) && !SpeakerNames.TimeWord(s.Tokens[m + 1].Norm)
                && ((SpeakerNames.IsFirstName(s.Tokens[j].Norm) || (s.Tokens[j].Norm is "عبد" or "ابو" && SpeakerNames.IsRole(norm)))
                        && (m + 2 >= s.Tokens.Count || CommaBetween(s, s.Tokens[m + 1].End, s.Tokens[m + 2].Start) || IsThatWord(s.Tokens[m + 2].Norm))
                    || (s.Tokens[j].Norm is "عبد" or "ابو" && m + 2 < s.Tokens.Count && IsThatWord(s.Tokens[m + 2].Norm)
                        && Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start))))
            {
                end = m + 1;
                break;
            }
            // أحمد بن عبد العزيز العوهلي: an ال-word after بن and عبد or أبو is the second half of the father's compound name.
            if (m - 2 > j && SpeakerNames.LineageLink(s.Tokens[m - 2].Norm) && s.Tokens[m - 1].Norm is "عبد" or "ابو"
                && norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 3 && !Stops.Contains(norm))
            {
                end = m;
                continue;
            }
            if (!norm.StartsWith("ال", StringComparison.Ordinal) || (SpeakerNames.IsRole(norm) && !compoundHalf) || Stops.Contains(norm)) break;
            if (after && IsNamePart(s, m + 1, names)) { end = m; continue; }
            // أحمد الصادق الكاروري … وأكد الكاروري: two ال-words close a name when the article calls the person by the second.
            // (…not a plural noun and its adjective, the verb's object: برهم صالح التفجيرات الأخيرة)
            if (after && m + 1 < j + 5 && s.Tokens[m + 1].Norm is var family && family.StartsWith("ال", StringComparison.Ordinal)
                && !SpeakerNames.IsRole(family) && !SpeakerNames.IsOrganisation(family) && !Stops.Contains(family)
                && !norm.EndsWith("ات", StringComparison.Ordinal)
                // (…nor a verbal noun of the form التفعيل, the verb's object: عبداللطيف الزياني التصعيد الإيراني)
                && !DefiniteVerbalNounII(family)
                // (…nor the meeting or the event the verb opened, however often the article names it: واستهل وزير المالية يوسف
                // العنزي الجلسة بعرض)
                && family is not ("الجلسه" or "الاجتماع" or "المؤتمر" or "القمه" or "الندوه" or "المباراه" or "الحفل" or "اللقاء" or "الحوار"
                    or "النقاش" or "المناقشه" or "الحديث" or "الحمله" or "الدوره" or "الورشه")
                // (…nor a noun an adjective after it describes, one ending in ة, ين or ون as no Gulf name's ال-words do: دعا … أحمد
                // الموسوي الأسر المستفيدة إلى — not الشيخ أحمد ناصر المحمد الصباح)
                && !(m + 2 < s.Tokens.Count && Joined(s, s.Tokens[m + 1].End, s.Tokens[m + 2].Start) && Definite(s.Tokens[m + 2].Norm)
                     && !names.IsFamilyName(family) && !names.IsFamilyName(s.Tokens[m + 2].Norm)
                     && (s.Text[s.Tokens[m + 2].End - 1] == 'ة' || s.Tokens[m + 2].Norm.EndsWith("ين", StringComparison.Ordinal)
                         || s.Tokens[m + 2].Norm.EndsWith("ون", StringComparison.Ordinal)))
                && (names.IsFamilyName(family) || names.Mentions(family) >= 2))
            {
                end = ++m;
                continue;
            }
            // جابر المبارك الحمد الصباح: a Gulf name of lineage, ال-names of father and grandfather, closes with the family
            // name the article calls the person by (وأضاف الصباح).
            if (after && m == j + 1 && m + 2 < s.Tokens.Count && m + 2 < j + 5 && Joined(s, s.Tokens[m + 1].End, s.Tokens[m + 2].Start)
                && LineageWord(s.Tokens[m + 1].Norm) && LineageWord(s.Tokens[m + 2].Norm) && !DefiniteVerbalNounII(s.Tokens[m + 1].Norm)
                && (names.IsFamilyName(s.Tokens[m + 2].Norm) || names.Mentions(s.Tokens[m + 2].Norm) >= 2))
            {
                end = m + 2;
                break;
            }
            // …and, right after a first name, before a word that ends a name or opens the statement (عبدالله المعيوف أنه
            // “…”، سامي الخطيب على الحوار، رامي الخطيب بالمواطنين; but not بوتفليقة العراق بأنه: the object), or, after any
            // first names, that is a family name the article uses (سامي الخطيب التأكيد، أحمد محمد الكاروري … وأضاف الكاروري).
            var next = m + 1 < s.Tokens.Count ? s.Tokens[m + 1] : default;
            // (خالد الجار الله: الله and الدين go on completing it)
            if (after && m == j + 1 && SpeakerNames.IsFirstName(s.Tokens[j].Norm) && next.Norm is "الله" or "الدين") { end = m; continue; }
            if (!after || m + 1 >= s.Tokens.Count || SpeakerNames.IsRole(next.Norm) || names.IsFamilyName(norm)
                // (…or right after a common given name, whatever follows: سعد الحريري عليه — also the given name باسم, read as one
                // where it opens a name: المتحدث باسم الحكومة العراقية باسم العوادي)
                || (m == j + 1 && (SpeakerNames.IsFirstName(s.Tokens[j].Norm) || s.Tokens[j].Norm == "باسم") && !SpeakerNames.IsOrganisation(norm) && !SpeakerNames.IsPlace(norm)
                    && !SpeakerNames.TimeWord(norm))
                // (…also after a lineage: مديحة بنت أحمد الشيبانية معبرة)
                || ((m == j + 1 || (m - 2 >= j && SpeakerNames.IsConnector(s.Tokens[m - 2].Norm)))
                    && (IsThatWord(next.Norm) || next.Cue is not null || Stops.Contains(next.Norm) || DefiniteBehindPreposition(next.Norm)))
                // (…and after a given name and the father's, before إن/أن or a cue: تهاني عبدالله الخيال أن; the father علي as
                // written also before a function word: محمد علي الحوثي على التصريحات)
                || (m == j + 2 && end == j + 1 && SpeakerNames.FathersWord(s.Tokens[j + 1].Norm) && (IsThatWord(next.Norm) || next.Cue is not null))
                || (m == j + 2 && end == j + 1 && SpeltAli(s, j + 1) && (IsThatWord(next.Norm) || next.Cue is not null || Stops.Contains(next.Norm)))) end = m;
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
    private static bool CommonConstructAfterName(Sentence s, int m, SpeakerNames names) =>
        // (not before a time, a place or a word that ends names: سهام بوغديري نمصية اليوم، عبد العزيز بوتفليقة العراق بأنه)
        s.Text[s.Tokens[m].End - 1] == 'ة' && names.Mentions(s.Tokens[m].Norm) < 2
        && ((ConstructWithDefinite(s, m, names) && (SpeakerNames.IsRole(s.Tokens[m + 1].Norm) || names.Mentions(s.Tokens[m + 1].Norm) < 2))
            // (…or with a second such noun before it: قدر … جان كريستوف كاريه كلفة إعادة الإعمار)
            || (m + 2 < s.Tokens.Count && s.Text[s.Tokens[m + 1].End - 1] == 'ة' && Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start)
                && ConstructWithDefinite(s, m + 1, names)));

    /// <summary>The last character before <paramref name="at"/> that is no space is a mark that opens a name (not speech).</summary>
    private static bool NameMarkRightBefore(Sentence s, int at)
    {
        var i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(s.Text[i])) i--;
        return i >= 0 && QuoteSpans.IsMark(s.Text[i]) && IsNameMark(s, i);
    }

    /// <summary>
    /// القى البطريرك الراعي عظة بعنوان:"…" قال فيها: a noun written with ة, used once, before what it is titled or about, is
    /// the verb's object after the role — never the role-holder's name.
    /// </summary>
    private static bool TitledObject(Sentence s, int j, SpeakerNames names) =>
        s.Text[s.Tokens[j].End - 1] == 'ة' && names.Mentions(s.Tokens[j].Norm) < 2 && j + 1 < s.Tokens.Count
        && s.Tokens[j + 1].Norm is "بعنوان" or "بمناسبه" or "بشان" or "حول" && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start);

    /// <summary>
    /// وضع هيئة الاتصالات: a word without ال or a preposition (لشؤون مجلس الوزراء is a role's field) that the article uses once,
    /// in construct with a body word without ال — no word of a person's name comes so.
    /// </summary>
    private static bool ObjectBeforeBody(Sentence s, int m, SpeakerNames names) =>
        m + 1 < s.Tokens.Count && SpeakerNames.IsOrganisation(s.Tokens[m + 1].Norm) && !Definite(s.Tokens[m + 1].Norm)
        && !Definite(s.Tokens[m].Norm) && s.Tokens[m].Norm[0] is not ('ل' or 'ب') && names.Mentions(s.Tokens[m].Norm) < 2
        && Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start);

    /// <summary>Token <paramref name="m"/> is joined to an ال-word after it that is no family name, place, time or stop word.</summary>
    private static bool ConstructWithDefinite(Sentence s, int m, SpeakerNames names)
    {
        if (m + 1 >= s.Tokens.Count || !Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start)) return false;
        var next = s.Tokens[m + 1].Norm;
        return Definite(next) && !names.IsFamilyName(next) && !Stops.Contains(next) && !SpeakerNames.TimeWord(next) && !SpeakerNames.IsPlace(next);
    }

    /// <summary>
    /// An indefinite noun in the accusative, unvowelled (منشورا، بيانا): five letters or more ending in a consonant and ا, used
    /// once — or however often, <paramref name="repeated"/> (an adverb may come back: طويلا), or again when the article also
    /// has the noun with ال (فانوسا … الفانوس).
    /// </summary>
    private static bool IndefiniteAccusative(string norm, SpeakerNames names, int minLength = 5, bool repeated = false) =>
        norm.Length >= minLength && norm[^1] == 'ا' && norm[^2] is not ('ا' or 'ي' or 'و')
        && (repeated || names.Mentions(norm) < 2 || names.IsMentioned(("ال" + norm[..^1]).AsSpan())) && !SpeakerNames.IsFirstName(norm);

    /// <summary>
    /// ريهام سعيد منشورا عبر …: an unvowelled accusative (<see cref="IndefiniteAccusative"/>) before a function word — not a
    /// foreign family name, which a role or a verb follows (داني دي بيرنا رئيس الشركة).
    /// </summary>
    private static bool ObjectAfterName(Sentence s, int m, SpeakerNames names) =>
        IndefiniteAccusative(s.Tokens[m].Norm, names) && m + 1 < s.Tokens.Count && Joined(s, s.Tokens[m].End, s.Tokens[m + 1].Start)
        && (StopWords.Contains(s.Tokens[m + 1].Norm) || Stops.Contains(s.Tokens[m + 1].Norm)) && !SpeakerNames.IsRole(s.Tokens[m + 1].Norm);

    /// <summary>الشباب، الأطفال، الزبائن، الحاضرين: people in the plural, with ال (normalised).</summary>
    internal static bool PeopleWithAl(string norm) =>
        norm is "الشباب" or "الاطفال" or "الطلاب" or "التلاميذ" or "الحاضرين" or "الحضور" or "الجميع" or "الناس" or "الاهالي" or "الزبائن"
            or "المتطوعين" or "العمال" or "اللاعبين" or "الصحفيين" or "الركاب" or "الماره" or "الجيران" or "الزوار" or "السياح";

    /// <summary>
    /// جدلا واسعا، مؤتمرا صحفيا، اجتماعا موسعا: a noun and its adjective, both unvowelled accusatives used once — the verb's
    /// object, never a name (أثارت الإعلامية المصرية جدلا واسعا had printed «واسعا»).
    /// </summary>
    private static bool AccusativePair(Sentence s, int j, SpeakerNames names)
    {
        // (the adjective may be a nisba: وفدا أمريكيا، مؤتمرا صحفيا)
        return (j + 1 < s.Tokens.Count && Noun(s.Tokens[j].Norm) && Adjective(s.Tokens[j + 1].Norm)
                && Joined(s, s.Tokens[j].End, s.Tokens[j + 1].Start))
               || (j > 0 && Adjective(s.Tokens[j].Norm) && Noun(s.Tokens[j - 1].Norm)
                   && Joined(s, s.Tokens[j - 1].End, s.Tokens[j].Start));

        // (an Arabic noun or adjective in the accusative has eight letters at most, its ا counted — استقبالا —; a transliterated
        // woman's name ending in ا is often longer: كريستالينا غورغييفا)
        bool Noun(string norm) => norm.Length <= MaxAccusativeLetters && IndefiniteAccusative(norm, names, minLength: 4);

        bool Adjective(string norm) =>
            Noun(norm) || (norm.Length >= 5 && norm.EndsWith("يا", StringComparison.Ordinal) && names.Mentions(norm) < 2);
    }

    /// <summary>The most letters an unvowelled Arabic accusative of a noun or an adjective has (<see cref="AccusativePair"/>).</summary>
    private const int MaxAccusativeLetters = 8;

    /// <summary>The word of the name tokens[from..to] the article calls the person by (ties: the last), as written.</summary>
    private static string BestName(Sentence s, int from, int to, SpeakerNames names)
    {
        // (the given name باسم counts its «on behalf of» uses too — المتحدث باسم الحكومة العراقية باسم العوادي: the family name)
        if (s.Tokens[from].Norm == "باسم" && to > from) return BestName(s, from + 1, to, names);
        if (Patronymic(s, from, names) is { } lineage) return lineage;
        // شي جين بينغ: a family name that comes first, as the article calls him when it uses it alone (شي), else the whole name.
        // (لي, «to me» too, never alone)
        if (to > from && (SpeakerNames.FamilyFirst(s.Tokens[from].Norm) || s.Tokens[from].Norm == "لي"))
            return s.Tokens[from].Norm != "لي" && names.CallWeight(s.Tokens[from].Norm, 1) >= 1000
                ? s.Text[s.Tokens[from].Start..s.Tokens[from].End] : s.Text[s.Tokens[from].Start..s.Tokens[to].End];
        var best = to;
        var bestCount = -1;
        for (var m = from; m <= to; m++)
        {
            // (a father's name inside the name, a family name after it, is not how the person is called: أحمد بن عبد العزيز
            // العوهلي, where an article's «خالد بن سلمان بن عبد العزيز،» makes العزيز close a mention too)
            if (m < to && FathersName(s, m)) continue;
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
        // …and so does one that is also a role word (كامل الوزير، رامى الناظر), which alone reads as the role, or a common noun
        // of stance (حاتم عودة, «return»).
        if (start == end && start > from
            && ((Definite(s.Tokens[start].Norm) && names.IsSharedFamilyName(s.Tokens[start].Norm)) || SpeakerNames.IsRole(s.Tokens[start].Norm)
                || StanceNoun(s.Tokens[start].Norm))
            && Joined(s, s.Tokens[start - 1].End, s.Tokens[start].Start))
            start = start - 2 >= from && s.Tokens[start - 2].Norm is "عبد" or "ابو" ? start - 2 : start - 1;
        return s.Text[s.Tokens[start].Start..s.Tokens[end].End];
    }

    /// <summary>
    /// وقال مسؤول حكومي طلب عدم الكشف عن هويته إن: «who asked (preferred, refused) not to be named» at token
    /// <paramref name="j"/> describes the speaker; it is no name of his.
    /// </summary>
    private static bool AsksNotToBeNamed(Sentence s, int j) =>
        j + 1 < s.Tokens.Count && s.Tokens[j].Norm is "طلب" or "طلبت" or "فضل" or "فضلت" or "رفض" or "رفضت" or "اشترط" or "اشترطت"
            // (…also as a participle: مصدر قضائي مفضّلا عدم الكشف عن هويته، طالبا عدم ذكر اسمه)
            or "مفضلا" or "مفضله" or "طالبا" or "طالبه" or "رافضا" or "رافضه"
        && (s.Tokens[j + 1].Norm == "عدم"
            // (…or «refused to give»: وقال موظف في وزارة الري، رفض ذكر اسمه، إن; يقول مريض شاب رفض الكشف عن اسمه)
            || (s.Tokens[j].Norm is "رفض" or "رفضت" or "رافضا" or "رافضه"
                && s.Tokens[j + 1].Norm is "ذكر" or "الكشف" or "كشف" or "الافصاح" or "نشر" or "اعطاء"))
        // (…or «spoke on condition of not»: موظف في الفرع، تحدث شريطة عدم الكشف عن هويته، أوضح)
        || (j + 2 < s.Tokens.Count && s.Tokens[j].Norm is "تحدث" or "تحدثت" && s.Tokens[j + 1].Norm is "شريطه" or "بشرط" && s.Tokens[j + 2].Norm == "عدم");

    /// <summary>The father's name of a link of lineage: the word after بن/ابن/بنت, or after بن عبد / بن أبو.</summary>
    private static bool FathersName(Sentence s, int m)
    {
        var t = s.Tokens;
        return (m >= 1 && SpeakerNames.LineageLink(t[m - 1].Norm)) || (m >= 2 && t[m - 1].Norm is "عبد" or "ابو" && SpeakerNames.LineageLink(t[m - 2].Norm));
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
        if (b + 1 >= tokens.Count || !SpeakerNames.LineageLink(tokens[b].Norm) || !IsNamePart(s, from, names)) return null;
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
}
