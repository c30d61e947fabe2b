public class Solution {
    public int MinDistance(string word1, string word2) {
        int m = word1.Length, n = word2.Length;
        // prev[j] = distance between word1[0..i-1] and word2[0..j-1], for the previous row i - 1.
        var prev = new int[n + 1];
        var cur = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            cur[0] = i;
            for (int j = 1; j <= n; j++) {
                if (word1[i - 1] == word2[j - 1]) {
                    cur[j] = prev[j - 1];
                } else {
                    cur[j] = 1 + Math.Min(prev[j - 1], Math.Min(prev[j], cur[j - 1]));
                }
            }
            (prev, cur) = (cur, prev);
        }
        return prev[n];
    }
}
