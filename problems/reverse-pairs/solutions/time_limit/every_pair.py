# Checks every pair: n(n - 1) / 2 = 1.25 * 10^9 comparisons at n = 5 * 10^4.
class Solution:
    def reversePairs(self, nums):
        n = len(nums)
        count = 0
        for i in range(n):
            x = nums[i]
            for j in range(i + 1, n):
                if x > 2 * nums[j]:
                    count += 1
        return count
