using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Problems;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>Verdicts from the real judge: real containers, the real sandbox image.</summary>
[Collection(JudgeCollection.Name)]
public sealed class JudgeTests(JudgeApp judge)
{
    [Theory]
    [InlineData("two-sum", "python")]
    [InlineData("two-sum", "javascript")]
    [InlineData("two-sum", "csharp")]
    [InlineData("softmax", "python")]
    [InlineData("range-sum-queries", "csharp")]
    [InlineData("range-sum-queries", "javascript")]
    // Linked lists, trees and a design class, in every language (StructuresJudgeTests has the rest of them).
    [InlineData("reverse-linked-list", "csharp")]
    [InlineData("reverse-linked-list", "javascript")]
    [InlineData("reverse-linked-list", "python")]
    [InlineData("invert-binary-tree", "csharp")]
    [InlineData("invert-binary-tree", "javascript")]
    [InlineData("invert-binary-tree", "python")]
    [InlineData("lru-cache", "csharp")]
    [InlineData("lru-cache", "javascript")]
    [InlineData("lru-cache", "python")]
    public async Task ReferenceSolutionIsAcceptedOnEveryHiddenCase(string problem, string language)
    {
        var result = await judge.JudgeAsync(problem, language, SubmissionClient.Reference(problem, language));

        Assert.Equal("Accepted", (string?)result["verdict"]);
        Assert.Equal((int)result["total"]!, (int)result["passed"]!);
        Assert.All(result["tests"]!.AsArray(), t =>
        {
            Assert.Equal("Hidden", (string?)t!["kind"]);
            // Hidden cases come back as index and verdict only: no input or output, no time or memory.
            Assert.Equal(["index", "kind", "verdict"], t.AsObject().Select(p => p.Key).Order());
            Assert.Null(t["input"]);
            Assert.Null(t["expected"]);
            Assert.Null(t["actual"]);
            Assert.Null(t["stdout"]);
        });
    }

    [Fact]
    public async Task WrongSolutionIsAWrongAnswerAndStopsAtTheFirstFailure()
    {
        var code = File.ReadAllText(Path.Combine(TestPaths.Problems, "two-sum", "solutions", "wrong_answer", "map_first.py"));

        var result = await judge.JudgeAsync("two-sum", "python", code);

        Assert.Equal("WrongAnswer", (string?)result["verdict"]);
        var tests = result["tests"]!.AsArray();
        Assert.Equal("WrongAnswer", (string?)tests[^1]!["verdict"]);
        Assert.All(tests.SkipLast(1), t => Assert.Equal("Accepted", (string?)t!["verdict"]));
    }

    [Fact]
    public async Task TooSlowSolutionIsATimeLimitExceeded()
    {
        var code = File.ReadAllText(Path.Combine(TestPaths.Problems, "two-sum", "solutions", "time_limit", "brute_force.py"));

        var result = await judge.JudgeAsync("two-sum", "python", code);

        Assert.Equal("TimeLimitExceeded", (string?)result["verdict"]);
        Assert.True((int)result["timeMs"]! >= 1000);
        // The hidden test says which one failed, not how long it took: that would hint at its input.
        Assert.Null(result["tests"]!.AsArray()[^1]!["timeMs"]);
        Assert.Null(result["tests"]!.AsArray()[^1]!["memoryKb"]);
    }

    [Fact]
    public async Task CSharpCompileErrorNamesTheLineInTheUsersCode()
    {
        var code = "public class Solution {\n    public int[] TwoSum(int[] nums, int target) {\n        return new int[] { 0, 1 }\n    }\n}\n";

        var result = await judge.JudgeAsync("two-sum", "csharp", code);

        Assert.Equal("CompilationError", (string?)result["verdict"]);
        Assert.Contains("Line 3: error CS1002: ; expected", (string?)result["compileOutput"]);
    }

    [Fact]
    public async Task PythonSyntaxErrorIsACompilationErrorWithItsLine()
    {
        var result = await judge.JudgeAsync("two-sum", "python", "class Solution:\n    def twoSum(self, nums, target)\n        return [0, 1]\n");

        Assert.Equal("CompilationError", (string?)result["verdict"]);
        Assert.StartsWith("Line 2:", (string?)result["compileOutput"]);
    }

    [Fact]
    public async Task RuntimeErrorOnASampleShowsTheMessageLineAndInput()
    {
        var code = "var twoSum = function(nums, target) {\n  const x = null;\n  return x.length;\n};\n";

        var result = await judge.JudgeAsync("two-sum", "javascript", code, mode: "run");

        Assert.Equal("RuntimeError", (string?)result["verdict"]);
        var test = result["tests"]!.AsArray()[0]!;
        Assert.Equal("Sample", (string?)test["kind"]);
        Assert.StartsWith("Line 3: TypeError", (string?)test["message"]);
        Assert.NotNull(test["input"]);
    }

    [Fact]
    public async Task RunShowsSamplesAndCustomInputsWithExpectedFromTheReference()
    {
        var code = "class Solution:\n    def twoSum(self, nums, target):\n        print('debugging', nums)\n        return [0, 1]\n";
        var custom = new JsonArray(new JsonObject { ["nums"] = new JsonArray(1, 5, 9), ["target"] = 14 });

        var result = await judge.JudgeAsync("two-sum", "python", code, mode: "run", customInputs: custom);

        var tests = result["tests"]!.AsArray();
        var last = tests[^1]!;
        Assert.Equal("Custom", (string?)last["kind"]);
        Assert.Equal("[1,2]", last["expected"]!.ToJsonString());
        Assert.Equal("[0,1]", last["actual"]!.ToJsonString());
        Assert.Equal("WrongAnswer", (string?)last["verdict"]);
        Assert.Equal("debugging [1, 5, 9]\n", (string?)last["stdout"]);
        Assert.Equal("Accepted", (string?)tests[0]!["verdict"]);
        Assert.Equal("WrongAnswer", (string?)result["verdict"]);
    }

    [Fact]
    public async Task FloatCheckerAcceptsWithinToleranceAndRejectsNaN()
    {
        var close = "import math\nclass Solution:\n    def softmax(self, logits):\n        m = max(logits)\n        e = [math.exp(x - m) for x in logits]\n        s = sum(e)\n        return [v / s * (1 + 1e-9) for v in e]\n";
        var naive = File.ReadAllText(Path.Combine(TestPaths.Problems, "softmax", "solutions", "wrong_answer", "naive_exp.js"));

        Assert.Equal("Accepted", (string?)(await judge.JudgeAsync("softmax", "python", close))["verdict"]);
        Assert.Equal("WrongAnswer", (string?)(await judge.JudgeAsync("softmax", "javascript", naive))["verdict"]);
    }

    [Fact]
    public async Task CustomCheckerAcceptsAnyValidAnswerAndExplainsAWrongOne()
    {
        // Kahn's algorithm taking the largest label first: valid orders, mostly not the reference's.
        var other = "import heapq\nclass Solution:\n    def findOrder(self, numCourses, prerequisites):\n        after = [[] for _ in range(numCourses)]\n        need = [0] * numCourses\n        for a, b in prerequisites:\n            after[b].append(a)\n            need[a] += 1\n        ready = [-c for c in range(numCourses) if need[c] == 0]\n        heapq.heapify(ready)\n        order = []\n        while ready:\n            c = -heapq.heappop(ready)\n            order.append(c)\n            for a in after[c]:\n                need[a] -= 1\n                if need[a] == 0:\n                    heapq.heappush(ready, -a)\n        return order if len(order) == numCourses else []\n";
        var naive = "class Solution:\n    def findOrder(self, numCourses, prerequisites):\n        return list(range(numCourses))\n";

        Assert.Equal("Accepted", (string?)(await judge.JudgeAsync("course-order", "python", other))["verdict"]);
        var run = await judge.JudgeAsync("course-order", "python", naive, mode: "run");

        Assert.Equal("WrongAnswer", (string?)run["verdict"]);
        var failed = run["tests"]!.AsArray().First(t => (string?)t!["verdict"] == "WrongAnswer")!;
        Assert.False(string.IsNullOrWhiteSpace((string?)failed["message"]), failed.ToJsonString());
    }

    [Fact]
    public async Task ProgressStreamsEachTestThenTheResult()
    {
        var body = new { problem = "two-sum", language = "python", code = SubmissionClient.Reference("two-sum", "python"), mode = "submit" };
        var accepted = await (await judge.Client.PostAsJsonAsync("/api/submissions", body)).Content.ReadFromJsonAsync<JsonObject>();

        using var stream = await judge.Client.GetStreamAsync((string)accepted!["eventsUrl"]!);
        using var reader = new StreamReader(stream);
        var events = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                events.Add(line["event: ".Length..]);
            }
            if (events.LastOrDefault() == "done")
            {
                break;
            }
        }

        Assert.Equal("status", events[0]);
        Assert.Equal("done", events[^1]);
        Assert.True(events.Count(e => e == "test") >= 1, string.Join(",", events));
    }

    [Fact]
    public async Task JudgingLogsNothingHidden()
    {
        await judge.JudgeAsync("two-sum", "python", SubmissionClient.Reference("two-sum", "python"));
        await judge.JudgeAsync("two-sum", "python", "class Solution:\n    def twoSum(self, nums, target):\n        raise ValueError(str(nums))\n");

        var problem = judge.App.Services.GetRequiredService<ProblemCatalog>().Current.Problems["two-sum"];
        Assert.NotEmpty(judge.App.Logs.Lines);
        Assert.Empty(LeakCheck.Find(problem, judge.App.Logs.All));
    }
}
