/**
 * One trie of all the words, walked from every cell by backtracking; found words leave the trie, and
 * branches left empty are removed.
 * @param {character[][]} board
 * @param {string[]} words
 * @return {string[]}
 */
var findWords = function(board, words) {
    const root = { children: new Map(), word: null };
    for (const w of words) {
        let node = root;
        for (const ch of w) {
            if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), word: null });
            node = node.children.get(ch);
        }
        node.word = w;
    }
    const m = board.length, n = board[0].length;
    const result = [];
    const walk = (r, c, parent) => {
        const ch = board[r][c];
        const node = parent.children.get(ch);
        if (!node) return;
        if (node.word !== null) {
            result.push(node.word);
            node.word = null;
        }
        board[r][c] = '#';
        if (r > 0) walk(r - 1, c, node);
        if (r + 1 < m) walk(r + 1, c, node);
        if (c > 0) walk(r, c - 1, node);
        if (c + 1 < n) walk(r, c + 1, node);
        board[r][c] = ch;
        if (node.children.size === 0 && node.word === null) parent.children.delete(ch);
    };
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) walk(r, c, root);
    }
    return result;
};
