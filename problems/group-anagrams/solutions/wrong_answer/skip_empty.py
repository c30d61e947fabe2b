# Plausible bug: skips empty strings as if they were noise, so "" never appears in the answer. The empty string
# is a word like any other: all the empty strings of the input form one group.
class Solution:
    def groupAnagrams(self, strs):
        groups = {}
        for s in strs:
            if not s:
                continue
            groups.setdefault("".join(sorted(s)), []).append(s)
        return list(groups.values())
