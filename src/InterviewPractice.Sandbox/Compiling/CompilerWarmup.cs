namespace InterviewPractice.Sandbox.Compiling;

/// <summary>Compiles typical submissions once at start, so Roslyn's code is JIT-compiled and the framework's
/// metadata is loaded before the first real compile is timed.</summary>
internal static class CompilerWarmup
{
    private const string Library = """
        public class Solution {
            public int[] TwoSum(int[] nums, int target) {
                var seen = new Dictionary<int, int>();
                for (int i = 0; i < nums.Length; i++) {
                    if (seen.TryGetValue(target - nums[i], out var j)) return new[] { j, i };
                    seen[nums[i]] = i;
                }
                return nums.Where(n => n > target).Select(n => n * 2).ToArray();
            }

            public IList<IList<int>> Groups(IList<int> values) =>
                values.GroupBy(v => v % 3).Select(g => (IList<int>)g.ToList()).ToList();
        }
        """;

    private const string Exe = """
        var n = int.Parse(Console.ReadLine()!);
        var total = Console.ReadLine()!.Split(' ').Select(long.Parse).Sum();
        var sb = new StringBuilder();
        sb.Append(n).Append(' ').Append(total);
        Console.WriteLine(sb.ToString());
        """;

    private const string Broken = """
        public class Solution {
            public int Broken(int x) { return x + undefinedName }
        }
        """;

    public static void Run(SubmissionCompiler compiler)
    {
        compiler.Compile(Library, SubmissionKind.Library);
        compiler.Compile(Exe, SubmissionKind.Exe);
        compiler.Compile(Broken, SubmissionKind.Library);
    }
}
