using Lucene.Net.Analysis.Ar;

namespace Bot.Text;

/// <summary>A word of a sentence: where it is, and its stem id (-1 for stop words and tokens without letters).</summary>
internal readonly record struct WordToken(int Start, int Length, int Stem);

/// <summary>
/// Splits sentences into words and maps each content word to a per-article stem id. Rules:
/// <list type="number">
/// <item>A word is a maximal run of letters, digits and combining marks (<see cref="ArabicLetters.IsWordChar"/>).</item>
/// <item>Each word is normalised (<see cref="ArabicLetters"/>), dropped as a stop word if it is in
/// <see cref="ArabicSearchAnalyzer.StopWords"/> or the engine's extra list (Resources/stopwords.txt) — also behind
/// one و or ف (وقال، فإن) — then
/// light-stemmed by Lucene's <see cref="ArabicStemmer"/>: the same rules as the search terms.</item>
/// <item>Single-character words and pure numbers get no stem id.</item>
/// </list>
/// Not thread-safe: one instance per analysis.
/// </summary>
internal sealed class WordTokens
{
    private static readonly ArabicStemmer Stemmer = new();
    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private char[] buffer = new char[64];

    /// <param name="capacity">The stems expected (an article's length in characters over ten is near its distinct stems): a
    /// table grown from empty copies itself at every doubling.</param>
    public WordTokens(int capacity = 0)
    {
        ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        normals = new Dictionary<string, string>(capacity, StringComparer.Ordinal);
        normalLookup = normals.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The scratch buffer <see cref="Normalized"/> writes to.</summary>
    public char[] Buffer => buffer;

    /// <summary>Number of distinct stems seen so far.</summary>
    public int StemCount => ids.Count;

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Tokenize(string text, List<WordToken> output)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!ArabicLetters.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && ArabicLetters.IsWordChar(text[i])) i++;
            output.Add(new WordToken(start, i - start, StemId(text.AsSpan(start, i - start), add: true)));
        }
    }

    /// <summary>The stem id of one word, or -1; with <paramref name="add"/> false unknown stems give -1.</summary>
    public int StemId(ReadOnlySpan<char> word, bool add)
    {
        var length = Normalized(word);
        if (length < 2) return -1;
        var hasLetter = false;
        for (var k = 0; k < length; k++) if (char.IsLetter(buffer[k])) { hasLetter = true; break; }
        var normal = buffer.AsSpan(0, length);
        if (!hasLetter || StopWords.Contains(normal)
            || (length > 3 && normal[0] is 'و' or 'ف' && StopWords.Contains(normal[1..]))) return -1;
        length = Stemmer.Stem(buffer, length);
        var stem = buffer.AsSpan(0, length);
        if (lookup.TryGetValue(stem, out var id)) return id;
        if (!add) return -1;
        id = ids.Count;
        ids.Add(stem.ToString(), id);
        return id;
    }

    /// <summary>Normalises <paramref name="word"/> into the scratch buffer; returns its length.</summary>
    public int Normalized(ReadOnlySpan<char> word)
    {
        if (buffer.Length < word.Length) buffer = new char[word.Length * 2];
        word.CopyTo(buffer);
        return ArabicLetters.Normalize(buffer, word.Length);
    }

    /// <summary>
    /// The normalised form of a word, one string per distinct form in the article: the quote rules read every sentence's
    /// words as strings, and an article repeats most of its words.
    /// </summary>
    public string NormalizedString(ReadOnlySpan<char> word)
    {
        // (the length first: Normalized may replace the buffer with a longer one, and a span taken before it would be of the
        // old one)
        var length = Normalized(word);
        var normal = buffer.AsSpan(0, length);
        if (normalLookup.TryGetValue(normal, out var known)) return known;
        var made = normal.ToString();
        normals.Add(made, made);
        return made;
    }

    private readonly Dictionary<string, string> normals;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> normalLookup;
}
