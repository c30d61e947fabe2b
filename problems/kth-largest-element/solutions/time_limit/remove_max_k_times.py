# Removes the maximum k - 1 times: O(nk). Correct, but about 10^10 steps when
# n = 10^5 and k = n / 2.
class Solution:
    def findKthLargest(self, nums, k):
        rest = list(nums)
        for _ in range(k - 1):
            rest.remove(max(rest))
        return max(rest)
