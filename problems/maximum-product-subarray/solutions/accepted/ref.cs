public class Solution {
    public int MaxProduct(int[] nums) {
        // hi and lo: the largest and smallest products of a subarray ending at the current index. A negative
        // value swaps their roles, so both are needed; a zero resets both to 0 (x itself starts afresh).
        int hi = nums[0], lo = nums[0], best = nums[0];
        for (int i = 1; i < nums.Length; i++) {
            int x = nums[i];
            int a = hi * x, b = lo * x;
            hi = Math.Max(x, Math.Max(a, b));
            lo = Math.Min(x, Math.Min(a, b));
            best = Math.Max(best, hi);
        }
        return best;
    }
}
