using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace InterviewPractice.Problems.Scripts;

/// <summary>
/// A problem's <c>tests/generate.js</c>: <c>generate(args, rng)</c> returns one case, <c>{in, out}</c>, from the
/// arguments a hidden case names (<c>generate: {seed: 7, n: 100000}</c>) and an rng seeded from <c>args.seed</c>.
/// The same script and arguments give the same case, so each is made once per process and kept (by content hash).
/// </summary>
public sealed class CaseGenerator(ProblemScript script)
{
    /// <summary>The file beside the test files.</summary>
    public const string File = "generate.js";

    private const int MaxCached = 512;
    private static readonly ConcurrentDictionary<string, (string In, string Out)> Made = new(StringComparer.Ordinal);

    /// <summary>The script, for messages.</summary>
    public ProblemScript Script => script;

    /// <summary>The case for <paramref name="args"/>; a <see cref="ScriptException"/> when the script fails.</summary>
    public (JsonNode In, JsonNode? Out) Generate(JsonObject args, ScriptLimits limits)
    {
        if (args["seed"] is not JsonValue seedValue || !seedValue.TryGetValue<long>(out var seed))
        {
            throw new ScriptException("'generate' needs an integer 'seed' (the case is the same for the same seed)", 0);
        }
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(script.File + "\0" + script.Source + "\0" + args.ToJsonString())));
        if (!Made.TryGetValue(key, out var made))
        {
            var result = script.Call("generate", limits, [args], seed);
            if (result is not JsonObject { } made1 || !made1.ContainsKey("in"))
            {
                throw new ScriptException($"generate must return {{in, out}}, not {result?.ToJsonString() ?? "undefined"}", 0);
            }
            if (Made.Count >= MaxCached)
            {
                Made.Clear();
            }
            made = (made1["in"]?.ToJsonString() ?? "null", made1["out"]?.ToJsonString() ?? "null");
            Made[key] = made;
        }
        return (JsonNode.Parse(made.In)!, JsonNode.Parse(made.Out));
    }
}
