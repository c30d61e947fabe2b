// Plausible bug: JavaScript's default sort compares elements as STRINGS, so 10 sorts
// before 9 and negative numbers land in odd places.
var findKthLargest = function(nums, k) {
    const sorted = nums.slice().sort();
    return sorted[sorted.length - k];
};
