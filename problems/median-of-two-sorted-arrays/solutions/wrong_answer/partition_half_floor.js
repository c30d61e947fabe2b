// Plausible bug: the partition search sizes the left half as floor((m + n) / 2) but still returns the largest
// left value for an odd total. With an odd total that left half is one element short of the middle, so
// [1, 3] and [2] give 1 instead of 2. (Either half = (m + n + 1) / 2, or the smallest right value for odd
// totals.)
var findMedianSortedArrays = function(nums1, nums2) {
    if (nums1.length > nums2.length) {
        return findMedianSortedArrays(nums2, nums1);
    }
    const m = nums1.length, n = nums2.length;
    const half = Math.floor((m + n) / 2);
    let lo = 0, hi = m;
    while (lo <= hi) {
        const i = Math.floor((lo + hi) / 2), j = half - i;
        const left1 = i > 0 ? nums1[i - 1] : -Infinity, right1 = i < m ? nums1[i] : Infinity;
        const left2 = j > 0 ? nums2[j - 1] : -Infinity, right2 = j < n ? nums2[j] : Infinity;
        if (left1 <= right2 && left2 <= right1) {
            if ((m + n) % 2 === 1) {
                return Math.max(left1, left2);
            }
            return (Math.max(left1, left2) + Math.min(right1, right2)) / 2;
        }
        if (left1 > right2) {
            hi = i - 1;
        } else {
            lo = i + 1;
        }
    }
    return 0;
};
