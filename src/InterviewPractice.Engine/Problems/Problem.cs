using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace InterviewPractice.Problems;

/// <summary>Whether a problem is judged by running code or graded by its answers.</summary>
public enum ProblemKind
{
    Code,
    Concept,
}

/// <summary>How hard a problem is, as authors rate it.</summary>
public enum Difficulty
{
    Easy,
    Medium,
    Hard,
}

/// <summary>How a submission receives a test's input: as function arguments or on stdin.</summary>
public enum IoMode
{
    Function,
    Stdio,
}

/// <summary>The function a submission implements.</summary>
/// <param name="Function">The name as authors write it (camelCase, LeetCode's JavaScript/Python name).</param>
/// <param name="Params">The parameters, in call order.</param>
/// <param name="Returns">The type of the return value.</param>
public sealed record Signature(string Function, ImmutableArray<Parameter> Params, DataType Returns);

/// <summary>One parameter of a <see cref="Signature"/>.</summary>
public sealed record Parameter(string Name, DataType Type);

/// <summary>How a submission's output is compared with the expected one.</summary>
public enum CheckerKind
{
    Exact,
    Unordered,
    Float,

    /// <summary>
    /// The problem's own checker decides: <c>checker.js</c> run in the judge with Jint (fast, no container), or
    /// <c>checker.py</c> run in the Python sandbox (for checkers that need NumPy).
    /// </summary>
    Custom,
}

/// <summary>The checker of a problem, with its tolerances for <see cref="CheckerKind.Float"/>.</summary>
/// <param name="Code">The source of the custom checker, for <see cref="CheckerKind.Custom"/>.</param>
/// <param name="Script">A <c>checker.js</c>, parsed (null for <c>checker.py</c>).</param>
public sealed record CheckerSpec(CheckerKind Kind, double Rtol = 0, double Atol = 0, string? Code = null, Scripts.ProblemScript? Script = null)
{
    /// <summary>A custom checker that runs in the Python sandbox, after the run.</summary>
    public bool InSandbox => Kind == CheckerKind.Custom && Script is null;

    /// <summary>The default checker: exact comparison.</summary>
    public static CheckerSpec Exact { get; } = new(CheckerKind.Exact);
}

/// <summary>Per-test resource limits.</summary>
/// <param name="TimeMs">CPU time per test, in milliseconds (the longest of <see cref="ByLanguage"/> when they are given).</param>
/// <param name="MemoryMb">Memory of the whole sandbox, in MiB.</param>
public sealed record Limits(int TimeMs = 1000, int MemoryMb = 256)
{
    /// <summary>A time limit per language (C# is faster than Python), when the author gives them; null for one limit.</summary>
    public ImmutableSortedDictionary<Language, int>? ByLanguage { get; init; }

    /// <summary>The time limit of <paramref name="language"/>.</summary>
    public int TimeFor(Language language) => ByLanguage?.GetValueOrDefault(language, TimeMs) ?? TimeMs;

    /// <summary>The limits a run in <paramref name="language"/> keeps to: its time limit as <see cref="TimeMs"/>.</summary>
    public Limits For(Language language) => this with { TimeMs = TimeFor(language), ByLanguage = null };
}

/// <summary>A test case. <see cref="Input"/> is an object of arguments, or a string for stdio problems.</summary>
public sealed record TestCase(string Name, JsonNode Input, JsonNode Output, string? Explain, SourceLocation Location);

/// <summary>What a reference solution is expected to score.</summary>
public enum ExpectedOutcome
{
    Accepted,
    WrongAnswer,
    TimeLimit,
    RuntimeError,
}

/// <summary>A reference solution shipped with a problem.</summary>
public sealed record SolutionFile(string Path, Language Language, ExpectedOutcome Expected, string Code);

/// <summary>A file and line in a problem folder, for messages to authors.</summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}" + (Column > 0 ? $":{Column}" : "") : File;
}

/// <summary>A loaded, valid problem. Holds hidden material (hidden cases, solutions, answer key): only a public projection of it leaves the server.</summary>
public sealed record Problem
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required ProblemKind Kind { get; init; }
    public required Difficulty Difficulty { get; init; }
    public required ImmutableArray<string> Tags { get; init; }
    public required ImmutableArray<Language> Languages { get; init; }
    public required IoMode Io { get; init; }
    public Signature? Signature { get; init; }
    public required CheckerSpec Checker { get; init; }
    public required Limits Limits { get; init; }
    public required string StatementMarkdown { get; init; }
    public required string StatementHtml { get; init; }
    public string? EditorialHtml { get; init; }
    public required ImmutableArray<TestCase> Samples { get; init; }
    public required ImmutableArray<TestCase> Hidden { get; init; }
    public required ImmutableArray<SolutionFile> Solutions { get; init; }
    public required ImmutableDictionary<Language, string> StarterCode { get; init; }
    public Concepts.AnswerKey? AnswerKey { get; init; }
    public required string Directory { get; init; }

    /// <summary>
    /// A fingerprint of everything that decides a verdict (cases, checker, limits, signature): when it changes, verdicts
    /// given before may no longer hold (<see cref="Problems.TestsVersion"/>). Empty for concept problems.
    /// </summary>
    public string TestsVersion { get; init; } = "";

    /// <summary>
    /// <c>tests/validate.js</c>: <c>validate(input)</c> says whether a case's input keeps to the statement's constraints
    /// (<c>./interview validate</c> runs it on every case); null when the problem has none.
    /// </summary>
    public Scripts.ProblemScript? InputValidator { get; init; }

    /// <summary>
    /// The images in <c>figures/</c> the statement, editorial or explanations show, by file name: public, served at
    /// <c>/problems/SLUG/figures/NAME</c> from memory (never from the folder at request time).
    /// </summary>
    public ImmutableDictionary<string, byte[]> Figures { get; init; } = ImmutableDictionary<string, byte[]>.Empty;

    /// <summary>The accepted reference solution in a language, if the problem has one.</summary>
    public SolutionFile? Reference(Language language) =>
        Solutions.FirstOrDefault(s => s.Expected == ExpectedOutcome.Accepted && s.Language == language);
}

/// <summary>A named, ordered group of problems.</summary>
public sealed record ProblemSet(string Slug, string Title, string Description, ImmutableArray<string> Problems, string File);
