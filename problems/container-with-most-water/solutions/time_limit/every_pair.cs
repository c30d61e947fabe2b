// Tries every pair of walls: O(n^2), about 5 * 10^9 pairs at n = 10^5.
public class Solution {
    public int MaxArea(int[] height) {
        int n = height.Length, best = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int area = (j - i) * Math.Min(height[i], height[j]);
                if (area > best) {
                    best = area;
                }
            }
        }
        return best;
    }
}
