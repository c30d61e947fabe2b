# Plausible bug: sorts, then compares the elements two by two. When every pair matches,
# the single value is the LAST element, but the code falls through to a placeholder.
class Solution:
    def singleNumber(self, nums):
        nums = sorted(nums)
        for i in range(0, len(nums) - 1, 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
        return nums[0]
