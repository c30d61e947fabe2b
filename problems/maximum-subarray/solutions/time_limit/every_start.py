# Sums the subarrays starting at every index: O(n^2). Correct, but too slow for n = 2 * 10^5.
class Solution:
    def maxSubArray(self, nums):
        n = len(nums)
        best = nums[0]
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total > best:
                    best = total
        return best
