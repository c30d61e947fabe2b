# Plausible bug: keeps only the current maximum. When the maximum leaves the window, it takes
# the entering element as the new maximum, but some element still inside may be larger:
# [5, 4, 1] with k = 2 gives [5, 1] instead of [5, 4].
class Solution:
    def maxSlidingWindow(self, nums, k):
        current = max(nums[:k])
        result = [current]
        for i in range(k, len(nums)):
            if nums[i - k] == current:
                current = nums[i]
            else:
                current = max(current, nums[i])
            result.append(current)
        return result
