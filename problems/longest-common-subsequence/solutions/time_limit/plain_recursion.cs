// The recurrence written as plain recursion, without memoisation: every mismatch branches two ways, so the
// number of calls grows like C(m + n, m).
public class Solution {
    private string a = "", b = "";

    public int LongestCommonSubsequence(string text1, string text2) {
        a = text1;
        b = text2;
        return Lcs(0, 0);
    }

    private int Lcs(int i, int j) {
        if (i == a.Length || j == b.Length) {
            return 0;
        }
        if (a[i] == b[j]) {
            return 1 + Lcs(i + 1, j + 1);
        }
        return Math.Max(Lcs(i + 1, j), Lcs(i, j + 1));
    }
}
