using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Problems.Scripts;

namespace InterviewPractice.Judging;

/// <summary>
/// Runs a problem's <c>checker.js</c> in the judge, with Jint under <see cref="ScriptLimits.Checker"/>: no container
/// to start, so a case is graded as soon as it finishes, like the built-in checkers. <c>check(input, expected,
/// actual)</c> returns true or false, <c>[ok, message]</c> or <c>{ok, message}</c>; the message is shown with a wrong
/// answer. What the submission returned reaches it only as JSON data.
/// </summary>
public static class ScriptChecker
{
    /// <summary>The checker's verdict on one case; a checker that fails leaves the case wrong, saying so.</summary>
    public static (bool Ok, string? Message) Check(ProblemScript checker, JsonNode input, JsonNode expected, JsonNode? actual, ScriptLimits? limits = null)
    {
        JsonNode? result;
        try
        {
            result = checker.Call("check", limits ?? ScriptLimits.Checker, [input, expected, actual]);
        }
        catch (ScriptException e)
        {
            return (false, $"The problem's checker failed on this case{(e.Line > 0 ? $" (checker.js:{e.Line})" : "")}: {e.Message}");
        }
        return result switch
        {
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => (v.GetValue<bool>(), null),
            JsonArray { Count: > 0 } a when a[0] is JsonValue ok && ok.GetValueKind() is JsonValueKind.True or JsonValueKind.False =>
                (ok.GetValue<bool>(), a.Count > 1 ? Message(a[1]) : null),
            JsonObject o when o["ok"] is JsonValue ok && ok.GetValueKind() is JsonValueKind.True or JsonValueKind.False =>
                (ok.GetValue<bool>(), Message(o["message"])),
            _ => (false, $"The problem's checker returned {result?.ToJsonString() ?? "nothing"}: it must return true/false, [ok, message] or {{ok, message}}."),
        };
    }

    private static string? Message(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
