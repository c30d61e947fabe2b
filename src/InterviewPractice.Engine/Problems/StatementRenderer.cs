using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

    /// <summary>The folder of a problem's figures; an image written <c>![alt](figures/plot.png)</c> is one of them.</summary>
    public const string FiguresFolder = "figures";

    /// <summary>
    /// Renders Markdown to HTML. With <paramref name="slug"/>, an image from the problem's own
    /// <see cref="FiguresFolder"/> points at where the server serves it: <c>/problems/SLUG/figures/NAME</c>.
    /// </summary>
    public static string ToHtml(string markdown, string? slug = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        if (slug is not null)
        {
            foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage && IsFigure(l.Url)))
            {
                image.Url = $"/problems/{slug}/{image.Url}";
            }
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Every image in <paramref name="markdown"/>: its URL and 0-based line.</summary>
    public static IEnumerable<(string Url, int Line)> Images(string markdown) =>
        Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>().Where(l => l.IsImage).Select(l => (l.Url ?? "", l.Line));

    /// <summary>Whether an image URL names a figure of the problem's folder (<c>figures/NAME</c>).</summary>
    public static bool IsFigure(string? url) => url is not null && url.StartsWith(FiguresFolder + "/", StringComparison.Ordinal);
}
