public class Solution {
    public int LongestCommonSubsequence(string text1, string text2) {
        // prev[j] = LCS of text1[0..i) and text2[0..j); cur is the row for i + 1. Column 0 stays 0.
        int n = text2.Length;
        var prev = new int[n + 1];
        var cur = new int[n + 1];
        foreach (char c in text1) {
            for (int j = 0; j < n; j++) {
                cur[j + 1] = c == text2[j] ? prev[j] + 1 : Math.Max(prev[j + 1], cur[j]);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[n];
    }
}
