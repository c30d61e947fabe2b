# Plausible bug: moves the pointer at the TALLER wall. The shorter wall keeps limiting
# every container that still uses it, so the pairs that matter are skipped.
class Solution:
    def maxArea(self, height):
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            best = max(best, (right - left) * min(height[left], height[right]))
            if height[left] > height[right]:
                left += 1
            else:
                right -= 1
        return best
