namespace Bot.Text.Tests.Summaries;

public class DateLinesTests
{
    [Theory]
    // Lines that opened web-excerpt summaries (w110_018, w71_044, w117_036, w57_028, w18_001).
    [InlineData("آخر تحديث: السبت 30 نوفمبر 2019 - 7:25 م بتوقيت القاهرة")]
    [InlineData("الخميس - 27 سبتمبر 2018 - الساعة 10:16 م بتوقيت اليمن ،،،")]
    [InlineData("تم نشره الثلاثاء 29 تشرين الثّاني / نوفمبر 2016 08:53 مساءً")]
    [InlineData("31 آذار 2019 22:37:00 - آخر تحديث: 01 نيسان 2019 12:24:06")]
    [InlineData("السبت 27 أبريل 2024 الموافق 18 شوال 1445 رئيس مجلس الإدارة رئيس التحرير بدور ابراهيم عاجل مصر")]
    [InlineData("٠٧/١١/٢٠٢٣، ٨:٤٣ ص رقم الصحفي: 1426 رمز الخبر: 85283267 T T ٠ Persons")]
    public void IsDateLine_PublicationLines_AreDateLines(string line) => Assert.True(DateLines.IsDateLine(line));

    [Theory]
    // A story's sentence that names a day and a date.
    [InlineData("تسلّم النائب العام السوداني عبدالله أحمد عبدالله، الأحد، تقرير لجنة التحري والتحقيق في أحداث فض اعتصام القيادة العامة في الخرطوم في الثالث من يونيو الماضي")]
    // A headline with a number.
    [InlineData("الدفاع المدني: 70 ألف طن من المتفجرات بغزة تشكل تهديدا كبيرا للسكان")]
    // Over the length limit even though half of it is dates.
    [InlineData("الأحد 1 مايو 2022 الاثنين 2 مايو 2022 الثلاثاء 3 مايو 2022 وزارة الصحة تعلن مواعيد حملة التطعيم في المحافظات كلها خلال الأسبوع المقبل للأطفال دون الخامسة")]
    [InlineData("")]
    public void IsDateLine_OtherLines_AreNot(string line) => Assert.False(DateLines.IsDateLine(line));

    [Theory]
    // Summaries of web pages that opened with the page's publication stamp (w…: 6 أغسطس 2022, الثلاثاء 14 مارس 2023, …).
    [InlineData("6 أغسطس 2022 12:16 م توقفت محطة الطاقة الوحيدة في قطاع غزة عن العمل، اليوم السبت", "توقفت محطة الطاقة الوحيدة في قطاع غزة عن العمل، اليوم السبت")]
    [InlineData("الثلاثاء 14 مارس 2023 09:00 مساءً - في ظل أزمات إقتصادية متلاحقة طالت الجميع", "في ظل أزمات إقتصادية متلاحقة طالت الجميع")]
    [InlineData("الجمعة ١١ تموز ٢٠٢٥ - 14:53 لبنان في مواجهة العطش: صيف جاف وأزمة مياه", "لبنان في مواجهة العطش: صيف جاف وأزمة مياه")]
    [InlineData("الأربعاء ٢٨ / ٠٧ / ٢٠٢١ من نقطة الصفر، نهضت الرياضة النسائية في المملكة", "من نقطة الصفر، نهضت الرياضة النسائية في المملكة")]
    [InlineData("الأربعاء 21/فبراير/2018 - 03:49 م التقى الرئيس برئيس الوكالة اليابانية للتعاون الدولي", "التقى الرئيس برئيس الوكالة اليابانية للتعاون الدولي")]
    public void WithoutLeadingDate_PublicationStampBeforeTheSentence_IsDropped(string text, string expected) =>
        Assert.Equal(expected, DateLines.WithoutLeadingDate(text));

    [Theory]
    // A day named with no year or time of day: the story's own «on Thursday».
    [InlineData("الخميس المقبل سيعقد مجلس الأمن جلسة طارئة لبحث الأزمة في السودان")]
    // A number with no day or month name: a count, not a date.
    [InlineData("2024 شخصا لقوا حتفهم في حوادث الطرق خلال العام الماضي وفق الإحصاءات")]
    // Too few words would be left: the stamp is the whole line, which the summary's own rules handle.
    [InlineData("الثلاثاء 14 مارس 2023 09:00 مساءً - عاجل")]
    [InlineData("أعلنت الوزارة، الأحد 12 مارس 2023، عن خطة جديدة للنقل العام في العاصمة")]
    [InlineData("")]
    public void WithoutLeadingDate_NoStampOpeningTheText_KeepsItWhole(string text) =>
        Assert.Equal(text, DateLines.WithoutLeadingDate(text));
}
