// Removes each letter of s from t (string.Remove builds a new string every time); the one letter left is the
// answer. Correct, but O(n^2): 10^5 copies of a 10^5-letter string.
public class Solution {
    public char FindTheDifference(string s, string t) {
        foreach (char c in s) {
            t = t.Remove(t.IndexOf(c), 1);
        }
        return t[0];
    }
}
