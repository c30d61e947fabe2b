// Checks every pair, scanning from the back: O(n^2). Correct, and fast when the pair sits at the end of the
// array, but far too slow for n = 10^5 when it sits near the front or in the middle.
var twoSum = function(nums, target) {
    for (let i = nums.length - 1; i > 0; i--) {
        for (let j = i - 1; j >= 0; j--) {
            if (nums[i] + nums[j] === target) {
                return [j, i];
            }
        }
    }
    return [];
};
