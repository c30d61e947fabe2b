using System.Collections.Immutable;
using System.Text.Json.Nodes;
using InterviewPractice.Problems.Scripts;

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

/// <summary>
/// What a submission implements: a function (<see cref="Params"/> in, <see cref="Returns"/> out), or, when
/// <see cref="Design"/> is set, a class driven by a sequence of operations as LeetCode's design problems are
/// (<c>in: {operations: ["LRUCache","put","get"], arguments: [[2],[1,1],[1]]}</c>, <c>out: [null,null,1]</c>).
/// </summary>
/// <param name="Function">The function's name as authors write it (camelCase, LeetCode's JavaScript/Python
/// name); for a design problem, the class name.</param>
/// <param name="Params">The parameters, in call order; for a design problem, <c>operations</c> and
/// <c>arguments</c>.</param>
/// <param name="Returns">The type of the return value; unused for a design problem (see
/// <see cref="CheckOutput"/>).</param>
public sealed record Signature(string Function, ImmutableArray<Parameter> Params, DataType Returns)
{
    /// <summary>The class and its methods, for a design problem; null for a function.</summary>
    public DesignClass? Design { get; init; }

    /// <summary>A design problem's signature: its inputs are the operations and their arguments.</summary>
    public static Signature ForDesign(DesignClass design) =>
        new(design.Name, [new Parameter(DesignClass.Operations, new DataType(ScalarType.String, 1)), new Parameter(DesignClass.Arguments, new DataType(ScalarType.String, 2))], new DataType(ScalarType.String, 1))
        {
            Design = design,
        };

    /// <summary>Why one test's arguments (parameter name to value) do not fit, or null when they do; errors name
    /// values by <paramref name="prefix"/> and their path (<c>customInputs[0].nums[1]</c>).</summary>
    public string? CheckArguments(JsonObject args, string prefix)
    {
        foreach (var key in args.Select(a => a.Key).Where(k => Params.All(p => p.Name != k)))
        {
            return $"{prefix}{key} is not {(Design is null ? $"a parameter of {Function}" : "operations or arguments")}";
        }
        foreach (var p in Params.Where(p => !args.ContainsKey(p.Name)))
        {
            return $"{prefix}{p.Name} is missing";
        }
        return Design is { } design
            ? design.CheckCalls(args[DesignClass.Operations], args[DesignClass.Arguments], prefix)
            : Params.Select(p => p.Type.Check(args[p.Name], prefix + p.Name)).FirstOrDefault(e => e is not null);
    }

    /// <summary>Why an expected output does not fit (given its arguments, which a design problem's output
    /// follows), or null when it does.</summary>
    public string? CheckOutput(JsonObject args, JsonNode? output, string path) =>
        Design is { } design ? design.CheckResults(args[DesignClass.Operations], output, path) : Returns.Check(output, path);

    /// <summary>The signature as one line, e.g. <c>twoSum(nums: int[], target: int): int[]</c>.</summary>
    public override string ToString() => Design?.ToString()
        ?? $"{Function}({string.Join(", ", Params.Select(p => $"{p.Name}: {p.Type}"))}): {Returns}";
}

/// <summary>A design problem's class: LeetCode's <c>LRUCache</c> with its constructor and methods.</summary>
public sealed record DesignClass(string Name, ImmutableArray<Parameter> Constructor, ImmutableArray<DesignMethod> Methods)
{
    /// <summary>The input naming the operations: the class name first (the constructor), then method names.</summary>
    public const string Operations = "operations";

    /// <summary>The input holding each operation's arguments, a list per operation.</summary>
    public const string Arguments = "arguments";

    /// <summary>Why a sequence of calls does not fit the class, or null when it does.</summary>
    public string? CheckCalls(JsonNode? operations, JsonNode? arguments, string prefix)
    {
        if (operations is not JsonArray ops || ops.Count == 0 || ops.Any(o => o is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.String))
        {
            return $"{prefix}{Operations} must be a list of operation names, starting with \"{Name}\"";
        }
        if (arguments is not JsonArray args || args.Count != ops.Count)
        {
            return $"{prefix}{Arguments} must be a list with one list of arguments per operation ({ops.Count})";
        }
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i]!.GetValue<string>();
            ImmutableArray<Parameter> parameters;
            if (i == 0)
            {
                if (op != Name)
                {
                    return $"{prefix}{Operations}[0] must be \"{Name}\" (the constructor), not \"{op}\"";
                }
                parameters = Constructor;
            }
            else if (Methods.FirstOrDefault(m => m.Name == op) is { } method)
            {
                parameters = method.Params;
            }
            else
            {
                return $"{prefix}{Operations}[{i}] \"{op}\" is not a method of {Name} ({string.Join(", ", Methods.Select(m => m.Name))})";
            }
            if (args[i] is not JsonArray values || values.Count != parameters.Length)
            {
                return $"{prefix}{Arguments}[{i}] must be a list of the {parameters.Length} argument(s) of {op}({string.Join(", ", parameters.Select(p => $"{p.Name}: {p.Type}"))})";
            }
            for (var j = 0; j < parameters.Length; j++)
            {
                if (parameters[j].Type.Check(values[j], $"{prefix}{Arguments}[{i}][{j}] ({op}'s {parameters[j].Name})") is { } error)
                {
                    return error;
                }
            }
        }
        return null;
    }

    /// <summary>Why the results of a sequence of calls do not fit: one per operation, null for the constructor
    /// and for methods that return nothing.</summary>
    public string? CheckResults(JsonNode? operations, JsonNode? output, string path)
    {
        var ops = operations as JsonArray ?? [];
        if (output is not JsonArray results || results.Count != ops.Count)
        {
            return $"{path} must be a list with one result per operation ({ops.Count}): null for the constructor and for methods that return nothing";
        }
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i]?.GetValue<string>();
            var returns = i == 0 ? null : Methods.FirstOrDefault(m => m.Name == op)?.Returns;
            var error = returns is { } type
                ? type.Check(results[i], $"{path}[{i}] ({op})")
                
                : results[i] is null ? null : $"{path}[{i}] must be null ({(i == 0 ? "the constructor" : op + " returns nothing")})";
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    /// <summary>The class as one line, e.g. <c>LRUCache(capacity: int) { get(key: int): int; put(key: int, value: int) }</c>.</summary>
    public override string ToString() =>
        $"{Name}({string.Join(", ", Constructor.Select(p => $"{p.Name}: {p.Type}"))}) {{ {string.Join("; ", Methods)} }}";
}

/// <summary>A method of a <see cref="DesignClass"/>; <see cref="Returns"/> null when it returns nothing (void).</summary>
public sealed record DesignMethod(string Name, ImmutableArray<Parameter> Params, DataType? Returns)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Name}({string.Join(", ", Params.Select(p => $"{p.Name}: {p.Type}"))}){(Returns is { } r ? $": {r}" : "")}";
}

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

/// <summary>
/// A test case. <see cref="Input"/> is an object of arguments, or a string for stdio problems. A written case holds
/// its values; a generated one reads them from the generated-cases cache each time (<see cref="Values"/> reads both
/// at once), so a process does not keep every large case of the catalog.
/// </summary>
public sealed class TestCase
{
    private readonly JsonNode? input;
    private readonly JsonNode? output;
    private readonly GeneratedCase? generated;

    /// <summary>A written case.</summary>
    public TestCase(string name, JsonNode input, JsonNode output, string? explain, SourceLocation location) =>
        (Name, this.input, this.output, Explain, Location) = (name, input, output, explain, location);

    /// <summary>A case made by <c>tests/generate.js</c>.</summary>
    public TestCase(string name, GeneratedCase generated, SourceLocation location) =>
        (Name, this.generated, Location) = (name, generated, location);

    /// <summary>The case's name.</summary>
    public string Name { get; }

    /// <summary>Why a sample's output is what it is, shown under the sample.</summary>
    public string? Explain { get; }

    /// <summary>Where the case is written.</summary>
    public SourceLocation Location { get; }

    /// <summary>How a generated case is made and kept; null for a written one.</summary>
    internal GeneratedCase? Generated => generated;

    /// <summary>The arguments (or stdin).</summary>
    public JsonNode Input => input ?? generated!.Read().In;

    /// <summary>The expected result (or stdout).</summary>
    public JsonNode Output => generated is null ? output! : generated.Read().Out!;

    /// <summary>The input and the expected output, read once.</summary>
    public (JsonNode Input, JsonNode Output) Values() => generated?.Read() is { } made ? (made.In, made.Out!) : (input!, output!);

    /// <summary>The input and the expected output as compact JSON in UTF-8, for fingerprints (a generated case's
    /// bytes as the cache holds them, never decoded).</summary>
    public (ReadOnlyMemory<byte> Input, ReadOnlyMemory<byte> Output) Utf8Json() =>
        generated?.Utf8Json() ?? (System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(input!), output is null ? "null"u8.ToArray() : System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(output));
}

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

    /// <summary>A randomized concept problem's variants (<c>variant.js</c>); <see cref="AnswerKey"/> and
    /// <see cref="StatementHtml"/> are then its default variant's (seed 1). Null for a fixed problem.</summary>
    public Concepts.ConceptVariants? Variants { get; init; }

    /// <summary>The statement and answer key a student answers: the variant of <paramref name="seed"/> for a
    /// randomized problem, the fixed ones otherwise.</summary>
    /// <exception cref="Concepts.VariantException">The variant cannot be made.</exception>
    public (string StatementHtml, Concepts.AnswerKey? AnswerKey) ForVariant(int? seed) =>
        Variants is { } variants && seed is { } s ? variants.Make(s) is var v ? (v.StatementHtml, v.AnswerKey) : default : (StatementHtml, AnswerKey);
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
