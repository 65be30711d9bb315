namespace Bot.Text;

internal static class QuoteExtractor
{
    public static List<Quote> Extract(ArticleModel article) => [];
}
