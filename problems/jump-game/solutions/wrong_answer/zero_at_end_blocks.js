// Plausible bug: "the path is blocked at a 0 that nothing before it can jump over", but it also
// checks a 0 on the LAST index, where the path ends anyway: [1, 0] and [0] come out false.
var canJump = function(nums) {
    let reach = 0;  // farthest index reachable from the indices before i
    for (let i = 0; i < nums.length; i++) {
        if (nums[i] === 0 && reach <= i) {
            return false;
        }
        reach = Math.max(reach, i + nums[i]);
    }
    return true;
};
