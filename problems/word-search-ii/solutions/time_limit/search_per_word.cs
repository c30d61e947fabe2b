using System.Collections.Generic;

// Correct but slow: runs Word Search (backtracking from every cell) once per word. Words that
// share a prefix repeat the same walks: with 3 * 10^4 words starting with six a's on a board
// of a's, about 10^9 steps.
public class Solution {
    public IList<string> FindWords(char[][] board, string[] words) {
        var result = new List<string>();
        foreach (var w in words) {
            if (Exists(board, w)) result.Add(w);
        }
        return result;
    }

    private static bool Exists(char[][] board, string word) {
        for (int r = 0; r < board.Length; r++) {
            for (int c = 0; c < board[0].Length; c++) {
                if (Walk(board, word, 0, r, c)) return true;
            }
        }
        return false;
    }

    private static bool Walk(char[][] board, string word, int i, int r, int c) {
        if (r < 0 || r >= board.Length || c < 0 || c >= board[0].Length || board[r][c] != word[i]) return false;
        if (i == word.Length - 1) return true;
        char ch = board[r][c];
        board[r][c] = '#';
        bool found = Walk(board, word, i + 1, r - 1, c) || Walk(board, word, i + 1, r + 1, c)
            || Walk(board, word, i + 1, r, c - 1) || Walk(board, word, i + 1, r, c + 1);
        board[r][c] = ch;
        return found;
    }
}
