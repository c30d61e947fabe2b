# Plausible bug: Kadane's recurrence carried over to products, tracking only the largest product ending
# here. A very negative product that a later negative number would turn into the largest is thrown away:
# [-2, 3, -4] gives 3 instead of 24.
class Solution:
    def maxProduct(self, nums):
        cur = best = nums[0]
        for x in nums[1:]:
            cur = max(x, cur * x)
            best = max(best, cur)
        return best
