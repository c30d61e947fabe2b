// Counts how many 2-steps to take (0..n/2), forgetting that their order among the 1-steps matters.
var climbStairs = function(n) {
    return Math.floor(n / 2) + 1;
};
