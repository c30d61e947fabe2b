# Takes the maximum of every window separately: O(nk). Correct, but 10^10 steps for
# n = 2 * 10^5 and k = n / 2.
class Solution:
    def maxSlidingWindow(self, nums, k):
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
