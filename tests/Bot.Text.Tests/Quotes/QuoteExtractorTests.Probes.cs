namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Speakers in the shapes the wire services and the regional press use most, found wanting by the probe articles written for
/// session 46 (Fixtures/quotes-probes.md: articles in the styles of the Gulf, Levant, Iraqi, Egyptian, Maghreb, sports and
/// business press, annotated by hand without sight of the engine). The sentences below are written after them.
/// </summary>
public class QuoteExtractorProbeTests
{
    private static readonly ArabicTextEngine Engine = new();

    private const string Words = "نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة";

    private static (string Speaker, string Text)[] Quotes(string body) =>
        Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    [Fact]
    public void Extract_HajjaBeforeAName_IsATitleNotTheName() =>
        // الحاجة, as a woman of age is called in Egypt, before her name: a title like الشيخة.
        Assert.Equal([("سعاد", Words)], Quotes($"تقول الحاجة سعاد (62 عاما)، بائعة خضار في سوق إمبابة: «{Words}»."));

    [Fact]
    public void Extract_MaghrebCivicActorBeforeAName_IsARole() =>
        // الفاعل الجمعوي (the Maghreb press's civic actor) is a role: the name after it speaks, by its family name.
        Assert.Equal([("آيت باها", Words)],
            Quotes($"وقال الفاعل الجمعوي الحسين آيت باها، رئيس جمعية محلية للتنمية، في تصريح لهسبريس، إن \"{Words}\"."));

    [Fact]
    public void Extract_ParticipleAfterMovingAsANoun_IsTheSentenceSubjects() =>
        // «صعوبة نقل مواد البناء»: نقل in construct after a noun is «moving», no verb whose subject (مواد البناء) speaks; مضيفا
        // carries on the one the sentence opened with.
        Assert.Equal([("سالم", "الوضع صعب جدا في القرى الجبلية هذا العام"), ("سالم", Words)],
            Quotes("وقال الوزير أحمد سالم: \"الوضع صعب جدا في القرى الجبلية هذا العام\". وأوضح سالم أن الطرق الجبلية تزيد من صعوبة "
                   + $"نقل مواد البناء، مضيفا: \"{Words}\"."));

    [Fact]
    public void Extract_LongRoleBeforeANameOfLineage_PrintsTheNameWhole() =>
        // A role of ten words and more before «كان … قد أكد»: the name the reading cap fell in goes on to its end — «بن عبد»,
        // half a compound, had been printed.
        Assert.Equal([("محمد بن عبد الرحمن", Words)],
            Quotes("وكان رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني قد أكد، خلال مؤتمر صحفي، "
                   + $"أن «{Words}»."));

    [Theory]
    // a prince's chain of links without the house: his given name and his father's
    [InlineData("وأكد صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية أن", "فيصل بن فرحان")]
    // …another's last link may be his family's, as the article calls him
    [InlineData("ونقلت وسائل إعلام عن الناطق الإعلامي بحرس الحدود العميد عبدالله بن محمد بن محفوظ قوله إن", "بن محفوظ")]
    public void Extract_ChainOfLineageWithoutAHouse_IsCalledAsTheArticleWouldCallHim(string before, string speaker) =>
        Assert.Equal([(speaker, Words)], Quotes($"{before} \"{Words}\"."));

    [Fact]
    public void Extract_BodyThenAVerbalNounAfterItsVerb_IsTheBodyAlone() =>
        // وجددت الوزارة التأكيد على "…": التأكيد is what the ministry renewed, no word of its name; the body is the one named before.
        Assert.Equal([("وزارة الخارجية القطرية", "هذه الانتهاكات تمثل استفزازا خطيرا لمشاعر المسلمين"),
                      ("وزارة الخارجية القطرية", "موقف دولة قطر الثابت من عدالة القضية الفلسطينية")],
            Quotes("وقالت وزارة الخارجية القطرية في بيان إن \"هذه الانتهاكات تمثل استفزازا خطيرا لمشاعر المسلمين\". "
                   + "وجددت الوزارة التأكيد على \"موقف دولة قطر الثابت من عدالة القضية الفلسطينية\"."));

    [Fact]
    public void Extract_NoteOfABodyAfterAccordingTo_IsTheBodys() =>
        // ووفق مذكرة إخبارية للمندوبية …: a report or a note speaks through the body behind ل, as a statement does.
        Assert.Equal([("المندوبية السامية", Words)],
            Quotes($"ووفق مذكرة إخبارية للمندوبية السامية للتخطيط، فإن «{Words}»."));

    [Theory]
    [InlineData("وقالت المديرة العامة للصندوق كريستالينا غورغييفا، في كلمة ألقتها في واشنطن:", "غورغييفا")]
    [InlineData("وقالت المتحدثة باسم الحكومة الإسبانية كريستينا لوبيز:", "لوبيز")]
    public void Extract_TransliteratedWomansNameEndingInA_IsAName(string before, string speaker) =>
        // A given name in ينا before a name word is no noun with «our», and two long words in ا are no accusative noun and
        // adjective (جدلا واسعا):
        // the role had been printed, its name lost.
        Assert.Equal([(speaker, Words)], Quotes($"{before} \"{Words}\"."));

    [Fact]
    public void Extract_MotherCalledByHerSonsNameBehindALongAside_IsKept() =>
        // أم محمد is a person, as أبو محمد is: with an aside about her between the verb and the words, a speaker of no known kind
        // had fallen under the confidence floor.
        Assert.Equal([("أم محمد", "الخروف الصغير وصل إلى ألف ومائتي دينار، وهذا أكثر من راتب شهرين")],
            Quotes("تقول أم محمد (50 عاما)، وهي ربة بيت جاءت مع زوجها إلى سوق الماشية: "
                   + "“الخروف الصغير وصل إلى ألف ومائتي دينار، وهذا أكثر من راتب شهرين”."));

    [Theory]
    [InlineData("وقال المتحدث باسم الحكومة العراقية باسم العوادي:")]
    [InlineData("رد المتحدث باسم الحكومة العراقية باسم العوادي بالقول:")]
    public void Extract_SpokesmanNamedBasim_IsCalledByHisFamilyName(string before) =>
        // A second باسم a few words after the spokesman's «on behalf of» is his given name, even with his family name said once.
        Assert.Equal([("العوادي", Words)], Quotes($"{before} «{Words}»."));

    [Fact]
    public void Extract_ThisIsWhatSomeoneSaidAfterTheQuotation_IsTheirs() =>
        // “…”، هذا ما قاله …: «this is what he said» takes the words back, as «بهذه الكلمات» does.
        Assert.Equal([("مسؤول أمريكي", "نريد التأكد من أن التقنيات الأمريكية لن تستخدم لتعزيز القدرات العسكرية")],
            Quotes("«نريد التأكد من أن التقنيات الأمريكية لن تستخدم لتعزيز القدرات العسكرية»، هذا ما قاله مسؤول أمريكي طلب عدم الكشف "
                   + "عن اسمه لوكالة رويترز."));

    [Fact]
    public void Extract_ThisIsWhatMakesAfterTheQuotation_NamesNoSpeaker() =>
        // (…but «هذا ما يجعل الحكومة …» says what follows from the words, not who said them)
        Assert.Empty(Quotes("«الأسعار ارتفعت بنسبة كبيرة خلال الشهر الماضي في كل الأسواق»، هذا ما يجعل الحكومة مضطرة للتدخل."));

    [Theory]
    [InlineData("أما أم خالد فقالت وهي تحمل كيسا صغيرا:", "أم خالد")]
    [InlineData("وفي سوق المدينة، قالت سيدة تدعى أم محمد:", "أم محمد")]
    public void Extract_UmmBeforeAGivenName_IsAMothersName(string before, string speaker) =>
        // أم before a common given name is a mother called by her son's name wherever it stands, as أبو is a father.
        Assert.Equal([(speaker, "كيلو السكر وصل لخمسين جنيه والبقال بيقول مفيش")], Quotes($"{before} «كيلو السكر وصل لخمسين جنيه والبقال بيقول مفيش»."));

    [Fact]
    public void Extract_ReplyToTheOneWhoAsked_IsTheReplier() =>
        // فردّ عليه وزير التخطيط …: «to him» stands between the verb of replying and who replied; the words are the replier's,
        // not the one asked about them.
        Assert.Equal([("سند", "الحكومة عاجزة عن تقديم موازنة واقعية تلبي حاجات المحافظات"), ("تميم", "الموازنة أعدت وفق أرقام النفط الحقيقية وليست مجاملة لأحد")],
            Quotes("قال النائب مصطفى سند إن \"الحكومة عاجزة عن تقديم موازنة واقعية تلبي حاجات المحافظات\"، فردّ عليه وزير التخطيط محمد تميم "
                   + "قائلا: \"الموازنة أعدت وفق أرقام النفط الحقيقية وليست مجاملة لأحد\"."));

    [Fact]
    public void Extract_QuotationAloneThenThusWrote_IsTheWriters() =>
        // “…”. هكذا كتب …: «thus» and a verb of saying or writing opening the next sentence take back the quotation before it.
        Assert.Equal([("محمد بن راشد", "الشباب هم الثروة الحقيقية لأي وطن، ومن يستثمر فيهم يستثمر في المستقبل")],
            Quotes("\"الشباب هم الثروة الحقيقية لأي وطن، ومن يستثمر فيهم يستثمر في المستقبل\". هكذا كتب الشيخ محمد بن راشد آل مكتوم، "
                   + "نائب رئيس دولة الإمارات، على حسابه في منصة إكس."));

    [Fact]
    public void Extract_SourceInAPlaceOpeningWithDeir_IsTheSource() =>
        // بدير البلح: «in Deir …», a place's first word behind ب as بسيدي is — not a name closing the source's phrase.
        Assert.Equal([("مصدر طبي", "المرضى يحصلون الآن على جلستين أسبوعيا بدلا من ثلاث")],
            Quotes("وقال مصدر طبي في مستشفى شهداء الأقصى بدير البلح إن \"المرضى يحصلون الآن على جلستين أسبوعيا بدلا من ثلاث\"."));

    [Fact]
    public void Extract_AsForSomeoneWhoIsAStudent_IsThatPerson() =>
        // أما كريم، وهو طالب جامعي، فيقول: after «he is», طالب is «a student», no verb of demanding that would end the aside.
        Assert.Equal([("كريم", "بنبدأ الشغل من بعد الضهر، والإحساس لما الناس تقعد تفطر مع بعض")],
            Quotes("أما كريم، وهو طالب جامعي يتطوع في تجهيز الوجبات، فيقول: «بنبدأ الشغل من بعد الضهر، والإحساس لما الناس تقعد تفطر مع بعض»."));

    [Theory]
    // a role with «her» after أما: her coach speaks, not the athlete quoted before
    [InlineData("وقالت العداءة سارة الزروالي إن \"الفوز جاء بعد سنوات طويلة من التدريب الشاق\". أما مدربها الكيني بيتر كيبروتيتش فاعتبر "
                + "أن تلميذته \"قادرة على المنافسة على ميدالية في الألعاب المقبلة\".", "كيبروتيتش", "قادرة على المنافسة على ميدالية في الألعاب المقبلة")]
    // one ال-word describing the person before the name, and a description set off by commas
    [InlineData("وقال الطبيب خالد الخصاونة إن \"العملية نجحت بشكل كامل ولله الحمد\". أما المريض أبو أحمد، وهو أب لخمسة أبناء، فقال: "
                + "\"كنت لا أستطيع صعود درجتين من السلم\".", "أبو أحمد", "كنت لا أستطيع صعود درجتين من السلم")]
    // a role and its name, then a description set off by commas
    [InlineData("وقال رئيس حزب الشعب الجمهوري أوزغور أوزال إن «الناخبين قرروا تغيير وجه تركيا السياسي». أما رئيس بلدية إسطنبول منصور يافاش، "
                + "الذي ضمن ولاية ثانية، فكتب عبر منصة «إكس»: «إسطنبول انتصرت مجددا للديمقراطية والعدالة».", "يافاش", "إسطنبول انتصرت مجددا للديمقراطية والعدالة")]
    public void Extract_AsForSomeoneThenFaVerb_IsTheOneTheSentenceTurnsTo(string body, string speaker, string text) =>
        // أما … ف…: the one the sentence turns to speaks, however the phrase before ف names them; the speaker before had gone on.
        Assert.Contains((speaker, text), Quotes(body));

    [Theory]
    // ل glued to the company's name in marks, then the name set off by a comma
    [InlineData("وقال الرئيس التنفيذي لـ“إنفيديا” جنسن هوانغ، خلال منتدى الاستثمار في الرياض، إن", "هوانغ")]
    // …the party's name, and a title before the name
    [InlineData("وأكد الأمين العام لـ«حزب الله» الشيخ نعيم قاسم، في كلمة متلفزة، أن", "قاسم")]
    // في and a body word before the centre's name in marks; the name closed by the medium it spoke to
    [InlineData("وقال كبير المحللين في مركز \"الخليج لأبحاث الطاقة\" الدكتور ناصر الهاجري لـ\"العربية\" إن", "ناصر الهاجري")]
    public void Extract_EmployersNameInMarksInsideTheRolesPhrase_NamesThePersonAfterIt(string before, string speaker) =>
        // The marks name whom the role is held at; the person's name follows them. The ل had been read as whom the words were
        // said to (لـ"الشرق الأوسط"), and the role printed alone.
        Assert.Equal([(speaker, Words)], Quotes($"{before} \"{Words}\"."));

    [Fact]
    public void Extract_LamBeforeAMediumInMarks_StillEndsTheRole() =>
        // Guard: no name after the marks — they named the medium the words were said to.
        Assert.Equal([("الوزير", Words)], Quotes($"وقال الوزير لـ\"الشرق الأوسط\" إن \"{Words}\"."));

    [Fact]
    public void Extract_ChiefEconomistAndHerName_IsHerFamilyName() =>
        // كبيرة الاقتصاديين: «chief» before a plural of people heads the role, and the name closing its phrase speaks.
        Assert.Equal([("حقي", Words)],
            Quotes($"وقالت كبيرة الاقتصاديين في بنك \"الإمارات دبي الوطني\" خديجة حقي إن \"{Words}\"."));

    [Theory]
    // «the agency», its adjectives and a field behind ل: the agency he directs
    [InlineData("وفي فيينا، حذر المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي من أن", "غروسي")]
    // a United Nations agency, and its name in marks before the person's
    [InlineData("من جانبه، قال المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين «الأونروا» فيليب لازاريني إن", "لازاريني")]
    [InlineData("وقال المدير التنفيذي لوكالة الطاقة الدولية فاتح بيرول إن", "بيرول")]
    public void Extract_AgencyTheRoleIsOver_IsNoMediumTheWordsWereSaidTo(string before, string speaker) =>
        // ل and «agency» had always been read as the news agency the words were said to (للوكالة الفرنسية), ending the role's
        // phrase before the name.
        Assert.Equal([(speaker, Words)], Quotes($"{before} \"{Words}\"."));

    [Fact]
    public void Extract_NewsAgencyAfterARole_StillEndsIt() =>
        // Guard: the national news agency, a field of news behind ل.
        Assert.Equal([("الوزير", Words)], Quotes($"وقال الوزير للوكالة الوطنية للإعلام إن \"{Words}\"."));

    [Fact]
    public void Extract_GivenNameOfTwoWordsBeforeTheFamilyName_ClosesTheRolesPhrase() =>
        // فاطمة الزهراء الإدريسي: a given name whose second word has ال, then the family name — the researcher had been printed.
        Assert.Equal([("الإدريسي", Words)],
            Quotes($"في المقابل، ترى الباحثة في علم الاجتماع فاطمة الزهراء الإدريسي أن «{Words}»."));

    [Fact]
    public void Extract_TeacherAndHerGivenName_IsHerName() =>
        // المعلمة: the teacher of a school story, a role before her name.
        Assert.Equal([("نادية", Words)],
            Quotes($"وتقول المعلمة نادية، التي تدرس منذ 22 عاما في مدرسة ابتدائية ببلدية باب الزوار، إن \"{Words}\"."));

    private const string Before = "وقال الوزير أحمد سالم إن \"الحكومة ستدعم المزارعين في الموسم المقبل\". ";

    [Theory]
    // a phrase of place set off by a comma, a present verb of no saying, a street role and a given name; ويقول after them
    [InlineData("وفي معصرة القرية، يقف الشاب محمد صوفان بانتظار دوره، ويقول: «{0}».", "صوفان")]
    // a title of pilgrimage, and the person's age
    [InlineData("في إحدى قرى مركز قوص، يقف الحاج عبد الراضي حسانين (58 عاما) وسط أرضه، ويقول: «{0}».", "حسانين")]
    // a family name the article gave before, alone, and a word with «his» after it
    [InlineData("وقال المزارع عبد الرحمن عيد إن \"الموسم صعب\". وقبل غروب الشمس، يلملم عيد سلالمه ويقول: «{0}».", "عيد")]
    public void Extract_BareCueAfterTheNarrationsSubject_IsThatPersons(string body, string speaker) =>
        // A street report's narration turns to someone with a verb of no saying; the bare «ويقول» after it is theirs, not the
        // minister's quoted before.
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_WhatRoseIsNoNarratedSubject() =>
        // Guard: «تضاعفت أسعار الأسمدة» names no person — the bare «وأضاف» after it goes on with the minister.
        Assert.Contains(("سالم", Words), Quotes(Before + $"وتضاعفت أسعار الأسمدة في ظرف وجيز، وأضاف: «{Words}»."));

    [Theory]
    [InlineData("قال")]
    [InlineData("يقول مبتسما")]
    [InlineData("يضيف")]
    public void Extract_QuotationThenABareVerb_IsThePreviousSpeakers(string verb) =>
        // «…»، يقول مبتسما: nobody named after the verb — the one the story is with said it. These had been dropped.
        Assert.Contains(("سالم", Words), Quotes(Before + $"«{Words}»، {verb}."));

    [Fact]
    public void Extract_QuotationThenAWomansBareVerbAfterAMan_IsNotHis() =>
        // Guard: قالت after a man's words is someone else's.
        Assert.DoesNotContain(("سالم", Words), Quotes(Before + $"«{Words}»، قالت قبل أن تغادر."));

    [Theory]
    // the person the narration turned to, after a phrase of place, with كان and a compound given name
    [InlineData("وإلى جوارها، كان عبد السلام الزنتاني، وهو موظف حكومي في الأربعينيات، يحمل كرسيا صغيرا. «{0}»، يقول الرجل الأربعيني.", "الزنتاني")]
    // …a nurse and her name; the description of a woman
    [InlineData("وفي قسم الولادة بمستشفى ناصر، تعمل الممرضة سماح النجار منذ 36 ساعة. وتقول الشابة العشرينية: «{0}».", "سماح النجار")]
    // …a man quoted by name, then described by his age (both named whole: the article uses no family name alone)
    [InlineData("وقال عبد الله الجبوري إن \"الجامع عاد\". ويضيف الرجل السبعيني: «{0}».", "عبد الله الجبوري")]
    public void Extract_PersonDescribedByTheDecadeOfTheirAge_IsThePersonJustNamed(string body, string speaker) =>
        // الرجل الأربعيني، الشابة العشرينية: the copy's way of not repeating a name — the person named in this sentence or the
        // one before, of that sex. The description had been printed.
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_WomanDescribedByHerAgeAfterAMan_StaysTheDescription() =>
        // Guard: السيدة الخمسينية is not the man just quoted.
        Assert.Contains(("السيدة الخمسينية", Words),
            Quotes(Before + $"وتقول السيدة الخمسينية: «{Words}»."));

    [Fact]
    public void Extract_ManDescribedByHisAgeLongAfterTheLastSpeaker_StaysTheDescription() =>
        // Guard: the minister was named three sentences before; «الرجل الخمسيني» describes someone else.
        Assert.Contains(("الرجل الخمسيني", Words),
            Quotes(Before + "وتعيش العائلات في الخيام منذ أشهر. وتزداد المعاناة مع اشتداد البرد. "
                   + $"«{Words}»، يضيف الرجل الخمسيني."));

    [Theory]
    // a title and a name, the age and a description set off by commas, a name in marks before the last comma
    [InlineData("الحاج محمود الشهابي (70 عاما)، صاحب محل لصابون الغار في سوق «خان الحرير»، قال: «{0}».", "الشهابي")]
    // kin with «his» and a given name; what the verb takes after it is «the matter», no one
    [InlineData("ابنه محمود، خريج كلية الزراعة العاطل عن العمل، يرى الأمر من زاوية أخرى: «{0}».", "محمود")]
    // one «called» a name
    [InlineData("وليّة تلميذ تدعى سميرة، قالت بنبرة غاضبة: «{0}».", "سميرة")]
    public void Extract_SubjectOpeningTheSentenceBeforeItsVerb_IsWhoSpeaks(string body, string speaker) =>
        // The subject first, set off by punctuation up to an unprefixed verb: these had gone on with the minister quoted before.
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_RoleBeforeOnHerPartAndTheVerb_IsThatRole() =>
        // مديرة المؤسسة من جهتها أوضحت: «on her part» after a role alone turns to its holder, not to the minister.
        Assert.Contains(("مديرة المؤسسة", Words), Quotes(Before + $"مديرة المؤسسة من جهتها أوضحت: «{Words}»."));

    [Theory]
    // a title, the age and a description set off by commas, then «فقد» and a participle
    [InlineData("أما الحاج بابكر (71 عاما)، وهو من قدامى سكان حي المربعات، فقد هز رأسه قائلا: «{0}».", "بابكر")]
    // «my uncle», as the street calls an elder, and a description with a cue of its own in a relative clause
    [InlineData("أما عمي رابح، المناصر الستيني الذي يقول إنه لم يفوت مباراة منذ السبعينيات، فقال بهدوء: «{0}».", "رابح")]
    public void Extract_AsForSomeoneLongBeforeTheFaVerb_IsThatPerson(string body, string speaker) =>
        // أما … ف…: the one the sentence turns to, past any description — not the minister quoted before.
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_ButHeCalledOnSomeone_IsHisWordsNotTheirs() =>
        // لكنه دعا الأشقاء إلى "…": «but he» is the subject; what follows the verb is its object.
        Assert.Contains(("سالم", "دعم عاجل لقطاع الطاقة قبل أن تتحول الأزمة إلى كارثة"),
            Quotes(Before + "وأكد سالم أن الحكومة \"لن تتهرب من مسؤوليتها أبدا\"، لكنه دعا الأشقاء والمانحين إلى \"دعم عاجل لقطاع الطاقة قبل أن تتحول الأزمة إلى كارثة\"."));

    [Fact]
    public void Extract_StatementOfACommuneQuotedAfter_IsTheCommunes() =>
        // أعلنت جماعة أكادير، في بلاغ …: the Maghreb's commune, its one-word name and «in a بلاغ» name the issuer; «وجاء في
        // البلاغ» and «وأوضح البلاغ» after it give its words (printed as «البلاغ», unresolved, and dropped).
        Assert.Equal([("جماعة أكادير", Words), ("جماعة أكادير", "ستمتد لستة أشهر وتشمل تجديد شبكة الكهرباء")],
            Quotes("أعلنت جماعة أكادير، في بلاغ صدر الاثنين، عن الإغلاق المؤقت لعدد من أجنحة سوق الأحد. "
                   + $"وجاء في البلاغ: «{Words}». وأوضح البلاغ أن الأشغال \"ستمتد لستة أشهر وتشمل تجديد شبكة الكهرباء\"."));

    [Fact]
    public void Extract_HoweverARoleWithAPartyInMarksAndANameBeforeTheVerb_IsThatPerson() =>
        // غير أن …: «however» opens the sentence before its subject, as لكن does; the party's name in marks had kept the
        // clause's subject from being read, and the words went on with the minister. (The Mauritanian name of three words is
        // printed by its last, a known shortfall.)
        Assert.Contains(("المختار", Words),
            Quotes(Before + $"غير أن رئيس حزب \"تواصل\" المعارض حمادي ولد سيد المختار اعتبر أن الإجراءات \"{Words}\"."));

    [Fact]
    public void Extract_RoleWarningOfSomethingThenTheRoleAlone_IsTheNameItWasIntroducedWith() =>
        // «حذر وزير الخارجية أيمن الصفدي من …»: «of» after a verb of warning closes a name the article gives once, so the role
        // said again alone is that person.
        Assert.Contains(("أيمن الصفدي", Words),
            Quotes($"وحذر وزير الخارجية أيمن الصفدي من خطورة استمرار التصعيد. وشدد وزير الخارجية على أن \"{Words}\"."));

    [Fact]
    public void Extract_MonarchSaidAgainByHisTitle_IsTheKing() =>
        // العاهل الأردني: «the monarch» is a role, so the phrase the king was introduced with, said again alone, is him.
        Assert.Contains(("عبد الله الثاني", Words),
            Quotes($"حذر العاهل الأردني الملك عبد الله الثاني من خطورة استمرار التصعيد. وشدد العاهل الأردني على أن \"{Words}\"."));

    [Fact]
    public void Extract_AsForABodyThenFaVerb_IsTheBody() =>
        // أما مديرية التربية … فأكدت: the body the sentence turns to, not the headmistress quoted before.
        Assert.Contains(("مديرية التربية", Words),
            Quotes("مديرة المؤسسة من جهتها أوضحت: «تلقينا وعدا بفتح قسمين إضافيين قبل نهاية الشهر». "
                   + $"أما مديرية التربية لولاية وهران فأكدت في بيان أن \"{Words}\"."));

    [Fact]
    public void Extract_StreetTradeAndAGivenNameBeforeTheVerb_IsThatPerson() =>
        // بائع الخضار سعيد، الذي …، أكد: what he sells, then his name, set off before the verb.
        Assert.Contains(("سعيد", Words), Quotes(Before + $"بائع الخضار سعيد، الذي يفترش الرصيف عند باب أنطاكية، أكد أن \"{Words}\"."));

    [Theory]
    [InlineData("وقال أبو سامر إن \"المحل سيفتح قريبا جدا\". ويقول الرجل: «{0}».", "أبو سامر")]
    [InlineData("وقالت أم خالد إن \"البيت سيعود قريبا جدا\". وتضيف السيدة: «{0}».", "أم خالد")]
    public void Extract_ManOrWomanAloneRightAfterTheirName_IsThatPerson(string body, string speaker) =>
        // الرجل، السيدة alone: the copy's way of not repeating the name just given, as with the decade of an age. (الرجل, a role
        // word, was read so before; السيدة was printed.)
        Assert.Contains((speaker, Words), Quotes(string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Theory]
    // remembering, before a colon
    [InlineData("يتذكر أبو ياسر كيف كان الحي يعج بالحياة: «{0}».", "أبو ياسر")]
    // closing, after the narration's subject
    [InlineData("مع غروب الشمس، يطفئ أبو محمد المصباح المعلق فوق الباب، ويختم حديثه: «{0}».", "أبو محمد")]
    public void Extract_PresentVerbsOfStreetReports_AreCues(string body, string speaker) =>
        // يتذكر، يختم: a street report's verbs of remembering and closing bring words in as يقول does (they had been dropped).
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Theory]
    // what the person is, the name and the age opening the sentence; ويقول after them
    [InlineData("المتقاعد عبد القادر سعيداني (70 عاما) يحمل قفة من الحلفاء ورثها عن والدته، ويقول: «{0}».", "سعيداني")]
    // …and the quotation in the next sentence, a bare verb after it
    [InlineData("الحاجة زهرة (67 عاما) تقف طويلا أمام طاولة الطماطم. «{0}»، تقول وهي تعد القطع النقدية.", "زهرة")]
    // a name the lexicon does not know, after the scene's phrase, its age the evidence of a person
    [InlineData("عند الساعة الحادية عشرة، يخرج أيوب (18 عاما) من قاعة الامتحان مبتسما. «{0}»، يقول وهو يعانق والدته.", "أيوب")]
    public void Extract_PersonIntroducedWithTheirAge_IsWhomTheNextBareCueIsAbout(string body, string speaker) =>
        // «(70 عاما)» after a name: a person the narration turns to, not the minister quoted before.
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_AdjectiveAfterAMannerNoun_IsNoName() =>
        // «بابتسامة متعبة»: the smile's adjective had been printed as the speaker; the man is the one the narration is with.
        Assert.Contains(("أبو سامر", Words),
            Quotes(Before + $"وفي الشارع نفسه، يعمل أبو سامر على إعادة فتح محل الحلويات. ويقول الرجل بابتسامة متعبة: «{Words}»."));

    [Theory]
    // kin with «her» and «elder», then the name after a verb of saying
    [InlineData("وعبر الهاتف من بروكسيل، يقول شقيقها الأكبر عبد الله، الذي يعمل في البناء منذ خمسة عشر عاما: «{0}».", "عبد الله")]
    // «one of them, called» a name
    [InlineData("على الكورنيش، ينشغل صيادون بإصلاح قواربهم. يقول أحدهم، ويدعى عبد السلام: «{0}».", "عبد السلام")]
    // kin, a name set off by commas and the age opening the sentence before; a bare verb after the quotation
    [InlineData("شقيقه الأكبر، يزن (12 عاما)، كان آخر من رآه. «{0}»، يقول بصوت خافت.", "يزن")]
    public void Extract_KinOrOneOfThemAndAName_IsThatPerson(string body, string speaker) =>
        // Kin and «one of them» before a name: the name speaks (the minister quoted before had been given the words).
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_QuotationAfterThatAndANounWithHisPronoun_IsThePredicateInHisWords() =>
        // «إن فريقه "…"»: after إن the noun with «his» is the clause's subject, and the quotation its predicate in the coach's
        // words — not the name of his team (فريقه «الأهلي»), which had dropped it.
        Assert.Contains(("لوبيتيغي", "عانى في الشوط الثاني أمام منتخب منظم جدا"),
            Quotes("وقال المدرب جولين لوبيتيغي إن فريقه \"عانى في الشوط الثاني أمام منتخب منظم جدا\". "
                   + $"وأضاف لوبيتيغي أن \"{Words}\"."));

    [Fact]
    public void Extract_MotherOfSomeone_IsNotTheOneSheIsMotherOf() =>
        // Guard: «والدة وائل» (the mother of Wael) normalises as «والده» (his mother) does; the ة as written says whose mother
        // she is, so the kin rule of a subject opening its sentence does not make Wael the speaker. (After a verb, «وتقول والدة
        // وائل» still prints «وائل», as the session-start engine did: a known miss.)
        Assert.DoesNotContain(("وائل", Words), Quotes(Before + $"والدة وائل، التي فقدت ابنها في البحر، قالت: «{Words}»."));

    [Theory]
    // after a comma, before إن (every word before the asking: the state he works in too, since session 53)
    [InlineData("وقال موظف في وزارة الري بالولاية، رفض ذكر اسمه لأنه غير مخول بالتصريح، إن منسوب النهر «{0}».", "موظف في وزارة الري بالولاية")]
    // right after the description, before the colon: «to mention» is no cue
    [InlineData("يقول مسؤول حكومي رفض الكشف عن اسمه: «{0}».", "مسؤول حكومي")]
    public void Extract_OneWhoRefusedToGiveHisName_IsTheDescription(string body, string speaker) =>
        // «رفض ذكر اسمه» («refused to give his name») describes the speaker as «طلب عدم ذكر اسمه» does: «refused» had been
        // printed as his name, and «mention» read as the cue.
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_BareVerbWithShynessAfterTheQuotation_IsNotNamedByTheManner() =>
        // «يقول بخجل» («he says shyly»): the manner noun after ب had been printed as the speaker.
        Assert.Contains(("محمود", Words),
            Quotes(Before + $"على مقربة منهما، كان الفتى محمود (15 عاما) يفرز السمك في صناديق. «{Words}»، يقول بخجل."));

    [Theory]
    // a kunya, then what she is with a verb in it, then her verb of saying
    [InlineData("أم أكرم، أرملة تعيل خمسة أطفال، تقول إنها لم تشتر اللحم منذ ثلاثة أشهر: «{0}».", "أم أكرم")]
    // kin set off before the kunya that names her
    [InlineData("والدتها، أم ليان، تقول إن الأسرة أنفقت الكثير، مضيفة: «{0}».", "أم ليان")]
    // a name the lists do not know, then a trade (a cue's word too: طالب) and what he does
    [InlineData("عبّود، طالب جامعي يجلس على كرسي قرب العربة، يقول إنه يأتي كل يوم: «{0}».", "عبّود")]
    // kin with «his», a name and a relative clause; the verb of saying in the next sentence
    [InlineData("حفيده سالم، الذي يدرس الهندسة في مسقط، يقضي عطلته في الورشة. يقول: «{0}».", "سالم")]
    // a cousin (kin in construct), her description with ال, كانت; the next sentence's bare verb
    [InlineData("ابنة عمه سلمى، الطالبة في كلية الآداب، كانت آخر من تحدث إليه. تقول: «{0}».", "سلمى")]
    // a common given name, kin of someone, a past verb of three letters; a bare verb after the next quotation
    [InlineData("محمد، شقيق أحد الضحايا، نجا من الحادث لأنه بقي في المزرعة. «{0}»، يروي بصوت مخنوق.", "محمد")]
    public void Extract_PersonSetOffFromWhatTheyAre_IsTheVerbsSubject(string body, string speaker) =>
        // A street report's nominal sentence: a person, what they are set off by commas, then the verb. The minister quoted
        // before had been given the words (or a word of the description, «يجلس»).
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_ThingSetOffBeforeAVerb_IsNoSpeaker() =>
        // Guard: a lone word with ال set off before what reads as a person's description is mostly a place or a thing (السوق،
        // صاحب التاريخ العريق، يشهد): no name part, so the bare verb after it stays with the one already speaking.
        Assert.Contains(("سالم", Words),
            Quotes(Before + $"السوق، صاحب التاريخ العريق في المدينة، يشهد إقبالا ضعيفا. ويضيف: «{Words}»."));

    [Theory]
    // a present verb, a name and what person she is set off by commas, then «and she says»
    [InlineData("تشتري هالة، ربة منزل من حي الجميلية، ثلاث قطع وتقول: «{0}».", "هالة")]
    // past a scene's phrase and a clause of time, a title and a name
    [InlineData("وعند المساء، حين تنقطع الكهرباء، تشعل الحاجة آمنة فانوسا صغيرا وتقول: «{0}».", "آمنة")]
    // one «called» a name, a few words after the verb
    [InlineData("تتوقف سيدة سبعينية تدعى أم إلياس لتستمع، ثم تمسح دمعة وتقول: «{0}».", "أم إلياس")]
    // kin of someone and the name set off after it: the name
    [InlineData("يحتضن والد الطفل، محمود العمري، ابنه على سرير المستشفى، ويقول: «{0}».", "العمري")]
    public void Extract_AndSheSaysAfterTheVerbANameOpensWith_IsThatPerson(string body, string speaker) =>
        // «تشعل آمنة فانوسا وتقول»: the clause's opening verb and its subject name whom the و-verb of saying after them is
        // about (the minister quoted before had been given the words).
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_AndHeSaysAfterAVerbAndWhatItMoves_StaysWithWhoSpoke() =>
        // Guard: «يرفع رأسه … ويقول»: what the verb moves (his head) is no person; the words stay with the one already speaking.
        Assert.Contains(("سالم", Words), Quotes(Before + $"يرفع رأسه نحو السماء الرمادية ويقول: «{Words}»."));

    [Fact]
    public void Extract_BareVerbAfterASentenceOpeningWithANameAndWhatSheIs_IsHers() =>
        // «تصعد نادية، مدرسة متقاعدة، إلى العربة. تقول:»: a name that reads like a verb (نادية) is a person when what person she
        // is is set off after it.
        Assert.Contains(("نادية", Words), Quotes(Before + $"تصعد نادية، مدرسة متقاعدة، إلى العربة وتجلس قرب النافذة. تقول: «{Words}»."));

    [Theory]
    // the present of replying, after a question
    [InlineData("وعندما يسأله ابنه الصغير عن المستقبل، يرد حسين: «{0}».", "حسين")]
    // the present of admitting, before «that» and a colon
    [InlineData("ويعترف أبو علي بأن البيع تراجع: «{0}».", "أبو علي")]
    // a name that is also a word (صباح, «morning») before an age in brackets
    [InlineData("«{0}»، تقول صباح (45 عاما)، وهي تضحك بمرارة.", "صباح")]
    // «their» son and a name
    [InlineData("ويقول ابنهما محمود، الذي عاد من عمله في رام الله: «{0}».", "محمود")]
    // «her» neighbour and a name, after the quotation
    [InlineData("«{0}»، يضيف جارها رشيد بلقاسم، وهو موظف متقاعد.", "بلقاسم")]
    // «beside her», with no comma, before the verb and the person; the bare verb in the next sentence
    [InlineData("بجانبها يقف أبو رامي، سائق تاكسي أوقف سيارته على جانب الطريق. يقول: «{0}».", "أبو رامي")]
    // a kunya opening the sentence before a present verb; the bare verb in the next sentence
    [InlineData("أم سامر تدير المطبخ الخلفي، حيث تحضر المحاشي. تقول وهي تلف ورق العنب: «{0}».", "أم سامر")]
    public void Extract_StreetReportShapesOfRound10_NameTheSpeaker(string body, string speaker) =>
        // Round 10's street reports (quotes-probes.md): each had lost the words or given them to the minister quoted before.
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_WomansPresentVerbAfterAMan_DoesNotCarryOnHisWords() =>
        // «فترد وهي تبتسم»: a woman's present verb of saying with nobody after it is not the man who just spoke (the doctor who
        // asked her); the words, hers, had been given to him.
        Assert.DoesNotContain(Quotes("يمر الطبيب سامر حجار بين الأسرة ويسأل المريضة: «كيفك اليوم يا خالة؟ أكلتي منيح؟». "
                                     + $"فترد وهي تبتسم بتعب: «{Words}»."),
            q => q.Text == Words && q.Speaker.Contains("حجار"));

    [Fact]
    public void Extract_MansVerbAfterAMother_DoesNotCarryOnHerWords() =>
        // «ثم يقول» after «أم سامر»: a man's verb does not carry on a mother's words.
        Assert.DoesNotContain(Quotes($"أم سامر تدير المطبخ الخلفي. تقول: «{Words}». لكن الحنين لا يفارق أبو سامر. "
                                     + "عندما يسأل عن العودة، يصمت قليلا ثم يقول: «كل يوم بفكر فيها، بس الولاد كبروا هون»."),
            q => q.Text.StartsWith("كل يوم بفكر", StringComparison.Ordinal) && q.Speaker == "أم سامر");

    [Theory]
    // kin with «her», a comma, and a kunya whose second word is a role word (ملك, «king»)
    [InlineData("تقول والدتها، أم ملك: «{0}».", "أم ملك")]
    // kin and a kunya before a present verb, «and he says» at the sentence's end
    [InlineData("زوجها أبو محمود يوقف عمله للحظة، يمسح العرق عن جبينه ويقول: «{0}».", "أبو محمود")]
    // a scene's phrase, a present verb and a kunya, what she is set off; a bare verb after the next quotation
    [InlineData("في منزلها على طرف البلدة، تجلس أم طوني، المرأة السبعينية، على الشرفة. «{0}»، تقول بحزن.", "أم طوني")]
    public void Extract_KunyaInTheNarration_IsTheSpeaker(string body, string speaker) =>
        // أم before a word that is no given name (ملك) or after kin had not been read as a kunya: the minister quoted before had
        // been given the words.
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_RoleBeforeAnAmountItEstimates_EndsBeforeTheAmount() =>
        // «ويقدّر رئيس البلدية مساحة الأراضي المحروقة بمئات الدونمات، مؤكدا»: what the verb estimated, behind ب, is no part of
        // the role's phrase; «الدونمات» (the dunams) had been printed as the mayor's name.
        Assert.Contains(("رئيس البلدية", Words),
            Quotes($"ويقدّر رئيس البلدية مساحة الأراضي المحروقة بمئات الدونمات، مؤكدا أن البلدية رفعت الصوت مرارا \"{Words}\"."));

    [Fact]
    public void Extract_DaysSomeoneRemembers_AreNoSpeaker() =>
        // «ويتذكر أيام كان الشباب …»: the days remembered had been printed as the speaker of the next quotation.
        Assert.DoesNotContain(Quotes(Before + $"ويتذكر أيام كان الشباب يتسابقون للعمل فيها. «{Words}»، يقول ضاحكا."),
            q => q.Speaker == "أيام");

    [Fact]
    public void Extract_RoleAndOriginOfTheCounterpart_IsTheCounterpart() =>
        // «الوزير البريطاني» after «وزير الخارجية السعودي الأمير فيصل بن فرحان … مع نظيره البريطاني ديفيد لامي»: the role word
        // with the adjective of origin the counterpart was introduced with is he, not the first minister the role word was
        // given to.
        Assert.Contains(("لامي", Words),
            Quotes("أكد وزير الخارجية السعودي الأمير فيصل بن فرحان أن المملكة «لن تقيم علاقات مع إسرائيل دون دولة فلسطينية»، وذلك "
                   + "خلال مؤتمر صحافي مشترك مع نظيره البريطاني ديفيد لامي. وقال الأمير فيصل: «موقف المملكة ثابت ولم يتغير أبدا». "
                   + "من جهته، قال لامي إن بلاده «تشارك المملكة قلقها العميق إزاء الوضع الإنساني في غزة». "
                   + $"«{Words}»، تابع الوزير البريطاني، داعيا إسرائيل إلى فتح المعابر."));

    [Fact]
    public void Extract_RoleAndAnAdjectiveOfNoPlace_IsNotAnOrigin() =>
        // Guard: «الرئيس التنفيذي» («chief executive») reads like a role and an adjective of origin; التنفيذي is no place's
        // adjective, so «فلاي», the word after «التنفيذي لشركة», is never printed as the chief executive (argen 0212).
        Assert.DoesNotContain(Quotes("تزامنت مشاركة «فلاي دبي» في سوق السفر العربي مع الذكرى العاشرة لانطلاقة الشركة. "
                                     + "وتتيح الناقلة تذاكر على شبكة فلاي دبي. "
                                     + $"وقال الرئيس التنفيذي لشركة فلاي دبي: «{Words}». "
                                     + "وأضاف الغيث: «لقد تأسسنا برؤية تقديم خدمات سفر مريحة وموثوقة»."),
            q => q.Text == Words && q.Speaker.Contains("فلاي"));

    [Fact]
    public void Extract_ParticipleAfterAsForALongRoleAndName_IsThatPerson() =>
        // «أما رئيس الجامعة الملكية المغربية لألعاب القوى عبد السلام أحيزون، فوصف الإنجاز بأنه …، مؤكدا»: a topic of ten words
        // before the ف-verb is still whom the sentence turns to; «الإنجاز», what he described, had been given the words.
        Assert.Contains(("أحيزون", Words),
            Quotes("أما رئيس الجامعة الملكية المغربية لألعاب القوى عبد السلام أحيزون، فوصف الإنجاز بأنه “ثمرة سنوات من العمل”، "
                   + $"مؤكدا أن الجامعة “{Words}”."));

    [Theory]
    // a role's phrase set off before a title and a name that reads as a noun with «his» (عبده), then a verb of no saying;
    // the next sentence's bare verb
    [InlineData("صاحب المقهى، الحاج عبده، يراقب الزبائن من خلف الطاولة. ويقول: «{0}».", "عبده")]
    // «as for» her son, «the little one», a name and his age; the bare verb at the end of the sentence
    [InlineData("أما ابنها الصغير علي (12 عاما)، فكان يجمع ما نجا من البطاطا في كيس، ويقول: «{0}».", "علي")]
    public void Extract_PersonSetOffAfterWhatTheyAre_IsTheSpeaker(string body, string speaker) =>
        // What the person is before the name (a role set off by commas; kin after «أما»): the minister quoted before had been
        // given the words.
        Assert.Contains((speaker, Words), Quotes(Before + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words)));

    [Fact]
    public void Extract_AsForANameRightBeforeItsFaVerb_TurnsToThatPerson() =>
        // «أما فاطمة فتبدو أقل حماسة»: the ف-verb right after the name, no comma, still says whom the story turns to; the next
        // sentence's «وتقول» is hers.
        Assert.Contains(("فاطمة", Words),
            Quotes(Before + $"أما فاطمة فتبدو أقل حماسة. تتوقف عن العمل وتقول: «{Words}»."));

    [Fact]
    public void Extract_TradeAndANameWithANicknameInMarks_IsTheVerbsSubject() =>
        // «البائع سيد عبد العال، الشهير في السوق بـ«سيد طماطم»، يؤكد»: the comma after the nickname's closing mark still closes
        // what he is; the words are his (they had gone to the woman quoted before).
        Assert.DoesNotContain(Quotes("«بقيت أشتري بالواحدة يا بني»، تقول أم هاني. البائع سيد عبد العال، الشهير في السوق "
                                     + $"بـ«سيد طماطم»، يؤكد أن الأزمة لا تخص الزبائن وحدهم. «{Words}»، يقول وهو يرش الماء."),
            q => q.Text == Words && q.Speaker == "أم هاني");
}
