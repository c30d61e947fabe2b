public class Solution {
    public int MaxArea(int[] height) {
        int left = 0, right = height.Length - 1;
        int best = 0;
        while (left < right) {
            // At most 10^5 * 10^4 = 10^9: fits in an int.
            int area = (right - left) * Math.Min(height[left], height[right]);
            if (area > best) {
                best = area;
            }
            if (height[left] < height[right]) {
                left++;
            } else {
                right--;
            }
        }
        return best;
    }
}
