// Correct but slow: runs Word Search (backtracking from every cell) once per word. Words that
// share a prefix repeat the same walks: with 3 * 10^4 words starting with six a's on a board
// of a's, about 10^9 steps.
var findWords = function(board, words) {
    const m = board.length, n = board[0].length;
    const walk = (word, i, r, c) => {
        if (r < 0 || r >= m || c < 0 || c >= n || board[r][c] !== word[i]) return false;
        if (i === word.length - 1) return true;
        const ch = board[r][c];
        board[r][c] = '#';
        const found = walk(word, i + 1, r - 1, c) || walk(word, i + 1, r + 1, c)
            || walk(word, i + 1, r, c - 1) || walk(word, i + 1, r, c + 1);
        board[r][c] = ch;
        return found;
    };
    const exists = (word) => {
        for (let r = 0; r < m; r++) {
            for (let c = 0; c < n; c++) if (walk(word, 0, r, c)) return true;
        }
        return false;
    };
    return words.filter(exists);
};
