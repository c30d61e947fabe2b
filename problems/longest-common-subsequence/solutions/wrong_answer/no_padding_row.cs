// Plausible bug: an m x n table without the empty-prefix row and column, dp[i][j] = LCS of text1[0..i] and
// text2[0..j] inclusive. Its first row and column are filled with "do these two characters match" instead of
// "does text1[0] occur anywhere in text2[0..j]": a match early in the row is not carried to the right, so
// "ax" and "ab" give 0 instead of 1.
public class Solution {
    public int LongestCommonSubsequence(string text1, string text2) {
        int m = text1.Length, n = text2.Length;
        var dp = new int[m, n];
        for (int j = 0; j < n; j++) {
            dp[0, j] = text1[0] == text2[j] ? 1 : 0;
        }
        for (int i = 0; i < m; i++) {
            dp[i, 0] = text1[i] == text2[0] ? 1 : 0;
        }
        for (int i = 1; i < m; i++) {
            for (int j = 1; j < n; j++) {
                dp[i, j] = text1[i] == text2[j] ? dp[i - 1, j - 1] + 1 : Math.Max(dp[i - 1, j], dp[i, j - 1]);
            }
        }
        return dp[m - 1, n - 1];
    }
}
