namespace Bot.Text;

/// <summary>
/// A page's publication line: the date, the time and the words around them that a site prints above or below a story
/// («آخر تحديث: السبت 30 نوفمبر 2019 - 7:25 م بتوقيت القاهرة», «الخميس - 27 سبتمبر 2018 - الساعة 10:16 م بتوقيت
/// اليمن»). Too long for the bare-line rule, such lines were in 22 of 5,414 web-excerpt summaries.
/// </summary>
public static class DateLines
{
    /// <summary>Longer lines are the story's own sentences, whatever dates they hold.</summary>
    public const int MaxWords = 24;

    /// <summary>The share of date words that makes a line a publication line.</summary>
    private const double MinShare = 0.4;

    // Normalised (ArabicText.Normalize): Gregorian months as Egypt, the Gulf and the Maghreb name them, the Levant's
    // Syriac months, the Hijri months, the days, and the words sites print with them.
    private static readonly HashSet<string> Words = new(
        ("يناير فبراير مارس ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر "
        + "جانفي فيفري افريل ماي جوان جويليه جويلية اوت "
        + "كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين الثاني الاول "
        + "محرم صفر ربيع جمادي جمادى رجب شعبان رمضان شوال ذو القعده الحجه الاخره الاخر الاولي الاولى "
        + "السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه "
        + "م ص مساء مساءا صباحا ظهرا هـ مـ ه الساعه الموافق بتوقيت التوقيت توقيت تحديث اخر نشر نشره نشرت تاريخ").Split(' ')
        .Select(ArabicText.Normalize),
        StringComparer.Ordinal);

    /// <summary>
    /// True when at least 40 % of the text's words are numbers, month or day names or the publication words around them.
    /// The caller decides that the text is a whole paragraph with no closing stop.
    /// </summary>
    public static bool IsDateLine(string text)
    {
        var total = 0;
        var dated = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan()[range].Trim().Trim("،,.:;؛-–—|/()[]\"«»“”'");
            if (word.IsEmpty) continue;
            total++;
            if (total > MaxWords) return false;
            if (IsNumber(word) || Words.Contains(ArabicText.Normalize(word.ToString()))) dated++;
        }
        return total > 0 && dated >= MinShare * total;
    }

    /// <summary>
    /// <paramref name="text"/> without a publication stamp glued before its first words: «الثلاثاء 14 مارس 2023 09:00
    /// مساءً - في ظل أزمات …» reads «في ظل أزمات …» (24 of 18,660 web-page summaries opened so). The stamp is the run of
    /// date words, numbers and separators the text opens with, holding a year or a time of day and a day or month name or
    /// the publication words around them; the text is kept whole when fewer than four words would follow.
    /// </summary>
    public static string WithoutLeadingDate(string text)
    {
        var end = 0;
        var dated = false;
        var named = false;
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (start == i) break;
            var token = text.AsSpan(start, i - start).Trim("،,.:;؛-–—|()[]");
            if (token.IsEmpty) { end = i; continue; }
            var isDate = true;
            foreach (var range in token.Split('/'))
            {
                var part = token[range].Trim("،,.:;؛-–—|");
                if (part.IsEmpty) continue;
                if (IsNumber(part))
                {
                    dated |= part.Length == 4 || part.Contains(':');
                    continue;
                }
                if (!Words.Contains(ArabicText.Normalize(part.ToString()))) { isDate = false; break; }
                named = true;
            }
            if (!isDate) break;
            end = i;
            words++;
        }
        if (!dated || !named || words < 2) return text;
        var rest = text[end..].TrimStart(" -–—|:،,".ToCharArray());
        return ArticleModel.CountWords(rest) >= 4 ? rest : text;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!(char.IsDigit(c) || c is '/' or ':' or '-' or '.')) return false;
        return true;
    }
}
