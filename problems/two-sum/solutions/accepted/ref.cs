public class Solution {
    public int[] TwoSum(int[] nums, int target) {
        var seen = new Dictionary<int, int>(nums.Length);
        for (int i = 0; i < nums.Length; i++) {
            // target - nums[i] stays within int: both are at most 10^9 in absolute value.
            if (seen.TryGetValue(target - nums[i], out int j)) {
                return new[] { j, i };
            }
            seen[nums[i]] = i;
        }
        return Array.Empty<int>();
    }
}
