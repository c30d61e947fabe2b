# Marks every index reachable from each reachable index: O(sum of jumps), up to O(n^2).
# Correct, but about 5 * 10^9 steps for n = 10^5 long jumps that all stop short.
class Solution:
    def canJump(self, nums):
        n = len(nums)
        reachable = [False] * n
        reachable[0] = True
        for i in range(n):
            if reachable[i]:
                for j in range(i + 1, min(n, i + nums[i] + 1)):
                    reachable[j] = True
        return reachable[n - 1]
