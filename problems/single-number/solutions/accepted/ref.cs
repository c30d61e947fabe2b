public class Solution {
    public int SingleNumber(int[] nums) {
        // x ^ x == 0 and x ^ 0 == x: every pair cancels, the single value remains.
        int result = 0;
        foreach (int x in nums) {
            result ^= x;
        }
        return result;
    }
}
