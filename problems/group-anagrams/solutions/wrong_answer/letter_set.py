# Plausible bug: keys each string by the SET of its letters, forgetting how often each occurs: "aab" and "abb"
# both get the key "ab" and land in one group.
class Solution:
    def groupAnagrams(self, strs):
        groups = {}
        for s in strs:
            groups.setdefault("".join(sorted(set(s))), []).append(s)
        return list(groups.values())
