// For every bar, scans left and right for the tallest bar: O(n^2). Correct, but too slow for n = 2 * 10^4
// within C#'s limit.
public class Solution {
    public int Trap(int[] height) {
        int n = height.Length, water = 0;
        for (int i = 0; i < n; i++) {
            int leftMax = 0, rightMax = 0;
            for (int j = i; j >= 0; j--) leftMax = Math.Max(leftMax, height[j]);
            for (int j = i; j < n; j++) rightMax = Math.Max(rightMax, height[j]);
            water += Math.Min(leftMax, rightMax) - height[i];
        }
        return water;
    }
}
