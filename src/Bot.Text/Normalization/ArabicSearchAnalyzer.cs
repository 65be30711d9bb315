using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Bot.Text;

/// <summary>
/// The Lucene analyzer of the host's search index, used for both indexing and queries; its terms are exactly
/// <see cref="ArabicText.SearchTerms"/>. Chain:
/// <list type="number">
/// <item><see cref="StandardTokenizer"/> (Unicode word boundaries).</item>
/// <item><see cref="LowerCaseFilter"/>.</item>
/// <item><see cref="ArabicLettersFilter"/>: the additions of <see cref="ArabicLetters"/> plus Lucene's <see cref="ArabicNormalizer"/>.</item>
/// <item><see cref="StopFilter"/> with <see cref="ArabicAnalyzer.DefaultStopSet"/> normalised the same way. Lucene's
/// stop set is written with hamzas and ة, so it must be normalised before it can run after normalisation;
/// running it after means «الى» is dropped as well as «إلى».</item>
/// <item><see cref="ArabicStemFilter"/> (Lucene's light stemmer: one prefix ال وال بال كال فال لل و, suffixes ها ان ات ون ين يه ية ه ة ي).</item>
/// </list>
/// </summary>
public sealed class ArabicSearchAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    internal static readonly ArabicSearchAnalyzer Shared = new();

    /// <summary>Lucene's Arabic stop words, normalised.</summary>
    internal static readonly CharArraySet StopWords = NormalisedStopSet();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new LowerCaseFilter(Version, source);
        result = new ArabicLettersFilter(result);
        result = new StopFilter(Version, result, StopWords);
        result = new ArabicStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    private static CharArraySet NormalisedStopSet()
    {
        var set = new CharArraySet(Version, 200, ignoreCase: false);
        foreach (var word in ArabicAnalyzer.DefaultStopSet)
            set.Add(ArabicText.Normalize(word.ToString()));
        return set.AsReadOnly();
    }
}

/// <summary>Applies <see cref="ArabicLetters.Normalize"/> to each term.</summary>
internal sealed class ArabicLettersFilter : TokenFilter
{
    private readonly Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute term;

    public ArabicLettersFilter(TokenStream input) : base(input) =>
        term = AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        term.Length = ArabicLetters.Normalize(term.Buffer, term.Length);
        return true;
    }
}
