# The classic DP: best[i] = 1 + max(best[j] for j < i with nums[j] < nums[i]). Correct, but
# O(n^2): 5 * 10^9 pairs at n = 10^5.
class Solution:
    def lengthOfLIS(self, nums):
        n = len(nums)
        best = [1] * n
        for i in range(n):
            x = nums[i]
            for j in range(i):
                if nums[j] < x and best[j] + 1 > best[i]:
                    best[i] = best[j] + 1
        return max(best)
