using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>
/// A custom checker in JavaScript (run in the judge with Jint) and its Python twin (run in the Python sandbox)
/// give the same verdicts and messages on the same submissions, through the real judge: course-order as shipped
/// (<c>checker.js</c>) beside a copy that checks with <c>tests/fixtures/course-order-checker.py</c>.
/// </summary>
public sealed class CheckerLanguagesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ip-checkers-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task TheJavaScriptCheckerAndItsPythonTwinAgreeOnEverySubmission()
    {
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Problems, "course-order"), Path.Combine(_root, "course-order"));
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Problems, "course-order"), Path.Combine(_root, "course-order-py"));
        File.Delete(Path.Combine(_root, "course-order-py", "checker.js"));
        File.Copy(Path.Combine(TestPaths.Repository, "tests", "fixtures", "course-order-checker.py"), Path.Combine(_root, "course-order-py", "checker.py"));
        using var app = new TestApp(_root, new Dictionary<string, string?> { ["Judge:WarmPerLanguage"] = "0" });
        await app.WaitForJudgeAsync();
        var client = app.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(120);

        var submissions = new[]
        {
            // Kahn's algorithm, largest label first: valid orders that are mostly not the reference's.
            "import heapq\nclass Solution:\n    def findOrder(self, numCourses, prerequisites):\n        after = [[] for _ in range(numCourses)]\n        need = [0] * numCourses\n        for a, b in prerequisites:\n            after[b].append(a)\n            need[a] += 1\n        ready = [-c for c in range(numCourses) if need[c] == 0]\n        heapq.heapify(ready)\n        order = []\n        while ready:\n            c = -heapq.heappop(ready)\n            order.append(c)\n            for a in after[c]:\n                need[a] -= 1\n                if need[a] == 0:\n                    heapq.heappush(ready, -a)\n        return order if len(order) == numCourses else []\n",
            "class Solution:\n    def findOrder(self, numCourses, prerequisites):\n        return list(range(numCourses))\n",
            "class Solution:\n    def findOrder(self, numCourses, prerequisites):\n        return [0] * numCourses if numCourses > 1 else 'no'\n",
        };
        foreach (var code in submissions)
        {
            var js = await SubmissionClient.JudgeAsync(client, "course-order", "python", code, mode: "run");
            var py = await SubmissionClient.JudgeAsync(client, "course-order-py", "python", code, mode: "run");
            Assert.Equal(Verdicts(py), Verdicts(js));
        }
        var wrong = await SubmissionClient.JudgeAsync(client, "course-order", "python", submissions[1], mode: "run");
        Assert.Equal("WrongAnswer", (string?)wrong["verdict"]);
        Assert.Contains(Verdicts(wrong), v => v.StartsWith("WrongAnswer: the prerequisites contain a cycle", StringComparison.Ordinal));
        Assert.Equal("Accepted", (string?)(await SubmissionClient.JudgeAsync(client, "course-order", "python", submissions[0]))["verdict"]);
    }

    // Each test's verdict and message, in order.
    private static List<string> Verdicts(JsonObject result) =>
        [.. result["tests"]!.AsArray().Select(t => $"{(string?)t!["verdict"]}: {(string?)t["message"]}")];
}
