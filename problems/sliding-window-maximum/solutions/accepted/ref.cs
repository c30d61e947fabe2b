public class Solution {
    public int[] MaxSlidingWindow(int[] nums, int k) {
        int n = nums.Length;
        var result = new int[n - k + 1];
        // Indices in the window whose values strictly decrease from head to tail; the head is the maximum.
        var deque = new int[n];
        int head = 0, tail = 0;
        for (int i = 0; i < n; i++) {
            if (head < tail && deque[head] <= i - k) {
                head++;
            }
            while (head < tail && nums[deque[tail - 1]] <= nums[i]) {
                tail--;
            }
            deque[tail++] = i;
            if (i >= k - 1) {
                result[i - k + 1] = nums[deque[head]];
            }
        }
        return result;
    }
}
