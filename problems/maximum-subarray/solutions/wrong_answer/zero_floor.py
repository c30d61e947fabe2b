# Plausible bug: starts the best sum at 0 and never lets the running sum drop below 0,
# which silently allows the EMPTY subarray. When every number is negative it returns 0.
class Solution:
    def maxSubArray(self, nums):
        best = current = 0
        for x in nums:
            current = max(0, current + x)
            best = max(best, current)
        return best
