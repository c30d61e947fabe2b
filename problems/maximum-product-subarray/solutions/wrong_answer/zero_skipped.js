// Plausible bug: prefix and suffix products that restart at a zero by skipping it, so the zero itself is
// never a candidate: [-2, 0, -1] gives -1 instead of 0.
var maxProduct = function(nums) {
    const n = nums.length;
    let best = -Infinity, prefix = 1, suffix = 1;
    for (let i = 0; i < n; i++) {
        if (nums[i] === 0) {
            prefix = 1;
        } else {
            prefix *= nums[i];
            best = Math.max(best, prefix);
        }
        if (nums[n - 1 - i] === 0) {
            suffix = 1;
        } else {
            suffix *= nums[n - 1 - i];
            best = Math.max(best, suffix);
        }
    }
    return best === -Infinity ? 0 : best;
};
