using System.Text.Json.Nodes;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Problems.Loading;
using InterviewPractice.Problems.Scripts;
using InterviewPractice.Validation;

namespace InterviewPractice.Engine.Tests.Problems;

/// <summary>
/// Authors' JavaScript at judging and validation time: checkers (<c>checker.js</c>, in the judge with Jint) and input
/// validators (<c>tests/validate.js</c>, on every case), including course-order's real checker.
/// </summary>
public sealed class ScriptCheckTests : IDisposable
{
    private readonly TempProblems _temp = new();

    public void Dispose() => _temp.Dispose();

    private static (bool Ok, string? Message) Check(string code, JsonNode expected, JsonNode? actual) =>
        ScriptChecker.Check(ProblemScript.Parse("checker.js", code), new JsonObject(), expected, actual);

    [Fact]
    public void ACheckerMayAnswerABooleanAPairOrAnObjectWithAMessage()
    {
        Assert.Equal((true, null), Check("function check(i, e, a) { return a === e; }", 3, 3));
        Assert.Equal((false, null), Check("function check(i, e, a) { return a === e; }", 3, 4));
        Assert.Equal((false, "off by one"), Check("function check(i, e, a) { return [a === e, 'off by one']; }", 3, 4));
        Assert.Equal((false, "too big"), Check("function check(i, e, a) { return { ok: a <= e, message: 'too big' }; }", 3, 4));
        // What the submission returned arrives as data, null included.
        Assert.Equal((true, null), Check("function check(i, e, a) { return a === null; }", 3, null));
        Assert.Equal((true, null), Check("function check(i, e, a) { return Array.isArray(a) && a[1].x === 'y'; }", 3, JsonNode.Parse("[1, {\"x\": \"y\"}]")));
    }

    [Fact]
    public void AFailingOrRunawayCheckerLeavesTheCaseWrongAndSaysWhy()
    {
        var thrown = Check("function check(i, e, a) {\n  return a.length > 0;\n}", 3, null);
        Assert.False(thrown.Ok);
        Assert.StartsWith("The problem's checker failed on this case (checker.js:2):", thrown.Message);
        var odd = Check("function check() { return 'yes'; }", 3, 3);
        Assert.Equal((false, "The problem's checker returned \"yes\": it must return true/false, [ok, message] or {ok, message}."), odd);
        // Bounded by statements (a count, whatever the machine's load), with the time limit far off.
        var loop = ScriptChecker.Check(ProblemScript.Parse("checker.js", "function check() { for (;;) {} }"), new JsonObject(), 3, 3,
            ScriptLimits.Checker with { Timeout = TimeSpan.FromMinutes(5), MaxStatements = 100_000 });
        Assert.False(loop.Ok);
        Assert.Contains("ran more than 100,000 statements", loop.Message);
    }

    [Fact]
    public void CourseOrdersCheckerAcceptsAnyValidOrderAndExplainsWhatIsWrong()
    {
        var problem = ProblemLoader.Load(new ProblemsOptions().ResolvePath(), "course-order").Problem!;
        var checker = problem.Checker.Script!;
        var input = JsonNode.Parse("""{"numCourses": 4, "prerequisites": [[1, 0], [2, 0], [3, 1], [3, 2]]}""")!;
        var expected = JsonNode.Parse("[0, 1, 2, 3]")!;
        Assert.Equal((true, null), ScriptChecker.Check(checker, input, expected, JsonNode.Parse("[0, 2, 1, 3]")));
        Assert.Equal((true, null), ScriptChecker.Check(checker, input, expected, JsonNode.Parse("[0, 2.0, 1, 3]")));
        Assert.Equal((false, "prerequisite [3, 2] is broken: course 2 (index 3) must come before course 3 (index 2)"),
            ScriptChecker.Check(checker, input, expected, JsonNode.Parse("[0, 1, 3, 2]")));
        Assert.Equal((false, "course 1 appears twice (at indices 1 and 2)"), ScriptChecker.Check(checker, input, expected, JsonNode.Parse("[0, 1, 1, 3]")));
        Assert.Equal((false, "expected an array of course labels, got a string"), ScriptChecker.Check(checker, input, expected, JsonValue.Create("0123")));
        Assert.Equal((false, "element 0 is 1e+300, not a course label (0..3)"), ScriptChecker.Check(checker, input, expected, JsonNode.Parse("[1e300, 1, 2, 3]")));
    }

    [Fact]
    public void TheInputValidatorNamesEveryCaseOutsideTheConstraints()
    {
        _temp.AddValid("p", new Dictionary<string, string?>
        {
            ["tests/validate.js"] = "function validate(input) {\n  assert(Math.abs(input.a) <= 1000, `a = ${input.a} is outside -1000..1000`);\n  if (input.b > 1000) return 'b too big';\n}\n",
        });
        var problem = ProblemLoader.Load(_temp.Root, "p").Problem!;
        var findings = new List<Finding>();
        ProblemValidator.CheckInputs(problem, findings);
        // ValidHidden's "large" case (a = 1000000, b = 2000000) breaks it: named with its file and line.
        var error = Assert.Single(findings);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("hidden case 'large' (p/tests/hidden.yaml:7:3) is outside the constraints: a = 1000000 is outside -1000..1000", error.Message);

        _temp.Write("p/tests/validate.js", "function validate(input) { return input.b <= 1000 || 'b = ' + input.b + ' > 1000'; }");
        findings.Clear();
        ProblemValidator.CheckInputs(ProblemLoader.Load(_temp.Root, "p").Problem!, findings);
        Assert.Equal("hidden case 'large' (p/tests/hidden.yaml:7:3) is outside the constraints: b = 2000000 > 1000", Assert.Single(findings).Message);

        _temp.Write("p/tests/validate.js", "function validate(input) { return true; }");
        findings.Clear();
        ProblemValidator.CheckInputs(ProblemLoader.Load(_temp.Root, "p").Problem!, findings);
        Assert.Equal((Severity.Ok, "all 4 cases keep to the constraints (tests/validate.js)"), (Assert.Single(findings).Severity, findings[0].Message));
    }

    [Fact]
    public void EveryCaseOfCourseOrderKeepsToItsConstraints()
    {
        var findings = new List<Finding>();
        ProblemValidator.CheckInputs(ProblemLoader.Load(new ProblemsOptions().ResolvePath(), "course-order").Problem!, findings);
        Assert.Equal(Severity.Ok, Assert.Single(findings).Severity);
    }
}
