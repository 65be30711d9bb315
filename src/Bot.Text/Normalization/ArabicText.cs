using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Text;

/// <summary>Arabic normalisation and search terms shared by the engine and the host's search index.</summary>
public static class ArabicText
{
    /// <summary>
    /// Normalised letters, the rules of which are listed on <see cref="ArabicLetters"/>: diacritics and tatweel
    /// removed, أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII, Latin lower-cased. Everything else
    /// (spaces, punctuation, emoji) is kept as is. Null gives "".
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var buffer = text.ToCharArray();
        var length = ArabicLetters.Normalize(buffer, buffer.Length);
        return new string(buffer, 0, length);
    }

    /// <summary>
    /// The terms <see cref="ArabicSearchAnalyzer"/> produces for <paramref name="text"/>, in order: Unicode word
    /// tokens, normalised, stop words dropped, light-stemmed (so «العلاقات» and «علاقات» give «علاق»).
    /// </summary>
    public static IReadOnlyList<string> SearchTerms(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var terms = new List<string>();
        using var stream = ArabicSearchAnalyzer.Shared.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
