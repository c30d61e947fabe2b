// The recurrence written as plain recursion, without memoisation: every mismatch branches
// three ways, exponential time.
public class Solution {
    private string a = "", b = "";

    private int Dist(int i, int j) {
        if (i == 0) {
            return j;
        }
        if (j == 0) {
            return i;
        }
        if (a[i - 1] == b[j - 1]) {
            return Dist(i - 1, j - 1);
        }
        return 1 + Math.Min(Dist(i - 1, j - 1), Math.Min(Dist(i - 1, j), Dist(i, j - 1)));
    }

    public int MinDistance(string word1, string word2) {
        a = word1;
        b = word2;
        return Dist(a.Length, b.Length);
    }
}
