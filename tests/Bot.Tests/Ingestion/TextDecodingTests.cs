using System.Text;
using Bot.Ingestion.Fetching;

namespace Bot.Tests.Ingestion;

public sealed class TextDecodingTests
{
    [Fact]
    public void DecodeHtml_Utf8ByteOrderMarkWithoutCharset_IsStripped()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>خبر</p>")];

        Assert.Equal("<p>خبر</p>", TextDecoding.DecodeHtml(body, headerCharset: null));
    }

    [Fact]
    public void DecodeHtml_Utf8ByteOrderMarkWithCharset_IsStripped()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>خبر</p>")];

        Assert.Equal("<p>خبر</p>", TextDecoding.DecodeHtml(body, "utf-8"));
    }
}
