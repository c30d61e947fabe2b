# Takes the first string not yet grouped and compares it (sorted letters against sorted letters) with every
# later string not yet grouped: O(n^2 * k log k) when most strings are in groups of their own.
class Solution:
    def groupAnagrams(self, strs):
        n = len(strs)
        used = [False] * n
        result = []
        for i in range(n):
            if used[i]:
                continue
            group = [strs[i]]
            used[i] = True
            for j in range(i + 1, n):
                if not used[j] and len(strs[j]) == len(strs[i]) and sorted(strs[j]) == sorted(strs[i]):
                    group.append(strs[j])
                    used[j] = True
            result.append(group)
        return result
