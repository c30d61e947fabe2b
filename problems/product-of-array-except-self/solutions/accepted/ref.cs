public class Solution {
    public int[] ProductExceptSelf(int[] nums) {
        int n = nums.Length;
        var answer = new int[n];
        // First pass: answer[i] = product of nums[0..i-1].
        int prefix = 1;
        for (int i = 0; i < n; i++) {
            answer[i] = prefix;
            prefix *= nums[i];
        }
        // Second pass: multiply by the product of nums[i+1..n-1].
        int suffix = 1;
        for (int i = n - 1; i >= 0; i--) {
            answer[i] *= suffix;
            suffix *= nums[i];
        }
        return answer;
    }
}
