public class Solution {
    public int MaxSubArray(int[] nums) {
        // |sum| <= 2 * 10^5 * 10^4 = 2 * 10^9 < 2^31 - 1: fits in an int.
        int best = nums[0], current = nums[0];
        for (int i = 1; i < nums.Length; i++) {
            current = Math.Max(nums[i], current + nums[i]);
            best = Math.Max(best, current);
        }
        return best;
    }
}
