using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Text.Tests.Normalization;

public class ArabicTextTests
{
    [Fact]
    public void Normalize_Null_GivesEmpty() => Assert.Equal("", ArabicText.Normalize(null));

    [Fact]
    public void Normalize_AlefHamzaAbove_GivesBareAlef() => Assert.Equal("احمد", ArabicText.Normalize("أحمد"));

    [Fact]
    public void Normalize_AlefHamzaBelow_GivesBareAlef() => Assert.Equal("اسلام", ArabicText.Normalize("إسلام"));

    [Fact]
    public void Normalize_AlefMadda_GivesBareAlef() => Assert.Equal("اخر", ArabicText.Normalize("آخر"));

    [Fact]
    public void Normalize_AlefWasla_GivesBareAlef() => Assert.Equal("الله", ArabicText.Normalize("ٱلله"));

    [Fact]
    public void Normalize_PersianYehAndKeheh_GiveArabicLetters() =>
        // Arabic typed on a Persian keyboard: «الشیخ» and «الحشد الشعبی» must meet «الشيخ» and «الحشد الشعبي».
        Assert.Equal("الشيخ الكبير", ArabicText.Normalize("الشیخ الکبیر"));

    [Fact]
    public void Normalize_PresentationFormsAndHehDoachashmee_GiveTheLetters() =>
        // w363_29: a film-maker's words copied out of a PDF, «ﻟﻘد ﺻﻧﻌﻧﺎ ھذا الفيلم ﻓﻲ اﻟﺳودان».
        Assert.Equal("لقد صنعنا هذا الفيلم في السودان", ArabicText.Normalize("ﻟﻘد ﺻﻧﻌﻧﺎ ھذا الفيلم ﻓﻲ اﻟﺳودان"));

    [Fact]
    public void Normalize_LamAlefLigature_IsLeftAsItIs() =>
        // (its decomposition is two letters; the buffer is normalised in place)
        Assert.Equal("ﻻ", ArabicText.Normalize("ﻻ"));

    [Fact]
    public void SearchTerms_PresentationForms_MeetTheArabicSpelling() =>
        Assert.Equal(ArabicText.SearchTerms("السودان"), ArabicText.SearchTerms("اﻟﺳودان"));

    [Fact]
    public void SearchTerms_PersianLetters_MeetTheArabicSpelling() =>
        Assert.Equal(ArabicText.SearchTerms("الحشد الشعبي"), ArabicText.SearchTerms("الحشد الشعبی"));

    [Fact]
    public void Normalize_AlefMaksura_GivesYeh() => Assert.Equal("الي", ArabicText.Normalize("إلى"));

    [Fact]
    public void Normalize_TehMarbuta_GivesHeh() => Assert.Equal("مدينه", ArabicText.Normalize("مدينة"));

    [Fact]
    public void Normalize_Harakat_AreRemoved() => Assert.Equal("كتب", ArabicText.Normalize("كَتَبَ"));

    [Fact]
    public void Normalize_ShaddaAndTanween_AreRemoved() => Assert.Equal("تسرع", ArabicText.Normalize("تسرّعٌ"));

    [Fact]
    public void Normalize_SuperscriptAlef_IsRemoved() => Assert.Equal("هذا", ArabicText.Normalize("هٰذا"));

    [Fact]
    public void Normalize_Tatweel_IsRemoved() => Assert.Equal("تسعه", ArabicText.Normalize("تسـعة"));

    [Fact]
    public void Normalize_ArabicIndicDigits_GiveAscii() => Assert.Equal("2023", ArabicText.Normalize("٢٠٢٣"));

    [Fact]
    public void Normalize_ExtendedArabicIndicDigits_GiveAscii() => Assert.Equal("15", ArabicText.Normalize("۱۵"));

    [Fact]
    public void Normalize_Latin_IsLowerCased() => Assert.Equal("nasa و fifa", ArabicText.Normalize("NASA و FIFA"));

    [Fact]
    public void Normalize_PunctuationAndEmoji_AreKept() => Assert.Equal("«قال» 😀، ؟", ArabicText.Normalize("«قال» 😀، ؟"));

    [Fact]
    public void SearchTerms_DefiniteAndIndefinitePlural_GiveSameTerm() =>
        Assert.Equal(ArabicText.SearchTerms("العلاقات"), ArabicText.SearchTerms("علاقات"));

    [Fact]
    public void SearchTerms_HamzaSpellings_GiveSameTerm() =>
        Assert.Equal(ArabicText.SearchTerms("الأولويات"), ArabicText.SearchTerms("الاولويات"));

    [Fact]
    public void SearchTerms_StopWordWithAndWithoutHamza_AreDropped()
    {
        // Lucene's stop set has «إلى»; normalising it first also catches the common spelling «الى».
        Assert.Empty(ArabicText.SearchTerms("إلى"));
        Assert.Empty(ArabicText.SearchTerms("الى"));
    }

    [Fact]
    public void SearchTerms_Sentence_KeepsContentWordsInOrder() =>
        Assert.Equal(["تعزيز", "علاق", "موسكو"], ArabicText.SearchTerms("تعزيز العلاقات مع موسكو"));

    [Fact]
    public void SearchTerms_ArabicIndicNumber_GivesAsciiTerm() => Assert.Equal(["2023"], ArabicText.SearchTerms("٢٠٢٣"));

    [Fact]
    public void SearchTerms_Null_GivesNoTerms() => Assert.Empty(ArabicText.SearchTerms(null));

    [Theory]
    // the seed's headline
    [InlineData("كيم يؤكد لبوتين أن تعميق العلاقات بين بلديهما “على رأس الأولويات”")]
    // diacritics, tatweel, Arabic-Indic digits, Latin
    [InlineData("سنناقش كافة المواضيع دون تسرّع، في عام ٢٠٢٣ مع NASA والـــفيفا")]
    // emoji and RTL marks
    [InlineData("\u200fقال 😀 الرئيس\u200e: «نعم»")]
    public void Analyzer_AnyText_GivesExactlySearchTerms(string text)
    {
        var terms = new List<string>();
        using var analyzer = new ArabicSearchAnalyzer();
        using (var stream = analyzer.GetTokenStream("body", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) terms.Add(term.ToString());
            stream.End();
        }
        Assert.Equal(ArabicText.SearchTerms(text), terms);
        Assert.NotEmpty(terms);
    }
}
