# For every bar, scans left and right for the tallest bar: O(n^2). Correct, but too slow
# for n = 2 * 10^4.
class Solution:
    def trap(self, height):
        n = len(height)
        water = 0
        for i in range(n):
            left_max = 0
            for j in range(i, -1, -1):
                if height[j] > left_max:
                    left_max = height[j]
            right_max = 0
            for j in range(i, n):
                if height[j] > right_max:
                    right_max = height[j]
            water += min(left_max, right_max) - height[i]
        return water
