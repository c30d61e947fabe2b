// Plausible bug: the trie walk never marks the cells of the current path, so a word may come
// back through a cell it already used ("aba" on a board [a, b]).
var findWords = function(board, words) {
    const root = {};
    for (const w of words) {
        let node = root;
        for (const ch of w) node = node[ch] || (node[ch] = {});
        node.$ = w;
    }
    const m = board.length, n = board[0].length;
    const result = [];
    const walk = (r, c, parent) => {
        const node = parent[board[r][c]];
        if (!node) return;
        if (node.$) {
            result.push(node.$);
            node.$ = null;
        }
        if (r > 0) walk(r - 1, c, node);
        if (r + 1 < m) walk(r + 1, c, node);
        if (c > 0) walk(r, c - 1, node);
        if (c + 1 < n) walk(r, c + 1, node);
    };
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) walk(r, c, root);
    }
    return result;
};
