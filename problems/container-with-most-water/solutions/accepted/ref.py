class Solution:
    def maxArea(self, height):
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            hl, hr = height[left], height[right]
            if hl < hr:
                area = (right - left) * hl
                left += 1
            else:
                area = (right - left) * hr
                right -= 1
            if area > best:
                best = area
        return best
