using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace InterviewPractice.Problems;

/// <summary>Renders statements and editorials with Markdig, once per load.</summary>
public static class StatementRenderer
{
    // Raw HTML is off: statements are content from a repository, and a stray <script> in one must not reach
    // every visitor. Math is left as \( \) spans for KaTeX on the page; code blocks get language-* classes.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseMathematics()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        // Only strikethrough: ^ and ~ are common in prose about math (e^x), and KaTeX does superscripts.
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseListExtras()
        .UseTaskLists()
        .DisableHtml()
        .Build();

    /// <summary>Renders Markdown to HTML.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
