using System.Text;

namespace Bot.Telegram.Rendering;

/// <summary>Escaping and limits of Telegram's HTML parse mode.</summary>
public static class TelegramHtml
{
    /// <summary>Telegram's limit on a message's text after entity parsing.</summary>
    public const int MaxMessageLength = 4096;
    public const int MaxCallbackDataBytes = 64;

    /// <summary>
    /// Escapes untrusted text for HTML parse mode: &amp;, &lt;, &gt; and &quot; (Telegram accepts no
    /// other named entity). Lone surrogates are replaced, since Telegram rejects invalid UTF-8.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) => null,
                _ when char.IsSurrogate(c) => "\uFFFD",
                '\0' => "",
                _ => null,
            };
            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            sb.Append(replacement);
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>Escapes a URL for an href attribute; only http(s) links are linked at all.</summary>
    public static string? SafeHref(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? Escape(uri.AbsoluteUri)
            : null;

    /// <summary>Plain text of Telegram HTML: tags dropped, entities decoded (for the terminal).</summary>
    public static string ToPlainText(string html)
    {
        var sb = new StringBuilder(html.Length);
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0) { sb.Append(html, i, html.Length - i); break; }
                i = end;
                continue;
            }
            if (c == '&')
            {
                var end = html.IndexOf(';', i);
                if (end > i && end - i <= 10)
                {
                    var decoded = System.Net.WebUtility.HtmlDecode(html[i..(end + 1)]);
                    sb.Append(decoded);
                    i = end;
                    continue;
                }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Trims a string to at most <paramref name="maxBytes"/> UTF-8 bytes without cutting a character.</summary>
    public static string TruncateUtf8(string value, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(value) <= maxBytes) return value;
        var length = value.Length;
        while (length > 0 && Encoding.UTF8.GetByteCount(value.AsSpan(0, length)) > maxBytes) length--;
        if (length > 0 && char.IsHighSurrogate(value[length - 1])) length--;
        return value[..length];
    }
}
