# Plausible bug: a greedy that always makes the LONGEST jump. A shorter jump can land on a
# better springboard: in [2, 3, 1, 0, 4] jumping 2 lands on the 1 and then the 0, while
# jumping 1 lands on the 3, which reaches the end.
class Solution:
    def canJump(self, nums):
        i, last = 0, len(nums) - 1
        while i < last:
            if nums[i] == 0:
                return False
            i += nums[i]
        return True
