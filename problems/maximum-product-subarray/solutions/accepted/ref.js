/**
 * @param {number[]} nums
 * @return {number}
 */
var maxProduct = function(nums) {
    // The best subarray within a zero-free run starts at the run's start or ends at its end (dropping a
    // prefix or a suffix up to a negative number fixes the sign), so the best prefix product and the best
    // suffix product, restarted after every zero, cover every candidate.
    const n = nums.length;
    let best = nums[0], prefix = 1, suffix = 1;
    for (let i = 0; i < n; i++) {
        prefix = (prefix === 0 ? 1 : prefix) * nums[i];
        suffix = (suffix === 0 ? 1 : suffix) * nums[n - 1 - i];
        best = Math.max(best, prefix, suffix);
    }
    return best === 0 ? 0 : best;
};
