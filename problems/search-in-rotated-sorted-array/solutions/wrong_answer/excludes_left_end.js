// Plausible bug: tests whether the target lies in the sorted left half with strict bounds,
// so a target equal to nums[lo] is sent to the other half and never found.
var search = function(nums, target) {
    let lo = 0, hi = nums.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (nums[mid] === target) {
            return mid;
        }
        if (nums[lo] <= nums[mid]) {
            if (nums[lo] < target && target < nums[mid]) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        } else {
            if (nums[mid] < target && target <= nums[hi]) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
    }
    return -1;
};
