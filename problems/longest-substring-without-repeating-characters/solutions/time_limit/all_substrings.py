# Checks every substring s[i..j] for a repeated character: O(n^2) substrings, each check
# up to O(alphabet). Correct, but far too slow for n = 5 * 10^4.
class Solution:
    def lengthOfLongestSubstring(self, s):
        def all_unique(i, j):
            seen = set()
            for k in range(i, j + 1):
                if s[k] in seen:
                    return False
                seen.add(s[k])
            return True

        n = len(s)
        best = 0
        for i in range(n):
            for j in range(i, n):
                if all_unique(i, j):
                    best = max(best, j - i + 1)
        return best
