using System.Text.Json;
using InterviewPractice.Sandbox.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>Runs a load and tests shaped like real ones through the real code paths, against a solution in this
/// assembly, so JSON, reflection, the big-stack thread and stack-trace reading are JIT-compiled (and their
/// assemblies loaded) before the judge starts timing.</summary>
internal static class RunnerWarmup
{
    private const string Load = """
        {"type":"load","io":"function","function":"twoSum","className":"Solution",
         "params":[{"name":"nums","type":"int[]"},{"name":"target","type":"int"}],"returns":"int[]"}
        """;

    private const string Tests = """
        {"type":"test","id":0,"args":[[2,7,11,15],9]}
        {"type":"test","id":1,"args":[[1,2],-1]}
        """;

    private const string ShapesLoad = """
        {"type":"load","io":"function","function":"shapes","className":"Solution"}
        """;

    private const string ShapesTest = """
        {"type":"test","id":2,"args":[[[1,2],[3]],[[1,2]],2,1.5,"NaN",true,"text",[1.5,-2]]}
        """;

    public static void Run(OutputCapture capture)
    {
        var channel = new ProtocolChannel(Stream.Null, Stream.Null);
        var twoSum = FunctionSubmission.Create(typeof(RunnerWarmup).Assembly, Parse(Load), capture);
        foreach (var test in Tests.Split('\n'))
        {
            var request = Parse(test);
            ResultWriter.Write(channel, request.Id, twoSum.Run(request));
        }
        var shapes = FunctionSubmission.Create(typeof(RunnerWarmup).Assembly, Parse(ShapesLoad), capture);
        var shapesTest = Parse(ShapesTest);
        ResultWriter.Write(channel, shapesTest.Id, shapes.Run(shapesTest));
    }

    private static RunnerRequest Parse(string line) =>
        JsonSerializer.Deserialize(line, SandboxJsonContext.Default.RunnerRequest)!;

    private sealed class Solution
    {
        public int[] TwoSum(int[] nums, int target)
        {
            Console.WriteLine("warm-up");
            for (var i = 0; i < nums.Length; i++)
            {
                for (var j = i + 1; j < nums.Length; j++)
                {
                    if (nums[i] + nums[j] == target)
                    {
                        return [i, j];
                    }
                }
            }
            // The second test ends here: the failure path, with its stack trace and PDB lookup.
            throw new InvalidOperationException("no pair");
        }

        public static IList<IList<int>> Shapes(
            IList<IList<int>> lists, int[][] grid, long big, double real, double nan, bool flag, string text, List<double> reals)
        {
            Console.Error.Write($"{big}{real}{nan}{flag}{text}{reals.Count}{grid.Length}");
            return lists;
        }
    }
}
