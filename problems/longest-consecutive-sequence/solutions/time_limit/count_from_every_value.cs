// Uses a set, but counts upwards from EVERY value instead of only from the start of a run:
// O(n^2) lookups on a single long run.
public class Solution {
    public int LongestConsecutive(int[] nums) {
        var values = new HashSet<int>(nums);
        int best = 0;
        foreach (int x in values) {
            int length = 1;
            while (values.Contains(x + length)) {
                length++;
            }
            best = Math.Max(best, length);
        }
        return best;
    }
}
