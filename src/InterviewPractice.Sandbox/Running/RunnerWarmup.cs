using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>Runs a load and tests shaped like real ones through the real code paths, against a solution in this
/// assembly, so JSON, reflection, the big-stack thread and stack-trace reading are JIT-compiled (and their
/// assemblies loaded) before the judge starts timing.</summary>
internal static class RunnerWarmup
{
    private const string Load = """
        {"type":"load","io":"function","code":"","nonce":"warm-up","memoryMb":256,"function":"twoSum",
         "className":"Solution","params":[{"name":"nums","type":"int[]"},{"name":"target","type":"int"}],"returns":"int[]"}
        """;

    private const string Tests = """
        {"type":"test","id":0,"args":[[2,7,11,15],9]}
        {"type":"test","id":1,"args":[[1,2],-1]}
        """;

    private const string ShapesLoad = """
        {"type":"load","io":"function","code":"","nonce":"warm-up","memoryMb":256,"function":"shapes","className":"Solution"}
        """;

    private const string ShapesTest = """
        {"type":"test","id":2,"args":[[[1,2],[3]],[[1,2]],2,1.5,"NaN",true,"text",[1.5,-2]]}
        """;

    public static void Run(OutputCapture capture)
    {
        var channel = new ProtocolChannel(Stream.Null, Stream.Null);
        var twoSum = FunctionSubmission.Create(typeof(RunnerWarmup).Assembly, Parse(Load, ProtocolJsonContext.Default.LoadRequest), capture);
        foreach (var test in Tests.Split('\n'))
        {
            var request = Parse(test, ProtocolJsonContext.Default.TestRequest);
            ResultWriter.Write(channel, request.Id, twoSum.Run(request));
        }
        var shapes = FunctionSubmission.Create(typeof(RunnerWarmup).Assembly, Parse(ShapesLoad, ProtocolJsonContext.Default.LoadRequest), capture);
        var shapesTest = Parse(ShapesTest, ProtocolJsonContext.Default.TestRequest);
        ResultWriter.Write(channel, shapesTest.Id, shapes.Run(shapesTest));
    }

    // Through a JsonElement, as Runner reads requests.
    private static T Parse<T>(string line, JsonTypeInfo<T> typeInfo) =>
        JsonDocument.Parse(line).RootElement.Deserialize(typeInfo)!;

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
