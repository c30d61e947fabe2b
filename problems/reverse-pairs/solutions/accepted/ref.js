/**
 * @param {number[]} nums
 * @return {number}
 */
var reversePairs = function(nums) {
    // Merge sort. Before merging two sorted halves, count for each left value x the right values y with
    // x > 2y: the right pointer only moves forward, since x grows along the left half. JavaScript numbers
    // hold 2y exactly.
    const a = nums.slice(), buffer = new Array(a.length);
    const sortAndCount = (lo, hi) => {
        if (hi - lo <= 1) {
            return 0;
        }
        const mid = (lo + hi) >> 1;
        let count = sortAndCount(lo, mid) + sortAndCount(mid, hi);
        let j = mid;
        for (let i = lo; i < mid; i++) {
            while (j < hi && a[i] > 2 * a[j]) {
                j++;
            }
            count += j - mid;
        }
        let p = lo, q = mid, k = lo;
        while (p < mid && q < hi) {
            buffer[k++] = a[p] <= a[q] ? a[p++] : a[q++];
        }
        while (p < mid) {
            buffer[k++] = a[p++];
        }
        while (q < hi) {
            buffer[k++] = a[q++];
        }
        for (let t = lo; t < hi; t++) {
            a[t] = buffer[t];
        }
        return count;
    };
    return sortAndCount(0, a.length);
};
