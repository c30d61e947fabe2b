# Uses a set, but counts upwards from EVERY value instead of only from the start of a run.
# On a single run of length n that is n + (n-1) + ... + 1 = O(n^2) lookups.
class Solution:
    def longestConsecutive(self, nums):
        values = set(nums)
        best = 0
        for x in values:
            y = x + 1
            while y in values:
                y += 1
            best = max(best, y - x)
        return best
