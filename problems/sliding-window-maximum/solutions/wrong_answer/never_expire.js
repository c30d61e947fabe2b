// Plausible bug: a monotonic deque that drops smaller elements from the back but never removes
// indices that have slid out of the window from the front, so an old maximum outlives its window.
var maxSlidingWindow = function(nums, k) {
    const deque = [];
    const result = [];
    for (let i = 0; i < nums.length; i++) {
        while (deque.length > 0 && nums[deque[deque.length - 1]] <= nums[i]) {
            deque.pop();
        }
        deque.push(i);
        if (i >= k - 1) {
            result.push(nums[deque[0]]);
        }
    }
    return result;
};
