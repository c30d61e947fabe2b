# The recurrence written as plain recursion, without memoisation: every mismatch branches
# three ways, so the running time grows like 3^(m + n).
class Solution:
    def minDistance(self, word1, word2):
        def dist(i, j):
            if i == 0:
                return j
            if j == 0:
                return i
            if word1[i - 1] == word2[j - 1]:
                return dist(i - 1, j - 1)
            return 1 + min(dist(i - 1, j - 1), dist(i - 1, j), dist(i, j - 1))

        return dist(len(word1), len(word2))
