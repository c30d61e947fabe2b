// Concatenates the arrays and sorts the result by insertion sort: correct, but quadratic when the values of the
// two arrays interleave (about 10^10 moves for 2 * 10^5 values).
var findMedianSortedArrays = function(nums1, nums2) {
    const all = nums1.concat(nums2);
    for (let i = 1; i < all.length; i++) {
        const x = all[i];
        let j = i - 1;
        while (j >= 0 && all[j] > x) {
            all[j + 1] = all[j];
            j--;
        }
        all[j + 1] = x;
    }
    const k = all.length;
    return k % 2 === 1 ? all[k >> 1] : (all[k / 2 - 1] + all[k / 2]) / 2;
};
