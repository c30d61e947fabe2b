public class Solution {
    public int LongestConsecutive(int[] nums) {
        var values = new HashSet<int>(nums);
        int best = 0;
        foreach (int x in values) {
            // Count only from the start of a run: x - 1 absent. (x >= -10^9, so x - 1 cannot overflow.)
            if (values.Contains(x - 1)) {
                continue;
            }
            int length = 1;
            while (values.Contains(x + length)) {
                length++;
            }
            best = Math.Max(best, length);
        }
        return best;
    }
}
