# Multiplies out every subarray from every start: correct, but O(n^2).
class Solution:
    def maxProduct(self, nums):
        best = nums[0]
        n = len(nums)
        for i in range(n):
            product = 1
            for j in range(i, n):
                product *= nums[j]
                if product > best:
                    best = product
        return best
