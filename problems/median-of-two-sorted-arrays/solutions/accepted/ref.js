/**
 * @param {number[]} nums1
 * @param {number[]} nums2
 * @return {number}
 */
var findMedianSortedArrays = function(nums1, nums2) {
    // Binary search over the shorter array: take i elements of nums1 and j = half - i of nums2 as the left
    // half; the split is right when every left value is <= every right value.
    if (nums1.length > nums2.length) {
        return findMedianSortedArrays(nums2, nums1);
    }
    const m = nums1.length, n = nums2.length;
    const half = (m + n + 1) >> 1;                   // the left half holds the middle value when m + n is odd
    let lo = 0, hi = m;
    while (true) {
        const i = (lo + hi) >> 1, j = half - i;
        const left1 = i > 0 ? nums1[i - 1] : -Infinity, right1 = i < m ? nums1[i] : Infinity;
        const left2 = j > 0 ? nums2[j - 1] : -Infinity, right2 = j < n ? nums2[j] : Infinity;
        if (left1 > right2) {
            hi = i - 1;
        } else if (left2 > right1) {
            lo = i + 1;
        } else {
            const leftMax = Math.max(left1, left2);
            if ((m + n) % 2 === 1) {
                return leftMax;
            }
            return (leftMax + Math.min(right1, right2)) / 2;
        }
    }
};
