/**
 * @param {number[]} nums
 * @return {boolean}
 */
var canJump = function(nums) {
    // Walk backwards: goal is the leftmost index known to reach the end.
    let goal = nums.length - 1;
    for (let i = nums.length - 2; i >= 0; i--) {
        if (i + nums[i] >= goal) {
            goal = i;
        }
    }
    return goal === 0;
};
