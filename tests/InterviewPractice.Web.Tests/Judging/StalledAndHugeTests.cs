using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>
/// A runner that stops reading its input while the judge writes a large one, and answers far larger than the
/// expected ones: each ends as its own verdict, the worker is free at once, nothing huge is stored or served.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed class StalledAndHugeTests(JudgeApp judge)
{
    // After answering the last sample the runner stops reading its input: Python and C# point the runner's input
    // descriptor at a pipe nobody writes to; JavaScript stops its whole process (SIGSTOP) right after the
    // answer is written. The next input, a large custom one, then finds nobody reading it.
    private static string StopsReadingAfter(string language, int calls) => language switch
    {
        "python" => $$"""
            import fcntl, os
            calls = 0
            dead = None
            class Solution:
                def twoSum(self, nums, target):
                    global calls, dead
                    calls += 1
                    if calls == {{calls}}:
                        dead = os.pipe()
                        for name in os.listdir('/proc/self/fd'):
                            fd = int(name)
                            if fd in dead:
                                continue
                            try:
                                link = os.readlink(f'/proc/self/fd/{fd}')
                            except OSError:
                                continue
                            if link.startswith('pipe:') and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
                                os.dup2(dead[0], fd)
                    seen = {}
                    for i, x in enumerate(nums):
                        if target - x in seen:
                            return [seen[target - x], i]
                        seen[x] = i
            """,
        "javascript" => $$"""
            let calls = 0;
            var twoSum = function(nums, target) {
              // The runner's worker never returns to its event loop between tests, so nothing of the code's runs
              // after its answer unless the code wraps the writes the runner makes.
              if (++calls === {{calls}}) {
                const fs = require('fs');
                const write = fs.writeSync;
                fs.writeSync = function (fd, data, ...rest) {
                  const written = write.call(fs, fd, data, ...rest);
                  if (String(data).includes('"type":"result"')) process.kill(process.pid, 'SIGSTOP');
                  return written;
                };
              }
              const seen = new Map();
              for (let i = 0; i < nums.length; i++) {
                if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
                seen.set(nums[i], i);
              }
            };
            """,
        _ => $$"""
            using System.IO;
            using System.Runtime.InteropServices;
            public class Solution {
                [DllImport("libc")] private static extern int pipe(int[] fds);
                [DllImport("libc")] private static extern int dup2(int from, int to);
                [DllImport("libc")] private static extern int fcntl(int fd, int cmd);
                private static int calls;
                private static readonly int[] dead = new int[2];
                public int[] TwoSum(int[] nums, int target) {
                    if (++calls == {{calls}}) {
                        pipe(dead);
                        foreach (var entry in Directory.GetFiles("/proc/self/fd")) {
                            var fd = int.Parse(Path.GetFileName(entry));
                            if (fd == dead[0] || fd == dead[1]) continue;
                            var link = new FileInfo(entry).LinkTarget;
                            if (link != null && link.StartsWith("pipe:") && (fcntl(fd, 3) & 3) == 0) dup2(dead[0], fd);
                        }
                    }
                    var seen = new Dictionary<int, int>();
                    for (var i = 0; i < nums.Length; i++) {
                        if (seen.TryGetValue(target - nums[i], out var j)) return new[] { j, i };
                        seen[nums[i]] = i;
                    }
                    return new int[0];
                }
            }
            """,
    };

    [Theory]
    [InlineData("python")]
    [InlineData("javascript")]
    [InlineData("csharp")]
    public async Task ARunnerThatStopsReadingWhileALargeInputIsWrittenIsATimeLimitExceededAndFreesTheWorker(string language)
    {
        var problem = (await judge.Client.GetFromJsonAsync<JsonObject>("/api/problems/two-sum"))!;
        var samples = problem["samples"]!.AsArray().Count;
        // About 1 MB of input: far more than the pipes and socket buffers between the judge and the runner hold.
        var random = new Random(7);
        var nums = new JsonArray([.. Enumerable.Range(0, 110_000).Select(_ => (JsonNode)random.Next(100_000, 999_999))]);
        nums.Add(1);
        nums.Add(2);
        var large = new JsonObject { ["nums"] = nums, ["target"] = 3 };

        var result = await judge.JudgeAsync("two-sum", language, StopsReadingAfter(language, samples), "run", [large]);

        Assert.Equal("TimeLimitExceeded", (string?)result["verdict"]);
        var tests = result["tests"]!.AsArray();
        Assert.Equal(samples + 1, tests.Count);
        Assert.All(tests.Take(samples), t => Assert.Equal("Accepted", (string?)t!["verdict"]));
        Assert.Empty(await judge.LeftoverRunnersAsync());
        var honest = await judge.JudgeAsync("two-sum", language, SubmissionClient.Reference("two-sum", language));
        Assert.Equal("Accepted", (string?)honest["verdict"]);
    }

    [Theory]
    [InlineData("python")]
    [InlineData("javascript")]
    [InlineData("csharp")]
    public async Task AnAnswerFarLargerThanTheExpectedOneIsAWrongAnswerNeverReadInFull(string language)
    {
        var code = Returning(language, "1_000_000", huge: "true");

        var submit = await judge.JudgeAsync("two-sum", language, code);
        var run = await judge.JudgeAsync("two-sum", language, code, "run");

        Assert.True((string?)submit["verdict"] == "WrongAnswer", submit.ToJsonString());
        Assert.True(submit.ToJsonString().Length < 4 * 1024);
        Assert.True((string?)run["verdict"] == "WrongAnswer", run.ToJsonString());
        Assert.Contains("far larger than the expected one", (string?)run["tests"]![0]!["message"]);
        Assert.Empty(await judge.LeftoverRunnersAsync());
    }

    [Theory]
    [InlineData("python")]
    [InlineData("javascript")]
    [InlineData("csharp")]
    public async Task ALargeAnswerToACustomInputIsKeptCutShortWithANote(string language)
    {
        // Honest on the samples; a million numbers for the custom input, which has no expected size to go by.
        var code = Returning(language, "1_000_000", huge: "target == 123456789");
        var custom = new JsonObject { ["nums"] = new JsonArray(1, 123456788), ["target"] = 123456789 };

        var run = await judge.JudgeAsync("two-sum", language, code, "run", [custom]);

        var last = run["tests"]!.AsArray().LastOrDefault();
        Assert.True(last?["kind"]?.GetValue<string>() == "Custom" && last["verdict"]?.GetValue<string>() == "WrongAnswer", run.ToJsonString()[..Math.Min(2000, run.ToJsonString().Length)]);
        Assert.Contains("truncated", last!["actual"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.True(run.ToJsonString().Length < 64 * 1024, $"the stored run is {run.ToJsonString().Length} characters");
    }

    private static string Returning(string language, string count, string huge)
    {
        var n = count.Replace("_", "", StringComparison.Ordinal);
        return language switch
        {
            "python" => $"class Solution:\n    def twoSum(self, nums, target):\n        if {huge.Replace("true", "True", StringComparison.Ordinal)}:\n            return list(range({count}))\n"
                + "        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n",
            "javascript" => $"var twoSum = function(nums, target) {{\n  if ({huge.Replace("==", "===", StringComparison.Ordinal)}) return Array.from({{length: {n}}}, (_, i) => i);\n"
                + "  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n};\n",
            _ => $"public class Solution {{\n    public int[] TwoSum(int[] nums, int target) {{\n        if ({huge}) return Enumerable.Range(0, {n}).ToArray();\n"
                + "        var seen = new Dictionary<int, int>();\n        for (var i = 0; i < nums.Length; i++) {\n            if (seen.TryGetValue(target - nums[i], out var j)) return new[] { j, i };\n            seen[nums[i]] = i;\n        }\n        return new int[0];\n    }\n}\n",
        };
    }
}
