using System.Collections.Immutable;
using System.Text.Json.Nodes;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Problems.Concepts;
using InterviewPractice.Problems.Scripts;

namespace InterviewPractice.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    Ok,
    Warning,
    Error,
}

/// <summary>One line of a validation report.</summary>
public sealed record Finding(Severity Severity, string Message);

/// <summary>Everything found about one problem.</summary>
public sealed record ValidationReport(string Slug, ImmutableArray<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}

/// <summary>
/// Checks a loaded problem the way Kattis' verifyproblem does, through the real judge: starter code loads,
/// accepted solutions pass everything, wrong and slow ones get their verdict on some hidden case, each language's
/// time limit fits that language's solutions (slowest accepted x 2 &lt;= limit &lt;= fastest too-slow / 1.5), every
/// case keeps to the constraints (<c>tests/validate.js</c>), and nothing hidden is served. Concept answer keys grade
/// their own answers right.
/// </summary>
public sealed class ProblemValidator(Judge judge)
{
    // Judgings at a time over every problem this validator checks: one per core, so timings stay honest.
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));

    /// <summary>Kattis' margin between the slowest accepted solution and the limit.</summary>
    public const double AcceptedMargin = 2.0;

    /// <summary>Kattis' margin between the limit and the fastest too-slow solution.</summary>
    public const double SlowMargin = 1.5;

    public async Task<ValidationReport> ValidateAsync(Problem problem, CancellationToken ct)
    {
        var findings = new List<Finding>();
        CheckNothingHiddenIsServed(problem, findings);
        if (problem.Variants is { } variants)
        {
            CheckVariants(variants, findings);
        }
        else if (problem.AnswerKey is { } key)
        {
            CheckAnswerKey(key, findings);
        }
        else
        {
            CheckInputs(problem, findings);
            await CheckStarterCodeAsync(problem, findings, ct);
            await CheckSolutionsAsync(problem, findings, ct);
        }
        return new ValidationReport(problem.Slug, [.. findings]);
    }

    private static void CheckNothingHiddenIsServed(Problem problem, List<Finding> findings)
    {
        var served = problem.StatementHtml + string.Concat(problem.StarterCode.Values)
            + string.Concat(problem.Samples.Select(s => s.Input.ToJsonString() + s.Output.ToJsonString() + s.Explain))
            + string.Concat((problem.AnswerKey?.PublicParts ?? []).Select(p => p.Prompt + string.Concat(p.Options ?? [])));
        var leaks = LeakCheck.Find(problem, served);
        findings.AddRange(leaks.Select(l => new Finding(Severity.Error, $"served text shows hidden material: {l}")));
        if (leaks.Count == 0)
        {
            findings.Add(new Finding(Severity.Ok, "nothing hidden appears in the statement, starter code, samples or concept parts"));
        }
    }

    // tests/validate.js on every case, written or generated: validate(input) returns nothing (or true) when the input
    // keeps to the statement's constraints; false, a message, or a thrown error (assert) says it does not.
    internal static void CheckInputs(Problem problem, List<Finding> findings)
    {
        if (problem.InputValidator is not { } validator)
        {
            findings.Add(new Finding(Severity.Warning, "no tests/validate.js: the cases are not checked against the statement's constraints"));
            return;
        }
        var cases = problem.Samples.Select(c => (Kind: "sample", Case: c)).Concat(problem.Hidden.Select(c => (Kind: "hidden", Case: c))).ToList();
        var outside = 0;
        foreach (var (kind, test) in cases)
        {
            string? why;
            try
            {
                why = validator.Call("validate", ScriptLimits.Default, [test.Input]) switch
                {
                    null => null,
                    JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.True => null,
                    JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.False => "validate returned false",
                    JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
                    var other => $"validate returned {other.ToJsonString()}",
                };
            }
            catch (ScriptException e)
            {
                why = e.Line > 0 ? $"{e.Message} ({validator.File}:{e.Line})" : e.Message;
            }
            if (why is not null)
            {
                outside++;
                findings.Add(new Finding(Severity.Error, $"{kind} case '{test.Name}' ({test.Location}) is outside the constraints: {why}"));
            }
        }
        if (outside == 0)
        {
            findings.Add(new Finding(Severity.Ok, $"all {cases.Count} cases keep to the constraints (tests/validate.js)"));
        }
    }

    private async Task CheckStarterCodeAsync(Problem problem, List<Finding> findings, CancellationToken ct)
    {
        var loaded = new List<string>();
        foreach (var (language, code) in problem.StarterCode.OrderBy(kv => kv.Key.Id(), StringComparer.Ordinal))
        {
            var result = await judge.JudgeAsync(new JudgeRequest(problem, language, code, JudgeMode.Run, []), null, ct);
            // An empty C# method body does not compile ("not all code paths return a value"), exactly as on
            // LeetCode; every other error means the generated signature is wrong.
            var onlyMissingReturn = result.Verdict == Verdict.CompilationError
                && result.CompileOutput!.Split('\n').All(l => l.Contains("CS0161", StringComparison.Ordinal));
            if (result.Verdict is Verdict.CompilationError or Verdict.InternalError && !onlyMissingReturn)
            {
                findings.Add(new Finding(Severity.Error, $"the generated {language.Id()} starter code does not load: {result.CompileOutput ?? result.Message}"));
            }
            else
            {
                loaded.Add(language.Id());
            }
        }
        if (loaded.Count == problem.StarterCode.Count)
        {
            findings.Add(new Finding(Severity.Ok, $"starter code loads in {string.Join(", ", loaded)}"));
        }
    }

    // Every solution is judged, as many at a time (over all problems) as the machine has cores; findings keep the solutions' order.
    private async Task CheckSolutionsAsync(Problem problem, List<Finding> findings, CancellationToken ct)
    {
        async Task<T> Bounded<T>(Func<Task<T>> work)
        {
            await _slots.WaitAsync(ct);
            try
            {
                return await work();
            }
            finally
            {
                _slots.Release();
            }
        }
        var accepted = problem.Solutions.Where(s => s.Expected == ExpectedOutcome.Accepted).ToList();
        var passing = await Task.WhenAll(accepted.Select(solution => Bounded(() => CheckAcceptedAsync(problem, solution, ct))));
        findings.AddRange(passing.Select(p => p.Finding));
        var failing = await Task.WhenAll(problem.Solutions.Where(s => s.Expected != ExpectedOutcome.Accepted)
            .Select(solution => Bounded(() => CheckFailingSolutionAsync(problem, solution, ct))));
        findings.AddRange(failing);
        CheckTimeLimits(problem, [.. accepted.Zip(passing, (s, p) => (s.Language, p.SlowestMs))], findings);
    }

    private async Task<(Finding Finding, int? SlowestMs)> CheckAcceptedAsync(Problem problem, SolutionFile solution, CancellationToken ct)
    {
        var samples = await judge.JudgeAsync(new JudgeRequest(problem, solution.Language, solution.Code, JudgeMode.Run, []), null, ct);
        var hidden = await judge.JudgeAsync(new JudgeRequest(problem, solution.Language, solution.Code, JudgeMode.Submit, []), null, ct);
        if (samples.Verdict != Verdict.Accepted || hidden.Verdict != Verdict.Accepted)
        {
            var failed = samples.Verdict != Verdict.Accepted ? samples : hidden;
            return (new Finding(Severity.Error, $"{solution.Path} must pass every case but got {failed.Verdict} on {Where(failed)}{Detail(failed)}"), null);
        }
        var slowest = Math.Max(samples.TimeMs, hidden.TimeMs);
        return (new Finding(Severity.Ok, $"{solution.Path} passes {samples.Total} samples and {hidden.Total} hidden cases, slowest {slowest} ms"), slowest);
    }

    // Kattis' rule per language: each language's limit must fit its slowest accepted solution twice over (the
    // too-slow side is checked by judging each slow solution at 1.5 times its own language's limit). Says which
    // limit the rule derives from the solutions, and which languages no slow solution speaks for.
    internal static void CheckTimeLimits(Problem problem, IReadOnlyList<(Language Language, int? SlowestMs)> accepted, List<Finding> findings)
    {
        foreach (var language in problem.Languages.OrderBy(l => l.Id(), StringComparer.Ordinal))
        {
            var times = accepted.Where(a => a.Language == language && a.SlowestMs is not null).Select(a => a.SlowestMs!.Value).ToList();
            if (times.Count == 0)
            {
                continue;
            }
            var limit = problem.Limits.TimeFor(language);
            var slowest = times.Max();
            // The smallest limit the rule allows, rounded up to 50 ms (and the loader's floor of 50 ms).
            var derived = Math.Max(50, (int)Math.Ceiling(slowest * AcceptedMargin / 50.0) * 50);
            findings.Add(slowest * AcceptedMargin > limit
                ? new Finding(Severity.Error, $"{language.Id()} time limit {limit} ms is too tight: the slowest accepted {language.Id()} solution takes {slowest} ms, and {AcceptedMargin}x that must fit (at least {derived} ms)")
                : new Finding(Severity.Ok, $"{language.Id()} time limit {limit} ms fits: slowest accepted {slowest} ms x {AcceptedMargin} <= {limit} ms (the rule allows from {derived} ms)"));
        }
        var slowLanguages = problem.Solutions.Where(s => s.Expected == ExpectedOutcome.TimeLimit).Select(s => s.Language).ToHashSet();
        if (slowLanguages.Count > 0)
        {
            var without = problem.Languages.Where(l => !slowLanguages.Contains(l)).Select(l => l.Id()).Order(StringComparer.Ordinal).ToList();
            if (without.Count > 0)
            {
                findings.Add(new Finding(Severity.Warning, $"time_limit/ has no {string.Join(" or ", without)} solution: nothing shows that a too-slow solution in {(without.Count == 1 ? "that language" : "those languages")} fails"));
            }
        }
    }

    private async Task<Finding> CheckFailingSolutionAsync(Problem problem, SolutionFile solution, CancellationToken ct)
    {
        var expected = solution.Expected switch
        {
            ExpectedOutcome.WrongAnswer => Verdict.WrongAnswer,
            ExpectedOutcome.TimeLimit => Verdict.TimeLimitExceeded,
            _ => Verdict.RuntimeError,
        };
        // A too-slow solution must be slow by a margin: it is judged against the limit times 1.5, which is the
        // same as requiring limit <= fastest too-slow / 1.5.
        // Each at its own language's limit.
        var own = problem.Limits.For(solution.Language);
        var judged = problem with { Limits = solution.Expected == ExpectedOutcome.TimeLimit ? own with { TimeMs = (int)(own.TimeMs * SlowMargin) } : own };
        var hidden = await judge.JudgeAsync(new JudgeRequest(judged, solution.Language, solution.Code, JudgeMode.Submit, []), null, ct);
        var caught = hidden.Tests.FirstOrDefault(t => t.Verdict != Verdict.Accepted);
        var extra = solution.Expected == ExpectedOutcome.TimeLimit ? $" even with {judged.Limits.TimeMs} ms" : "";
        if (hidden.Verdict == expected && caught is not null)
        {
            return new Finding(Severity.Ok, $"{solution.Path} gets {expected} on hidden case {caught.Index + 1} ({problem.Hidden[caught.Index].Name}){extra}");
        }
        var samples = await judge.JudgeAsync(new JudgeRequest(judged, solution.Language, solution.Code, JudgeMode.Run, []), null, ct);
        if (samples.Verdict == expected)
        {
            return new Finding(Severity.Warning, $"{solution.Path} gets {expected} only on the samples: add a hidden case that catches it");
        }
        return new Finding(Severity.Error, $"{solution.Path} must get {expected} on some hidden case{extra}, but got {hidden.Verdict}{Detail(hidden)}");
    }

    private static string Where(JudgeResult result) =>
        result.Tests.FirstOrDefault(t => t.Verdict != Verdict.Accepted) is { } t ? $"{t.Kind.ToString().ToLowerInvariant()} case {t.Index + 1}" : "load";

    private static string Detail(JudgeResult result) =>
        (result.CompileOutput ?? result.Message ?? result.Tests.FirstOrDefault(t => t.Message is not null)?.Message) is { } m ? $": {m}" : "";

    /// <summary>How many variants of a randomized concept problem validate makes and checks.</summary>
    public const int VariantsChecked = 200;

    /// <summary>A randomized concept problem: many variants, each made (script, placeholders, answer key) and its
    /// key checked like a fixed one; the variants must differ, or the randomness is not doing anything.</summary>
    private static void CheckVariants(ConceptVariants variants, List<Finding> findings)
    {
        var statements = new HashSet<string>(StringComparer.Ordinal);
        var keyFindings = new List<Finding>();
        var wrong = 0;
        for (var seed = 1; seed <= VariantsChecked; seed++)
        {
            ConceptVariant variant;
            try
            {
                variant = variants.Make(seed);
            }
            catch (VariantException e)
            {
                findings.Add(new Finding(Severity.Error, $"{e.Location}: {e.Message}"));
                return;
            }
            statements.Add(variant.StatementHtml);
            wrong += variant.AnswerKey.Parts.Sum(p => p.Wrong.Length);
            keyFindings.Clear();
            CheckAnswerKey(variant.AnswerKey, keyFindings);
            if (keyFindings.FirstOrDefault(f => f.Severity == Severity.Error) is { } error)
            {
                findings.Add(error with { Message = $"variant {seed}: {error.Message}" });
                return;
            }
        }
        if (statements.Count < VariantsChecked / 4)
        {
            findings.Add(new Finding(Severity.Warning, $"only {statements.Count} different statements among {VariantsChecked} variants: does {ConceptVariants.File} draw its numbers from rng?"));
        }
        findings.Add(new Finding(Severity.Ok, $"variants: {VariantsChecked} made ({statements.Count} different statements); every reference scores full marks and all {wrong} listed wrong answers score zero"));
    }

    private static void CheckAnswerKey(AnswerKey key, List<Finding> findings)
    {
        foreach (var part in key.Parts)
        {
            JsonNode? reference = part.Public.Type switch
            {
                AnswerType.Number => part.Value,
                AnswerType.Matrix => new JsonArray([.. part.Matrix!.Value.Select(r => new JsonArray([.. r.Select(v => (JsonNode?)v)]))]),
                AnswerType.Choice => part.Correct!.Single(),
                AnswerType.Multi => new JsonArray([.. part.Correct!.Select(c => (JsonNode?)c)]),
                _ => null,
            };
            if (reference is not null && !ConceptGrader.GradePart(part, reference).Correct)
            {
                findings.Add(new Finding(Severity.Error, $"{part.Location}: the reference answer of part '{part.Public.Id}' does not score full marks"));
            }
            // A wrong answer scores nothing; on a part with partial credit, less than full marks.
            foreach (var wrong in part.Wrong.Where(w => ConceptGrader.GradePart(part, w.DeepClone()) is var g && (g.Correct || (!part.Public.Partial && g.Score > 0))))
            {
                findings.Add(new Finding(Severity.Error, $"{part.Location}: the listed wrong answer {wrong.ToJsonString()} of part '{part.Public.Id}' scores full marks"));
            }
        }
        if (findings.All(f => f.Severity != Severity.Error))
        {
            findings.Add(new Finding(Severity.Ok, $"answer key: {key.Parts.Length} parts; references score full marks, {key.Parts.Sum(p => p.Wrong.Length)} listed wrong answers score zero"));
        }
    }
}
