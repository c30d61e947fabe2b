/**
 * @param {number[]} nums
 * @return {number[]}
 */
var productExceptSelf = function(nums) {
    const n = nums.length;
    const answer = new Array(n);
    let prefix = 1;
    for (let i = 0; i < n; i++) {
        answer[i] = prefix;
        prefix *= nums[i];
    }
    let suffix = 1;
    for (let i = n - 1; i >= 0; i--) {
        // "+ 0" turns a -0 (e.g. 0 * -3) into 0.
        answer[i] = answer[i] * suffix + 0;
        suffix *= nums[i];
    }
    return answer;
};
