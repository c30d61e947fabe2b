using InterviewPractice.Problems;
using InterviewPractice.Problems.Loading;

namespace InterviewPractice.Engine.Tests.Problems;

public sealed class ProblemLoaderTests : IDisposable
{
    private readonly TempProblems _temp = new();

    public void Dispose() => _temp.Dispose();

    private ProblemLoadResult LoadWith(string path, string? text)
    {
        _temp.AddValid("p", new Dictionary<string, string?> { [path] = text });
        return ProblemLoader.Load(_temp.Root, "p");
    }

    private static ProblemError Single(ProblemLoadResult result)
    {
        Assert.Null(result.Problem);
        return Assert.Single(result.Errors);
    }

    /// <summary>The one error in <paramref name="file"/>; other files may fail as a consequence.</summary>
    private static ProblemError SingleIn(ProblemLoadResult result, string file)
    {
        Assert.Null(result.Problem);
        return Assert.Single(result.Errors, e => e.Location.File == file);
    }

    private static string Front(string frontMatter) => $"---\n{frontMatter}\n---\nStatement.\n";

    private const string Sig = "signature:\n  function: addTwo\n  params:\n    - {name: a, type: int}\n    - {name: b, type: int}\n  returns: int";

    [Fact]
    public void TheTestsVersionChangesWithWhatDecidesAVerdictAndOnlyWithThat()
    {
        string Load(IReadOnlyDictionary<string, string?> overrides)
        {
            _temp.AddValid("p", overrides);
            var result = ProblemLoader.Load(_temp.Root, "p");
            Assert.Empty(result.Errors);
            return result.Problem!.TestsVersion;
        }
        var original = Load(new Dictionary<string, string?>());
        Assert.Matches("^[0-9a-f]{16}$", original);
        Assert.Equal(original, Load(new Dictionary<string, string?>()));
        // The statement, the editorial and the solutions change no verdict.
        Assert.Equal(original, Load(new Dictionary<string, string?> { ["problem.md"] = TempProblems.ValidStatement + "\nMore words." }));
        Assert.Equal(original, Load(new Dictionary<string, string?> { ["editorial.md"] = "Add them." }));
        Assert.Equal(original, Load(new Dictionary<string, string?> { ["solutions/accepted/ref.py"] = "class Solution:\n    def addTwo(self, a, b):\n        return b + a\n" }));
        // A hidden case, an expected output, the limits or the checker do.
        Assert.NotEqual(original, Load(new Dictionary<string, string?> { ["tests/hidden.yaml"] = TempProblems.ValidHidden + "\n- name: more\n  in: {a: 2, b: 2}\n  out: 4\n" }));
        Assert.NotEqual(original, Load(new Dictionary<string, string?> { ["tests/hidden.yaml"] = TempProblems.ValidHidden.Replace("out: 3000000", "out: 3000001", StringComparison.Ordinal) }));
        Assert.NotEqual(original, Load(new Dictionary<string, string?> { ["problem.md"] = TempProblems.ValidStatement.Replace("tags: [math]", "tags: [math]\nlimits: {time_ms: 2000}", StringComparison.Ordinal) }));
    }

    [Fact]
    public void ValidProblemLoadsWithStarterCodeAndExamplesInTheStatement()
    {
        _temp.AddValid("p");
        var result = ProblemLoader.Load(_temp.Root, "p");

        Assert.Empty(result.Errors);
        var problem = Assert.IsType<Problem>(result.Problem);
        Assert.Equal("Add Two", problem.Title);
        Assert.Equal(3, problem.Hidden.Length);
        Assert.Contains("Example 1", problem.StatementHtml);
        Assert.Contains("Input: a = 1, b = 2", problem.StatementHtml);
        Assert.Contains("""<span class="math">\(a + b\)</span>""", problem.StatementHtml);
        Assert.Contains("public int AddTwo(int a, int b)", problem.StarterCode[Language.CSharp]);
        Assert.Contains("var addTwo = function(a, b)", problem.StarterCode[Language.JavaScript]);
        Assert.Contains("def addTwo(self, a, b):", problem.StarterCode[Language.Python]);
    }

    [Fact]
    public void UnknownFrontMatterKeyIsAnErrorAtItsLine()
    {
        var error = Single(LoadWith("problem.md", Front($"title: T\nkind: code\ndifficulty: easy\ntitel: typo\n{Sig}")));
        Assert.Equal(new SourceLocation("p/problem.md", 5, 1), error.Location);
        Assert.StartsWith("unknown key 'titel' in the front matter; allowed keys: title, kind,", error.Message);
    }

    [Fact]
    public void MissingTitleIsAnErrorAtTheFrontMatter()
    {
        var error = Single(LoadWith("problem.md", Front($"kind: code\ndifficulty: easy\n{Sig}")));
        Assert.Equal("p/problem.md:2", error.Location.ToString()[..14]);
        Assert.Equal("missing required key 'title' in the front matter", error.Message);
    }

    [Fact]
    public void BadDifficultyNamesTheAllowedValues()
    {
        var error = Single(LoadWith("problem.md", Front($"title: T\nkind: code\ndifficulty: tricky\n{Sig}")));
        Assert.Equal(4, error.Location.Line);
        Assert.Equal("'difficulty' must be one of easy, medium, hard, not 'tricky'", error.Message);
    }

    [Fact]
    public void TypeOutsideTheClosedSetIsAnError()
    {
        var result = LoadWith("problem.md", Front("title: T\nkind: code\ndifficulty: easy\nsignature:\n  function: addTwo\n  params:\n    - {name: a, type: int}\n    - {name: b, type: dict}\n  returns: int"));
        var error = SingleIn(result, "p/problem.md");
        Assert.Equal(9, error.Location.Line);
        Assert.Equal($"unknown type 'dict' for the type of parameter 'b'; types are {DataType.Known}", error.Message);
    }

    [Fact]
    public void ThreeDimensionalArraysAreNotInTheTypeSet()
    {
        var error = Single(LoadWith("problem.md", Front("title: T\nkind: code\ndifficulty: easy\nsignature:\n  function: f\n  params: [{name: a, type: \"int[][][]\"}]\n  returns: int")));
        Assert.Contains("unknown type 'int[][][]'", error.Message);
        Assert.Equal(7, error.Location.Line);
    }

    [Fact]
    public void UnsupportedLanguageIsAnError()
    {
        var error = SingleIn(LoadWith("problem.md", Front($"title: T\nkind: code\ndifficulty: easy\nlanguages: [python, ruby]\n{Sig}")), "p/problem.md");
        Assert.Equal(5, error.Location.Line);
        Assert.Equal("unsupported language 'ruby'; supported: csharp, javascript, python", error.Message);
    }

    [Fact]
    public void FileWithoutFrontMatterIsAnErrorAtLineOne()
    {
        var error = Single(LoadWith("problem.md", "# Add Two\nNo front matter.\n"));
        Assert.Equal(new SourceLocation("p/problem.md", 1), error.Location);
        Assert.Equal("problem.md must start with YAML front matter between two '---' lines", error.Message);
    }

    [Fact]
    public void InvalidYamlReportsTheParserPosition()
    {
        var error = Single(LoadWith("tests/hidden.yaml", "- name: a\n  in: {a: 1, b: 2\n  out: 3\n"));
        Assert.Equal("p/tests/hidden.yaml", error.Location.File);
        Assert.Equal(3, error.Location.Line);
        Assert.StartsWith("invalid YAML: ", error.Message);
    }

    [Fact]
    public void CaseValueOfTheWrongTypeNamesTheCaseAndParameter()
    {
        var error = Single(LoadWith("tests/hidden.yaml", TempProblems.ValidHidden + "\n- name: wrong\n  in: {a: \"x\", b: 2}\n  out: 1\n"));
        Assert.Equal(new SourceLocation("p/tests/hidden.yaml", 11, 11), error.Location);
        Assert.Equal("'a' of case 'wrong': 'x' is not an int (32-bit integer)", error.Message);
    }

    [Fact]
    public void IntegerOverflowIsCaughtAsNotAnInt()
    {
        var error = Single(LoadWith("tests/hidden.yaml", TempProblems.ValidHidden + "\n- name: big\n  in: {a: 3000000000, b: 2}\n  out: 1\n"));
        Assert.Equal(11, error.Location.Line);
        Assert.Equal("'a' of case 'big': '3000000000' is not an int (32-bit integer)", error.Message);
    }

    [Fact]
    public void CaseWithAnUnknownParameterIsAnError()
    {
        var error = Single(LoadWith("tests/sample.yaml", "- name: s\n  in: {a: 1, b: 2, c: 3}\n  out: 3\n"));
        Assert.Equal(new SourceLocation("p/tests/sample.yaml", 2, 20), error.Location);
        Assert.Equal("'c' in case 's' is not a parameter of addTwo; parameters: a, b", error.Message);
    }

    [Fact]
    public void CaseMissingAParameterIsAnError()
    {
        var error = Single(LoadWith("tests/sample.yaml", "- name: s\n  in: {a: 1}\n  out: 3\n"));
        Assert.Equal(2, error.Location.Line);
        Assert.Equal("case 's' has no value for parameter 'b'", error.Message);
    }

    [Fact]
    public void ArrayWhereAScalarIsExpectedIsAnError()
    {
        var error = Single(LoadWith("tests/sample.yaml", "- name: s\n  in: {a: 1, b: 2}\n  out: [3]\n"));
        Assert.Equal(new SourceLocation("p/tests/sample.yaml", 3, 8), error.Location);
        Assert.Equal("'out' of case 's' must be a int, not a list", error.Message);
    }

    [Fact]
    public void DuplicateCaseNamesAcrossFilesAreAnError()
    {
        var error = Single(LoadWith("tests/hidden.yaml", TempProblems.ValidHidden + "\n- name: small\n  in: {a: 1, b: 1}\n  out: 2\n"));
        Assert.Equal(new SourceLocation("p/tests/hidden.yaml", 10, 3), error.Location);
        Assert.Equal("case name 'small' is used twice; names must be unique across sample.yaml and hidden.yaml", error.Message);
    }

    [Fact]
    public void UnknownKeyInACaseIsAnError()
    {
        var error = Single(LoadWith("tests/hidden.yaml", TempProblems.ValidHidden + "\n- name: extra\n  in: {a: 1, b: 1}\n  out: 2\n  explain: hidden cases are never explained\n"));
        Assert.Equal(13, error.Location.Line);
        Assert.Equal("unknown key 'explain' in a test case; allowed keys: name, in, out, generate", error.Message);
    }

    [Fact]
    public void TooFewHiddenCasesIsAnError()
    {
        var error = Single(LoadWith("tests/hidden.yaml", "- name: only\n  in: {a: 1, b: 1}\n  out: 2\n"));
        Assert.Equal("p/tests/hidden.yaml", error.Location.ToString());
        Assert.Equal("at least 3 hidden cases are needed, found 1", error.Message);
    }

    [Fact]
    public void MissingHiddenFileIsAnError()
    {
        var error = Single(LoadWith("tests/hidden.yaml", null));
        Assert.Equal("p/tests/hidden.yaml", error.Location.File);
        Assert.Equal("tests/hidden.yaml is missing", error.Message);
    }

    [Fact]
    public void MissingAcceptedSolutionForAListedLanguageIsAnError()
    {
        var error = Single(LoadWith("solutions/accepted/ref.cs", null));
        Assert.Equal("p/solutions/accepted/", error.Location.File);
        Assert.StartsWith("no accepted csharp solution (ref.cs)", error.Message);
    }

    [Fact]
    public void SolutionInAnUnknownFolderIsAnError()
    {
        var error = Single(LoadWith("solutions/too_slow/slow.py", "class Solution: pass\n"));
        Assert.Equal("p/solutions/too_slow/", error.Location.File);
        Assert.Equal("unknown solutions folder 'too_slow'; use accepted, wrong_answer, time_limit, runtime_error", error.Message);
    }

    [Fact]
    public void SolutionInAnUnknownLanguageIsAnError()
    {
        var error = Single(LoadWith("solutions/wrong_answer/bad.rb", "def add_two(a, b) = a - b\n"));
        Assert.Equal("p/solutions/wrong_answer/bad.rb", error.Location.File);
        Assert.Equal("unknown language: solution files end in .cs, .js or .py", error.Message);
    }

    [Fact]
    public void FloatCheckerWithoutToleranceIsAnError()
    {
        var error = Single(LoadWith("problem.md", Front($"title: T\nkind: code\ndifficulty: easy\nchecker: {{kind: float}}\n{Sig}")));
        Assert.Equal(5, error.Location.Line);
        Assert.Equal("the float checker needs rtol and/or atol", error.Message);
    }

    [Fact]
    public void TimeLimitOutOfRangeIsAnError()
    {
        var error = Single(LoadWith("problem.md", Front($"title: T\nkind: code\ndifficulty: easy\nlimits: {{time_ms: 0}}\n{Sig}")));
        Assert.Equal(new SourceLocation("p/problem.md", 5, 19), error.Location);
        Assert.Equal("'time_ms' must be a number from 50 to 20000, not '0'", error.Message);
    }

    [Fact]
    public void SignatureOnAStdioProblemIsAnError()
    {
        var error = SingleIn(LoadWith("problem.md", Front($"title: T\nkind: code\ndifficulty: easy\nio: stdio\n{Sig}")), "p/problem.md");
        Assert.Equal(6, error.Location.Line);
        Assert.StartsWith("'signature' does not apply to an io: stdio problem", error.Message);
    }

    [Fact]
    public void MissingSignatureOnAFunctionProblemIsAnError()
    {
        var error = Single(LoadWith("problem.md", Front("title: T\nkind: code\ndifficulty: easy")));
        Assert.Equal("missing required key 'signature' in the front matter", error.Message);
    }

    [Fact]
    public void BadSlugIsAnError()
    {
        _temp.AddValid("Two_Sum");
        var error = Single(ProblemLoader.Load(_temp.Root, "Two_Sum"));
        Assert.Equal("Two_Sum/", error.Location.File);
        Assert.Equal("a problem folder's name is its slug: lowercase letters, digits and single dashes", error.Message);
    }

    [Fact]
    public void EveryErrorIsReportedNotJustTheFirst()
    {
        var result = LoadWith("problem.md", Front($"title: T\nkind: code\ndifficulty: easy\ncolour: red\nsize: big\n{Sig}"));
        Assert.Null(result.Problem);
        Assert.Equal([5, 6], result.Errors.Select(e => e.Location.Line));
    }

    [Fact]
    public void CustomCheckerWithoutCheckerFileIsAnError()
    {
        var error = Single(LoadWith("problem.md", Front($"title: T\nkind: code\ndifficulty: easy\nchecker: {{kind: custom}}\n{Sig}")));
        Assert.Equal(new SourceLocation("p/problem.md", 5, 10), error.Location);
        Assert.Equal("the custom checker needs checker.js (or checker.py, when it needs NumPy) beside problem.md, defining check(input, expected, actual)", error.Message);
    }

    [Fact]
    public void CustomCheckerCodeIsLoaded()
    {
        _temp.Write("p/checker.py", "def check(input, expected, actual):\n    return actual == expected\n");
        var result = LoadWith("problem.md", Front($"title: T\nkind: code\ndifficulty: easy\nchecker: {{kind: custom}}\n{Sig}"));
        Assert.Equal(CheckerKind.Custom, result.Problem!.Checker.Kind);
        Assert.StartsWith("def check(", result.Problem.Checker.Code);
    }

    [Fact]
    public void AJavaScriptCheckerIsParsedAndOnlyOneCheckerFileIsAllowed()
    {
        var custom = Front($"title: T\nkind: code\ndifficulty: easy\nchecker: {{kind: custom}}\n{Sig}");
        _temp.Write("p/checker.js", "function check(input, expected, actual) {\n  return actual === expected;\n}\n");
        var result = LoadWith("problem.md", custom);
        Assert.Empty(result.Errors);
        Assert.False(result.Problem!.Checker.InSandbox);
        Assert.Equal("p/checker.js", result.Problem.Checker.Script!.File);

        _temp.Write("p/checker.py", "def check(input, expected, actual):\n    return actual == expected\n");
        Assert.Equal("a custom checker is checker.js or checker.py, not both", Single(LoadWith("problem.md", custom)).Message);

        File.Delete(Path.Combine(_temp.Root, "p", "checker.py"));
        _temp.Write("p/checker.js", "function check(input, expected, actual) {\n  return actual ===;\n}\n");
        var error = Single(LoadWith("problem.md", custom));
        Assert.Equal(new SourceLocation("p/checker.js", 2), error.Location with { Column = 0 });
        Assert.StartsWith("checker.js does not parse:", error.Message);
    }
}
