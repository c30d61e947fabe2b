/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number}
 */
var search = function(nums, target) {
    // First find the rotation point (index of the minimum), then binary search the right block.
    const n = nums.length;
    let lo = 0, hi = n - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (nums[mid] > nums[hi]) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    const pivot = lo;
    if (target >= nums[pivot] && target <= nums[n - 1]) {
        lo = pivot; hi = n - 1;
    } else {
        lo = 0; hi = pivot - 1;
    }
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (nums[mid] === target) {
            return mid;
        }
        if (nums[mid] < target) {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return -1;
};
