// Counts every element's occurrences with a nested loop: O(n^2).
public class Solution {
    public int SingleNumber(int[] nums) {
        int n = nums.Length;
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (nums[j] == nums[i]) {
                    count++;
                }
            }
            if (count == 1) {
                return nums[i];
            }
        }
        return 0;
    }
}
