// Plausible bug: keys each string by its 26 letter counts written one after another without a separator. The
// digits run together: one a and eleven b's ("1", "11") and eleven a's and one b ("11", "1") both give
// "111000...0", so "abbbbbbbbbbb" and "aaaaaaaaaaab" share a group.
public class Solution {
    public string[][] GroupAnagrams(string[] strs) {
        var groups = new Dictionary<string, List<string>>();
        var order = new List<List<string>>();
        foreach (var s in strs) {
            var count = new int[26];
            foreach (char c in s) {
                count[c - 'a']++;
            }
            var key = string.Concat(count);
            if (!groups.TryGetValue(key, out var group)) {
                group = new List<string>();
                groups[key] = group;
                order.Add(group);
            }
            group.Add(s);
        }
        return order.Select(g => g.ToArray()).ToArray();
    }
}
