// Multiplies the other n - 1 elements for every position: O(n^2).
public class Solution {
    public int[] ProductExceptSelf(int[] nums) {
        int n = nums.Length;
        var answer = new int[n];
        for (int i = 0; i < n; i++) {
            int p = 1;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    p *= nums[j];
                }
            }
            answer[i] = p;
        }
        return answer;
    }
}
