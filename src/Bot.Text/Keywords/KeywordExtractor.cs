namespace Bot.Text;

internal static class KeywordExtractor
{
    public static List<string> Extract(ArticleModel article) => [];
}
