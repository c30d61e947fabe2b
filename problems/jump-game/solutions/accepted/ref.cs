public class Solution {
    public bool CanJump(int[] nums) {
        // reach = the farthest index reachable from the indices scanned so far.
        int reach = 0;
        for (int i = 0; i < nums.Length; i++) {
            if (i > reach) {
                return false;
            }
            // At most 2 * 10^5: no overflow.
            reach = Math.Max(reach, i + nums[i]);
            if (reach >= nums.Length - 1) {
                return true;
            }
        }
        return true;
    }
}
