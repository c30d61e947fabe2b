class Solution:
    def longestCommonSubsequence(self, text1, text2):
        # prev[j] = LCS of text1[:i] and text2[:j]; each row is built from the one above it.
        prev = [0] * (len(text2) + 1)
        for c in text1:
            cur = [0]
            left = 0
            for j, d in enumerate(text2):
                if c == d:
                    left = prev[j] + 1
                else:
                    up = prev[j + 1]
                    if up > left:
                        left = up
                cur.append(left)
            prev = cur
        return prev[-1]
