/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function(nums, k) {
    // Iterative quickselect with a random pivot and a three-way partition (handles many duplicates).
    const a = Int32Array.from(nums);
    const want = a.length - k;  // index in ascending order
    let lo = 0, hi = a.length - 1;
    while (lo < hi) {
        const pivot = a[lo + Math.floor(Math.random() * (hi - lo + 1))];
        let lt = lo, i = lo, gt = hi;
        while (i <= gt) {
            if (a[i] < pivot) {
                [a[lt], a[i]] = [a[i], a[lt]];
                lt++; i++;
            } else if (a[i] > pivot) {
                [a[i], a[gt]] = [a[gt], a[i]];
                gt--;
            } else {
                i++;
            }
        }
        if (want < lt) {
            hi = lt - 1;
        } else if (want > gt) {
            lo = gt + 1;
        } else {
            return pivot;
        }
    }
    return a[want];
};
