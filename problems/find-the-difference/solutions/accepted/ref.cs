public class Solution {
    public char FindTheDifference(string s, string t) {
        // Every letter of s appears in t as well and cancels out under XOR; the added letter is what remains.
        int x = 0;
        foreach (char c in s) {
            x ^= c;
        }
        foreach (char c in t) {
            x ^= c;
        }
        return (char)x;
    }
}
