// Checks every substring s[i..j] for a repeated character: about 1.25 * 10^9 substrings at
// n = 5 * 10^4, each check up to O(alphabet).
public class Solution {
    public int LengthOfLongestSubstring(string s) {
        int n = s.Length, best = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                var seen = new HashSet<char>();
                bool unique = true;
                for (int k = i; k <= j; k++) {
                    if (!seen.Add(s[k])) {
                        unique = false;
                        break;
                    }
                }
                if (unique) {
                    best = Math.Max(best, j - i + 1);
                }
            }
        }
        return best;
    }
}
