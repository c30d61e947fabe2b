class Solution:
    def maxProduct(self, nums):
        # Largest and smallest product of a subarray ending here; a negative number swaps them.
        hi = lo = best = nums[0]
        for x in nums[1:]:
            if x < 0:
                hi, lo = lo, hi
            hi = max(x, hi * x)
            lo = min(x, lo * x)
            best = max(best, hi)
        return best
