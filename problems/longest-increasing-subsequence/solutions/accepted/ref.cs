public class Solution {
    public int LengthOfLIS(int[] nums) {
        // tails[k] = the smallest possible last element of an increasing subsequence of length k + 1.
        var tails = new int[nums.Length];
        int length = 0;
        foreach (int x in nums) {
            // First position with tails[pos] >= x (strictly increasing: equal values replace).
            int lo = 0, hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >> 1;
                if (tails[mid] < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = x;
            if (lo == length) {
                length++;
            }
        }
        return length;
    }
}
