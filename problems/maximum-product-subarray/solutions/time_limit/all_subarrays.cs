// Multiplies out every subarray from every start: correct, but O(n^2), 5 * 10^9 steps at n = 10^5.
public class Solution {
    public int MaxProduct(int[] nums) {
        int best = nums[0];
        for (int i = 0; i < nums.Length; i++) {
            int product = 1;
            for (int j = i; j < nums.Length; j++) {
                product *= nums[j];
                if (product > best) best = product;
            }
        }
        return best;
    }
}
