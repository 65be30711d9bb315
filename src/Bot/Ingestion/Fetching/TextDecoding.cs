using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Ingestion.Fetching;

/// <summary>
/// Which encoding a fetched body is in. Arabic sites still serve windows-1256, so the code-page
/// encodings are registered once. For HTML: the HTTP charset, then a byte-order mark, then a
/// &lt;meta charset&gt; in the first bytes, else UTF-8. XML bodies without an HTTP charset are left to the
/// XML reader, which reads the byte-order mark and the XML declaration.
/// </summary>
public static partial class TextDecoding
{
    private const int MetaSniffBytes = 4096;

    // Once, before any member runs: every decoding path (FeedParser included) calls Named first, so the
    // code pages are known before it or the XML reader looks one up.
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static string DecodeHtml(byte[] body, string? headerCharset)
    {
        var encoding = Named(headerCharset) ?? FromByteOrderMark(body) ?? FromMeta(body) ?? Encoding.UTF8;
        return Decode(body, encoding);
    }

    public static string Decode(byte[] body, Encoding encoding)
    {
        var preamble = encoding.Preamble;
        var skip = preamble.Length > 0 && body.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        return encoding.GetString(body, skip, body.Length - skip);
    }

    private static Encoding? FromByteOrderMark(byte[] body) => body switch
    {
        // Encoding.UTF8, not new UTF8Encoding(false): Decode skips the preamble, and that one has none.
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static Encoding? FromMeta(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, MetaSniffBytes));
        var match = MetaCharset().Match(head);
        return match.Success ? Named(match.Groups["cs"].Value) : null;
    }

    // <meta charset="windows-1256"> and <meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<cs>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
