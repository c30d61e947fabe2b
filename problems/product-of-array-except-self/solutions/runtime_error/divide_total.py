# Plausible bug: ignores the "no division" rule: multiplies everything, then divides by each
# element. The first zero in the array raises ZeroDivisionError.
class Solution:
    def productExceptSelf(self, nums):
        total = 1
        for x in nums:
            total *= x
        return [total // x for x in nums]
