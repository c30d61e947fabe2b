using System.Collections.Immutable;
using InterviewPractice.Problems;

namespace InterviewPractice.Engine.Tests.Problems;

public sealed class StarterCodeTests
{
    private static readonly Signature TwoSum = new("twoSum",
        [new Parameter("nums", new DataType(ScalarType.Int, 1)), new Parameter("target", new DataType(ScalarType.Int, 0))],
        new DataType(ScalarType.Int, 1));

    private static ImmutableDictionary<Language, string> Starter() => StarterCode.For(IoMode.Function, TwoSum, Languages.All);

    [Fact]
    public void CSharpStarterFollowsLeetCode()
    {
        Assert.Equal("public class Solution {\n    public int[] TwoSum(int[] nums, int target) {\n        \n    }\n}\n", Starter()[Language.CSharp]);
    }

    [Fact]
    public void JavaScriptStarterFollowsLeetCode()
    {
        Assert.Equal(
            "/**\n * @param {number[]} nums\n * @param {number} target\n * @return {number[]}\n */\nvar twoSum = function(nums, target) {\n    \n};\n",
            Starter()[Language.JavaScript]);
    }

    [Fact]
    public void PythonStarterFollowsLeetCode()
    {
        Assert.Equal(
            "class Solution:\n    def twoSum(self, nums, target):\n        \"\"\"\n        :type nums: List[int]\n        :type target: int\n        :rtype: List[int]\n        \"\"\"\n        \n",
            Starter()[Language.Python]);
    }
}
