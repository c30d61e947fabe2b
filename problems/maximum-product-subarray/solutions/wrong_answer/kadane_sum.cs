// Plausible bug: Kadane's algorithm for the maximum subarray SUM, the better-known problem.
public class Solution {
    public int MaxProduct(int[] nums) {
        int cur = nums[0], best = nums[0];
        for (int i = 1; i < nums.Length; i++) {
            cur = Math.Max(nums[i], cur + nums[i]);
            best = Math.Max(best, cur);
        }
        return best;
    }
}
