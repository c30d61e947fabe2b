// Backward DP: index i is good if some index within its jump is good. Correct, but each
// index may scan up to nums[i] others: O(n^2) in the worst case.
public class Solution {
    public bool CanJump(int[] nums) {
        int n = nums.Length;
        var good = new bool[n];
        good[n - 1] = true;
        for (int i = n - 2; i >= 0; i--) {
            int end = Math.Min(n - 1, i + nums[i]);
            for (int j = i + 1; j <= end; j++) {
                if (good[j]) {
                    good[i] = true;
                    break;
                }
            }
        }
        return good[0];
    }
}
