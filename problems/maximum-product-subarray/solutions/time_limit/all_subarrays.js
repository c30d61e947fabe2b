// Multiplies out every subarray from every start: correct, but O(n^2).
var maxProduct = function(nums) {
    const n = nums.length;
    let best = nums[0];
    for (let i = 0; i < n; i++) {
        let product = 1;
        for (let j = i; j < n; j++) {
            product *= nums[j];
            if (product > best) best = product;
        }
    }
    return best;
};
