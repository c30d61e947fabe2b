// Scans every window for its maximum: O(nk).
var maxSlidingWindow = function(nums, k) {
    const result = [];
    for (let i = 0; i + k <= nums.length; i++) {
        let best = nums[i];
        for (let j = i + 1; j < i + k; j++) {
            if (nums[j] > best) {
                best = nums[j];
            }
        }
        result.push(best);
    }
    return result;
};
