namespace Bot.Ingestion.Pages;

/// <summary>
/// The form of an article URL we store and deduplicate on: tracking parameters (utm_*, fbclid,
/// gclid, …) and the fragment removed, other parameters kept in order.
/// </summary>
public static class UrlCleaner
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "igshid", "igsh", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref_src", "ref_url",
        "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "s_cid", "wt.mc_id", "at_medium", "at_campaign", "spm", "cmpid",
    };

    public static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);

    public static Uri Clean(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri) return url;
        var query = url.Query.TrimStart('?');
        var kept = query.Length == 0 ? [] : query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(Uri.UnescapeDataString(pair.Split('=', 2)[0])))
            .ToArray();
        var builder = new UriBuilder(url) { Fragment = "", Query = string.Join('&', kept) };
        if (builder.Uri.IsDefaultPort) builder.Port = -1;
        return builder.Uri;
    }

    /// <summary>The cleaned absolute URL as stored in <see cref="Storage.Article.Url"/>.</summary>
    public static string Canonical(Uri url) => Clean(url).AbsoluteUri;
}
