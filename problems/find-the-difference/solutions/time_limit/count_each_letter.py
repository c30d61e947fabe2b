# For each letter of t, counts it in both strings (str.count is O(n)): the added letter is the first whose counts
# differ. Correct, but O(n^2) when that letter comes late in t.
class Solution:
    def findTheDifference(self, s, t):
        for c in t:
            if t.count(c) != s.count(c):
                return c
