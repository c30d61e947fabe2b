class Solution:
    def findWords(self, board, words):
        # A trie of dicts; the key "$" holds the word that ends at a node.
        root = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        m, n = len(board), len(board[0])
        result = []

        def walk(r, c, parent):
            ch = board[r][c]
            node = parent.get(ch)
            if node is None:
                return
            word = node.pop("$", None)
            if word is not None:
                result.append(word)
            board[r][c] = "#"
            if r > 0:
                walk(r - 1, c, node)
            if r + 1 < m:
                walk(r + 1, c, node)
            if c > 0:
                walk(r, c - 1, node)
            if c + 1 < n:
                walk(r, c + 1, node)
            board[r][c] = ch
            if not node:
                del parent[ch]  # no words left below: cut the branch

        for r in range(m):
            for c in range(n):
                walk(r, c, root)
        return result
