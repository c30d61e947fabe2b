// Plausible bug: counts values in an array indexed by the value itself, forgetting that
// values can be negative: the first negative value indexes outside the array and throws
// IndexOutOfRangeException.
public class Solution {
    public int SingleNumber(int[] nums) {
        var count = new int[30001];
        foreach (int x in nums) {
            count[x]++;
        }
        foreach (int x in nums) {
            if (count[x] == 1) {
                return x;
            }
        }
        return 0;
    }
}
