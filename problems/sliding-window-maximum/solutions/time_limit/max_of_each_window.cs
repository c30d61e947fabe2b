// Scans every window for its maximum: O(nk), 10^10 comparisons at n = 2 * 10^5, k = 10^5.
public class Solution {
    public int[] MaxSlidingWindow(int[] nums, int k) {
        var result = new int[nums.Length - k + 1];
        for (int i = 0; i + k <= nums.Length; i++) {
            int best = nums[i];
            for (int j = i + 1; j < i + k; j++) {
                if (nums[j] > best) {
                    best = nums[j];
                }
            }
            result[i] = best;
        }
        return result;
    }
}
