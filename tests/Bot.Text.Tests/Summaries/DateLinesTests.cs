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
}
