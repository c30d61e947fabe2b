# Plausible bug: sorts and counts runs, but treats a repeated value as the end of a run.
# In [1, 2, 2, 3] the second 2 restarts the count, so the answer comes out 2 instead of 3.
class Solution:
    def longestConsecutive(self, nums):
        if not nums:
            return 0
        nums = sorted(nums)
        best = run = 1
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1] + 1:
                run += 1
            else:
                run = 1
            best = max(best, run)
        return best
