using System.Text;
using Bot.Telegram.Rendering;
using Bot.Tests.Fakes;

namespace Bot.Tests.Telegram;

public class HtmlMessageSplitterTests
{
    private const int Limit = TelegramHtml.MaxMessageLength;

    [Fact]
    public void Split_ShortMessage_IsOnePart() => Assert.Equal(["<b>مرحبا</b>"], HtmlMessageSplitter.Split("<b>مرحبا</b>"));

    [Fact]
    public void Split_BlankMessage_HasNoParts() => Assert.Empty(HtmlMessageSplitter.Split("  \n "));

    [Fact]
    public void Split_LongText_CutsAtParagraphs()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("كلمة", 300)); // 1,499 characters
        var html = string.Join("\n\n", Enumerable.Repeat(paragraph, 5));
        var parts = HtmlMessageSplitter.Split(html);
        Assert.Equal(3, parts.Count); // two paragraphs fit into each part
        Assert.All(parts, p => Assert.Equal(paragraph, p.Split("\n\n")[0]));
    }

    [Fact]
    public void Split_TagAcrossCut_IsClosedAndReopened()
    {
        var html = "<b>" + string.Join(". ", Enumerable.Repeat("جملة طويلة نسبيا", 600)) + "</b>";
        var parts = HtmlMessageSplitter.Split(html);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p =>
        {
            Assert.StartsWith("<b>", p);
            Assert.EndsWith("</b>", p);
            AssertValid(p);
        });
    }

    [Fact]
    public void Split_PrefersSentenceEnd_OverMidSentence()
    {
        var sentence = new string('س', 99) + ". ";
        var parts = HtmlMessageSplitter.Split(string.Concat(Enumerable.Repeat(sentence, 100)));
        Assert.All(parts, p => Assert.EndsWith(".", p));
    }

    [Fact]
    public void Split_EntitiesAndSurrogates_NeverCut()
    {
        // No spaces at all: the splitter must still cut only between characters.
        var html = string.Concat(Enumerable.Repeat("&amp;😀ك", 3000));
        var parts = HtmlMessageSplitter.Split(html);
        Assert.Equal(html, string.Concat(parts));
        Assert.All(parts, AssertValid);
    }

    [Fact]
    public void Split_RandomEscapedText_EveryPartValidAndWithinLimit()
    {
        var random = new Random(20261128);
        for (var run = 0; run < 200; run++)
        {
            var text = RandomText(random, random.Next(0, 20_000));
            var html = "<b>" + TelegramHtml.Escape(text[..(text.Length / 3)]) + "</b>\n" + TelegramHtml.Escape(text[(text.Length / 3)..]);
            var parts = HtmlMessageSplitter.Split(html);
            Assert.All(parts, AssertValid);
            // Nothing but the whitespace at cuts is lost.
            var visible = string.Concat(parts.Select(TelegramHtml.ToPlainText)).Count(c => !char.IsWhiteSpace(c));
            Assert.Equal(TelegramHtml.ToPlainText(html).Count(c => !char.IsWhiteSpace(c)), visible);
        }
    }

    private static string RandomText(Random random, int length)
    {
        string[] pieces = ["ك", "ي", "م", " ", "\n", "\n\n", ".", "؟", "<", ">", "&", "\"", "😀", "\u200F", "\u202E", "a", "1", "«", "»", "&amp;", "<b>"];
        var sb = new StringBuilder(length);
        while (sb.Length < length) sb.Append(pieces[random.Next(pieces.Length)]);
        return sb.ToString();
    }

    /// <summary>Within the limit, parsed by the fake's copy of Telegram's HTML parser, no split surrogate pair.</summary>
    internal static void AssertValid(string part)
    {
        Assert.InRange(part.Length, 1, Limit);
        var formatted = MessageTextRules.Format(part, "HTML", entities: null, rejectUnknownHtmlEntities: true);
        Assert.NotEmpty(formatted.Text);
        for (var i = 0; i < part.Length; i++)
        {
            if (char.IsHighSurrogate(part[i])) Assert.True(i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]), "split surrogate pair");
            if (char.IsLowSurrogate(part[i])) Assert.True(i > 0 && char.IsHighSurrogate(part[i - 1]), "split surrogate pair");
        }
    }
}
