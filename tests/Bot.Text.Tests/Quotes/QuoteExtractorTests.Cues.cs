namespace Bot.Text.Tests.Quotes;

/// <summary>
/// Reporting verbs beyond «قال» that news uses to bring in someone's words (hope, repetition, writing, appeal, closing),
/// the verbs that only sometimes report (زاد، تعتبر، تتابع), quotations that run on or sit far from their cue, quoted
/// fragments after prepositions, and the speaker's name words. The sentences are written for these tests in the shapes
/// found on news pages outside the corpora (the pages themselves are third-party text).
/// </summary>
public class QuoteExtractorCueTests
{
    private static readonly ArabicTextEngine Engine = new();

    private static IReadOnlyList<Quote> Quotes(string body) => Engine.AnalyzeUnguarded(null, body, SummaryBudget.Default).Quotes;

    [Theory]
    [InlineData("وكرر وزير المالية سامي الخطيب \"أن مناقشة الموازنة انتهت ولم يطرأ عليها أي تعديل حقيقي\".", "الخطيب")]
    [InlineData("وكتب الوزير سامي الخطيب على صفحته \"اكتشافات جديدة في الحوض الساحلي تفتح آفاقا واعدة للبلاد\".", "الخطيب")]
    [InlineData("وغردت الفنانة ريم الحداد عبر حسابها: \"الحب لا يحتاج إلى عيد كي نحتفل به مع من نحب\".", "الحداد")]
    [InlineData("وأهاب المتحدث باسم الدفاع المدني رامي الخطيب بالمواطنين \"عدم الخروج من المنازل إلا للضرورة القصوى\".", "الخطيب")]
    public void Extract_VerbOfRepeatingWritingOrAppeal_IntroducesTheQuotation(string sentence, string speaker)
    {
        // The article names the person again by the family name, as news does.
        var quotes = Quotes(sentence + "\nوأوضح " + speaker + " أن العمل مستمر.");
        Assert.Equal(speaker, Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_FirstAndFamilyNameAfterADefiniteRole_AreTheSpeakerNotAConstruct()
    {
        // الوزير سامي الخطيب أمس: after a definite role a word and a family name are a name (a construct needs an
        // indefinite head: مدير أول إدارة الاتصال); the family name is the short mention.
        var quotes = Quotes(string.Join("\n",
            "وقال الوزير سامي الخطيب أمس \"الاكتشافات الجديدة تفتح آفاقا واعدة للبلاد\".",
            "وأضاف الخطيب أن العمل مستمر."));
        Assert.Equal("الخطيب", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_HopeAfterAQuotation_IsTheSameSpeakers()
    {
        var quotes = Quotes("وقال المدرب سامي الخطيب إن \"اللاعبين قدموا كل ما لديهم في هذه البطولة\"، معربا عن أمله أن \"يكون المصابون جاهزين في الشهر المقبل\".");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("الخطيب", q.Speaker));
        Assert.Contains(quotes, q => q.Text.StartsWith("يكون المصابون", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GoingOnAfterAColon_IsThePreviousSpeakers()
    {
        var quotes = Quotes(string.Join("\n",
            "وقال الفنان عادل الحداد في كلمته: \"كل سنة أفتخر بالمشاركة في هذا المهرجان العريق\".",
            "واستكمل: \"نحن فخورون بمشاركتنا ونشكر كل من عمل على إنجاحه\".",
            "وأضاف الحداد أنه سيغني أغنيتين."));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("الحداد", q.Speaker));
    }

    [Fact]
    public void Extract_AbbreviatedTitleBeforeTheName_DoesNotEndTheSpeakersPhrase()
    {
        var quotes = Quotes(string.Join("\n",
            "افتتح رئيس الوزراء د. سامي الخطيب أولى جلسات الحكومة في العاصمة.",
            "وقال د. الخطيب: \"أمامنا جدول أعمال طويل ومن اليوم الأول سنبدأ العمل\"."));
        Assert.Equal("الخطيب", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_NameThatRepeatsItsFathersName_IsCalledByItsLastWord()
    {
        // محمد twice inside one name is no sign that the article calls him محمد.
        var quotes = Quotes("وقال الوزير أحمد محمد محمد صالح إن \"العمل في المناجم يسير وفق الخطة الموضوعة\".");
        Assert.Equal("صالح", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("دعا رئيس المجلس سامي الخطيب، إلى «إجراء الانتخابات الرئاسية والبرلمانية المؤجلة، العام المقبل».")]
    [InlineData("أكد الوزير سامي الخطيب أن الوضع مستقر، معربا عن رفضه لـ \"التدخلات الخارجية في الشؤون الداخلية للبلاد\".")]
    public void Extract_LongerFragmentAfterAPrepositionWithAClausesJoints_IsSpeech(string sentence) =>
        Assert.Single(Quotes(sentence + "\nوأضاف الخطيب أن العمل مستمر."));

    [Fact]
    public void Extract_LongerNameAfterAPreposition_IsNoSpeech() =>
        Assert.Empty(Quotes("وأعلنت الوزارة دعمها لـ \"البرنامج الوطني للإرشاد النفسي والاجتماعي لكورونا\"."));

    [Theory]
    [InlineData("نفى الوزير سامي الخطيب ما تردد عن الحادث، مؤكدا أن هذه الروايات \"غير صحيحة على الإطلاق\".")]
    [InlineData("وقال الوزير سامي الخطيب إن الاحتلال لم يتغير، مشددا على أنه إذا لم تتغير السياسات فإن البديل \"هو ما نعيشه الآن\".")]
    public void Extract_ShortPredicateOfADefiniteWordWithAClausesJoints_IsSpeech(string sentence) =>
        Assert.Single(Quotes(sentence + "\nوأضاف الخطيب أن العمل مستمر."));

    [Fact]
    public void Extract_ShortNameAfterADefiniteWord_IsStillNoSpeech() =>
        Assert.Empty(Quotes("وقال الوزير سامي الخطيب إن افتتاح المركب الترفيهي \"عالم الأحلام الكبير\" سيكون في الصيف.\nوأضاف الخطيب أن العمل مستمر."));

    [Theory]
    [InlineData("وجدد الوزير سامي الخطيب التأكيد على أن «البلاد ترفض أي تهجير للسكان من أرضهم».")]
    [InlineData("وختم المدرب سامي الخطيب \"لا أريد الدخول في تفاصيل التحكيم، المهم أننا توجنا باللقب\".")]
    public void Extract_VerbOfRenewingOrClosing_IntroducesTheQuotation(string sentence) =>
        Assert.Equal("الخطيب", Assert.Single(Quotes(sentence + "\nوأضاف الخطيب أن العمل مستمر.")).Speaker);

    [Fact]
    public void Extract_QuotationOpenedAfterThatOverSeveralSentences_IsOneQuotation()
    {
        var quotes = Quotes(string.Join("\n",
            "ويؤكد المدرب سامي الخطيب بأن “التحضيرات تسير في ظروف ممتازة بعد الدورة الدولية.",
            "بقيت مباراة ودية أخيرة قبل البطولة.",
            "نحن قادرون على العودة باللقب”.",
            "وأضاف الخطيب أن العمل مستمر."));
        var quote = Assert.Single(quotes);
        Assert.Equal("الخطيب", quote.Speaker);
        Assert.EndsWith("العودة باللقب", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReversedMarkAfterColonOverSeveralSentences_IsOneQuotation()
    {
        var quotes = Quotes(string.Join("\n",
            "وعن المعسكر قال المدرب سامي الخطيب:” المعسكر رائع بكل المقاييس والمعدل البدني مرتفع ..",
            "الملاحظ أن الأغلبية في الفريق خجولة “.",
            "وأضاف الخطيب أن العمل مستمر."));
        var quote = Assert.Single(quotes);
        Assert.Equal("الخطيب", quote.Speaker);
        Assert.EndsWith("في الفريق خجولة", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RoleAfterMinJihatihi_IsTheSpeakerOfTheVerbAfterIt() =>
        Assert.Equal("عباد", Assert.Single(Quotes(string.Join("\n",
            "وقال رئيس الصندوق سامي الخطيب إن العمل مستمر.",
            "من جهته أمين العاصمة حمود عباد، قال في تعليقه على الاتفاقيات:” المبلغ خصص لصيانة الطرق والجسور في المرحلة الأولى”.",
            "وأشاد عباد بالصندوق."))).Speaker);

    [Fact]
    public void Extract_VerbalNounAfterARoleAndTheNameItSetsOff_IsThatPersons() =>
        Assert.Equal("الخطيب", Assert.Single(Quotes(string.Join("\n",
            "قالت منظمة الصحة العالمية إن عدد الحالات زاد في البلاد.",
            "ونقلت وكالة الأنباء عن المتحدث باسم المنظمة، سامي الخطيب، قوله “هناك بلاغات عن مئة ألف حالة اشتباه حتى الآن”.",
            "وأضاف الخطيب أن المنظمة تتابع الوضع."))).Speaker);

    [Fact]
    public void Extract_FollowingUpAThing_DoesNotMakeItTheSpeaker() =>
        // «مؤكدة أنها تتابع الموضوع»: تتابع here follows a matter; the authority is still the one speaking after «وقالت».
        Assert.Equal("هيئة الاتصالات", Assert.Single(Quotes(string.Join("\n",
            "نفت هيئة الاتصالات صدور أي توجيهات بحجب التطبيقات.",
            "ونشرت الهيئة بيانا على حسابها، مؤكدة أنها تتابع الموضوع مع مزودي الخدمات.",
            "وقالت: «إن تقديم خدمات الاتصالات في المملكة يخضع لمتطلبات تنظيمية واضحة»."))).Speaker);

    [Fact]
    public void Extract_FirstAndFamilyNameBeforeTheVerb_AreTheSpeaker()
    {
        var quotes = Quotes(string.Join("\n",
            "وقال الخبوشي في تصريح إن النقابة تتابع الملف.",
            "ويرى المهنيون أن التطبيقات أثرت على عملهم حيث كان فوزي الخبوشي كشف أن “التنقلات أصبحت بسيارات مدنية لا نعرف هويتها”."));
        Assert.Contains(Assert.Single(quotes).Speaker, new[] { "فوزي الخبوشي", "الخبوشي", "فوزي" });
    }

    [Fact]
    public void Extract_TopicBeforeTheVerb_IsNoSpeaker() =>
        // «و عن خلع الحجاب قالت»: a noun and an ال-word before the verb are its topic; the speaker is the one already named.
        Assert.Equal("صابرين", Assert.Single(Quotes(string.Join("\n",
            "وتابعت صابرين أنها قد تكرر تجربة الزواج مرة أخرى.",
            "و عن خلع الحجاب قالت ايضا: “الدرس الذي تعلمته هو أن تنام مرتاح البال”."))).Speaker);

    [Fact]
    public void Extract_MediumNamedAfterWith_IsNoQuotationAndTheStatementAfterItIs()
    {
        var quotes = Quotes(string.Join("\n",
            "أعلن عمر قمر الدين وزير الخارجية أن الجيش يسيطر على كل أراضي البلاد.",
            "وقال قمر الدين، في حوار مع \"سكاي نيوز عربية\"، إن \"العلاقات مع الجيران راسخة ونحن نحاول العيش بسلام\"."));
        var quote = Assert.Single(quotes);
        Assert.Equal("قمر الدين", quote.Speaker);
        Assert.StartsWith("العلاقات", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_QuotationInsideAThatClauseFarFromItsCue_IsTheSpeakers() =>
        Assert.Equal("النيابة العامة", Assert.Single(Quotes(
            "قالت النيابة العامة بالعاصمة الغربية إن الحفر تنقيبا عن اختلالات إجرائية في الملف المتعلق بالرئيس السابق "
            + "محمد ولد عبد الله \"لن يستخرج شيئا، ولن يغطي على أدلة الإثبات المستفيضة في الملف\".")).Speaker);

    [Fact]
    public void Extract_QuotationAfterAColonFarFromItsCue_IsTheSpeakers()
    {
        var quotes = Quotes(string.Join("\n",
            "قال الدكتور سامي الخطيب وزير الثقافة إن حفل الافتتاح كان ليلة استثنائية.",
            "وأضاف في تصريحات ضمن تغطية قنوات التلفزيون الرسمي لحفل افتتاح المتحف الكبير مع الإعلامية منى الشاذلي مساء السبت: "
            + "«السعادة لا توصف، والحضور غير عادي، والحدث يؤدي إلى حراك ثقافي كبير»."));
        Assert.Equal("الخطيب", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_MarkGluedToThatAndItsPronoun_OpensTheQuotation() =>
        Assert.StartsWith("أبلغوا", Assert.Single(Quotes(string.Join("\n",
            "كشف وزير الخارجية سامي الخطيب أن وزارته أبلغت السفارة بالقرار.",
            "وقال الخطيب في تصريح خاص إنهم” أبلغوا الخارجية بأسباب استدعاء السفير إلى العاصمة ”."))).Text, StringComparison.Ordinal);

    [Fact]
    public void Extract_SignWithOneWord_IsNoQuotation() =>
        Assert.Empty(Quotes("وأضافت الشركة أن الغسالة الجديدة مصنفة من فئة «أي ++» لتوفيرها قدرا كبيرا من الطاقة."));

    [Fact]
    public void Extract_GivenNameRecurringInOtherNames_IsNotTheShortMention()
    {
        // محمد is in three names here; the article calls the minister الكاروري.
        var quotes = Quotes(string.Join("\n",
            "وقال النائب حسبو محمد عبد الرحمن إن الموارد كثيرة، وأيده النائب محمد علي.",
            "وقال وزير المعادن أحمد محمد الكاروري إن \"العاملين في الوزارة منضبطون ويحققون الأهداف\".",
            "وأكد الكاروري أن العمل مستمر."));
        Assert.Equal("الكاروري", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("وأوضح الوزير سامي الخطيب أنه \"من المتوقع أن يرتفع الإنفاق قليلا\"، ذاكرا أن \"الرواتب والدعم الحكومي يشكلان نصف الموازنة\".", 2)]
    [InlineData("ولاحظ الخبير سامي الخطيب أن \"النقاش حول الموازنة لا يزال محصورا بتقليص رواتب الموظفين\".", 1)]
    [InlineData("وقال الخطيب في تصريحات تلفزيونية عقب المباراة: \"الحمد لله، على الفوز، كان بإمكان الفريق مضاعفة النتيجة\".", 1)]
    public void Extract_MentioningRemarkingOrThankingBetweenCommas_IsSpeech(string sentence, int count)
    {
        var quotes = Quotes("أبدى المدرب سامي الخطيب سعادته بالعمل.\n" + sentence + "\nوأضاف الخطيب أن العمل مستمر.");
        Assert.Equal(count, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("الخطيب", q.Speaker));
    }

    [Fact]
    public void Extract_HisOwnTalkAfterTheVerb_IsNoSpeaker() =>
        Assert.Equal("الخطيب", Assert.Single(Quotes(string.Join("\n",
            "وقال المدرب سامي الخطيب إن المباراة انتهت.",
            "وواصل حديثه: \"الفريق لم يستفد من تقنية الفيديو، لذلك نشعر بالاستياء\"."))).Speaker);

    [Fact]
    public void Extract_HisOwnTalkAfterTheSubject_EndsTheSubject() =>
        Assert.Equal("مدرب الفريق", Assert.Single(Quotes(
            "وأنهى مدرب الفريق حديثه قائلا: \"كما قلت هي مقابلة صعبة، لكننا نملك كل الإمكانيات\".")).Speaker);

    [Fact]
    public void Extract_CircumstancesOfTheWords_EndTheSpeakersPhrase() =>
        // «في حديث للصحيفة الرسمية وتابعتها»: where the words were said, not who said them.
        Assert.Equal("المتحدث الرسمي باسم الوزارة", Assert.Single(Quotes(
            "وقال المتحدث الرسمي باسم الوزارة، في حديث للصحيفة الرسمية وتابعتها، أن \"الوزارة شرعت في إعداد دراسات لتوسيع الأراضي السكنية\".")).Speaker);

    [Fact]
    public void Extract_IsConsideredWithAThing_NamesNoSpeaker()
    {
        // «تعتبر نهائيا مبكرا»: «is considered», so the player stays the one speaking after «وتابع».
        var quotes = Quotes(string.Join("\n",
            "أشار لاعب المنتخب سامي الخطيب إلى أن مباراتهم المقبلة تعتبر نهائي مبكر، مؤكدا أن المباراة قوية.",
            "وتابع: \"استعدينا للمباراة بشكل قوي ونطمح لتحقيق طموح الجماهير\".",
            "وأضاف الخطيب أن الفريق جاهز."));
        Assert.Equal("الخطيب", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_PrepositionalPhraseAfterTheVerb_IsNoSpeaker()
    {
        var quotes = Quotes(string.Join("\n",
            "وقال الكاتب سامي الخطيب إن الكتابة لعبة.",
            "«أنا دخيل» يقول ويؤكد بأكثر من معنى: «جئت هنا لكي ألعب مع الكلمات»."));
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal("الخطيب", q.Speaker));
    }

    [Fact]
    public void Extract_SourceSetOffByCommasAfterAVerbCue_IsWhereTheWordsWereReported() =>
        Assert.Equal("الحلبوسي", Assert.Single(Quotes(string.Join("\n",
            "أكد رئيس مجلس النواب، محمد الحلبوسي، أن البلاد ستقدم بندا طارئا.",
            "وقال الحلبوسي، خلال جلسة المجلس، بحسب بيان للدائرة الإعلامية للمجلس، إن “البلاد ستقدم خلال الاجتماعات بندا طارئا لحفظ سيادتها”."))).Speaker);

    [Fact]
    public void Extract_AddedOrClosedBeforeAColon_IntroducesTheQuotation()
    {
        var quotes = Quotes(string.Join("\n",
            "وقال النائب سامي الخطيب إن الاستجوابات مستحقة.",
            "وزاد الخطيب: “لماذا هذا الجزع من الاستجوابات وقد كانت تعد في المجالس السابقة أمرا عاديا”.",
            "واختتم: “علينا جميعا أن نعمل من أجل البلاد”."));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("الخطيب", q.Speaker));
    }

    [Fact]
    public void Extract_IncreasedPrices_AreNoSpeaker()
    {
        // «وزادت أسعار القمح»: increased, so the minister is still the one speaking after «وأضاف».
        var quotes = Quotes(string.Join("\n",
            "وقال وزير التجارة سامي الخطيب إن المخزون يكفي لعام.",
            "وزادت أسعار القمح في الأسواق العالمية، وأسعار القمح تتغير كل يوم.",
            "وأضاف “نحن لا نتوقع أي زيادة في سعر الخبز للمواطن هذا العام”."));
        Assert.Equal("الخطيب", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_FragmentAfterRevealingAbout_IsSpeechButATalkTitleIsNot()
    {
        var quotes = Quotes(string.Join("\n",
            "وأوضح وزير النفط سامي الخطيب أن \"التصدير توقف جنوبا\"، كاشفا عن \"قرب توقيع اتفاقية لن يتأخر تنفيذها عن طريق خط جديد\".",
            "وتحدث الخطيب في ندوة عن \"مستقبل الطاقة في المنطقة العربية\"."));
        Assert.Contains(quotes, q => q.Text.StartsWith("قرب توقيع", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("مستقبل الطاقة", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ObjectAfterTheSubjectsRole_IsNoName()
    {
        // «ودعا وزير الاتصال أصحاب الصحف …»: أصحاب is whom he called on, not his name.
        var quotes = Quotes(string.Join("\n",
            "وقال وزير الاتصال عمار بلحيمر إن الورشة تهدف إلى جمع المعطيات.",
            "ودعا وزير الاتصال أصحاب الصحف والمواقع الإلكترونية إلى تسوية وضعيتهم، مؤكدا أن “الصحافة الإلكترونية لا تزال فتية وتحتاج إلى المرافقة”."));
        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("أصحاب", StringComparison.Ordinal));
        Assert.Single(quotes);
    }

    [Fact]
    public void Extract_MediumNamedBeforeAColonAndTheStatement_IsNoQuotation() =>
        Assert.StartsWith("أعلنا", Assert.Single(Quotes(
            "وقال الوزير سامي الخطيب بكلمة أثناء الافتتاح، تابعته \"بغداد اليوم\": \"أعلنا عن إنجاز خمس مدن سكنية جديدة في المحافظات\".")).Text,
            StringComparison.Ordinal);

    [Fact]
    public void Extract_MadeClear_IntroducesTheQuotation() =>
        Assert.Equal("الخطيب", Assert.Single(Quotes(string.Join("\n",
            "وسجل اللاعب سامي الخطيب هدف المباراة الوحيد.",
            "وأبان الخطيب في تصريحات تلفزيونية عقب المباراة: \"قبل بداية المباراة كنا ندرك الصعوبات التي ستواجهنا\"."))).Speaker);

    [Fact]
    public void Extract_StanceNounAfterTheVerb_IsWhatIsSaidNotWho()
    {
        // «وأكد رفض القوات المسلحة أي وجود …، مشيرا إلى أن “…”»: رفض is the stance, the spokesman named before says it.
        var quotes = Quotes(string.Join("\n",
            "وقال المتحدث العسكري يحيى سريع إن القوات صدت الهجوم.",
            "وأكد رفض القوات المسلحة أي وجود للقوات الأجنبية، مشيرا إلى أن “الوجود الأجنبي غير شرعي ويأتي ضمن محاولات احتلال البلد”."));
        Assert.Equal("سريع", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_DesireAfterTheVerb_IsWhatIsSaidNotWho() =>
        // «أكد رغبة الحكومة في معالجة أسباب الحرب. وقال "…"»: رغبة (the will) is what he confirmed; the member of the
        // council named before goes on speaking.
        Assert.Equal("التعايشي", Assert.Single(Quotes(string.Join("\n",
            "أكد الاستاذ محمد حسن التعايشي عضو مجلس السيادة الانتقالي أكد رغبة الحكومة في معالجة أسباب الحرب.",
            "وقال \"وصلنا للمرحلة التي بدأ فيها تقديم مقترحات من الوساطة\"."))).Speaker);

    [Fact]
    public void Extract_JudgedThingAfterConsidered_IsNoSpeaker()
    {
        // «حيث اعتبر التهمة “ملفقة”»: what is judged is not who speaks; «وأضاف» goes on with the member of parliament.
        var quotes = Quotes(string.Join("\n",
            "قال النائب محمد السيمو إن القضية مفبركة.",
            "حيث اعتبر التهمة “ملفقة”، مؤكدا وجود جهات تريد تدمير اللاعب.",
            "وأضاف في خرجته على أحد المواقع: “اللاعب يدفع الثمن بعدما رفع العلم في كأس العالم”."));
        Assert.Equal("السيمو", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_HisIntentionAfterTheVerb_IsNoSpeaker()
    {
        var quotes = Quotes(string.Join("\n",
            "وقال الوزير نصر الدين مفرح إن المجمع كان باهتا.",
            "وأعلن اعتزامه، تشكيل مجمع فقه ”يحمل الأمانة ويتحمل تبعاتها، ويمثل كل ألوان الطيف الديني المتسامح“."));
        Assert.Equal("مفرح", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_RelationalAdjectiveClosingTheSubjectsPhrase_IsNoName()
    {
        // «وتمنى حارس الأهلي مواجهة الفريق الجنوب إفريقي مجددا، إذ قال»: إفريقي qualifies the team, it names nobody.
        var quotes = Quotes(
            "وتمنى حارس الأهلي مواجهة الفريق الجنوب إفريقي مجددا في دوري الأبطال، إذ قال باللهجة المصرية: \"يا ريت نقابلهم تاني، عاوزين نكسبهم على ملعبهم كمان\".");
        Assert.DoesNotContain("إفريقي", Assert.Single(quotes).Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SubjectOfAnUnknownVerbBeforeAParticiple_IsTheSpeaker()
    {
        // «أعلنت الوزارة … وقطع الوزير نصر الدين مفرح قائلا: ”…“»: the minister cuts in, not the ministry named before.
        var quotes = Quotes(
            "أعلنت وزارة الشؤون الدينية إعفاء أعضاء مجمع الفقه في السودان وقطع الوزير نصر الدين مفرح قائلا: ”التفكيك بالوزارة يطال قائمة من علماء السلطان“.");
        Assert.Equal("مفرح", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_MediumAfterFollowedIt_IsNoQuotationAndTheStatementAfterItIs()
    {
        var quotes = Quotes(
            "وأوضح عضو لجنة الدفاع النيابية بدر الزيادي في تصريح للوكالة الرسمية، تابعته “النعيم نيوز”، “عدم وجود تدخلات سياسية في الملف الأمني”، مبينا أن “الملف يدار من قبل القيادات الأمنية”.");
        Assert.DoesNotContain(quotes, q => q.Text == "النعيم نيوز");
        Assert.Contains(quotes, q => q.Text.StartsWith("عدم وجود", StringComparison.Ordinal) && q.Speaker == "الزيادي");
    }

    [Fact]
    public void Extract_MannerAfterTheVerb_IsNoSpeaker()
    {
        // «وقال ساخرا: “…”»: mockingly, said the one already speaking.
        var quotes = Quotes(string.Join("\n",
            "وفي خطاب أمام قواته، وصف دقلو المعارك الجارية بأنها حرب دفاع عن النفس.",
            "وقال ساخرا: “زول يعمل عليك انقلاب، يطلعك إنت الانقلابي!”."));
        Assert.Equal("دقلو", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_RoleWithinARoleAndNoName_PrintsBoth() =>
        // «نائب قائد قوات الدعم السريع»: نائب alone would be no speaker at all.
        Assert.Equal(2, Quotes(
            "قال نائب قائد قوات الدعم السريع في السودان، إن \"القائد يدير المعركة السياسية والعسكرية من الميدان ونتلقى منه التعليمات\"، مضيفا \"ما زلنا نسيطر على مواقعنا بالقصر الرئاسي\".")
            .Count(q => q.Speaker == "نائب قائد قوات الدعم السريع"));

    [Fact]
    public void Extract_TwoApostrophesAsMarks_AreAQuotation()
    {
        // «وقال البقالي: ''الحمد لله …''»: two apostrophes typed for a quotation mark.
        var quotes = Quotes(string.Join("\n",
            "وقال البقالي في تصريحات تلفزيونية: ''الحمد لله على هذه الميدالية، التي كانت ثمار عمل جاد دام لسنوات''.",
            "وأضاف المتحدث ذاته: ''سعادتي كبيرة بهذه الميدالية، التي أهديها إلى كل المغاربة''."));
        Assert.Equal(["البقالي", "البقالي"], quotes.Select(q => q.Speaker));
        Assert.Equal("الحمد لله على هذه الميدالية، التي كانت ثمار عمل جاد دام لسنوات", quotes[0].Text);
    }

    [Fact]
    public void Extract_RoleRightAfterConsidered_IsItsSubject()
    {
        // «اعتبر محافظ المصرف المركزي سلطان ناصر السويدي …»: a role after the verb is who judges, so «وقال:» is him.
        var quotes = Quotes(
            "اعتبر محافظ مصرف الإمارات المركزي سلطان ناصر السويدي، ضعف الدولار «وضعا مؤقتا». وقال: «ليست هناك عملة يمكنها أن تحل محل الدولار ولا اليورو».");
        Assert.Equal("السويدي", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_NameSetOffBeforeTheCircumstances_IsTheSpeaker() =>
        // «عضو دائرة اعلام المفوضية، عماد جميل في لقاء متلفز …، ان "…"»
        Assert.Equal("جميل", Assert.Single(Quotes(
            "وقال عضو دائرة اعلام المفوضية، عماد جميل في لقاء متلفز تابعه موقع عربي اليوم، ان \"مفوضية الانتخابات محمية حتى من المتظاهرين المعترضين على النتائج\".")).Speaker);

    [Fact]
    public void Extract_MadeAStatement_IsACue() =>
        // «أدلى مفتي الجمهورية … بالتصريح الآتي: "…"»: he made the statement that follows.
        Assert.Equal("دريان", Assert.Single(Quotes(
            "أدلى مفتي الجمهورية اللبنانية الشيخ عبد اللطيف دريان بالتصريح الآتي: \"ذكرى الاستقلال تبعث فينا أجمل مشاعر الاعتزاز بوطننا\".")).Speaker);

    [Fact]
    public void Extract_QuestionAsTheCuesObject_IsNoSpeaker() =>
        // «بل ويضيف سؤالا: "…"»: what he adds is a question; the speaker is the one already speaking.
        Assert.Equal("لحام", Assert.Single(Quotes(string.Join("\n",
            "لا يغادر النجم دريد لحام دمشق في العيد، ويقول لحام إنه يحرص على إمضائه في الشام.",
            "بل ويضيف سؤالا:\" برأيكم أين يحيي ابن سورية والشام عيده\"."))).Speaker);

    [Fact]
    public void Extract_VerbAfterThatWithPronoun_HasNoSpeakerAfterIt()
    {
        // «وقال إنه أكد الأهمية البالغة …»: the pronoun is the subject, «الأهمية البالغة» the object, so «وأضاف» goes on
        // with the minister.
        var quotes = Quotes(string.Join("\n",
            "وشدد وزير الخارجية، خلال مؤتمر صحفي، على ضرورة الحفاظ على وحدة الدول.",
            "وقال إنه أكد الأهمية البالغة لقضية المياه بالنسبة لمصر.",
            "وأضاف: “توافقنا على أهمية الدفع بالتعاون الاقتصادي والتجاري لآفاق أرحب”."));
        Assert.Equal("وزير الخارجية", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extract_FirstCueWithoutASpeakerAfterIt_IsTheSentencesSubjects() =>
        // «زار وزير المياه … ولد عبد الفتاح، وقال في تصريح …»: nobody has spoken yet, so وقال is the minister's — and so is
        // the next sentence's أضاف, not the «متضررة» of «لمناطق متضررة».
        Assert.Equal("ولد عبد الفتاح", Assert.Single(Quotes(string.Join("\n",
            "زار وزير المياه والصرف الصحي اسماعيل ولد عبد الفتاح، وقال في تصريح للصحافة : إن الأمطار مكنت من تحديد النواقص.",
            "ياتي هذا التصريح بعد زيارة الوزير لمناطق متضررة من تجمع المياه، أضاف : أن الأمطار «سمحت بملاحظة مدى نجاعة التدخلات التي قيم بها بعد كل تهاطلات مطرية»."))).Speaker);

    [Fact]
    public void Extract_IndicatesWithAThingAfterIt_NamesNoSpeaker() =>
        // «لم تصل أي شكاوى تفيد عرقلة سير العملية …، مضيفا: "…"»: تفيد is «indicate» here; the one speaking goes on.
        Assert.Equal("الشريف", Assert.Single(Quotes(string.Join("\n",
            "أكد المستشار محمود الشريف أن سير العملية الانتخابية منتظم.",
            "وأوضح الشريف أنه لم تصل أي شكاوى تفيد عرقلة سير العملية الانتخابية، مضيفا: \"سنكتفي ببيان في نهاية اليوم بعد غلق جميع اللجان\"."))).Speaker);

    [Fact]
    public void Extract_QuotationAfterLongAsides_IsTheOpeningVerbsSpeakers()
    {
        // «وقال المهندس عبدالرحمن الفضلي، خلال افتتاحه "…"، والذي يقام برعاية …، في مركز …، "المملكة تمضي …"»: the quotation
        // after a comma is the opening verb's, far as it is; the event opened is named, not quoted.
        var quotes = Quotes(
            "وقال المهندس عبدالرحمن الفضلي، خلال افتتاحه \"المعرض والمنتدى الدولي لتقنيات التشجير\"، والذي يقام برعاية الأمير محمد بن سلمان ولي العهد نائب رئيس مجلس الوزراء، في مركز الرياض الدولي للمؤتمرات والمعارض اليوم، \"المملكة تمضي نحو تحقيق طفرة نوعية وغير مسبوقة في مجال حماية البيئة وتنمية الغطاء النباتي\".");
        var quote = Assert.Single(quotes);
        Assert.Equal("الفضلي", quote.Speaker);
        Assert.StartsWith("المملكة تمضي", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LongQuotationAfterACommaCutBySplitter_IsReadWhole()
    {
        // The same statement run past the splitter's cap: the quotation opened after the comma goes on in the next sentence.
        var statement = "المملكة تمضي نحو تحقيق طفرة نوعية وغير مسبوقة في مجال حماية البيئة وتنمية الغطاء النباتي، "
            + string.Join("، ", Enumerable.Repeat("ونعمل مع الشركاء على زيادة المساحات الخضراء في كل المدن", 6)) + "، بما يرتقي بجودة حياة الإنسان";
        var quotes = Quotes("وقال المهندس عبدالرحمن الفضلي، خلال جولته في المعرض الدولي اليوم، \"" + statement + "\".");
        var quote = Assert.Single(quotes);
        Assert.Equal("الفضلي", quote.Speaker);
        Assert.EndsWith("بجودة حياة الإنسان", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReturnAfterTheVerb_IsWhatIsSaid() =>
        // «فيما اكد عودة اللاعبين …»: the players' return is what he confirmed; «عودة اللاعبين» was printed as the speaker.
        // (The article names the minister once, in full, so the full name prints.)
        Assert.Equal("أحمد المبرقع", Assert.Single(Quotes(string.Join("\n",
            "أعلن وزير الشباب والرياضة أحمد المبرقع، اليوم، أن ملف رفع الحظر أصبح أمرا واقعا، فيما اكد عودة اللاعبين للعب في ملاعبهم.",
            "وقال الوزير في بيان، إن “الوزارة قدمت سلسلة من الإجراءات الكفيلة فيما يتعلق بمكافحة الفساد”."))).Speaker);

    [Fact]
    public void Extract_AccordingToWhatTheAgencyReported_CitesTheMedium() =>
        // «ولفت، خلال كلمته …، وفق ما نقلت وكالة الأنباء الفلسطينية، إلى أن "…"»: the agency carried his words.
        Assert.Equal("غنيم", Assert.Single(Quotes(string.Join("\n",
            "قال رئيس سلطة المياه مازن غنيم إن الوضع المائي صعب، وأضاف غنيم أن الملف معقد.",
            "ولفت، خلال كلمته بالمؤتمر العربي للمياه وفق ما نقلت وكالة الأنباء الفلسطينية، إلى أنّ \"الاحتلال يستغل المياه لتقويض فرص اقامة دولة فلسطينية\"."))).Speaker);

    [Fact]
    public void Extract_ToSayAsVerbalNoun_IsACue() =>
        // «وخلص الدوسري للقول: «…»»: للقول introduces his words as بالقول does.
        Assert.Contains("تأكدوا", Assert.Single(Quotes(string.Join("\n",
            "قال وزير الإعلام سلمان الدوسري إن القرار سيراجع.",
            "وخلص الدوسري للقول: «تأكدوا أن وزير الرياضة شخصياً، وأنا، مهتمان بزملائنا وشركائنا»."))).Text, StringComparison.Ordinal);

    [Fact]
    public void Extract_QuotationAfterALongAsideBetweenDashes_IsTheVerbsSpeakers() =>
        // «وقال مصطفى ـ في معرض رده على أسئلة الصحفيين … ـ "إننا نقول …"»: the aside does not count against the cue's reach.
        Assert.Equal("مصطفى", Assert.Single(Quotes(string.Join("\n",
            "أكد رئيس الوزراء محمد مصطفى أن الدولة جاهزة، وقال مصطفى إن العمل مستمر.",
            "وقال مصطفى ـ في معرض رده على أسئلة الصحفيين خلال مؤتمر صحفي مشترك مع وزير الخارجية والهجرة أمام معبر رفح ـ \"إننا نقول دائما فلسطين أقوى حين يكون كل أطياف الشعب معا\"."))).Speaker);

    [Fact]
    public void Extract_ExplainedBeforeAColon_IsACueButBetweenIsNot()
    {
        // «وبيّن: “…”» introduces words; «بين القوات المسلحة والدعم السريع» is «between», and names no speaker in place of
        // البرهان.
        var quotes = Quotes(string.Join("\n",
            "قال مدير الرابطة فراس معلا إن الدوري سينطلق قريبا.",
            "وبيّن: “اتفقنا مع الناقل الرسمي للدوري على بث ثلاث مباريات على القنوات الأرضية”.",
            "وقال البرهان إن الحرب الدائرة بين القوات المسلحة والدعم السريع، “السودان مستهدف في وحدته وحدوده وسنتصدى للمؤامرات”."));
        Assert.Equal(2, quotes.Count);
        Assert.Contains(quotes, q => q.Speaker == "معلا" && q.Text.StartsWith("اتفقنا", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Speaker == "البرهان" && q.Text.StartsWith("السودان", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_WhatSomeoneCalledForFarFromTheVerb_IsTheirs() =>
        // «دعا وزير الشؤون الدينية, يوسف بلمهدي, اليوم …، أئمة المساجد عبر ربوع الوطن إلى “…”»: after إلى, as far from دعا as an
        // إن-clause may be from its verb.
        Assert.Equal("بلمهدي", Assert.Single(Quotes(
            "دعا وزير الشؤون الدينية والأوقاف, يوسف بلمهدي, اليوم الثلاثاء من ولاية قسنطينة, أئمة المساجد والمرشدين الدينيين عبر ربوع الوطن إلى “تبني خطاب ديني وسطي معتدل يدعو للسكينة والطمأنينة بين أفراد المجتمع”.")).Speaker);

    [Fact]
    public void Extract_RoleAndNameBeforeAnUnprefixedVerb_AreItsSubject() =>
        // «الصحفي السعودي ماجد المالكي قال: "…"»: the ال-word after the given name closes his name though the article never
        // uses it alone; it is not the speaker before him (الأمينة العامة).
        Assert.Equal("ماجد المالكي", Quotes(string.Join("\n",
            "أعلنت الأمينة العامة لاتحاد كرة القدم سمر نصار طرح تذاكر المباراة إلكترونيا.",
            "الصحفي السعودي ماجد المالكي قال: \"خطوة جميلة أن تخوض مواجهة أمام منتخب بحجم إسبانيا\".")).Single().Speaker);

    [Fact]
    public void Extract_ShortWordsRightAfterACueAndAColon_AreSpeech() =>
        // «… مردفا: “القلب سليم والكلى سليمة”»: four plain words lost points as a label would; after a cue and its colon
        // they are what was said.
        Assert.Equal("القلب سليم والكلى سليمة", Assert.Single(Quotes(string.Join("\n",
            "قال المحامي أحمد سالم إن موكله عاد إلى السجن بعد الفحوصات.",
            "وأفاد بأن موكله يعاني من مشاكل في الأوردة، مردفا: “القلب سليم والكلى سليمة”."))).Text);

    [Fact]
    public void Extract_MediumTheWordsWereGivenTo_IsNoSpeaker() =>
        // «وتحدثت لموقعنا قائلة: …» and «قالت لموقع …»: the website the actress spoke to was printed as the speaker.
        Assert.All(Quotes(string.Join("\n",
            "أعربت الممثلة السورية سلاف فواخرجي عن سعادتها بالجائزة.",
            "وقالت لموقعنا: “من خلال لقاءاتي بالجمهور العربي شعرت أنهم فهموا القصة جيدا”.")),
            q => Assert.Contains("فواخرجي", q.Speaker, StringComparison.Ordinal));

    [Theory]
    // «ونقلت الوكالة الرسمية عن شواني: أنه "…"», «ونقل موقع "سناك سوري" عن الزامل أن الكهرباء "…"»: «relayed from» named
    // no one, and the words were lost.
    [InlineData("ونقلت الوكالة الرسمية عن شواني: أنه \"تم شمول عشرة آلاف سجين محكوم في سجون وزارة العدل حتى هذه اللحظة\".", "شواني")]
    [InlineData("ونقل موقع \"سناك سوري\" عن الزامل أن الكهرباء في سوريا \"لن تتأثر بالأزمة، لأن موارد سوريا من الغاز محلية وليست استيرادا\".", "الزامل")]
    public void Extract_RelayedFromSomeone_IsTheirs(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);

    [Fact]
    public void Extract_RelayedWithoutFrom_IsNoCue()
    {
        // «ونقل الفيصل تحيات القيادة … معربا عن تقديره "…"» is «conveyed», its عن belongs to the next cue; «وفق ما نقلت
        // وكالة الأنباء» names the medium, not the speaker.
        var quotes = Quotes(string.Join("\n",
            "ونقل الفيصل تحيات القيادة السعودية للقمة معربا عن تقديره \"لما بذلته البرازيل في سبيل التهيئة والإعداد لهذه القمة\".",
            "ولفت، خلال كلمته بالمؤتمر وفق ما نقلت وكالة الأنباء الفلسطينية، إلى أنّ \"الاحتلال يستغل المياه لتقويض فرص إقامة الدولة\"."));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("الفيصل", q.Speaker));
    }

    [Fact]
    public void Extract_FocusedOn_IsACue() =>
        // «ركّز رئيس المجلس البلدي لمدينة بيروت جمال عيتاني، على أنّ "…"»: «focused on», Beirut's press's «stressed».
        Assert.Equal("عيتاني", Assert.Single(Quotes(
            "ركّز رئيس المجلس البلدي لمدينة بيروت جمال عيتاني، على أنّ \"العمل البلدي ليس مجرّد مشاريع بل هو نظرة مستقبلية إلى المدينة\".")).Speaker);

    [Fact]
    public void Extract_ExplainedBeforeANameAndThat_IsACue()
    {
        // «وبشأن قضية …، بين الاعرجي أنه "…"»: بيّن before a name and أنه is «explained»; «بين القوات المسلحة والدعم
        // السريع» is still «between».
        var quotes = Quotes(string.Join("\n",
            "أكد الاعرجي أهمية مواصلة الضغط الدولي لمنع عودة داعش.",
            "وبشأن قضية استشهاد الطفلة، بين الاعرجي أنه \"تم التوصل لعدة حقائق بخصوص حادثة استشهاد الطفلة\".",
            "ودار القتال بين القوات المسلحة والدعم السريع أن \"السودان مستهدف في وحدته وحدوده وسنتصدى للمؤامرات\"."));
        Assert.Equal("الاعرجي", Assert.Single(quotes, q => q.Text.StartsWith("تم التوصل", StringComparison.Ordinal)).Speaker);
        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("القوات", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ShortQuotationGivenAsAnExample_IsAName() =>
        // «أشار الفالح إلى أن انخفاض جدوى بعض المشاريع مثل “ذا لاين” يتطلب …»: the project named as an example was printed
        // as his words.
        Assert.Empty(Quotes(
            "أشار الفالح إلى أن انخفاض جدوى بعض المشاريع مثل “ذا لاين” يتطلب إعادة النظر فيها ببطء أو تأجيل العمل بها."));

    [Fact]
    public void Extract_SingleMarksAroundArabicWords_AreQuotationMarks() =>
        // w105_010 (Shems FM): '…' marks the minister's words as "…" would.
        Assert.Equal(("الزار", "إذا توفرت الإرادة السياسية لدعم الفلاحة فتأكدوا أن الخروج من الأزمة الإقتصادية والإجتماعية التي تعيشها تونس سيكون قريبا جدا"),
            Quotes("وأكد الزار في تصريح لشمس أف أم على هامش افتتاح الصالون الدولي للفلاحة، أن الفلاحة هي مناعة تونس.\n"
                + "وتحدث عن ضرورة تحقيق السيادة الغذائية، وقال 'إذا توفرت الإرادة السياسية لدعم الفلاحة فتأكدوا أن الخروج من الأزمة الإقتصادية "
                + "والإجتماعية التي تعيشها تونس سيكون قريبا جدا'.").Select(q => (q.Speaker, q.Text)).Single());

    [Fact]
    public void Extract_ApostrophesInLatinWords_AreNoMarks() =>
        // O'Neill and d'Ivoire hold apostrophes, not quotation marks: nothing between them is a quotation.
        Assert.Empty(Quotes("وقال O'Neill إن منتخب كوت d'Ivoire سيواجه المنتخب المغربي في الدار البيضاء يوم الأحد المقبل."));

    [Fact]
    public void Extract_ShortMarkedNameBeforeCommaAndRole_IsNotAQuote() =>
        // w94_002: ‘يحيي حدقة’، رئيس المديرية …: a name in apposition, whatever its first word looks like (يحيي, a verb too).
        Assert.Empty(Quotes("قالت مصادر إعلامية أن الجامعة الملكية المغربية لكرة القدم قررت إقالة \"يحيي حدقة\"، رئيس المديرية المركزية للتحكيم، "
            + "عقب المستوى التحكيمي السيء الذي عرفته مباريات الدوري المغربي."));

    [Fact]
    public void Extract_EmployerInMarksAfterTheRole_IsSkippedForThePerson() =>
        // argen_ntg_train_0371: «الرئيس التنفيذي للشركة … 'تقنية' علي بن عبدالله العايد»: the marked name is the company's.
        Assert.Equal("العايد", Quotes(
            "وأوضح الرئيس التنفيذي للشركة السعودية للتنمية والاستثمار التقني 'تقنية' علي بن عبدالله العايد بأن مشاركة شركة تقنية تأتي سعيا للعمل، "
            + "مضيفا 'من خلال مشاركتنا بهذه الشركات نأمل أن نضيف للصناعة المحلية ونقدم منتجات متقدمة تفي باحتياجات قواتنا المسلحة'.").Single().Speaker);

    [Fact]
    public void Extract_CommitteeNameInMarksAfterTheRole_LeavesThePersonAsSpeaker() =>
        // w110_033: «رئيسة لجنة "أهالي المخطوفين والمفقودين" وداد حلواني»: the committee's name in marks, then the person;
        // «لافتة إلى أن» is «she pointed out», like لافتا.
        Assert.Equal(["حلواني", "حلواني"], Quotes(
            "أبدت رئيسة لجنة \"أهالي المخطوفين والمفقودين\" وداد حلواني \"حسرتها بعد مضي 38 عاماً على غياب زوجها من دون أن يظهر أي أثر له\"، "
            + "لافتة إلى أن \"كل خوفها أن تسهم الحروب المقبلة في طي صفحة المخطوفين باعتبار الأولوية تكون في حينها للمفقودين الجدد\"، "
            + "مشددة في حديث صحافي على \"أننا ضد كل أشكال الحروب لأن من ذاق لوعة الفقدان يعي جيداً حجم الألم الذي ينتج عنه\".")
            .Select(q => q.Speaker));

    [Fact]
    public void Extract_CaseNameInMarks_DoesNotCutTheCueOffTheStatement() =>
        // w110_006: «في قضية "التآمر ضد الدولة"، إن "…"»: the case's name is no quotation, so it does not stand between the
        // cue and the lawyer's words.
        Assert.Equal(["جلسة المحاكمة لم تكن علنية من حيث الواقع. وأبسط دليل على ذلك يتمثل في عدم السماح للصحافيين بالاقتراب من مقر المحكمة"],
            Quotes("شكك المحامي والناشط الحقوقي الجزائري، مقران آيت العربي، في سلامة الإجراءات.\n"
                + "وقال آيت العربي، في بيان نشره عبر صفحته في فيسبوك بعد صدور الحكم في قضية \"التآمر ضد الدولة\"، إن \"جلسة المحاكمة لم تكن علنية "
                + "من حيث الواقع. وأبسط دليل على ذلك يتمثل في عدم السماح للصحافيين بالاقتراب من مقر المحكمة\".").Select(q => q.Text));

    [Fact]
    public void Extract_ClosingMarkAfterATanween_StillCloses() =>
        // w108_036: «… بشكل متوازٍ".»: a word ending in a haraka ends a word; the quotation after متابعًا closes there.
        Assert.Equal([("الأحمد", "ستكون لنا لقاءات مع القيادة المصرية التي تتابع هذا الموضوع خلال أيام والتي بدأت تحركها بشكل متوازٍ")],
            Quotes("وأضاف الأحمد خلال حواره لـ\"البوابة نيوز\": \"نأمل في استئناف المفاوضات المصرية للملف بقوة وحرارة بعد فترة الركود، "
                + "متابعًا: \"ستكون لنا لقاءات مع القيادة المصرية التي تتابع هذا الموضوع خلال أيام والتي بدأت تحركها بشكل متوازٍ\".")
                .Select(q => (q.Speaker, q.Text)));

    [Fact]
    public void Extract_CommitteeInMarksThenPlaceThenPerson_ThePersonSpeaks() =>
        // w110_034: «قالت رئيسة “لجنة اهالي المخطوفين والمفقودين” في لبنان وداد حلواني: “…”».
        Assert.Equal("حلواني", Quotes(
            "قالت رئيسة “لجنة اهالي المخطوفين والمفقودين” في لبنان وداد حلواني: “إمتناع لبنان عن التصويت على مشروع قرار دولي لإنشاء هيئة "
            + "مُستقلة مهمتها توضيح مصير المفقودين والمخفيين قسراً في سوريا مؤسف جداً”.").Single().Speaker);

    [Fact]
    public void Extract_SourceSetOffFarFromTheOpeningVerb_LeavesTheVerbsSpeaker() =>
        // w109_017: «وقال الوزير أمام اجتماع لجنة …، بحسب بيان للجنة اليوم، " إن …"»: the committee's statement carried the
        // minister's words; a long aside does not hand them to it.
        Assert.Equal("الوزير", Quotes(
            "وقال الوزير أمام اجتماع لجنة الاتصالات، وتكنولوجيا المعلومات بمجلس النواب برئاسة الدكتور مي البطران، بحسب بيان للجنة اليوم، "
            + "\" إن هناك تطويرا كبيرا يتم فى البنية التحتية فى هذا القطاع منها على سبيل المثال طرح رخصة خدمات الجيل الرابع\".").Single().Speaker);

    [Fact]
    public void Extract_StatementOfTheCommittee_PrintsTheCommitteeNotParadise() =>
        // w74_037: «وذكر بيان للجنة الأولمبية الوطنية»: للجنة is ل + اللجنة with one lam less; read as ل + الجنة it printed
        // «الجنة» (paradise).
        Assert.StartsWith("اللجنة", Quotes(
            "استقبل وزير الدفاع جمعة عناد بمكتبه صباح اليوم الأحد، رئيس اللجنة الأولمبية الوطنية العراقية رعد حمودي.\n"
            + "وذكر بيان للجنة الأولمبية الوطنية، تلقته وكالة الأنباء العراقية (واع)، أن” الجانبين بحثا أطر التعاون المشترك بين الوزارة واللجنة "
            + "الأولمبية وسبل تعزيزها بما يخدم الحركة الأولمبية العراقية”.")
            .Single().Speaker);

    [Fact]
    public void Extract_BayyanaThenCommaAndAn_IsACue() =>
        // w109_039: «وبين، ان “…”»: بيّن holds before a comma and أن as before a colon.
        Assert.Equal(["عبد الجبار", "عبد الجبار"], Quotes(
            "وقال عبد الجبار في تصريح صحفي، انه “لا توجد أزمة وقود وإنما تمرد من بعض أصحاب المحطات”.\n"
            + "وبين، ان “رابطة أصحاب المحطات الأهلية غير شرعية وتسببت بأزمة للمواطنين”.").Select(q => q.Speaker));

    [Fact]
    public void Extract_SemicolonsAroundAShortAside_ReadAsCommas() =>
        // w108_039: «وقال محافظ نينوى نوفل العاكوب؛ في تصريح صحفي؛ ان “…”»: the semicolons set off an aside, as commas would.
        Assert.Equal("العاكوب", Quotes(
            "وقال محافظ نينوى نوفل العاكوب؛ في تصريح صحفي؛ ان “الأمن مستتب لا محالة، وإن التفجيرات التي تحصل في مدينة الموصل حالها "
            + "كحال أي محافظة عراقية”.").Single().Speaker);

    [Fact]
    public void Extract_SemicolonBetweenClauses_StillSeparatesThem() =>
        // A semicolon after a long clause is no aside: the cue before it does not reach the words after the next one.
        Assert.Empty(Quotes(
            "وقال الوزير إن الاجتماع تناول ملفات عديدة؛ وتم الاتفاق على خطة جديدة للإعمار في المدينة القديمة؛ "
            + "“الإعمار أولوية لنا في هذه المرحلة”."));
}
