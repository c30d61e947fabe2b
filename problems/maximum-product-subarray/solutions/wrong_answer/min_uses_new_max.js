// Plausible bug: updates the largest product first and then computes the smallest from the NEW largest,
// so the smallest is built from a product that already includes nums[i].
var maxProduct = function(nums) {
    let hi = nums[0], lo = nums[0], best = nums[0];
    for (let i = 1; i < nums.length; i++) {
        const x = nums[i];
        hi = Math.max(x, hi * x, lo * x);
        lo = Math.min(x, hi * x, lo * x);
        best = Math.max(best, hi);
    }
    return best;
};
