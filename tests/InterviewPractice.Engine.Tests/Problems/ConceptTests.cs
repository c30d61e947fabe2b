using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Problems;
using InterviewPractice.Problems.Concepts;
using InterviewPractice.Problems.Loading;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewPractice.Engine.Tests.Problems;

public sealed class ConceptTests : IDisposable
{
    private const string Statement = "---\ntitle: Bias\nkind: concept\ndifficulty: medium\n---\n**(a)** What is it?\n";

    private const string Answers = """
        - id: a
          prompt: Training MSE
          type: number
          value: 0.25
          atol: 0.01
          wrong: [0.5]
        - id: b
          type: matrix
          value: [[1, 0], [0, 1]]
          rtol: 0.001
        - id: c
          type: choice
          options: [High bias, High variance]
          correct: High variance
          points: 2
        - id: d
          type: multi
          options: [Recall, Accuracy, F1]
          correct: [Recall, F1]
        - id: e
          type: text
          accept: "^(target|label) leakage$"
        """;

    private readonly TempProblems _temp = new();

    public void Dispose() => _temp.Dispose();

    private ProblemLoadResult Load(string answers)
    {
        _temp.Write("c/problem.md", Statement);
        _temp.Write("c/answers.yaml", answers);
        return ProblemLoader.Load(_temp.Root, "c");
    }

    private AnswerKey Key() => Assert.IsType<AnswerKey>(Load(Answers).Problem!.AnswerKey);

    [Fact]
    public void ReferenceAnswersScoreFullMarks()
    {
        var grade = ConceptGrader.Grade(Key(), JsonNode.Parse("""
            {"a": 0.255, "b": [[1, 0], [0, 1.0005]], "c": "High variance", "d": ["F1", "Recall"], "e": "  Target Leakage "}
            """)!.AsObject());

        Assert.All(grade.Parts, p => Assert.True(p.Correct, p.Id + ": " + p.Feedback));
        Assert.Equal(6, grade.Score);
        Assert.Equal(6, grade.MaxScore);
    }

    [Fact]
    public void WrongAnswersScoreZeroWithFeedbackPerPart()
    {
        var grade = ConceptGrader.Grade(Key(), JsonNode.Parse("""
            {"a": 0.5, "b": [[1, 0, 0], [0, 1, 0]], "c": "High bias", "d": ["Recall"], "e": "overfitting"}
            """)!.AsObject());

        Assert.Equal(0, grade.Score);
        Assert.Equal("Not within tolerance of the expected value.", grade.Parts[0].Feedback);
        Assert.Equal("Expected a 2x2 matrix.", grade.Parts[1].Feedback);
        Assert.Equal("Not the best option.", grade.Parts[2].Feedback);
        Assert.Equal("Not exactly the right set of options.", grade.Parts[3].Feedback);
        Assert.Equal("Not an accepted answer.", grade.Parts[4].Feedback);
    }

    [Theory]
    [InlineData("1/4", true)]
    [InlineData(" 2 / 8 ", true)]
    [InlineData("0.5/2", true)]
    [InlineData("1/3", false)]
    [InlineData("1/0", false)]
    [InlineData("1/2/2", false)]
    [InlineData("/4", false)]
    public void AFractionIsANumber(string typed, bool correct)
    {
        var part = Key().Parts[0];
        Assert.Equal(correct, ConceptGrader.GradePart(part, JsonValue.Create(typed)).Correct);
        // A matrix's cells take fractions too.
        Assert.True(ConceptGrader.GradePart(Key().Parts[1], JsonNode.Parse("""[["2/2", 0], ["0/5", "3/3"]]""")).Correct);
    }

    [Fact]
    public void AMultiplePartWithPartialCreditCountsRightPicksLessWrongOnes()
    {
        var key = Assert.IsType<AnswerKey>(Load(Answers.Replace("  correct: [Recall, F1]", "  correct: [Recall, F1]\n  partial: true\n  points: 2", StringComparison.Ordinal)).Problem!.AnswerKey);
        var part = key.Parts[3];
        Assert.True(part.Public.Partial);
        PartGrade Grade(string picks) => ConceptGrader.GradePart(part, JsonNode.Parse(picks));
        Assert.Equal((2.0, true), (Grade("""["F1", "Recall"]""").Score, Grade("""["F1", "Recall"]""").Correct));
        Assert.Equal((1.0, false, "1 of the 2 right options: partial credit."), (Grade("""["Recall"]""").Score, Grade("""["Recall"]""").Correct, Grade("""["Recall"]""").Feedback));
        Assert.Equal(1.0, Grade("""["Recall", "F1", "Accuracy"]""").Score);
        Assert.Equal(0.0, Grade("""["Recall", "Accuracy"]""").Score);
        Assert.Equal(0.0, Grade("""["Accuracy"]""").Score);
        // Without it, all or nothing, as before.
        Assert.Equal(0.0, ConceptGrader.GradePart(Key().Parts[3], JsonNode.Parse("""["Recall"]""")).Score);
        Assert.Contains("'partial' does not apply to a choice part", Assert.Single(Load(Answers.Replace("  correct: High variance", "  correct: High variance\n  partial: true", StringComparison.Ordinal)).Errors).Message);
    }

    [Fact]
    public void MissingAndMistypedAnswersScoreZero()
    {
        var grade = ConceptGrader.Grade(Key(), JsonNode.Parse("""{"a": "abc", "c": "Something else"}""")!.AsObject());
        Assert.Equal("Expected a number.", grade.Parts[0].Feedback);
        Assert.Equal("No answer.", grade.Parts[1].Feedback);
        Assert.Equal("Expected one of the options.", grade.Parts[2].Feedback);
    }

    [Fact]
    public void NumbersTypedAsTextAreAccepted()
    {
        var grade = ConceptGrader.GradePart(Key().Parts[0], JsonValue.Create("0.25"));
        Assert.True(grade.Correct);
    }

    [Fact]
    public void PublicPartsCarryNoAnswer()
    {
        var parts = Key().PublicParts;
        Assert.Equal(["a", "b", "c", "d", "e"], parts.Select(p => p.Id));
        Assert.Equal((2, 2), (parts[1].Rows, parts[1].Columns));
        Assert.Equal(["High bias", "High variance"], parts[2].Options!.Value.ToArray());
    }

    [Fact]
    public void NumberWithoutToleranceIsAnError()
    {
        var result = Load("- id: a\n  type: number\n  value: 1\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation("c/answers.yaml", 1, 3), error.Location);
        Assert.Equal("part 'a' is a number: give it a tolerance, rtol and/or atol", error.Message);
    }

    [Fact]
    public void CorrectChoiceMustBeOneOfTheOptions()
    {
        var result = Load("- id: c\n  type: choice\n  options: [A, B]\n  correct: C\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Location.Line);
        Assert.Equal("'C' in 'correct' of part 'c' is not one of its options", error.Message);
    }

    [Fact]
    public void InvalidAcceptPatternIsAnError()
    {
        var result = Load("- id: e\n  type: text\n  accept: \"(unclosed\"\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Location.Line);
        Assert.StartsWith("'accept' of part 'e' is not a valid regular expression", error.Message);
    }

    [Fact]
    public void KeyThatDoesNotApplyToThePartTypeIsAnError()
    {
        var result = Load("- id: c\n  type: choice\n  options: [A, B]\n  correct: A\n  atol: 0.1\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(5, error.Location.Line);
        Assert.Equal("'atol' does not apply to a choice part", error.Message);
    }

    [Fact]
    public void ExplanationIsRenderedLikeTheStatement()
    {
        const string markdown = "The mean is $\\bar x = 0.25$, so **both** terms count.";
        var result = Load($"- id: a\n  type: number\n  value: 0.25\n  atol: 0.01\n  explanation: |\n    {markdown}\n");

        Assert.Empty(result.Errors);
        var part = Assert.Single(result.Problem!.AnswerKey!.Parts);
        Assert.Equal(markdown, part.Explanation);
        Assert.Equal(StatementRenderer.ToHtml(markdown), part.ExplanationHtml);
        Assert.Contains("<strong>both</strong>", part.ExplanationHtml);
        Assert.Contains("<span class=\"math\">\\(\\bar x = 0.25\\)</span>", part.ExplanationHtml);
    }

    [Theory]
    [InlineData("explanation: \"  \"", "'explanation' of part 'a' is empty: write it (Markdown), or leave the key out")]
    [InlineData("explanation:", "'explanation' must be a single value, not empty")]
    [InlineData("explanation: [first, second]", "'explanation' must be a single value, not a list")]
    [InlineData("explaination: Typo", "unknown key 'explaination' in an answer part; allowed keys: id, prompt, type, value, rtol, atol, options, correct, accept, points, wrong, explanation, partial")]
    public void BadExplanationIsAnErrorAtItsLine(string line, string message)
    {
        var result = Load($"- id: a\n  type: number\n  value: 0.25\n  atol: 0.01\n  {line}\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("c/answers.yaml", error.Location.File);
        Assert.Equal(5, error.Location.Line);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void GradedPartsCarryTheirExplanationOnlyOnceAnswered()
    {
        var key = Assert.IsType<AnswerKey>(Load(WithExplanationOfA("Average the squared *errors*.")).Problem!.AnswerKey);

        var answered = ConceptGrader.Grade(key, JsonNode.Parse("""{"a": 0.5}""")!.AsObject());
        var blank = ConceptGrader.Grade(key, new JsonObject());

        Assert.False(answered.Parts[0].Correct);
        Assert.Equal("<p>Average the squared <em>errors</em>.</p>\n", answered.Parts[0].ExplanationHtml);
        Assert.Null(answered.Parts[1].ExplanationHtml);
        Assert.Null(blank.Parts[0].ExplanationHtml);
    }

    [Fact]
    public void ExplanationInServedTextIsALeak()
    {
        var problem = Load(WithExplanationOfA("Divide by $n$: the mean squared error averages over every sample.")).Problem!;
        var html = problem.AnswerKey!.Parts[0].ExplanationHtml;

        Assert.Empty(LeakCheck.Find(problem, problem.StatementHtml));
        Assert.StartsWith("explanation of part 'a':", Assert.Single(LeakCheck.Find(problem, problem.StatementHtml + html)));
        Assert.Single(LeakCheck.Find(problem, JsonSerializer.Serialize(new { html })));
    }

    [Fact]
    public void EveryConceptPartInTheRepositoryIsExplained()
    {
        var snapshot = new ProblemCatalog(new ProblemsOptions().ResolvePath(), NullLogger<ProblemCatalog>.Instance).LoadAll();
        var parts = snapshot.Problems.Values.Where(p => p.AnswerKey is not null)
            .SelectMany(p => p.AnswerKey!.Parts.Select(part => (p.Slug, Part: part))).ToList();

        Assert.NotEmpty(parts);
        Assert.All(parts, x => Assert.False(string.IsNullOrWhiteSpace(x.Part.ExplanationHtml), $"{x.Slug} part {x.Part.Public.Id} has no explanation"));
    }

    private static string WithExplanationOfA(string explanation) =>
        Answers.Replace("  wrong: [0.5]", $"  wrong: [0.5]\n  explanation: \"{explanation}\"", StringComparison.Ordinal);

    [Fact]
    public void CodeOnlyKeysOnAConceptProblemAreErrors()
    {
        _temp.Write("c/problem.md", "---\ntitle: Bias\nkind: concept\ndifficulty: medium\nlimits: {time_ms: 100}\n---\nText\n");
        _temp.Write("c/answers.yaml", Answers);
        var error = Assert.Single(ProblemLoader.Load(_temp.Root, "c").Errors);
        Assert.Equal(5, error.Location.Line);
        Assert.Equal("'limits' does not apply to a concept problem", error.Message);
    }
}
