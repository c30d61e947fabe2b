/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var maxSlidingWindow = function(nums, k) {
    const n = nums.length;
    const result = [];
    const deque = new Int32Array(n);
    let head = 0, tail = 0;
    for (let i = 0; i < n; i++) {
        if (head < tail && deque[head] <= i - k) {
            head++;
        }
        while (head < tail && nums[deque[tail - 1]] <= nums[i]) {
            tail--;
        }
        deque[tail++] = i;
        if (i >= k - 1) {
            result.push(nums[deque[head]]);
        }
    }
    return result;
};
