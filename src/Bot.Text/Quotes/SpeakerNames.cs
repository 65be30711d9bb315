namespace Bot.Text;

/// <summary>
/// Turns a speaker's noun phrase into its best short mention. Rules:
/// <list type="number">
/// <item>A phrase that starts with a role word (Resources/speaker-roles.txt, with or without ال): of the name-like
/// words (no ال, not a role) that close the phrase, the most mentioned in the article (كيم for الزعيم الكوري الشمالي
/// كيم جونغ أون, بوتين for الرئيس فلاديمير بوتين, زغدار for عضو لجنة المالية … أحمد زغدار); ties go to the last
/// word. Without such a name, the role and its qualifiers (وزير الصناعة والثروة المعدنية، رئيسة سلطة الضبط).</item>
/// <item>Words before a later role word are the phrase (الفكي أهمية تعيين رئيس القضاء → الفكي …).</item>
/// <item>Without a role: a leading ال-word followed by ال-words is a described group, kept whole (الدول الثلاث);
/// a leading ال-word followed by anything else is a name (الفكي); otherwise the most mentioned of the first three
/// name-like words (علام for حسن علام).</item>
/// </list>
/// </summary>
internal sealed class SpeakerNames(ArticleModel article)
{
    private static readonly WordList Roles = new("speaker-roles.txt");
    private Dictionary<string, int>? words;
    private int maxMentions = 1;

    public static bool IsRole(string norm) => Roles.ContainsWithArticle(norm);

    /// <summary>A word that can be part of a person's name: no ال (also behind و ب ل ك ف), not a role word, a letter first.</summary>
    public bool IsNameLike(string norm) =>
        norm.Length > 1 && char.IsLetter(norm[0]) && !IsRole(norm) && norm != "باسم"
        && !norm.StartsWith("ال", StringComparison.Ordinal)
        && !(norm.Length > 4 && norm[0] is 'و' or 'ب' or 'ل' or 'ك' or 'ف' && norm.AsSpan(1).StartsWith("ال"))
        && !norm.StartsWith("لل", StringComparison.Ordinal);

    /// <summary>True when the word appears on its own in the article.</summary>
    public bool IsMentioned(ReadOnlySpan<char> norm) => Count(norm.ToString()) > 0;

    public string ShortMention(string text, List<(int Start, int End, string Norm)> phrase)
    {
        var role = phrase.FindIndex(p => IsRole(p.Norm));
        // A name before a role word is the speaker (وأوضح الفكي أهمية تعيين رئيس القضاء → الفكي).
        if (role > 0) phrase = phrase.GetRange(0, role);
        if (role != 0)
        {
            // No role: a name first. An ال-word followed by another ال-word is a described group (الدول الثلاث،
            // الإمام الأكبر); an ال-word followed by anything else is a name with ال (الفكي، الغيث).
            if (phrase[0].Norm.StartsWith("ال", StringComparison.Ordinal))
            {
                var end = 0;
                while (end + 1 < phrase.Count && end < 2 && phrase[end + 1].Norm.StartsWith("ال", StringComparison.Ordinal)) end++;
                return text[phrase[0].Start..phrase[end].End];
            }
            return MostMentioned(text, phrase, 0, Math.Min(phrase.Count, 3), minCount: 0) ?? Whole(text, phrase);
        }
        // A name closing the phrase (الرئيس الروسي فلاديمير بوتين) counts even if mentioned once; words inside the
        // phrase (وزير الصناعة رسالة لموظفي الوزارة) only when mentioned again elsewhere.
        var tail = phrase.Count;
        while (tail > role + 1 && IsNameLike(phrase[tail - 1].Norm)) tail--;
        var best = -1;
        var bestCount = -1;
        for (var k = role + 1; k < phrase.Count; k++)
        {
            if (!IsNameLike(phrase[k].Norm)) continue;
            var c = Count(phrase[k].Norm);
            if (k < tail) continue;
            if (c >= bestCount) { best = k; bestCount = c; }
        }
        return best >= 0 ? text[phrase[best].Start..phrase[best].End] : RolePhrase(text, phrase, role);
    }

    /// <summary>The most mentioned name-like word of phrase[from..to) (ties: the last), if mentioned at least minCount times.</summary>
    private string? MostMentioned(string text, List<(int Start, int End, string Norm)> phrase, int from, int to, int minCount)
    {
        var best = -1;
        var bestCount = -1;
        for (var k = from; k < to; k++)
        {
            if (!IsNameLike(phrase[k].Norm)) continue;
            var c = Count(phrase[k].Norm);
            if (c >= bestCount) { best = k; bestCount = c; }
        }
        return best >= 0 && bestCount >= minCount ? text[phrase[best].Start..phrase[best].End] : null;
    }

    /// <summary>The role and the ال-words that qualify it (وزير الصناعة والثروة المعدنية، المتحدث باسم الشركة), at most four words.</summary>
    private static string RolePhrase(string text, List<(int Start, int End, string Norm)> phrase, int role)
    {
        var end = role;
        while (end + 1 < phrase.Count && end - role < 3)
        {
            var next = phrase[end + 1].Norm;
            var qualifier = next.StartsWith("ال", StringComparison.Ordinal) || next.StartsWith("وال", StringComparison.Ordinal) || next == "باسم"
                // a construct noun followed by an ال-word: رئيسة سلطة الضبط
                || (end + 2 < phrase.Count && phrase[end + 2].Norm.StartsWith("ال", StringComparison.Ordinal));
            if (!qualifier) break;
            end++;
        }
        return text[phrase[role].Start..phrase[end].End];
    }

    private static string Whole(string text, List<(int Start, int End, string Norm)> phrase) =>
        text[phrase[0].Start..phrase[Math.Min(phrase.Count, 4) - 1].End];

    /// <summary>How often the speaker is mentioned, relative to the most mentioned speaker so far (0..1).</summary>
    public double Prominence(string speaker)
    {
        var c = Count(ArabicText.Normalize(speaker));
        maxMentions = Math.Max(maxMentions, c);
        return Math.Min(1.0, c / (double)maxMentions);
    }

    /// <summary>Occurrences of a normalised word in the article, alone or behind one of و ل ب ف.</summary>
    private int Count(string norm)
    {
        if (norm.Length == 0) return 0;
        words ??= CountWords();
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var n = lookup.TryGetValue(norm, out var bare) ? bare : 0;
        Span<char> prefixed = stackalloc char[norm.Length + 1];
        norm.AsSpan().CopyTo(prefixed[1..]);
        foreach (var p in "ولبف")
        {
            prefixed[0] = p;
            if (lookup.TryGetValue(prefixed, out var c)) n += c;
        }
        return n;
    }

    /// <summary>Counts every normalised word of the article once, on first use.</summary>
    private Dictionary<string, int> CountWords()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = article.Tokens;
        foreach (var s in article.Sentences)
        {
            var text = s.Text;
            var i = 0;
            while (i < text.Length)
            {
                if (!ArabicLetters.IsWordChar(text[i])) { i++; continue; }
                var start = i;
                while (i < text.Length && ArabicLetters.IsWordChar(text[i])) i++;
                var length = tokens.Normalized(text.AsSpan(start, i - start));
                var w = tokens.Buffer.AsSpan(0, length);
                lookup[w] = lookup.TryGetValue(w, out var c) ? c + 1 : 1;
            }
        }
        return counts;
    }
}
