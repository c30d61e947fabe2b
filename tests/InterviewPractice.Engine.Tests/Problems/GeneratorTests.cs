using System.Text.Json.Nodes;
using InterviewPractice.Problems;
using InterviewPractice.Problems.Loading;
using InterviewPractice.Problems.Scripts;

namespace InterviewPractice.Engine.Tests.Problems;

/// <summary>
/// Hidden cases made by the problem's <c>tests/generate.js</c> (Jint, under limits): the same seed makes the same case,
/// what it makes is checked against the signature, and every failure is an error at the case's line.
/// </summary>
public sealed class GeneratorTests : IDisposable
{
    private readonly TempProblems _temp = new();

    public void Dispose() => _temp.Dispose();

    // addTwo(a, b): n-digit-ish numbers drawn from the seed, the answer computed alongside.
    private const string Generator = """
        function generate(args, rng) {
          const a = rng.int(-args.max, args.max), b = rng.int(-args.max, args.max);
          return { in: { a, b }, out: a + b };
        }
        """;

    private ProblemLoadResult Load(string hiddenTail, string generator = Generator, ProblemFileLimits? limits = null)
    {
        _temp.AddValid("p", new Dictionary<string, string?>
        {
            ["tests/hidden.yaml"] = TempProblems.ValidHidden + "\n" + hiddenTail,
            ["tests/generate.js"] = generator,
        });
        return ProblemLoader.Load(_temp.Root, "p", limits);
    }

    private static ProblemError Single(ProblemLoadResult result)
    {
        Assert.Null(result.Problem);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void AGeneratedCaseIsTheSameForTheSameSeedAndDiffersForAnother()
    {
        var first = Load("- name: big\n  generate: {seed: 7, max: 1000000}\n- name: other\n  generate: {seed: 8, max: 1000000}");
        Assert.Empty(first.Errors);
        var big = first.Problem!.Hidden.Single(c => c.Name == "big");
        var other = first.Problem.Hidden.Single(c => c.Name == "other");
        var (a, b) = ((int)big.Input["a"]!, (int)big.Input["b"]!);
        Assert.Equal(a + b, (int)big.Output);
        Assert.InRange(a, -1_000_000, 1_000_000);
        Assert.NotEqual(big.Input.ToJsonString(), other.Input.ToJsonString());
        // The line of the case in hidden.yaml, for messages about it.
        Assert.Equal("p/tests/hidden.yaml", big.Location.File);
        Assert.True(big.Location.Line > 9);

        var again = Load("- name: big\n  generate: {seed: 7, max: 1000000}\n- name: other\n  generate: {seed: 8, max: 1000000}");
        Assert.Equal(big.Input.ToJsonString(), again.Problem!.Hidden.Single(c => c.Name == "big").Input.ToJsonString());
        Assert.Equal(first.Problem.TestsVersion, again.Problem.TestsVersion);
    }

    [Fact]
    public void AGeneratedCaseIsReadFromTheCacheWhenNeededAndMadeAgainWhenTheCacheLostIt()
    {
        // A script of its own (a unique comment), so that no other test shares its cache file.
        var problem = Load("- name: big\n  generate: {seed: 7, max: 1000}", $"// {Guid.NewGuid()}\n{Generator}").Problem!;
        var big = problem.Hidden.Single(c => c.Name == "big");
        var path = big.Generated!.CachePath;
        var (input, output) = big.Values();
        Assert.Equal((int)input["a"]! + (int)input["b"]!, (int)output);
        var made = input.ToJsonString();
        Assert.Equal($"{made}\n{output.ToJsonString()}", File.ReadAllText(path));

        // Each read gives trees of the caller's own: changing one changes no other.
        input.AsObject()["a"] = 0;
        Assert.NotEqual(0, (int)big.Values().Input["a"]!);

        File.Delete(path);
        Assert.Equal(made, big.Input.ToJsonString());
        Assert.True(File.Exists(path), "the case is made again and kept");
        Assert.Equal(problem.TestsVersion, TestsVersion.Of(problem));
    }

    [Fact]
    public void TheSeededRngIsStableAcrossVersionsOfTheEngine()
    {
        // Pinned values: a change of the rng would silently change every generated case (and their tests version).
        var script = ProblemScript.Parse("t.js", "function f(rng) { return [rng.int(1, 100), rng.int(1, 100), rng.int(-1000000000, 1000000000), rng.float()]; }");
        var values = script.Call("f", ScriptLimits.Default, [], rngSeed: 42)!.AsArray();
        Assert.Equal(values.ToJsonString(), script.Call("f", ScriptLimits.Default, [], rngSeed: 42)!.ToJsonString());
        Assert.NotEqual(values.ToJsonString(), script.Call("f", ScriptLimits.Default, [], rngSeed: 43)!.ToJsonString());
        Assert.All(values.Take(2), v => Assert.InRange((int)v!, 1, 100));
        Assert.InRange((double)values[3]!, 0, 1);
    }

    [Fact]
    public void AScriptErrorNamesTheCaseAndTheScriptsLine()
    {
        var error = Single(Load("- name: broken\n  generate: {seed: 1}", "function generate(args, rng) {\n  return { in: { a: args.nope.x, b: 1 }, out: 1 };\n}\n"));
        Assert.Equal("p/tests/hidden.yaml", error.Location.File);
        Assert.Equal(11, error.Location.Line);
        Assert.Contains("generating case 'broken' failed (p/tests/generate.js:2)", error.Message);
    }

    [Fact]
    public void WhatAGeneratorMakesIsCheckedAgainstTheSignature()
    {
        var error = Single(Load("- name: text\n  generate: {seed: 1}", "function generate(args, rng) { return { in: { a: 'one', b: 2 }, out: 3 }; }"));
        Assert.Contains("generated case 'text': in.a must be an int", error.Message);
        error = Single(Load("- name: extra\n  generate: {seed: 1}", "function generate(args, rng) { return { in: { a: 1, b: 2, c: 3 }, out: 3 }; }"));
        Assert.Contains("generated case 'extra': in.c is not a parameter of addTwo", error.Message);
        error = Single(Load("- name: no-out\n  generate: {seed: 1}", "function generate(args, rng) { return { in: { a: 1, b: 2 } }; }"));
        Assert.Contains("generated case 'no-out': out must be an int", error.Message);
    }

    [Fact]
    public void AGeneratedCaseNeedsASeedTheScriptAndNothingWrittenBesideIt()
    {
        Assert.Contains("needs an integer 'seed'", Single(Load("- name: g\n  generate: {n: 5}")).Message);
        Assert.Contains("its 'in' comes from tests/generate.js", Single(Load("- name: g\n  generate: {seed: 1}\n  in: {a: 1, b: 2}")).Message);
        _temp.AddValid("q", new Dictionary<string, string?> { ["tests/hidden.yaml"] = TempProblems.ValidHidden + "\n- name: g\n  generate: {seed: 1}" });
        Assert.Contains("there is no tests/generate.js", Single(ProblemLoader.Load(_temp.Root, "q")).Message);
        var syntax = Single(Load("- name: g\n  generate: {seed: 1}", "function generate(args, rng) {\n  return {;\n}"));
        Assert.Equal(new SourceLocation("p/tests/generate.js", 2), syntax.Location with { Column = 0 });
        Assert.Contains("generate.js does not parse", syntax.Message);
    }

    [Fact]
    public void ChanceAndDotNetAreOutOfReach()
    {
        Assert.Contains("Math.random is not allowed", Single(Load("- name: g\n  generate: {seed: 1}", "function generate() { const a = Math.floor(Math.random() * 9); return { in: { a, b: 0 }, out: a }; }")).Message);
        Assert.Contains("System is not defined", Single(Load("- name: g\n  generate: {seed: 1}", "function generate() { System.IO.File.ReadAllText('/etc/passwd'); }")).Message);
        Assert.Contains("importNamespace is not defined", Single(Load("- name: g\n  generate: {seed: 1}", "function generate() { importNamespace('System.IO'); }")).Message);
    }

    [Fact]
    public void ARunawayGeneratorIsStoppedByItsLimits()
    {
        var tight = new ProblemFileLimits(Scripts: new ScriptLimits(TimeSpan.FromSeconds(30), 64L << 20, 100_000, 100));
        Assert.Contains("ran more than 100,000 statements", Single(Load("- name: g\n  generate: {seed: 1}", "function generate() { for (;;) {} }", tight)).Message);
        Assert.Contains("recursed deeper than 100 calls", Single(Load("- name: g\n  generate: {seed: 1}", "function f(n) { return f(n + 1); }\nfunction generate() { return f(0); }", tight)).Message);
        Assert.Contains("used more than 64 MiB", Single(Load("- name: g\n  generate: {seed: 1}", "function generate() { const a = []; for (let i = 0; i < 50; i++) a.push('x'.repeat(1 << 22)); return a; }", tight with { Scripts = tight.Scripts! with { MaxStatements = 10_000_000 } })).Message);
        var slow = tight with { Scripts = new ScriptLimits(TimeSpan.FromMilliseconds(200), 64L << 20, int.MaxValue, 100) };
        Assert.Contains("ran longer than 0.2 s", Single(Load("- name: g\n  generate: {seed: 1}", "function generate() { for (;;) {} }", slow)).Message);
    }
}
