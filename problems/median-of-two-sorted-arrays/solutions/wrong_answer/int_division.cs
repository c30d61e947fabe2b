// Plausible bug: merges up to the middle correctly, but averages the two middle values with integer division:
// (a + b) / 2 on ints drops the .5 before the result is widened to double, so [1] and [2] give 1, not 1.5
// (and -2 instead of -2.5: C# truncates toward zero).
public class Solution {
    public double FindMedianSortedArrays(int[] nums1, int[] nums2) {
        int m = nums1.Length, n = nums2.Length, total = m + n;
        int i = 0, j = 0, previous = 0, current = 0;
        for (int k = 0; k <= total / 2; k++) {
            previous = current;
            if (j >= n || (i < m && nums1[i] <= nums2[j])) {
                current = nums1[i++];
            } else {
                current = nums2[j++];
            }
        }
        if (total % 2 == 1) {
            return current;
        }
        return (previous + current) / 2;
    }
}
