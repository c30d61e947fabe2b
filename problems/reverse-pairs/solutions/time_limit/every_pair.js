// Checks every pair: n(n - 1) / 2 = 1.25 * 10^9 comparisons at n = 5 * 10^4.
var reversePairs = function(nums) {
    const n = nums.length;
    let count = 0;
    for (let i = 0; i < n; i++) {
        const x = nums[i];
        for (let j = i + 1; j < n; j++) {
            if (x > 2 * nums[j]) {
                count++;
            }
        }
    }
    return count;
};
