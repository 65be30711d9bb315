namespace Bot.Text.Tests;

/// <summary>Test data copied into Fixtures/ (no test reads /work/shared at run time).</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    /// <summary>The seed article (breadcrumb, title, source, paragraphs), split like the CLI does.</summary>
    public static (string Title, string Body) Seed() => Bot.Text.Cli.SummarizeCommand.SplitArticle(Read("seed_kim_putin.txt"));
}
