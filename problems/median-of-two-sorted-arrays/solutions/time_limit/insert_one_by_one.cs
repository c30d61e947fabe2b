// Inserts every value of nums2 into a copy of nums1, finding its place by scanning from the front: correct,
// but O(n * (m + n)) comparisons and element moves, about 10^10 when both arrays hold 10^5 values.
public class Solution {
    public double FindMedianSortedArrays(int[] nums1, int[] nums2) {
        var merged = new List<int>(nums1);
        foreach (int x in nums2) {
            int pos = 0;
            while (pos < merged.Count && merged[pos] <= x) {
                pos++;
            }
            merged.Insert(pos, x);
        }
        int k = merged.Count;
        if (k % 2 == 1) {
            return merged[k / 2];
        }
        return (merged[k / 2 - 1] + merged[k / 2]) / 2.0;
    }
}
