using System.Text.Json.Nodes;
using InterviewPractice.Problems;
using InterviewPractice.Problems.Concepts;
using InterviewPractice.Problems.Loading;

namespace InterviewPractice.Engine.Tests.Problems;

/// <summary>Randomized concept problems: <c>variant.js</c> draws each variant's numbers and computes its answers,
/// and every <c>{{name}}</c> in the statement and the answer key takes them.</summary>
public sealed class ConceptVariantTests : IDisposable
{
    private const string Statement = "---\ntitle: Coins\nkind: concept\ndifficulty: easy\n---\nA coin lands heads with probability {{p}}.\n\n**(a)** Expected heads in {{n}} tosses?\n\n**(b)** Fair?\n";

    private const string Answers = """
        - id: a
          prompt: "Heads in {{n}} tosses"
          type: number
          value: {{mean}}
          atol: 0.001
          wrong: [{{n}}]
          explanation: "$n p = {{n}} \\times {{p}} = {{mean}}$."
        - id: b
          type: choice
          options: [Fair, Biased]
          correct: "{{fair}}"
        """;

    private const string Script = """
        function variant(rng) {
          const n = rng.int(10, 1000);
          const p = rng.pick([0.25, 0.5, 0.75]);
          return { n, p, mean: n * p, fair: p === 0.5 ? 'Fair' : 'Biased' };
        }
        """;

    private readonly TempProblems _temp = new();

    public void Dispose() => _temp.Dispose();

    private ProblemLoadResult Load(string? script = Script, string statement = Statement, string answers = Answers)
    {
        _temp.Write("v/problem.md", statement);
        _temp.Write("v/answers.yaml", answers);
        if (script is not null)
        {
            _temp.Write("v/variant.js", script);
        }
        return ProblemLoader.Load(_temp.Root, "v");
    }

    [Fact]
    public void EachVariantShowsItsOwnNumbersAndIsGradedAgainstThem()
    {
        var problem = Assert.IsType<Problem>(Load().Problem);
        var variants = Assert.IsType<ConceptVariants>(problem.Variants);

        // The default variant is seed 1, and the problem's own statement and key are its.
        Assert.Equal(variants.Make(1).StatementHtml, problem.StatementHtml);
        var made = Enumerable.Range(1, 40).Select(variants.Make).ToList();
        Assert.True(made.Select(v => v.StatementHtml).Distinct().Count() > 20);
        foreach (var v in made)
        {
            var n = int.Parse(v.AnswerKey.Parts[0].Public.Prompt["Heads in ".Length..^" tosses".Length], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains($"{n} tosses", v.StatementHtml);
            var p = v.AnswerKey.Parts[0].Value!.Value / n;
            var answers = new JsonObject { ["a"] = n * p, ["b"] = p == 0.5 ? "Fair" : "Biased" };
            Assert.Equal(2, ConceptGrader.Grade(v.AnswerKey, answers).Score);
            Assert.Contains($"{n} \\times {p.ToString(System.Globalization.CultureInfo.InvariantCulture)}", v.AnswerKey.Parts[0].ExplanationHtml);
        }
        // Another variant's answer does not fit: the numbers differ.
        var other = made.First(v => v.AnswerKey.Parts[0].Value != made[0].AnswerKey.Parts[0].Value);
        Assert.False(ConceptGrader.GradePart(made[0].AnswerKey.Parts[0], other.AnswerKey.Parts[0].Value).Correct);
        // The same seed always gives the same variant.
        Assert.Equal(made[6].StatementHtml, variants.Make(7).StatementHtml);
    }

    [Fact]
    public void APlaceholderTheScriptDoesNotGiveIsAnErrorAtItsLine()
    {
        var result = Load(statement: Statement.Replace("{{n}} tosses?", "{{count}} tosses?", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation("v/problem.md", 8), error.Location);
        Assert.Equal("variant 1: variant.js gives no value for {{count}} (it gives: n, p, mean, fair)", error.Message);
    }

    [Fact]
    public void PlaceholdersWithoutAScriptAreAnError()
    {
        var error = Assert.Single(Load(script: null).Errors);
        Assert.Equal("v/answers.yaml", error.Location.File);
        Assert.StartsWith("{{name}} placeholders need a variant.js", error.Message);
    }

    [Fact]
    public void AScriptThatFailsIsAnErrorAtItsLine()
    {
        var error = Assert.Single(Load(script: "function variant(rng) {\n  const n = rng.int(5, 1);\n  return { n };\n}\n").Errors);
        Assert.Equal("v/variant.js", error.Location.File);
        Assert.Contains("rng.int(5, 1): bounds must be integers with lo <= hi", error.Message);
    }

    [Fact]
    public void AVariantWhoseAnswerKeyDoesNotReadIsAnErrorInTheKey()
    {
        var script = Script.Replace("fair: p === 0.5 ? 'Fair' : 'Biased'", "fair: 'Unfair'", StringComparison.Ordinal);

        var error = Assert.Single(Load(script).Errors);
        Assert.Equal("v/answers.yaml", error.Location.File);
        Assert.Equal("variant 1: 'Unfair' in 'correct' of part 'b' is not one of its options", error.Message);
    }
}
