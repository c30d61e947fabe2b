# Plausible bug: sorts both strings and finds the first position where they differ, but returns s's letter
# there instead of t's (the letter of t at that position is the added one).
class Solution:
    def findTheDifference(self, s, t):
        s, t = sorted(s), sorted(t)
        for i in range(len(s)):
            if s[i] != t[i]:
                return s[i]
        return t[-1]
