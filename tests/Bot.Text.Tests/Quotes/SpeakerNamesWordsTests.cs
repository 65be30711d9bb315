namespace Bot.Text.Tests.Quotes;

/// <summary>
/// The quote rules read each sentence's words once (<see cref="SpeakerNames.WordsOf"/>) and reuse them for the sentence
/// with its marks read (<see cref="QuoteExtractor.Marked"/>) and for sentences joined into one: that holds only while
/// reading the marks keeps every position, which these tests pin down on the marks it rewrites.
/// </summary>
public class SpeakerNamesWordsTests
{
    private static readonly string[] Lines =
    [
        // single marks read as double ones
        "وقال 'إذا توفرت الإرادة السياسية' الوزير أمس.",
        // two apostrophes for one mark, and an aside between two semicolons
        "وأضاف ''نحن هنا'' ؛ في كلمة ؛ أمام الصحفيين؛ في المقر.",
        // a role in marks set off in irony, and a transliterated name joined by hyphens
        "واصل \"سفير\" جبهة البوليساريو جوفروا رو-دي-بيزيو الحديث.",
        // a tatweel typed alone as a dash, which is no word
        "الوزير الليبي ـ في تصريح ـ قال ذلك.",
        // doubled curly marks
        "وتابع ‘‘الحمد لله’’ بعد اللقاء.",
        // a site's Arabic domain ending, whose period reads as a space
        "وأوضح الخبير لـ\"العربية.نت\" أن \"السوق مستقر\".",
    ];

    [Fact]
    public void WordsOf_SentencesAndTheirJoins_AreTheWordsOfTheirMarkedText()
    {
        var article = new ArticleModel(null, string.Join("\n", Lines));
        Assert.Equal(Lines.Length, article.Sentences.Count);
        var names = new SpeakerNames(article);
        for (var first = 0; first < Lines.Length; first++)
            for (var last = first; last < Lines.Length; last++)
            {
                var joined = string.Join(" ", article.Sentences.Skip(first).Take(last - first + 1).Select(s => QuoteExtractor.Marked(s.Text)));
                var expected = SpeakerNames.ReadWords(joined, article.Tokens);
                var reused = names.WordsOf(first, last, joined.Length);
                Assert.NotNull(reused);
                Assert.Equal(expected, reused);
            }
    }

    [Fact]
    public void WordsOf_TextOfAnotherLength_IsNotTakenFromTheSentences()
    {
        var article = new ArticleModel(null, string.Join("\n", Lines));
        Assert.Null(new SpeakerNames(article).WordsOf(0, 1, article.Sentences[0].Text.Length + article.Sentences[1].Text.Length));
    }

    [Fact]
    public void NormalizedString_TwoSpellingsOfAWord_AreOneString()
    {
        var words = new WordTokens();
        var plain = words.NormalizedString("الإدارة");
        Assert.Equal("الاداره", plain);
        // (the same word with a diacritic, and the same spelling again: one string for the rules to compare)
        Assert.Same(plain, words.NormalizedString("الإدارَة"));
        Assert.Same(plain, words.NormalizedString("الإدارة"));
    }

    [Fact]
    public void StemId_RepeatedWordsAndStopWords_KeepTheirFirstAnswer()
    {
        var words = new WordTokens();
        var first = words.StemId("العلاقات");
        Assert.True(first >= 0);
        Assert.Equal(first, words.StemId("علاقات"));
        Assert.Equal(first, words.StemId("العلاقات"));
        Assert.Equal(-1, words.StemId("في"));
        Assert.Equal(-1, words.StemId("في"));
        Assert.Equal(1, words.StemCount);
    }

    [Fact]
    public void StemId_WordNormalisedFirst_IsStemmedAllTheSame()
    {
        // (the quote rules may read a word before the summary's stems do: the one entry kept for it must not answer the stem
        // it has not worked out yet)
        var words = new WordTokens();
        words.StemId("الحكومة");
        words.NormalizedString("العلاقات");
        var id = words.StemId("العلاقات");
        Assert.Equal(1, id);
        Assert.Equal(id, words.StemId("علاقات"));
    }
}
