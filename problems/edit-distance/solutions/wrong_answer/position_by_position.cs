// Plausible bug: compares the words position by position (replacements) and pays the length
// difference in insertions or deletions at the end. It never considers shifting characters:
// "abc" -> "bc" costs 1 (delete the a), not 3.
public class Solution {
    public int MinDistance(string word1, string word2) {
        int common = Math.Min(word1.Length, word2.Length);
        int edits = Math.Abs(word1.Length - word2.Length);
        for (int i = 0; i < common; i++) {
            if (word1[i] != word2[i]) {
                edits++;
            }
        }
        return edits;
    }
}
