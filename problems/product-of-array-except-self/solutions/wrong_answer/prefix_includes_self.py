# Plausible bug: stores the prefix product AFTER multiplying in nums[i], so answer[i] includes
# nums[i] itself on the left side (and misses nothing on the right): off by one position.
class Solution:
    def productExceptSelf(self, nums):
        n = len(nums)
        answer = [1] * n
        prefix = 1
        for i in range(n):
            prefix *= nums[i]
            answer[i] = prefix
        suffix = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= suffix
            suffix *= nums[i]
        return answer
