// The classic O(n^2) DP over all pairs j < i.
public class Solution {
    public int LengthOfLIS(int[] nums) {
        int n = nums.Length;
        var best = new int[n];
        int answer = 0;
        for (int i = 0; i < n; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (nums[j] < nums[i] && best[j] + 1 > best[i]) {
                    best[i] = best[j] + 1;
                }
            }
            answer = Math.Max(answer, best[i]);
        }
        return answer;
    }
}
