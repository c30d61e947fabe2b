using InterviewPractice.Problems.Loading;

namespace InterviewPractice.Engine.Tests.Problems;

/// <summary>Images in statements: figures shipped in the problem's folder, checked when it loads, pointed at where the server serves them.</summary>
public sealed class FiguresTests : IDisposable
{
    // The 8-byte PNG signature is enough: the server serves bytes, it does not decode them.
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TempProblems _temp = new();

    public void Dispose() => _temp.Dispose();

    private ProblemLoadResult Load(string statementTail, Action? figures = null)
    {
        _temp.AddValid("p", new Dictionary<string, string?> { ["problem.md"] = TempProblems.ValidStatement + "\n\n" + statementTail + "\n" });
        figures?.Invoke();
        return ProblemLoader.Load(_temp.Root, "p");
    }

    private void Figure(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Path.Combine(_temp.Root, "p", "figures"));
        File.WriteAllBytes(Path.Combine(_temp.Root, "p", "figures", name), bytes);
    }

    [Fact]
    public void AFigureInTheFolderIsKeptAndTheStatementPointsAtItsAddress()
    {
        var result = Load("![The loss curve](figures/loss-curve.png)", () => Figure("loss-curve.png", Png));
        Assert.Empty(result.Errors);
        Assert.Equal(Png, result.Problem!.Figures["loss-curve.png"]);
        Assert.Contains("<img src=\"/problems/p/figures/loss-curve.png\" alt=\"The loss curve\" />", result.Problem.StatementHtml);
    }

    [Fact]
    public void AMissingFigureOrAnImageFromElsewhereIsAnErrorAtItsLine()
    {
        var missing = Assert.Single(Load("Text.\n\n![plot](figures/nope.png)").Errors);
        Assert.Equal("the image 'figures/nope.png' is not in the problem's figures/ folder", missing.Message);
        Assert.Equal("p/problem.md", missing.Location.File);
        Assert.Equal(TempProblems.ValidStatement.Split('\n').Length + 4, missing.Location.Line);
        Assert.Equal("the image '../tests/hidden.yaml' must be one of the problem's figures (figures/NAME) or an https URL",
            Assert.Single(Load("![x](../tests/hidden.yaml)").Errors).Message);
        Assert.Contains("or an https URL", Assert.Single(Load("![x](http://example.org/a.png)").Errors).Message);
        Assert.Empty(Load("![x](https://example.org/a.png)").Errors);
    }

    [Fact]
    public void OnlyPlainlyNamedImageFilesAreFigures()
    {
        var wrongType = Assert.Single(Load("", () => Figure("notes.txt", "hidden answer"u8.ToArray())).Errors);
        Assert.Equal("p/figures/notes.txt", wrongType.Location.File);
        Assert.StartsWith("a figure is an image named in lowercase letters", wrongType.Message);
        File.Delete(Path.Combine(_temp.Root, "p", "figures", "notes.txt"));
        Assert.Single(Load("", () => Figure("Plot.PNG", Png)).Errors);
        File.Delete(Path.Combine(_temp.Root, "p", "figures", "Plot.PNG"));
        // A link is refused even to an image of the same folder.
        Figure("real.png", Png);
        _temp.Link("p/figures/alias.png", Path.Combine(_temp.Root, "p", "figures", "real.png"));
        Assert.Contains(ProblemLoader.Load(_temp.Root, "p").Errors, e => e.Message.StartsWith("a symbolic link", StringComparison.Ordinal));
    }
}
