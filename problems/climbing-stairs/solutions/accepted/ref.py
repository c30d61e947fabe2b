class Solution:
    def climbStairs(self, n: int) -> int:
        a, b = 1, 1  # ways to reach steps i - 1 and i
        for _ in range(n - 1):
            a, b = b, a + b
        return b
