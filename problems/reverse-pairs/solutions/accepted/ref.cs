public class Solution {
    public int ReversePairs(int[] nums) {
        // Merge sort. Before merging two sorted halves, count for each left value x the right values y with
        // x > 2y: the right pointer only moves forward, since x grows along the left half.
        var a = (int[])nums.Clone();
        var buffer = new int[a.Length];
        return (int)SortAndCount(a, buffer, 0, a.Length);
    }

    private static long SortAndCount(int[] a, int[] buffer, int lo, int hi) {
        if (hi - lo <= 1) {
            return 0;
        }
        int mid = (lo + hi) / 2;
        long count = SortAndCount(a, buffer, lo, mid) + SortAndCount(a, buffer, mid, hi);
        int j = mid;
        for (int i = lo; i < mid; i++) {
            while (j < hi && a[i] > 2L * a[j]) {
                j++;
            }
            count += j - mid;
        }
        int p = lo, q = mid, k = lo;
        while (p < mid && q < hi) {
            buffer[k++] = a[p] <= a[q] ? a[p++] : a[q++];
        }
        while (p < mid) {
            buffer[k++] = a[p++];
        }
        while (q < hi) {
            buffer[k++] = a[q++];
        }
        Array.Copy(buffer, lo, a, lo, hi - lo);
        return count;
    }
}
