from collections import deque


class Solution:
    def maxSlidingWindow(self, nums, k):
        window = deque()  # indices, values strictly decreasing from left to right
        result = []
        for i, x in enumerate(nums):
            if window and window[0] <= i - k:
                window.popleft()
            while window and nums[window[-1]] <= x:
                window.pop()
            window.append(i)
            if i >= k - 1:
                result.append(nums[window[0]])
        return result
