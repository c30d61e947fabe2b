# Plausible bug: on a repeat, jumps the window start to just after the previous occurrence
# without checking that this occurrence is still inside the window. In "abba" the final
# 'a' moves the start back to index 1, and "bba" is counted as having no repeat.
class Solution:
    def lengthOfLongestSubstring(self, s):
        last = {}
        best = left = 0
        for i, c in enumerate(s):
            if c in last:
                left = last[c] + 1
            last[c] = i
            best = max(best, i - left + 1)
        return best
