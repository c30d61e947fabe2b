// Sums the subarrays starting at every index: O(n^2), 2 * 10^10 additions at n = 2 * 10^5.
var maxSubArray = function(nums) {
    const n = nums.length;
    let best = nums[0];
    for (let i = 0; i < n; i++) {
        let total = 0;
        for (let j = i; j < n; j++) {
            total += nums[j];
            if (total > best) {
                best = total;
            }
        }
    }
    return best;
};
