namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Speakers of street reports, human-interest stories and news, found wanting by probe round 12 (session 48's clean unseen
/// set, Fixtures/quotes-probes.md) and, for the session's last rules, round 13, and made into rules in session 49. The
/// sentences below are written after those articles.
/// </summary>
public class QuoteExtractorStreetTests
{
    private static readonly ArabicTextEngine Engine = new();

    private const string Words = "نحن ملتزمون بتقديم المساعدات لكل المحتاجين في المنطقة";

    /// <summary>A sentence quoting an official first, whom the street's words must not go to.</summary>
    private const string Before = "وقال الوزير أحمد سالم إن \"الحكومة ستدعم المزارعين في الموسم المقبل\". ";

    private static (string Speaker, string Text)[] Quotes(string body) =>
        Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes.Select(q => (q.Speaker, q.Text)).ToArray();

    private static string Format(string body) => string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Words);

    [Theory]
    // the tongue one speaks, with «his/her»: بلهجته
    [InlineData("يمشي الحاج كاظم بين جذوع نخيل مقطوعة الرؤوس في البصرة. «{0}»، يقول بلهجته البصرية.", "كاظم")]
    // the tongue one speaks, a noun of its own: بدارجة
    [InlineData("تجلس إيطو (60 عاما) أمام خيمتها تعد الخبز على نار الحطب. «{0}»، تقول بدارجة ممزوجة بالأمازيغية.", "إيطو")]
    // the same before the name's إن-clause: بفرنسية
    [InlineData("في الطابور، تقف لينا، طالبة جامعية من الجيل الثالث، مع والدتها. تقول لينا بفرنسية تتخللها كلمات عربية إن رمضان "
                + "بالنسبة لها «{0}».", "لينا")]
    public void Extract_TheTongueOrToneOfSpeaking_IsNoSpeaker(string body, string speaker) =>
        // ب and the language or the tone, also with «his/her» (بلهجته، بدارجة، بفرنسية), says how the words were said: the
        // adjective after it (البصرية، ممزوجة، تتخللها) had been printed as the speaker.
        Assert.Contains((speaker, Words), Quotes(Format(body)));

    [Theory]
    // the Egyptian «uncle» before a given name and the verb's object
    [InlineData("عند منتصف الليل، يطفئ عم سيد الفحم ويغطي عربته بقطعة مشمع. «{0}»، يقول.", "سيد")]
    // the Maghreb «auntie», the same
    [InlineData("على شرفة في الطابق الثالث، تراقب خالتي زهرة الاحتفالات وتزغرد. تقول إن زوجها الراحل كان «{0}».", "زهرة")]
    public void Extract_StreetTitleBeforeAGivenName_IsATitleAndTheNameIsOneWord(string body, string speaker)
    {
        // عم، خالتي: the titles of respect the street gives an elder, before a given name alone; the ال-word after the name
        // is what the narration's verb does something to (الفحم، الاحتفالات), never the family name.
        var quotes = Quotes(Before + Format(body));
        Assert.Contains(quotes, q => q.Text == Words && q.Speaker.EndsWith(speaker, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ADescriptionAndAnObjectTheArticleRepeats_IsNoName() =>
        // «الرجل السبعيني ورث البستان»: a man described and what he inherited; «البستان», repeated later in the article, had
        // been read as a family name after the description and given the next bare verb's words.
        Assert.DoesNotContain(Quotes("الرجل السبعيني ورث البستان عن أبيه، وكان فيه قبل عشرين عاما أكثر من خمسمئة نخلة. "
                                     + $"«{Words}»، يقول بحزن. ويقول جاره إن البستان لم يعد يطعم أحدا."),
            q => q.Speaker == "البستان");

    [Fact]
    public void Extract_ALongSceneBeforeThePresentVerb_StillSetsThePerson() =>
        // «في بستان يمتد على ضفة نهر صغير متفرع من شط العرب …، يمشي الحاج كاظم»: a phrase of place of fifteen words before the
        // comma, and a present verb after it, still sets the scene for the person named; the bare «يقول» is his.
        Assert.Contains(("كاظم", Words),
            Quotes(Before + "في بستان يمتد على ضفة نهر صغير متفرع من شط العرب في قضاء أبي الخصيب جنوب البصرة، يمشي الحاج كاظم "
                   + $"بين جذوع نخيل مقطوعة الرؤوس. «{Words}»، يقول."));

    [Fact]
    public void Extract_AsForKinSetOffBeforeATitleAndName_TurnsToThatPerson() =>
        // «أما والدتها، السيدة نصيرة، فتقول»: kin set off by commas from «Mrs» and the name; the words had gone to the
        // daughter quoted before.
        Assert.Contains(("نصيرة", Words),
            Quotes("تقول لينا إن رمضان بالنسبة لها «الوقت الوحيد اللي العايلة كاملة تاكل مع بعضها». "
                   + $"أما والدتها، السيدة نصيرة، فتقول إنها تحاول أن تنقل لأبنائها «{Words}»."));

    [Theory]
    // a source «at» a body, ب and its ال-word
    [InlineData("وأكد مصدر بإدارة المرور أن الحملات «{0}».", "مصدر بإدارة المرور", "ستستمر لضبط السائقين المخالفين للتعريفة")]
    // authorities, a body in the plural, far from a short quotation (which a speaker of no kind leaves below the threshold)
    [InlineData("وقالت السلطات الإقليمية في بيان صدر مساء أمس إن «{0}».", "السلطات الإقليمية", "الأوضاع في المدينة مستقرة")]
    public void Extract_ASourceAtABodyOrTheAuthorities_IsKept(string body, string speaker, string words) =>
        // «مصدر بإدارة المرور» was read as a source with no body (never printed), «السلطات» as no body at all; each is
        // who the press names as speaking.
        Assert.Contains((speaker, words), Quotes(string.Format(System.Globalization.CultureInfo.InvariantCulture, body, words)));

    [Fact]
    public void Extract_NameBeforeAVerbOfSayingAndIna_IsTheNextBareVerbsSpeaker() =>
        // «لكن عبد السلام يقول إنه لم يتلق أي تعويض»: a compound given name before the verb and its إن-clause, quoting nothing,
        // is still who speaks next; «يقول بمرارة» had gone to the authorities quoted before.
        Assert.Contains(("عبد السلام", Words),
            Quotes("عاد عبد السلام إلى درنة بعد العاصفة. وتقول السلطات المحلية إن أعمال الإعمار تسير «وفق الجدول الزمني المحدد». "
                   + $"لكن عبد السلام يقول إنه لم يتلق أي تعويض حتى الآن. «{Words}»، يقول بمرارة."));

    [Theory]
    // «that they (women)»: إنهن before the verb of the clause
    [InlineData("في الداخل، تشرف أم محمود على طهي الفتة مع نساء العائلة. تقول إنهن ذبحن ثلاثة عجول، «{0}».", "أم محمود")]
    // a number in words after إن
    [InlineData("في المعمل، يراقب العم سعيد قدور النحاس. يقول إن نحو اثني عشر ألف وردة تلزم «{0}».", "سعيد")]
    public void Extract_NumberOrPronounAfterIna_IsNoSpeaker(string body, string speaker)
    {
        // «ثلاثة»، «عشر» had been printed as speakers: a number in words is no name, and إنهن is «that they» like إنهم.
        var quotes = Quotes(Format(body));
        Assert.Contains(quotes, q => q.Text == Words && q.Speaker.EndsWith(speaker, StringComparison.Ordinal));
    }

    [Theory]
    // the verb after «in contrast», a role, a name and what the verb took behind ب with «his»
    [InlineData("في المقابل، أشاد المدير الفني لفاركو أحمد خطاب بأداء لاعبيه، وقال: «{0}».", "خطاب")]
    // the verb after «on his part», a role, a name and a chain of nouns in construct, its object
    [InlineData("من جهته، قدر المدير الإقليمي للبنك الدولي جان كريستوف كاريه كلفة إعادة الإعمار بنحو 216 مليار دولار، وقال في تصريح "
                + "صحفي: «{0}».", "كاريه")]
    public void Extract_AndSaidAfterARoleAndNameOpeningTheClause_IsThatPerson(string body, string speaker) =>
        // «وقال:» with nobody after it, in a clause opened by a phrase set off by a comma and a verb, a role and a name: the
        // name is the verb's subject. The name reader had run on into the object (لاعبيه، إعادة), and the words had gone to
        // the minister quoted before.
        Assert.Contains((speaker, Words), Quotes(Before + Format(body)));

    [Fact]
    public void Extract_AMaghrebNameInBuBeforeAnObject_StaysTheName() =>
        // Guard (EASC 052): «بوتفليقة» reads like ب and a noun before the ال-word after it; a name in بو is never the object
        // a verb took behind ب, so the family name stays the speaker's.
        Assert.Contains(("بوتفليقة", "مصدر قلق كبير في المنطقة"),
            Quotes("ووصف الرئيس الجزائري عبد العزيز بوتفليقة العراق بأنه \"مصدر قلق كبير في المنطقة\"."));

    [Theory]
    // shouting, a friend named after kin
    [InlineData("وبجانبه صديقه نسيم يصرخ: «{0}».", "نسيم")]
    // shouting, «one of» a group
    [InlineData("يدخل الحاج الحلقة رغم سنه، فيعلو التصفيق، ويصيح أحد الشباب: «{0}».", "أحد الشباب")]
    // whispering, a kunya
    [InlineData("تهمس أم خالد: «{0}».", "أم خالد")]
    public void Extract_ShoutingOrWhispering_IsAVerbOfSaying(string body, string speaker) =>
        // يصرخ، يصيح، تهمس bring in a voice from the crowd as قال does; the words had no cue and were dropped.
        Assert.Contains((speaker, Words), Quotes(Before + Format(body)));

    [Fact]
    public void Extract_ShortSecondHalfAfterACue_IsKept() =>
        // «…»، يقول مبتسما في جلبابه الأبيض، «والحمد لله ربنا كرم»: four plain words after the cue that split one speaker's words
        // go on with the first half, however short; they had scored as a label.
        Assert.Contains(("محمود", "والحمد لله ربنا كرم"),
            Quotes("العريس محمود (28 عاما) يعمل نجارا في الكويت منذ خمس سنوات، وعاد خصيصا للزواج. «قعدت أحوش قرش على قرش عشان الليلة "
                   + "دي»، يقول مبتسما في جلبابه الأبيض، «والحمد لله ربنا كرم»."));

    [Theory]
    // after a woman's verb of saying
    [InlineData("تقول أم علي: «{0}».")]
    // a scene's verb and a و-verb of saying after it
    [InlineData("تجلس أم علي أمام بيتها وتقول: «{0}».")]
    public void Extract_KunyaWithAli_IsTheSpeaker(string body) =>
        // «أم علي»: علي normalises like the preposition على, which had stopped the kunya; the words had gone to the minister.
        Assert.Contains(("أم علي", Words), Quotes(Before + Format(body)));

    [Fact]
    public void Extract_SceneVerbTheArticleRepeatsBeforeATitle_StillSetsThePerson() =>
        // «يجلس» opens two sentences of the article, so it read as a name the article repeats; before «عم» and a name it is
        // the scene's verb, and the next bare «يقول إن» is the uncle's (it had gone to the man quoted before).
        Assert.Contains(("بلقاسم", Words),
            Quotes(Before + "في المقهى يجلس الشباب حول الطاولات. في مقهى قريب، يجلس عم بلقاسم، المتقاعد من الديوانة، يتابع المشهد "
                   + $"بعين خبيرة. يقول إن المدينة «{Words}»."));

    [Theory]
    // a noun of his in construct before a title and a name
    [InlineData("في الواحدة ظهرا، تنتهي جلسة عم رجب. ينهض ببطء ويمسك بذراع ابنه. «{0}»، يقول.", "رجب")]
    // …before a kunya
    [InlineData("يصل دور أبو جورج أخيرا. يخرج بعد دقائق وفي يده رزمة من الأوراق. «{0}»، يقول.", "أبو جورج")]
    public void Extract_SceneVerbAndANounOfThePerson_SetsThePerson(string body, string speaker)
    {
        // «تنتهي جلسة عم رجب»: the session ends, and it is his; the bare «يقول» after the narration is his.
        var quotes = Quotes(Before + Format(body));
        Assert.Contains(quotes, q => q.Text == Words && q.Speaker.EndsWith(speaker, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GivenNameWithHamzaOnce_IsAName() =>
        // «إلياس» normalises to an ال-word; written with إ, a common given name, it is a name though the article says it once.
        Assert.Contains(("إلياس", Words),
            Quotes(Before + $"ويقول ابنها إلياس، البالغ 14 عاما، بعربية متعثرة: «{Words}»."));

    [Fact]
    public void Extract_ReplyToAQuotationThatCalledSomeone_IsThePersonCalled()
    {
        // «شكلك تعبان اليوم يا نبيل»، فيرد ضاحكا: the bare verb of replying is Nabil's answer, not his wife's words going on
        // (and her words are hers: kin and a kunya after the verb and its object pronoun).
        var quotes = Quotes("في المساء، يعود نبيل إلى بيته حاملا كيسا من الخبز. تستقبله زوجته أم ريم قائلة: «شكلك تعبان اليوم يا "
                            + $"نبيل»، فيرد ضاحكا: «{Words}».");
        Assert.Contains(("أم ريم", "شكلك تعبان اليوم يا نبيل"), quotes);
        Assert.Contains(("نبيل", Words), quotes);
    }

    [Fact]
    public void Extract_NameOpeningANominalSentence_IsTheNextBareVerbsSpeaker() =>
        // «لكن عبد الرحيم لا يصدق الوعود كثيرا»: a name the article uses again, then a negation and a present verb, names whom
        // the next bare «يقول» is about; the words had gone to the minister quoted before.
        Assert.Contains(("عبد الرحيم", Words),
            Quotes("يجلس عبد الرحيم قرب قاربه الأزرق في ميناء الصويرة. " + Before
                   + $"لكن عبد الرحيم لا يصدق الوعود كثيرا. «{Words}»، يقول وهو ينظر إلى الأفق."));

    [Fact]
    public void Extract_ObjectWithHisTheArticleRepeats_IsNoName() =>
        // «يلملم شباكه ويقول»: «his nets», said twice in the article, read as a name after the narration's verb; a word
        // written with «his» is what the verb does something to.
        Assert.DoesNotContain(Quotes("يرتق عبد الرحيم شباكه بأصابع متشققة. لكن عبد الرحيم لا يصدق الوعود كثيرا. "
                                     + $"يلملم شباكه ويقول وهو ينظر إلى الأفق: «{Words}»."),
            q => q.Speaker == "شباكه");

    [Theory]
    // a role with «her» and the name right after it
    [InlineData("وعلق مدربها عصام الجلالي على أدائها قائلا إن أنس «{0}».", "عصام الجلالي")]
    // …set off by commas
    [InlineData("يقول منسقها، مجتبى عثمان، إن المأوى يستضيف 46 عائلة، «{0}».", "مجتبى عثمان")]
    public void Extract_RoleWithAPronounBeforeAName_IsThatName(string body, string speaker)
    {
        // «مدربها»، «منسقها»: a role with «his/her» before a name, as kin before a name, is that person; the words had gone to
        // the player, or to the minister quoted before.
        var quotes = Quotes("قالت الوزيرة سلمى أحمد إن «الحكومة ستدعم النازحين في كل الولايات». " + Format(body));
        Assert.Contains(quotes, q => q.Text == Words && speaker.EndsWith(q.Speaker, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BareBodyWord_IsTheBodyTheArticleNamedFirst() =>
        // «وقال البنك» in a story about «البنك المركزي المصري» that later quotes an economist of «بنك أبوظبي التجاري»: the bare
        // body word is the story's bank, named first — it had gone to the later one.
        Assert.Contains(("البنك المركزي المصري", Words),
            Quotes("أبقى البنك المركزي المصري أسعار الفائدة الرئيسية دون تغيير يوم الخميس. "
                   + $"وقال البنك في بيان عقب اجتماع لجنة السياسة النقدية: «{Words}». "
                   + "وقالت مونيكا مالك، كبيرة الاقتصاديين في بنك أبوظبي التجاري: «القرار كان متوقعا ولن يفاجئ الأسواق»."));

    [Fact]
    public void Extract_ParticipleAfterABodysVerbBehindADateline_IsTheBody() =>
        // «القاهرة (رويترز) - أبقى البنك المركزي المصري أسعار الفائدة …، مشيرا إلى أن «…»»: the participle goes on from the body
        // the lead opened with; nobody had spoken before, and the words were dropped.
        Assert.Contains(("البنك المركزي المصري", Words),
            Quotes("القاهرة (رويترز) - أبقى البنك المركزي المصري أسعار الفائدة الرئيسية دون تغيير يوم الخميس، في خطوة جاءت متوافقة "
                   + $"مع توقعات أغلب المحللين، مشيرا إلى أن «{Words}»."));

    [Fact]
    public void Extract_WhatACallIsFor_IsKept() =>
        // «دعت منظمة أطباء بلا حدود في بيان إلى «تحرك عاجل …»»: what the call is for, after إلى, carries on the verb's clause;
        // a body far from plain words had left it below the threshold.
        Assert.Contains(("منظمة أطباء بلا حدود", "تحرك عاجل لتأمين المياه النظيفة للمجتمعات الأكثر عرضة للخطر"),
            Quotes("من جانبها، دعت منظمة أطباء بلا حدود في بيان إلى «تحرك عاجل لتأمين المياه النظيفة للمجتمعات الأكثر عرضة للخطر»."));

    [Fact]
    public void Extract_QuotationCompletingAStancePastALongAside_IsTheCuesSpeakers() =>
        // «أكد جلالة الملك عبدالله الثاني، خلال استقباله …، ضرورة «وقف الاعتداءات …»»: the stance noun right before the words
        // reaches back past the aside to its cue, as an أن-clause does; seventeen words away, the words had found no cue.
        Assert.Contains(("عبدالله الثاني", Words),
            Quotes("عمّان (بترا) - أكد جلالة الملك عبدالله الثاني، خلال استقباله في قصر الحسينية اليوم الثلاثاء وفدا من أعضاء "
                   + $"الكونغرس الأمريكي، ضرورة «{Words}»."));

    [Fact]
    public void Extract_NarratedByOneOfTheResidentsOfAQuarter_IsThatResident() =>
        // «وروى أحد سكان حي أبو شوك»: «narrated» behind و is a verb of saying (bare, روى reads like the name روي), and the
        // speaker is «one of the residents of» the quarter and its name, whole.
        Assert.Contains(("أحد سكان حي أبو شوك", Words),
            Quotes(Before + $"وروى أحد سكان حي أبو شوك، طلب عدم ذكر اسمه خوفا على سلامته، للجزيرة نت عبر الهاتف: «{Words}»."));

    [Fact]
    public void Extract_UnnamedPersonToldByWhatTheyAreAndAnAdjective_IsThatDescription() =>
        // «يقف رجل خمسيني يتكئ على عكاز، رفض ذكر اسمه»: the man in his fifties is whom the next bare cue is about — not the
        // verb after him («يتكئ», which had been printed as his name).
        Assert.Contains(("رجل خمسيني", Words),
            Quotes(Before + "في الطابور الطويل أمام الخزان، يقف رجل خمسيني يتكئ على عكاز، رفض ذكر اسمه. "
                   + $"«{Words}»، يقول بنبرة غاضبة."));

    [Theory]
    // «to whoever» is left in the queue
    [InlineData("عند الظهر، يخرج الحاج سالم ممسكا بظرف صغير، ويقول لمن بقي في الطابور: «{0}».", "سالم")]
    // «without» hesitation
    [InlineData("في آخر اليوم، تخرج الطفلة شهد (9 سنوات) ممسكة بحقيبتها، وحين نسألها عما تتمنى، تجيب بلا تردد: «{0}».", "شهد")]
    public void Extract_WhomOrHowAfterTheVerb_IsNoSpeaker(string body, string speaker)
    {
        // «لمن بقي»، «بلا تردد» after the verb say to whom and how, never who: «بقي» and «تردد» had been printed as speakers.
        var quotes = Quotes(Before + Format(body));
        Assert.Contains(quotes, q => q.Text == Words && q.Speaker.EndsWith(speaker, StringComparison.Ordinal));
    }

    [Theory]
    // a present verb after the youth: what he does
    [InlineData("ويقول شاب يبيع الوقود، رفض ذكر اسمه: «{0}».", "يبيع")]
    // «beside her» after the youth, and the present of replying with «to her»
    [InlineData("في المقعد الخلفي، تتذمر سيدة تحمل حقيبة خضار. يرد عليها شاب بجوارها يرتدي زي أمن إداري: «{0}».", "بجوارها")]
    public void Extract_WhatAnUnnamedPersonDoesOrWhereTheySit_IsNoName(string body, string notSpeaker)
    {
        // «شاب يبيع الوقود»، «شاب بجوارها»: after a youth told by what he is, a present verb or «beside her» is no more of the
        // mention; the youth is the speaker.
        var quotes = Quotes(Before + Format(body));
        Assert.Contains(quotes, q => q.Text == Words && q.Speaker.StartsWith("شاب", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.Speaker.Contains(notSpeaker, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AsForKinWithAnAdjectiveSetOffBeforeTheName_TurnsToThatPerson() =>
        // «أما ابنهما الأصغر، سامر، الذي …، فيرى»: kin and its adjective set off by a comma from the name; the bare «يقول» of the
        // next sentence had gone to the mother quoted before.
        Assert.Contains(("سامر", Words),
            Quotes("تساعده زوجته أم محمود في العجن، وتقول إن العمل «أهون من القعدة في البيت والتفكير بالهموم». أما ابنهما الأصغر، "
                   + $"سامر، الذي ترك الجامعة ليساعد والده، فيرى الأمر بطريقة مختلفة. «{Words}»، يقول الشاب."));

    [Theory]
    // a role, then its holder set off by commas behind a title
    [InlineData("ويشير مدير زراعة نابلس، المهندس وائل حمدان، إلى أن إنتاج هذا العام «{0}».")]
    // a title and the name right after the verb
    [InlineData("ويشير المهندس وائل حمدان إلى أن إنتاج هذا العام «{0}».")]
    public void Extract_IndicatesBeforeARoleOrATitle_IsAVerbOfSaying(string body) =>
        // «يشير» is held back as «indicates» unless a person follows; a role or a title right after it is one, though the
        // name prints as a word the article says once (حمدان). The words had found no cue.
        Assert.Contains(Quotes(Before + Format(body)), q => q.Text == Words && q.Speaker.EndsWith("حمدان", StringComparison.Ordinal));
}
