using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Bot.Text;

/// <summary>PLACEHOLDER: the text-engine issue replaces it with the Arabic analysis chain.</summary>
public sealed class ArabicSearchAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(LuceneVersion.LUCENE_48, source));
    }
}
