# Plausible bug: treats the problem as "keep the longest common subsequence, delete and insert
# the rest", i.e. m + n - 2 * LCS. That forgets replacement, which does in one edit what a
# deletion plus an insertion does in two: "ab" -> "cd" costs 2, not 4.
class Solution:
    def minDistance(self, word1, word2):
        m, n = len(word1), len(word2)
        lcs = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                if word1[i - 1] == word2[j - 1]:
                    lcs[i][j] = lcs[i - 1][j - 1] + 1
                else:
                    lcs[i][j] = max(lcs[i - 1][j], lcs[i][j - 1])
        return m + n - 2 * lcs[m][n]
