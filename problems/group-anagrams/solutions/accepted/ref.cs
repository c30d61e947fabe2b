public class Solution {
    public string[][] GroupAnagrams(string[] strs) {
        // Anagrams have the same letters in sorted order: use that as the key of a dictionary of groups.
        var groups = new Dictionary<string, List<string>>();
        var order = new List<List<string>>();
        foreach (var s in strs) {
            var letters = s.ToCharArray();
            Array.Sort(letters);
            var key = new string(letters);
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
