class Solution:
    def groupAnagrams(self, strs):
        # Anagrams have the same letters in sorted order: use that as the key of a dictionary of groups.
        groups = {}
        for s in strs:
            groups.setdefault("".join(sorted(s)), []).append(s)
        return list(groups.values())
