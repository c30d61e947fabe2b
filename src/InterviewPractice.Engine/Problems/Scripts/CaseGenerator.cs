using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace InterviewPractice.Problems.Scripts;

/// <summary>
/// A problem's <c>tests/generate.js</c>: <c>generate(args, rng)</c> returns one case, <c>{in, out}</c>, from the
/// arguments a hidden case names (<c>generate: {seed: 7, n: 100000}</c>) and an rng seeded from <c>args.seed</c>.
/// The same script and arguments give the same case, so each is made once and kept on disk by content hash
/// (<see cref="CacheDirectory"/>), for this process and the next: a large case costs seconds of interpreted
/// JavaScript, and every server, test host and validate run loads the whole catalog. A process holds a
/// <see cref="GeneratedCase"/>, not the case: the catalog's large cases as JSON trees were gigabytes per process.
/// </summary>
public sealed class CaseGenerator(ProblemScript script)
{
    /// <summary>The file beside the test files.</summary>
    public const string File = "generate.js";

    private const int MaxCachedOnDisk = 5000;

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

    /// <summary>
    /// The case for <paramref name="args"/>, made now unless the cache has it; a <see cref="ScriptException"/> when
    /// the script fails.
    /// </summary>
    public GeneratedCase Generate(JsonObject args, ScriptLimits limits)
    {
        if (args["seed"] is not JsonValue seedValue || !seedValue.TryGetValue<long>(out var seed))
        {
            throw new ScriptException("'generate' needs an integer 'seed' (the case is the same for the same seed)", 0);
        }
        // What the case depends on: the rng (the prelude), the script and the arguments.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            "cases-v1\0" + ProblemScript.PreludeSource + "\0" + script.Source + "\0" + args.ToJsonString())));
        var made = new GeneratedCase(this, key, (JsonObject)args.DeepClone(), seed, limits);
        made.Ensure();
        return made;
    }

    // The case's input and output as one JSON text each, made by the script.
    internal byte[] Make(JsonObject args, long seed, ScriptLimits limits)
    {
        var result = script.Call("generate", limits, [args.DeepClone()], seed);
        if (result is not JsonObject { } made || !made.ContainsKey("in"))
        {
            throw new ScriptException($"generate must return {{in, out}}, not {result?.ToJsonString() ?? "undefined"}", 0);
        }
        return Encoding.UTF8.GetBytes((made["in"]?.ToJsonString() ?? "null") + "\n" + (made["out"]?.ToJsonString() ?? "null"));
    }

    // A cache file is the case's input and output, one JSON text per line; null when it is not there (or unreadable).
    internal static byte[]? ReadCached(string key)
    {
        try
        {
            return System.IO.File.ReadAllBytes(PathOf(key));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Marks a cached case as in use, so that pruning takes cases of scripts since edited first; false when it is not there.
    internal static bool Touch(string key)
    {
        try
        {
            System.IO.File.SetLastWriteTimeUtc(PathOf(key), DateTime.UtcNow);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // Written to a temporary name and renamed, so a reader never sees half a case; the oldest files go when there are
    // too many. False when the cache cannot be written: the caller keeps the case itself.
    internal static bool WriteCached(string key, byte[] text)
    {
        try
        {
            var directory = OperatingSystem.IsWindows()
                ? Directory.CreateDirectory(CacheDirectory)
                : Directory.CreateDirectory(CacheDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var temporary = Path.Combine(CacheDirectory, $"{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            System.IO.File.WriteAllBytes(temporary, text);
            System.IO.File.Move(temporary, PathOf(key), overwrite: true);
            var files = directory.GetFiles("*.json");
            if (files.Length > MaxCachedOnDisk)
            {
                foreach (var old in files.OrderBy(f => f.LastWriteTimeUtc).Take(files.Length - MaxCachedOnDisk))
                {
                    old.Delete();
                }
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    internal static string PathOf(string key) => Path.Combine(CacheDirectory, key + ".json");
}

/// <summary>
/// One generated case, read from the cache each time it is needed (and made again if the cache lost it), or held
/// as its JSON text when the cache cannot be written. Each read gives the caller trees of its own.
/// </summary>
public sealed class GeneratedCase
{
    private readonly CaseGenerator generator;
    private readonly string key;
    private readonly JsonObject args;
    private readonly long seed;
    private readonly ScriptLimits limits;
    private byte[]? kept;

    internal GeneratedCase(CaseGenerator generator, string key, JsonObject args, long seed, ScriptLimits limits) =>
        (this.generator, this.key, this.args, this.seed, this.limits) = (generator, key, args, seed, limits);

    // The cache file it is read from.
    internal string CachePath => CaseGenerator.PathOf(key);

    /// <summary>The input and the expected output (null when the script gave none).</summary>
    public (JsonNode In, JsonNode? Out) Read()
    {
        var (input, output) = Split(Text());
        return (JsonNode.Parse(input.Span)!, JsonNode.Parse(output.Span));
    }

    /// <summary>The input and the expected output as compact JSON, UTF-8, as the cache holds them.</summary>
    public (ReadOnlyMemory<byte> In, ReadOnlyMemory<byte> Out) Utf8Json() => Split(Text());

    // Makes the case unless the cache has it.
    internal void Ensure()
    {
        if (!CaseGenerator.Touch(key))
        {
            Store(generator.Make(args, seed, limits));
        }
    }

    private byte[] Text()
    {
        var text = kept ?? CaseGenerator.ReadCached(key);
        if (text is not null && Array.IndexOf(text, (byte)'\n') > 0)
        {
            return text;
        }
        // Pruned or removed since it was made (or not whole): the script gives the same case again.
        var made = generator.Make(args, seed, limits);
        Store(made);
        return made;
    }

    private void Store(byte[] text)
    {
        if (!CaseGenerator.WriteCached(key, text))
        {
            kept = text;
        }
    }

    private static (ReadOnlyMemory<byte> In, ReadOnlyMemory<byte> Out) Split(byte[] text)
    {
        var newline = Array.IndexOf(text, (byte)'\n');
        return (text.AsMemory(0, newline), text.AsMemory(newline + 1));
    }
}
