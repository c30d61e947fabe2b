// Plausible bug: starts the scan from nums[0] without checking for an empty array, which
// throws IndexOutOfRangeException on [].
public class Solution {
    public int LongestConsecutive(int[] nums) {
        Array.Sort(nums);
        int best = 1, run = 1, prev = nums[0];
        for (int i = 1; i < nums.Length; i++) {
            if (nums[i] == prev) {
                continue;
            }
            run = nums[i] == prev + 1 ? run + 1 : 1;
            best = Math.Max(best, run);
            prev = nums[i];
        }
        return best;
    }
}
