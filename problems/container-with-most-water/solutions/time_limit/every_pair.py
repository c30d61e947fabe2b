# Tries every pair of walls: O(n^2). Correct, but far too slow for n = 10^5.
class Solution:
    def maxArea(self, height):
        n = len(height)
        best = 0
        for i in range(n):
            hi = height[i]
            for j in range(i + 1, n):
                area = (j - i) * min(hi, height[j])
                if area > best:
                    best = area
        return best
