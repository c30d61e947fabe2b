// Sums the subarrays starting at every index: O(n^2), 2 * 10^10 additions at n = 2 * 10^5.
public class Solution {
    public int MaxSubArray(int[] nums) {
        int n = nums.Length;
        long best = nums[0];
        for (int i = 0; i < n; i++) {
            long total = 0;
            for (int j = i; j < n; j++) {
                total += nums[j];
                if (total > best) {
                    best = total;
                }
            }
        }
        return (int)best;
    }
}
