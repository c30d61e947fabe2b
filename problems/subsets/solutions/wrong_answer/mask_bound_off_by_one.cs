// Plausible bug: loops while mask < (1 << n) - 1, one short: the full set (all bits set) is missing.
public class Solution {
    public int[][] Subsets(int[] nums) {
        int n = nums.Length;
        var result = new List<int[]>();
        for (int mask = 0; mask < (1 << n) - 1; mask++) {
            var subset = new List<int>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.Add(nums[i]);
                }
            }
            result.Add(subset.ToArray());
        }
        return result.ToArray();
    }
}
