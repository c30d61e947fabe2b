# Multiplies the other n - 1 elements for every position: O(n^2). Correct, but 10^10
# multiplications at n = 10^5.
class Solution:
    def productExceptSelf(self, nums):
        n = len(nums)
        answer = []
        for i in range(n):
            p = 1
            for j in range(n):
                if j != i:
                    p *= nums[j]
            answer.append(p)
        return answer
