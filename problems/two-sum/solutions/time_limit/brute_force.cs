// Every pair, front to back: O(n^2), about 5 * 10^9 pairs on the largest tests.
public class Solution {
    public int[] TwoSum(int[] nums, int target) {
        for (var i = 0; i < nums.Length; i++)
            for (var j = i + 1; j < nums.Length; j++)
                if ((long)nums[i] + nums[j] == target) return new[] { i, j };
        return new int[0];
    }
}
