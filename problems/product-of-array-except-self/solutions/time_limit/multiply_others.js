// Multiplies the other n - 1 elements for every position: O(n^2).
var productExceptSelf = function(nums) {
    const n = nums.length;
    const answer = new Array(n);
    for (let i = 0; i < n; i++) {
        let p = 1;
        for (let j = 0; j < n; j++) {
            if (j !== i) {
                p *= nums[j];
            }
        }
        answer[i] = p + 0;
    }
    return answer;
};
