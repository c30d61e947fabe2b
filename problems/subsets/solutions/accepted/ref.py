class Solution:
    def subsets(self, nums):
        # Start from the empty set; each element doubles the list: every old subset, with and without it.
        result = [[]]
        for x in nums:
            result += [subset + [x] for subset in result]
        return result
