// Backward DP: index i is good if some index within its jump is good. Correct, but each
// index may scan up to nums[i] others: O(n^2) in the worst case.
var canJump = function(nums) {
    const n = nums.length;
    const good = new Array(n).fill(false);
    good[n - 1] = true;
    for (let i = n - 2; i >= 0; i--) {
        const end = Math.min(n - 1, i + nums[i]);
        for (let j = i + 1; j <= end; j++) {
            if (good[j]) {
                good[i] = true;
                break;
            }
        }
    }
    return good[0];
};
