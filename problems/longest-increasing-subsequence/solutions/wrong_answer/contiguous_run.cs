// Plausible misreading: finds the longest increasing CONTIGUOUS run (a subarray), but a
// subsequence may skip elements: [1, 3, 2, 4] has the subsequence [1, 3, 4] (or [1, 2, 4]).
public class Solution {
    public int LengthOfLIS(int[] nums) {
        int best = 1, run = 1;
        for (int i = 1; i < nums.Length; i++) {
            run = nums[i] > nums[i - 1] ? run + 1 : 1;
            best = Math.Max(best, run);
        }
        return best;
    }
}
