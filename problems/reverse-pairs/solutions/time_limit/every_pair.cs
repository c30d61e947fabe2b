// Checks every pair (with 64-bit products, so it is correct): n(n - 1) / 2 = 1.25 * 10^9 comparisons at
// n = 5 * 10^4.
public class Solution {
    public int ReversePairs(int[] nums) {
        int n = nums.Length, count = 0;
        for (int i = 0; i < n; i++) {
            long x = nums[i];
            for (int j = i + 1; j < n; j++) {
                if (x > 2L * nums[j]) {
                    count++;
                }
            }
        }
        return count;
    }
}
