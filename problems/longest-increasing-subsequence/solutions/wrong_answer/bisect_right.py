# Plausible bug: the right algorithm with bisect_right instead of bisect_left. An element equal
# to a tail is appended after it instead of replacing it, which counts NON-decreasing
# subsequences: [7, 7, 7] gives 3.
from bisect import bisect_right


class Solution:
    def lengthOfLIS(self, nums):
        tails = []
        for x in nums:
            i = bisect_right(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
