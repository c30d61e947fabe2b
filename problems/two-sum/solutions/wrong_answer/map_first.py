# Plausible bug: builds the whole value -> index map first, then searches it.
# When nums[i] * 2 == target and that value occurs once, it pairs index i with itself.
class Solution:
    def twoSum(self, nums, target):
        index = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            if target - x in index:
                return [i, index[target - x]]
        return []
