# Correct but slow: runs Word Search (backtracking from every cell) once per word. Words that
# share a prefix repeat the same walks: with 3 * 10^4 words starting with six a's on a board
# of a's, about 10^9 steps.
class Solution:
    def findWords(self, board, words):
        m, n = len(board), len(board[0])

        def walk(word, i, r, c):
            if r < 0 or r >= m or c < 0 or c >= n or board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            ch = board[r][c]
            board[r][c] = "#"
            found = (walk(word, i + 1, r - 1, c) or walk(word, i + 1, r + 1, c)
                     or walk(word, i + 1, r, c - 1) or walk(word, i + 1, r, c + 1))
            board[r][c] = ch
            return found

        def exists(word):
            return any(walk(word, 0, r, c) for r in range(m) for c in range(n))

        return [w for w in words if exists(w)]
