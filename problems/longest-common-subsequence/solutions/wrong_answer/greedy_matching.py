# Plausible bug: greedy. Walks through text1 and matches each character with its next occurrence in text2,
# as early as possible. An early match can use up text2: with "zabc" and "abcz" it matches the z with the
# last character of text2 and finds nothing after it (1 instead of 3).
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        count = 0
        pos = 0
        for c in text1:
            found = text2.find(c, pos)
            if found >= 0:
                count += 1
                pos = found + 1
        return count
