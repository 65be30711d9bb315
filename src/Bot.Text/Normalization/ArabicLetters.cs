using Lucene.Net.Analysis.Ar;

namespace Bot.Text;

/// <summary>
/// Letter-level normalisation, in place on a char buffer. Lucene's <see cref="ArabicNormalizer"/> does the
/// core; this class adds what it lacks.
/// Rules, in order:
/// <list type="number">
/// <item>Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits → ASCII 0–9; Arabic decimal separator ٫ → '.'.</item>
/// <item>Alef wasla ٱ → ا; superscript alef (U+0670) and Quranic marks (U+06D6–U+06ED) removed.</item>
/// <item>Persian yeh ی → ي and keheh ک → ك: Arabic pages typed on a Persian keyboard (الشیخ، الحشد الشعبی) read as Arabic;
/// so does heh doachashmee ھ → ه, which text copied out of PDFs writes for every ه (ھذا).</item>
/// <item>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF: text copied out of PDFs, «اﻟﺳودان») → the letter
/// each one shapes (its compatibility decomposition, when that is one character; ligatures such as ﻻ are left as they
/// are, since the buffer is normalised in place and never grows).</item>
/// <item>Latin letters lower-cased (invariant culture).</item>
/// <item>Lucene: أ إ آ → ا, ى → ي, ة → ه, harakat (tanween, fatha, damma, kasra, shadda, sukun) and tatweel removed.</item>
/// </list>
/// </summary>
internal static class ArabicLetters
{
    public const char AlefWasla = '\u0671';
    public const char SuperscriptAlef = '\u0670';
    public const char Alef = '\u0627';
    public const char ArabicDecimalSeparator = '\u066B';
    public const char FarsiYeh = '\u06CC';
    public const char Yeh = '\u064A';
    public const char Keheh = '\u06A9';
    public const char Kaf = '\u0643';
    public const char HehDoachashmee = '\u06BE';
    public const char Heh = '\u0647';

    private static readonly ArabicNormalizer Lucene = new();

    private const char PresentationFormsA = '\uFB50';
    private const char PresentationFormsB = '\uFE70';
    private const int PresentationFormsALength = '\uFDFF' - PresentationFormsA + 1;

    /// <summary>
    /// For each presentation form (Forms-A, then Forms-B), the one character its compatibility decomposition gives, or '\0'
    /// for a ligature or a code point that is no letter. Built once from the runtime's Unicode tables.
    /// </summary>
    private static readonly char[] PresentationBase = BuildPresentationBase();

    private static char[] BuildPresentationBase()
    {
        var table = new char[PresentationFormsALength + ('\uFEFF' - PresentationFormsB + 1)];
        try
        {
            for (var i = 0; i < table.Length; i++)
            {
                var c = (char)(i < PresentationFormsALength ? PresentationFormsA + i : PresentationFormsB + i - PresentationFormsALength);
                var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormKC);
                if (decomposed.Length == 1 && decomposed[0] != c && decomposed[0] is >= '\u0600' and <= '\u06FF') table[i] = decomposed[0];
            }
        }
        catch (PlatformNotSupportedException)
        {
            // A runtime without Unicode data (globalization-invariant mode) leaves the forms as they are, as before.
        }
        return table;
    }

    /// <summary>Normalises <paramref name="buffer"/>[0..length) in place; returns the new length.</summary>
    public static int Normalize(char[] buffer, int length)
    {
        var w = 0;
        for (var r = 0; r < length; r++)
        {
            var c = buffer[r];
            if (c is >= '\u0660' and <= '\u0669') c = (char)('0' + (c - '\u0660'));
            else if (c is >= '\u06F0' and <= '\u06F9') c = (char)('0' + (c - '\u06F0'));
            else if (c == ArabicDecimalSeparator) c = '.';
            else if (c == AlefWasla) c = Alef;
            else if (c == FarsiYeh) c = Yeh;
            else if (c == Keheh) c = Kaf;
            else if (c == HehDoachashmee) c = Heh;
            else if (c == SuperscriptAlef || c is >= '\u06D6' and <= '\u06ED') continue;
            else if (c is >= PresentationFormsA and <= '\uFDFF' or >= PresentationFormsB and <= '\uFEFF')
            {
                c = PresentationBase[c < PresentationFormsB ? c - PresentationFormsA : c - PresentationFormsB + PresentationFormsALength];
                // (a ligature, or no letter at all: the zero-width no-break space U+FEFF)
                if (c == '\0') c = buffer[r];
            }
            else if (c < 0x250 && char.IsUpper(c)) c = char.ToLowerInvariant(c);
            buffer[w++] = c;
        }
        return Lucene.Normalize(buffer, w);
    }

    /// <summary>A letter of the Arabic block (ء–ي and the extended letters), harakat and tatweel excluded.</summary>
    public static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' and not '\u0640' || c is >= '\u0671' and <= '\u06D3';

    /// <summary>True for characters that belong inside a word: letters, digits and combining marks (harakat).</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '\u0640' || (c is >= '\u064B' and <= '\u065F') || c == SuperscriptAlef
        || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
