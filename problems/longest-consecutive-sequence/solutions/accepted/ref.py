class Solution:
    def longestConsecutive(self, nums):
        values = set(nums)
        best = 0
        for x in values:
            if x - 1 in values:
                continue
            y = x + 1
            while y in values:
                y += 1
            if y - x > best:
                best = y - x
        return best
