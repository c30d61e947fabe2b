public class Solution {
    public double FindMedianSortedArrays(int[] nums1, int[] nums2) {
        // Binary search over the shorter array: take i elements of nums1 and j = half - i of nums2 as the
        // left half; the split is right when every left value is <= every right value.
        if (nums1.Length > nums2.Length) {
            return FindMedianSortedArrays(nums2, nums1);
        }
        int m = nums1.Length, n = nums2.Length;
        int half = (m + n + 1) / 2;                  // the left half holds the middle value when m + n is odd
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) / 2, j = half - i;
            long left1 = i > 0 ? nums1[i - 1] : long.MinValue, right1 = i < m ? nums1[i] : long.MaxValue;
            long left2 = j > 0 ? nums2[j - 1] : long.MinValue, right2 = j < n ? nums2[j] : long.MaxValue;
            if (left1 > right2) {
                hi = i - 1;                          // took too many from nums1
            } else if (left2 > right1) {
                lo = i + 1;                          // took too few from nums1
            } else {
                long leftMax = Math.Max(left1, left2);
                if ((m + n) % 2 == 1) {
                    return leftMax;
                }
                return (leftMax + Math.Min(right1, right2)) / 2.0;
            }
        }
    }
}
