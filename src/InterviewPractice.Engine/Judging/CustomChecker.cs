using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Problems;

namespace InterviewPractice.Judging;

/// <summary>
/// Runs a problem's own <c>checker.py</c> in the Python sandbox: author code is trusted to be right, not to be
/// safe with what a submission returns, so it runs isolated like everything else. One container checks every
/// case of a submission; expected outputs enter that container, never the submission's.
/// </summary>
public sealed class CustomChecker(SubmissionRunner runner)
{
    /// <summary>A case to check: the arguments, the reference output and what the submission returned.</summary>
    public sealed record Case(JsonNode Input, JsonNode Expected, JsonNode? Actual);

    // check(input, expected, actual) -> bool | (bool, message), called through the runner's ordinary function
    // protocol: the three values travel as JSON text so no type conversion touches them.
    private const string Wrapper = """


        import json as _ip_json
        import sys as _ip_sys

        # Whatever a submission returned must reach check(), even an integer of thousands of digits.
        _ip_sys.set_int_max_str_digits(0)


        class Solution:
            def check(self, input, expected, actual):
                result = check(_ip_json.loads(input), _ip_json.loads(expected), _ip_json.loads(actual))
                if isinstance(result, (tuple, list)):
                    ok = bool(result[0]) if result else False
                    message = str(result[1]) if len(result) > 1 and result[1] is not None else ""
                else:
                    ok, message = bool(result), ""
                return _ip_json.dumps([ok, message])
        """;

    private static readonly Signature CheckSignature = new("check",
        [new Parameter("input", new DataType(ScalarType.String, 0)), new Parameter("expected", new DataType(ScalarType.String, 0)), new Parameter("actual", new DataType(ScalarType.String, 0))],
        new DataType(ScalarType.String, 0));

    /// <summary>Checks every case; a checker that fails on a case leaves it wrong, with a message naming the checker.</summary>
    public async Task<IReadOnlyList<(bool Ok, string? Message)>> CheckAsync(Problem problem, IReadOnlyList<Case> cases, CancellationToken ct)
    {
        if (cases.Count == 0)
        {
            return [];
        }
        var checking = problem with
        {
            Io = IoMode.Function,
            Signature = CheckSignature,
            Limits = new Limits(TimeMs: 5000, MemoryMb: 512),
        };
        var inputs = cases.Select(c => new SubmissionRunner.Input(new JsonObject
        {
            ["input"] = c.Input.ToJsonString(),
            ["expected"] = c.Expected.ToJsonString(),
            ["actual"] = c.Actual?.ToJsonString() ?? "null",
        })).ToList();
        var run = await runner.RunAsync(checking, Language.Python, problem.Checker.Code + Wrapper, inputs, (_, _) => true, ct);
        if (run.Failure is not null)
        {
            var failed = $"The problem's checker failed to load ({run.Failure}): {run.Output}";
            return [.. cases.Select(_ => (false, (string?)failed))];
        }
        return [.. cases.Select((_, i) => i < run.Cases.Count ? Parse(run.Cases[i]) : (false, "The problem's checker stopped before this case."))];
    }

    private static (bool Ok, string? Message) Parse(CaseOutcome outcome)
    {
        if (outcome.Failure is not null || outcome.Value is not JsonValue value)
        {
            return (false, $"The problem's checker failed on this case: {outcome.Message ?? "no answer"}");
        }
        try
        {
            var pair = JsonNode.Parse(value.GetValue<string>())!.AsArray();
            var message = (string?)pair[1];
            return ((bool)pair[0]!, string.IsNullOrEmpty(message) ? null : message);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (false, "The problem's checker answered something unreadable.");
        }
    }
}
