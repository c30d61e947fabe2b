public class Solution {
    public int LengthOfLongestSubstring(string s) {
        // last[c] = 1 + the latest index where character c was seen (0 = not seen yet).
        var last = new int[128];
        int best = 0, left = 0;
        for (int i = 0; i < s.Length; i++) {
            char c = s[i];
            if (last[c] > left) {
                left = last[c];
            }
            last[c] = i + 1;
            best = Math.Max(best, i - left + 1);
        }
        return best;
    }
}
