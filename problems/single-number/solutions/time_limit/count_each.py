# Counts every element's occurrences by rescanning the list: O(n^2). Correct, but about
# 10^10 comparisons when n = 10^5 and the single value is at the end.
class Solution:
    def singleNumber(self, nums):
        for x in nums:
            if nums.count(x) == 1:
                return x
        return 0
