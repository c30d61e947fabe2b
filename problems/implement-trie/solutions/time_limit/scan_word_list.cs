using System;
using System.Collections.Generic;

// Correct but slow: keeps the words in a list and scans it on every query, O(words * length)
// per call. With 5 * 10^4 inserts and 5 * 10^4 queries, about 10^9 string comparisons.
public class Trie {
    private readonly List<string> words = new List<string>();

    public Trie() {
    }

    public void Insert(string word) => words.Add(word);

    public bool Search(string word) => words.Contains(word);

    public bool StartsWith(string prefix) {
        foreach (var w in words) {
            if (w.StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
