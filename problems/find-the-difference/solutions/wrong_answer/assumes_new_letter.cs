// Plausible bug: looks for a letter of t that does not occur in s at all, assuming the added letter is a new
// one; when it is a repeat of a letter s already has, no letter qualifies and the fallback (t's last letter)
// is usually wrong.
public class Solution {
    public char FindTheDifference(string s, string t) {
        foreach (char c in t) {
            if (s.IndexOf(c) < 0) {
                return c;
            }
        }
        return t[t.Length - 1];
    }
}
