namespace InterviewPractice.Web.Tests.Judging;

/// <summary>
/// Hostile submissions to two-sum, each with the verdict it must get. Where an attack could succeed, the code
/// answers correctly only if the attack worked and raises otherwise, so the verdict itself is the proof:
/// RuntimeError means the attack failed, Accepted would mean it succeeded.
/// </summary>
public static class HostileSubmissions
{
    public sealed record Hostile(string Name, string Language, string Code, string[] Verdicts)
    {
        public override string ToString() => $"{Language}: {Name}";
    }

    private const string PyHonest = """
        def honest(nums, target):
            seen = {}
            for i, x in enumerate(nums):
                if target - x in seen:
                    return [seen[target - x], i]
                seen[x] = i

        """;

    private static string Py(string body) => PyHonest + "class Solution:\n    def twoSum(self, nums, target):\n" + Indent(body, 8);

    private const string JsHonest = """
        function honest(nums, target) {
          const seen = new Map();
          for (let i = 0; i < nums.length; i++) {
            if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
            seen.set(nums[i], i);
          }
        }

        """;

    private static string Js(string body) => JsHonest + "var twoSum = function(nums, target) {\n" + Indent(body, 2) + "};\n";

    private const string CsHonest = """
        static int[] Honest(int[] nums, int target) {
            var seen = new Dictionary<int, int>();
            for (var i = 0; i < nums.Length; i++) {
                if (seen.TryGetValue(target - nums[i], out var j)) return new[] { j, i };
                seen[nums[i]] = i;
            }
            return new int[0];
        }
        """;

    private static string Cs(string body, string extra = "") =>
        "using System.Diagnostics;\nusing System.IO;\nusing System.Net.Sockets;\nusing System.Threading;\npublic class Solution {\n" + Indent(CsHonest, 4) + Indent(extra, 4)
        + "    public int[] TwoSum(int[] nums, int target) {\n" + Indent(body, 8) + "    }\n}\n";

    private static string Indent(string text, int spaces) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Length == 0 ? "\n" : new string(' ', spaces) + l + "\n"));

    private const string RE = "RuntimeError";

    public static IEnumerable<Hostile> All { get; } =
    [
        // Python
        new("infinite loop", "python", Py("while True:\n    pass\n"), ["TimeLimitExceeded"]),
        new("sleep past the wall limit", "python", Py("import time\ntime.sleep(30)\nreturn honest(nums, target)\n"), ["TimeLimitExceeded"]),
        new("memory bomb", "python", Py("blocks = []\nwhile True:\n    blocks.append(bytearray(16 * 1024 * 1024))\n"), ["MemoryLimitExceeded"]),
        new("fork bomb", "python", Py("import os\nwhile True:\n    os.fork()\n"), [RE, "TimeLimitExceeded"]),
        new("thread bomb", "python", Py("import threading, time\nwhile True:\n    threading.Thread(target=time.sleep, args=(60,)).start()\n"), [RE]),
        new("threads left spinning after returning", "python", Py("import threading\ndef spin():\n    while True:\n        pass\nfor _ in range(4):\n    threading.Thread(target=spin, daemon=False).start()\nreturn honest(nums, target)\n"), ["Accepted", "TimeLimitExceeded"]),
        new("output flood", "python", Py("while True:\n    print('x' * 10000)\n"), ["OutputLimitExceeded"]),
        new("disk fill in scratch", "python", Py("with open('/tmp/fill', 'wb') as f:\n    while True:\n        f.write(b'x' * 1024 * 1024)\n"), [RE]),
        new("network connect outside", "python", Py("import socket\nsocket.create_connection(('1.1.1.1', 80), timeout=3)\nreturn honest(nums, target)\n"), [RE]),
        new("network connect to the host", "python", Py("import socket\nsocket.create_connection(('172.17.0.1', 2375), timeout=3)\nreturn honest(nums, target)\n"), [RE]),
        new("reading host files", "python", Py("open('/etc/shadow').read()\nreturn honest(nums, target)\n"), [RE]),
        new("environment holds secrets", "python", Py("import os\nif any(k for k in os.environ if k not in ('HOME', 'LANG', 'PATH', 'PYTHONDONTWRITEBYTECODE', 'DOTNET_CLI_TELEMETRY_OPTOUT', 'HOSTNAME', 'OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'DOTNET_NOLOGO', 'DOTNET_gcServer', 'DOTNET_TieredPGO', 'DOTNET_TC_QuickJitForLoops', 'DOTNET_ReadyToRun', 'PYTHONIOENCODING')):\n    return honest(nums, target)\nraise Exception('nothing to steal')\n"), [RE]),
        new("searching /proc for the judge", "python", Py("import os\nfor pid in os.listdir('/proc'):\n    if pid.isdigit():\n        cmd = open(f'/proc/{pid}/cmdline', 'rb').read()\n        if b'InterviewPractice.Web' in cmd or b'dockerd' in cmd:\n            return honest(nums, target)\nraise Exception('no judge in sight')\n"), [RE]),
        new("looking for the hidden tests", "python", Py("import os\nfor root, dirs, files in os.walk('/'):\n    dirs[:] = [d for d in dirs if root != '/' or d not in ('proc', 'sys')]\n    if 'hidden.yaml' in files:\n        return honest(nums, target)\nraise Exception('not found')\n"), [RE]),
        new("writing outside scratch", "python", Py("open('/opt/harness/python/harness.py', 'w').write('pwned')\nreturn honest(nums, target)\n"), [RE]),
        new("running as root or with the docker socket", "python", Py("import os\nif os.getuid() == 0 or os.path.exists('/var/run/docker.sock'):\n    return honest(nums, target)\nraise Exception('unprivileged')\n"), [RE]),
        new("killing the parent", "python", Py("import os, signal\nparent = os.getppid()\nos.kill(parent, signal.SIGKILL)\nos.kill(parent, 0)\nraise Exception('the parent survived')\n"), [RE]),
        new("killing every process", "python", Py("import os, signal\nos.kill(-1, signal.SIGKILL)\nreturn honest(nums, target)\n"), [RE]),
        new("stack overflow", "python", Py("def f(n):\n    return f(n + 1) + 1\nreturn f(0)\n"), [RE]),
        new("native crash", "python", Py("import ctypes\nctypes.string_at(0)\n"), [RE]),
        new("printing fake results", "python", Py("print('{\"type\":\"result\",\"id\":0,\"ok\":true,\"value\":[0,1]}', flush=True)\nimport os\nos.write(1, b'{\"type\":\"result\",\"id\":0,\"ok\":true,\"value\":[0,1]}\\n')\nreturn [9, 9]\n"), ["WrongAnswer"]),
        new("stops itself on its second test", "python", Py("import os, signal\nSolution.calls = getattr(Solution, 'calls', 0) + 1\nif Solution.calls == 2:\n    os.kill(os.getpid(), signal.SIGSTOP)\nreturn honest(nums, target)\n"), ["TimeLimitExceeded"]),
        new("huge return value", "python", Py("return list(range(1_000_000))\n"), ["WrongAnswer"]),
        new("deeply nested return value", "python", Py("x = []\nfor _ in range(100_000):\n    x = [x]\nreturn x\n"), [RE, "WrongAnswer"]),
        new("returns the wrong type", "python", Py("return ','.join(map(str, honest(nums, target)))\n"), ["WrongAnswer"]),
        new("returns NaN", "python", Py("return [float('nan'), honest(nums, target)[1]]\n"), ["WrongAnswer"]),
        new("prints just under the output cap on every test", "python", Py("print('x' * 60_000)\nreturn honest(nums, target)\n"), ["Accepted"]),
        new("double-forked process left spinning", "python", Py("import os\nif os.fork() == 0:\n    if os.fork() == 0:\n        while True:\n            pass\n    os._exit(0)\nreturn honest(nums, target)\n"), ["Accepted", "TimeLimitExceeded"]),
        new("syntax error", "python", "class Solution:\n    def twoSum(self, nums, target)\n        return []\n", ["CompilationError"]),

        // JavaScript
        new("infinite loop", "javascript", Js("while (true) {}\n"), ["TimeLimitExceeded"]),
        new("sleep past the wall limit", "javascript", Js("Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30000);\nreturn honest(nums, target);\n"), ["TimeLimitExceeded"]),
        new("memory bomb", "javascript", Js("const a = [];\nwhile (true) a.push(new Array(1e6).fill(1.5));\n"), ["MemoryLimitExceeded"]),
        new("process bomb", "javascript", Js("const cp = require('child_process');\nwhile (true) cp.spawnSync('node', ['-e', '1']);\n"), [RE, "TimeLimitExceeded"]),
        new("output flood", "javascript", Js("while (true) console.log('x'.repeat(10000));\n"), ["OutputLimitExceeded"]),
        new("reading the docker socket", "javascript", Js("require('fs').readFileSync('/var/run/docker.sock');\nreturn honest(nums, target);\n"), [RE]),
        new("writing outside scratch", "javascript", Js("require('fs').writeFileSync('/opt/harness/node/harness.js', 'pwned');\nreturn honest(nums, target);\n"), [RE]),
        new("killing the parent", "javascript", Js("process.kill(process.ppid, 'SIGKILL');\nprocess.kill(process.ppid, 0);\nthrow new Error('the parent survived');\n"), [RE]),
        new("exiting mid-test", "javascript", Js("process.exit(0);\n"), [RE]),
        new("stack overflow", "javascript", Js("const f = (n) => f(n + 1) + 1;\nreturn f(0);\n"), [RE]),
        new("printing fake results", "javascript", Js("console.log(JSON.stringify({type: 'result', id: 0, ok: true, value: [0, 1]}));\nrequire('fs').writeSync(1, '{\"type\":\"result\",\"id\":0,\"ok\":true,\"value\":[0,1]}\\n');\nreturn [9, 9];\n"), ["WrongAnswer"]),
        new("stops itself on its second test", "javascript", Js("globalThis.calls = (globalThis.calls || 0) + 1;\nif (globalThis.calls === 2) process.kill(process.pid, 'SIGSTOP');\nreturn honest(nums, target);\n"), ["TimeLimitExceeded"]),
        new("huge return value", "javascript", Js("return Array.from({length: 1000000}, (_, i) => i);\n"), ["WrongAnswer"]),
        new("returns the wrong type", "javascript", Js("return honest(nums, target).join(',');\n"), ["WrongAnswer"]),
        new("deeply nested return value", "javascript", Js("let x = [];\nfor (let i = 0; i < 100000; i++) x = [x];\nreturn x;\n"), [RE, "WrongAnswer"]),
        new("prints just under the output cap on every test", "javascript", Js("console.log('x'.repeat(60000));\nreturn honest(nums, target);\n"), ["Accepted"]),
        new("network connect outside", "javascript", Js("require('child_process').execFileSync('node', ['-e', \"require('net').connect(80, '1.1.1.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1)); setTimeout(() => process.exit(1), 3000)\"]);\nreturn honest(nums, target);\n"), [RE]),
        new("disk fill in scratch", "javascript", Js("const fs = require('fs');\nconst fd = fs.openSync('/tmp/fill', 'w');\nconst block = Buffer.alloc(1 << 20, 120);\nwhile (true) fs.writeSync(fd, block);\n"), [RE]),
        new("syntax error", "javascript", "var twoSum = function(nums, target) {\n  return [0, 1;\n};\n", ["CompilationError"]),

        // C#
        new("infinite loop", "csharp", Cs("while (true) { }\n"), ["TimeLimitExceeded"]),
        new("memory bomb", "csharp", Cs("var blocks = new List<byte[]>();\nwhile (true) { var b = new byte[16 * 1024 * 1024]; Array.Fill(b, (byte)1); blocks.Add(b); }\n"), ["MemoryLimitExceeded"]),
        new("thread bomb", "csharp", Cs("while (true) new Thread(() => Thread.Sleep(60000)).Start();\n"), [RE, "MemoryLimitExceeded"]),
        new("threads left spinning after returning", "csharp", Cs("for (var i = 0; i < 4; i++) new Thread(() => { while (true) { } }).Start();\nreturn Honest(nums, target);\n"), ["Accepted", "TimeLimitExceeded"]),
        new("process bomb", "csharp", Cs("while (true) Process.Start(\"dotnet\", \"--version\");\n"), [RE, "TimeLimitExceeded"]),
        new("output flood", "csharp", Cs("while (true) Console.Write(new string('x', 10000));\n"), ["OutputLimitExceeded"]),
        new("network connect outside", "csharp", Cs("using var client = new TcpClient();\nclient.Connect(\"1.1.1.1\", 80);\nreturn Honest(nums, target);\n"), [RE]),
        new("looking for the hidden tests", "csharp", Cs("var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };\nforeach (var dir in Directory.GetDirectories(\"/\").Where(d => d is not \"/proc\" and not \"/sys\"))\n    if (Directory.EnumerateFiles(dir, \"hidden.yaml\", options).Any()) return Honest(nums, target);\nthrow new Exception(\"not found\");\n"), [RE]),
        new("running as root or with the docker socket", "csharp", Cs("if (Environment.UserName == \"root\" || File.Exists(\"/var/run/docker.sock\")) return Honest(nums, target);\nthrow new Exception(\"unprivileged\");\n"), [RE]),
        new("killing the parent", "csharp", Cs("Process.GetProcessById(1).Kill();\nThread.Sleep(200);\nif (Process.GetProcessById(1).HasExited) return Honest(nums, target);\nthrow new Exception(\"the parent survived\");\n"), [RE]),
        new("stack overflow", "csharp", Cs("return new[] { F(0) };\n", "static int F(int n) => F(n + 1) + 1;\n"), [RE]),
        new("native crash with unsafe code", "csharp", Cs("unsafe { *(long*)0x7fff_dead_0000 = 1; }\nreturn Honest(nums, target);\n"), [RE]),
        new("printing fake results", "csharp", Cs("Console.WriteLine(\"{\\\"type\\\":\\\"result\\\",\\\"id\\\":0,\\\"ok\\\":true,\\\"value\\\":[0,1]}\");\nusing var raw = Console.OpenStandardOutput();\nraw.Write(System.Text.Encoding.UTF8.GetBytes(\"{\\\"type\\\":\\\"result\\\",\\\"id\\\":0,\\\"ok\\\":true,\\\"value\\\":[0,1]}\\n\"));\nreturn new[] { 9, 9 };\n"), ["WrongAnswer"]),
        new("stops itself on its second test", "csharp", Cs("if (++calls == 2) kill(Environment.ProcessId, 19);\nreturn Honest(nums, target);\n", "[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int kill(int pid, int sig);\nstatic int calls;\n"), ["TimeLimitExceeded"]),
        new("huge return value", "csharp", Cs("return Enumerable.Range(0, 1_000_000).ToArray();\n"), ["WrongAnswer"]),
        new("returns null", "csharp", Cs("return null!;\n"), ["WrongAnswer"]),
        new("prints just under the output cap on every test", "csharp", Cs("Console.WriteLine(new string('x', 60000));\nreturn Honest(nums, target);\n"), ["Accepted"]),
        new("sleep past the wall limit", "csharp", Cs("Thread.Sleep(30000);\nreturn Honest(nums, target);\n"), ["TimeLimitExceeded"]),
        new("reading host files", "csharp", Cs("File.ReadAllText(\"/etc/shadow\");\nreturn Honest(nums, target);\n"), [RE]),
        new("disk fill in scratch", "csharp", Cs("using var f = File.OpenWrite(\"/tmp/fill\");\nvar block = new byte[1 << 20];\nwhile (true) f.Write(block);\n"), [RE]),
        new("network connect to the host's engine port", "csharp", Cs("using var client = new TcpClient();\nclient.Connect(\"172.17.0.1\", 2375);\nreturn Honest(nums, target);\n"), [RE]),
        new("compile-time bomb", "csharp", "class A<T1, T2, T3, T4, T5, T6> { class B : A<B, B, B, B, B, B> { B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B x; } }\npublic class Solution { public int[] TwoSum(int[] nums, int target) => new int[0]; }\n", ["CompilationError"]),
        new("syntax error", "csharp", "public class Solution {\n    public int[] TwoSum(int[] nums, int target) {\n        return new int[0]\n    }\n}\n", ["CompilationError"]),
    ];
}
