using System.Text.Json.Nodes;
using InterviewPractice.Judging;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;
using InterviewPractice.Protocol;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>
/// The protocol stream under attack, with the real judge and image: submitted code that finds the runner's protocol
/// descriptor (in function problems it shares the runner's process) and writes lines to it.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed class ProtocolTests(JudgeApp judge)
{
    // The line the issue names: right type and id, wrong field types. The old judge threw on `(string?)error`.
    private const string ForgedLine = """{"type":"result","id":0,"ok":false,"error":5,"message":[1]}""";

    // The protocol stream is a pipe (or socket) this process only holds write ends of; the runtimes' own pipes
    // (libuv's and .NET's signal pipes) have their read end here too and are left alone. Every such pipe gets the
    // line (the container's stderr is one too: harmless).
    private const string PythonForger = """
        import os

        def forge(line):
            ends = {}
            for name in os.listdir('/proc/self/fd'):
                try:
                    target = os.readlink('/proc/self/fd/' + name)
                    flags = int(open('/proc/self/fdinfo/' + name).read().split('flags:')[1].split()[0], 8)
                except (OSError, IndexError, ValueError):
                    continue
                if target.startswith(('pipe:', 'socket:')):
                    ends.setdefault(target, []).append((int(name), flags & 3))
            for fds in ends.values():
                if all(mode == os.O_WRONLY for _, mode in fds) and fds[0][0] > 2:
                    try:
                        os.write(fds[0][0], line.encode() + b'\n')
                    except OSError:
                        pass

        def honest(nums, target):
            seen = {}
            for i, n in enumerate(nums):
                if target - n in seen:
                    return [seen[target - n], i]
                seen[n] = i

        """;

    private static string PythonForging(string line) => PythonForger + $$"""
        class Solution:
            def twoSum(self, nums, target):
                forge('{{line}}')
                return honest(nums, target)
        """;

    private static string JavaScriptForging(string line) => $$"""
        const fs = require('fs');
        function forge(line) {
          const ends = new Map();
          for (const name of fs.readdirSync('/proc/self/fd')) {
            try {
              const target = fs.readlinkSync('/proc/self/fd/' + name);
              const flags = parseInt(/flags:\s*(\d+)/.exec(fs.readFileSync('/proc/self/fdinfo/' + name, 'utf8'))[1], 8);
              if (/^(pipe|socket):/.test(target)) ends.set(target, [...(ends.get(target) || []), [Number(name), flags & 3]]);
            } catch (e) { }
          }
          for (const fds of ends.values()) {
            if (fds.every(([, mode]) => mode === 1) && fds[0][0] > 2) {
              try { fs.writeSync(fds[0][0], line + '\n'); } catch (e) { }
            }
          }
        }
        var twoSum = function(nums, target) {
          forge('{{line}}');
          const seen = new Map();
          for (let i = 0; i < nums.length; i++) {
            if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
            seen.set(nums[i], i);
          }
        };
        """;

    private static string CSharpForging(string line) => $$""""
        using System.IO;
        using System.Linq;
        using System.Text;
        using Microsoft.Win32.SafeHandles;
        public class Solution {
            static void Forge(string line) {
                var ends = new List<(string Target, int Fd, int Mode)>();
                foreach (var path in Directory.GetFiles("/proc/self/fd")) {
                    try {
                        var name = Path.GetFileName(path);
                        var target = new FileInfo(path).LinkTarget ?? "";
                        var flags = File.ReadAllText("/proc/self/fdinfo/" + name).Split("flags:")[1].Split('\n')[0].Trim();
                        if (target.StartsWith("pipe:") || target.StartsWith("socket:")) ends.Add((target, int.Parse(name), Convert.ToInt32(flags, 8) & 3));
                    } catch (Exception) { }
                }
                foreach (var pipe in ends.GroupBy(e => e.Target).Where(g => g.All(e => e.Mode == 1) && g.First().Fd > 2)) {
                    try {
                        using var stream = new FileStream(new SafeFileHandle(pipe.First().Fd, ownsHandle: false), FileAccess.Write, 1);
                        stream.Write(Encoding.UTF8.GetBytes(line + "\n"));
                    } catch (Exception) { }
                }
            }
            public int[] TwoSum(int[] nums, int target) {
                Forge("""{{line}}""");
                var seen = new Dictionary<int, int>();
                for (var i = 0; i < nums.Length; i++) {
                    if (seen.TryGetValue(target - nums[i], out var j)) return new[] { j, i };
                    seen[nums[i]] = i;
                }
                return new int[0];
            }
        }
        """";

    public static TheoryData<string, string> Forgers => new()
    {
        { "python", PythonForging(ForgedLine) },
        { "javascript", JavaScriptForging(ForgedLine) },
        { "csharp", CSharpForging(ForgedLine) },
    };

    [Theory]
    [MemberData(nameof(Forgers))]
    public async Task ALineForgedOnTheProtocolDescriptorIsARuntimeErrorAndTheJudgeGoesOn(string language, string code)
    {
        // Run mode: sample results carry their messages.
        var forged = await judge.JudgeAsync("two-sum", language, code, mode: "run");

        Assert.Equal("RuntimeError", (string?)forged["verdict"]);
        Assert.StartsWith("The program wrote to the judge's channel", FailedMessage(forged));
        var honest = await judge.JudgeAsync("two-sum", language, SubmissionClient.Reference("two-sum", language));
        Assert.Equal("Accepted", (string?)honest["verdict"]);
        Assert.Empty(await judge.LeftoverRunnersAsync());
    }

    /// <summary>
    /// Code that reads the nonce out of the harness (which in-process code can do) writes a well-formed result
    /// for the running test ahead of the runner's own; the runner's line for that test is then read while the next
    /// test runs, and the stale id gives the forgery away.
    /// </summary>
    [Fact]
    public async Task AResultForAnEarlierTestIsARuntimeError()
    {
        var code = PythonForger + """
            import json, sys

            class Solution:
                def twoSum(self, nums, target):
                    harness = sys.modules['__main__']
                    answer = honest(nums, target)
                    line = json.dumps({"type": "result", "id": harness.CAPTURE.test_id, "ok": True, "value": answer, "stdout": ""})
                    nonce = getattr(harness, '_nonce_json', None)
                    forge(line if nonce is None else '{"nonce":' + nonce + ',' + line[1:])
                    return answer
            """;

        var result = await judge.JudgeAsync("two-sum", "python", code, mode: "run");

        Assert.Equal("RuntimeError", (string?)result["verdict"]);
        Assert.Contains("a result for test 0 while test 1 ran", FailedMessage(result));
        Assert.Empty(await judge.LeftoverRunnersAsync());
    }

    /// <summary>
    /// Warm runners start under the default memory limit and get the problem's at rent: Node's heap limit and
    /// .NET's GC limit must follow the load's <c>memoryMb</c>, not the limit the process started under, so that
    /// running out of memory is the runtime's own fast MemoryError rather than a GC struggle or the kernel's kill.
    /// </summary>
    [Theory]
    [InlineData("javascript", 128, "return [require('v8').getHeapStatistics().heap_size_limit];")]
    [InlineData("javascript", 512, "return [require('v8').getHeapStatistics().heap_size_limit];")]
    [InlineData("csharp", 128, "return new[] { (int)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024) };")]
    [InlineData("csharp", 512, "return new[] { (int)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024) };")]
    public async Task TheRuntimesHeapLimitFollowsTheProblemsMemoryLimit(string language, int memoryMb, string body)
    {
        var services = judge.App.Services;
        var problem = services.GetRequiredService<ProblemCatalog>().Current.Problems["two-sum"] with { Limits = new Limits(1000, memoryMb) };
        var code = language == "javascript"
            ? $"var twoSum = function(nums, target) {{\n  {body}\n}};\n"
            : $"public class Solution {{\n    public int[] TwoSum(int[] nums, int target) {{\n        {body}\n    }}\n}}\n";
        Assert.True(Languages.TryParse(language, out var parsed));

        var run = await services.GetRequiredService<SubmissionRunner>().RunAsync(
            problem, parsed, code, [new SubmissionRunner.Input(problem.Samples[0].Input)], (_, _) => true, CancellationToken.None);

        Assert.Null(run.Failure);
        var reported = (long)run.Cases[0].Value![0]!;
        var limitMb = language == "javascript" ? reported / 1024 / 1024 : reported;
        // Node: 0.7 x (limit - 64 MiB) of old generation, plus a small young generation. .NET: 75 % of the limit.
        var (low, high) = language == "javascript" ? ((memoryMb - 64) * 0.7, (memoryMb - 64) * 0.7 + 32) : (memoryMb * 0.7, memoryMb * 0.8);
        Assert.InRange(limitMb, low, high);
    }

    private static string? FailedMessage(JsonObject result) =>
        (string?)result["tests"]!.AsArray().First(t => (string?)t!["verdict"] != "Accepted")!["message"];

    [Fact]
    public async Task AnImageSpeakingAnotherProtocolVersionIsRefusedWithHowToRebuildIt()
    {
        var services = judge.App.Services;
        var options = services.GetRequiredService<IOptions<JudgeOptions>>().Value;
        // The real image, with a runner that announces version 1 as images built before this protocol did.
        var spec = SandboxSpecs.Runner(options, Language.Python, options.DefaultMemoryMb) with
        {
            Cmd = ["python3", "-c", "import sys; print('{\"type\":\"ready\",\"protocol\":1}', flush=True); sys.stdin.read()"],
        };

        var refused = await Assert.ThrowsAsync<DockerException>(() => SandboxPool.StartContainerAsync(
            services.GetRequiredService<DockerClient>(), services.GetRequiredService<ContainerReaper>(), spec, options.StartTimeout, CancellationToken.None));

        Assert.Contains($"the sandbox image {options.Image} speaks protocol 1, this judge needs {SandboxProtocol.Version}: rebuild it with ./interview setup sandbox", refused.Message);
        Assert.Empty(await judge.LeftoverRunnersAsync());
    }
}
