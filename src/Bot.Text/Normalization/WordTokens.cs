using System.Runtime.InteropServices;
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
    // Each word as written, with what was worked out for it: an article repeats most of its words, and the summary's
    // stems and the quote rules' two readings of every sentence had normalised each one anew (the normaliser alone was a
    // twentieth of the engine's time in a profile).
    private readonly Dictionary<string, Known> known;
    private readonly Dictionary<string, Known>.AlternateLookup<ReadOnlySpan<char>> knownLookup;
    private readonly Dictionary<string, string> normals;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> normalLookup;
    private char[] buffer = new char[64];

    private struct Known
    {
        public string? Normal;
        public int Stem;
        public bool Stemmed;
    }

    /// <param name="capacity">The stems expected (an article's length in characters over ten is near its distinct stems): a
    /// table grown from empty copies itself at every doubling.</param>
    public WordTokens(int capacity = 0)
    {
        ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        known = new Dictionary<string, Known>(capacity, StringComparer.Ordinal);
        knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        normals = new Dictionary<string, string>(capacity, StringComparer.Ordinal);
        normalLookup = normals.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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
            output.Add(new WordToken(start, i - start, StemId(text.AsSpan(start, i - start))));
        }
    }

    /// <summary>The stem id of one word, or -1 (stop words, no letters, fewer than two characters); new stems get new ids.</summary>
    public int StemId(ReadOnlySpan<char> word)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(knownLookup, word, out _);
        if (!entry.Stemmed) (entry.Stem, entry.Stemmed) = (NewStemId(word), true);
        return entry.Stem;
    }

    private int NewStemId(ReadOnlySpan<char> word)
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
        id = ids.Count;
        ids.Add(stem.ToString(), id);
        return id;
    }

    /// <summary>Normalises <paramref name="word"/> into the scratch buffer; returns its length.</summary>
    private int Normalized(ReadOnlySpan<char> word)
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
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(knownLookup, word, out _);
        return entry.Normal ??= Interned(word);
    }

    private string Interned(ReadOnlySpan<char> word)
    {
        // (the length first: Normalized may replace the buffer with a longer one, and a span taken before it would be of the
        // old one)
        var length = Normalized(word);
        var normal = buffer.AsSpan(0, length);
        if (normalLookup.TryGetValue(normal, out var made)) return made;
        made = normal.ToString();
        normals.Add(made, made);
        return made;
    }
}
