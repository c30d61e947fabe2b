using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace InterviewPractice.Problems.Scripts;

/// <summary>
/// A problem's <c>tests/generate.js</c>: <c>generate(args, rng)</c> returns one case, <c>{in, out}</c>, from the
/// arguments a hidden case names (<c>generate: {seed: 7, n: 100000}</c>) and an rng seeded from <c>args.seed</c>.
/// The same script and arguments give the same case, so each is made once and kept by content hash: in memory for
/// the process, and on disk (<see cref="CacheDirectory"/>) for the next process, since a large case costs seconds of
/// interpreted JavaScript and every server, test host and validate run loads the whole catalog.
/// </summary>
public sealed class CaseGenerator(ProblemScript script)
{
    /// <summary>The file beside the test files.</summary>
    public const string File = "generate.js";

    private const int MaxCached = 512;
    private const int MaxCachedOnDisk = 2000;
    private static readonly ConcurrentDictionary<string, (string In, string Out)> Made = new(StringComparer.Ordinal);

    /// <summary>
    /// Where generated cases are kept between processes: <c>$INTERVIEW_CASES_CACHE</c>, else
    /// <c>$XDG_CACHE_HOME/interviewpractice/cases</c> (<c>~/.cache/...</c>); created readable by its owner only.
    /// </summary>
    public static string CacheDirectory { get; } = Environment.GetEnvironmentVariable("INTERVIEW_CASES_CACHE") is { Length: > 0 } configured
        ? configured
        : Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "interviewpractice", "cases");

    /// <summary>The script, for messages.</summary>
    public ProblemScript Script => script;

    /// <summary>The case for <paramref name="args"/>; a <see cref="ScriptException"/> when the script fails.</summary>
    public (JsonNode In, JsonNode? Out) Generate(JsonObject args, ScriptLimits limits)
    {
        if (args["seed"] is not JsonValue seedValue || !seedValue.TryGetValue<long>(out var seed))
        {
            throw new ScriptException("'generate' needs an integer 'seed' (the case is the same for the same seed)", 0);
        }
        // What the case depends on: the rng (the prelude), the script and the arguments.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            "cases-v1\0" + ProblemScript.PreludeSource + "\0" + script.Source + "\0" + args.ToJsonString())));
        if (!Made.TryGetValue(key, out var made))
        {
            if (ReadCached(key) is { } cached)
            {
                made = cached;
            }
            else
            {
                var result = script.Call("generate", limits, [args], seed);
                if (result is not JsonObject { } made1 || !made1.ContainsKey("in"))
                {
                    throw new ScriptException($"generate must return {{in, out}}, not {result?.ToJsonString() ?? "undefined"}", 0);
                }
                made = (made1["in"]?.ToJsonString() ?? "null", made1["out"]?.ToJsonString() ?? "null");
                WriteCached(key, made);
            }
            if (Made.Count >= MaxCached)
            {
                Made.Clear();
            }
            Made[key] = made;
        }
        return (JsonNode.Parse(made.In)!, JsonNode.Parse(made.Out));
    }

    // A cache file is the case's input and output, one JSON text per line; a file that does not read back whole is ignored.
    private static (string In, string Out)? ReadCached(string key)
    {
        try
        {
            var lines = System.IO.File.ReadAllLines(Path.Combine(CacheDirectory, key + ".json"));
            return lines.Length == 2 ? (lines[0], lines[1]) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Best effort: written to a temporary name and renamed, so a reader never sees half a case; the oldest files go
    // when there are too many (cases of scripts since edited).
    private static void WriteCached(string key, (string In, string Out) made)
    {
        try
        {
            var directory = OperatingSystem.IsWindows()
                ? Directory.CreateDirectory(CacheDirectory)
                : Directory.CreateDirectory(CacheDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var temporary = Path.Combine(CacheDirectory, $"{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            System.IO.File.WriteAllText(temporary, made.In + "\n" + made.Out);
            System.IO.File.Move(temporary, Path.Combine(CacheDirectory, key + ".json"), overwrite: true);
            var files = directory.GetFiles("*.json");
            if (files.Length > MaxCachedOnDisk)
            {
                foreach (var old in files.OrderBy(f => f.LastWriteTimeUtc).Take(files.Length - MaxCachedOnDisk))
                {
                    old.Delete();
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No cache this time: the case is made again next time.
        }
    }
}
