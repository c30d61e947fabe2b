// Plausible bug: the right algorithm, but 2 * a[j] is computed in 32-bit int arithmetic. For |a[j]| >= 2^30 the
// product wraps around: 2 * 1073741824 becomes -2147483648, so 2147483647 > 2 * 1073741824 looks true.
public class Solution {
    public int ReversePairs(int[] nums) {
        var a = (int[])nums.Clone();
        return SortAndCount(a, new int[a.Length], 0, a.Length);
    }

    private static int SortAndCount(int[] a, int[] buffer, int lo, int hi) {
        if (hi - lo <= 1) {
            return 0;
        }
        int mid = (lo + hi) / 2;
        int count = SortAndCount(a, buffer, lo, mid) + SortAndCount(a, buffer, mid, hi);
        int j = mid;
        for (int i = lo; i < mid; i++) {
            while (j < hi && a[i] > 2 * a[j]) {
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
