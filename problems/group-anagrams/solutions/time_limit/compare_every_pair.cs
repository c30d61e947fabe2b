// Takes the first string not yet grouped and compares it, letter counts against letter counts, with every later
// string not yet grouped: O(n^2 * k) when most strings are in groups of their own.
public class Solution {
    public string[][] GroupAnagrams(string[] strs) {
        int n = strs.Length;
        var used = new bool[n];
        var result = new List<string[]>();
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            var group = new List<string> { strs[i] };
            used[i] = true;
            for (int j = i + 1; j < n; j++) {
                if (!used[j] && IsAnagram(strs[i], strs[j])) {
                    group.Add(strs[j]);
                    used[j] = true;
                }
            }
            result.Add(group.ToArray());
        }
        return result.ToArray();
    }

    private static bool IsAnagram(string a, string b) {
        if (a.Length != b.Length) {
            return false;
        }
        var count = new int[26];
        foreach (char c in a) {
            count[c - 'a']++;
        }
        foreach (char c in b) {
            count[c - 'a']--;
        }
        foreach (int x in count) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
