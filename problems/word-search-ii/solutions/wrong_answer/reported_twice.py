# Plausible bug: a found word stays in the trie, so a word spelled by two different paths (or
# from two starting cells) is added to the result once per path.
class Solution:
    def findWords(self, board, words):
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
            if "$" in node:
                result.append(node["$"])
            board[r][c] = "#"
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < m and 0 <= nc < n:
                    walk(nr, nc, node)
            board[r][c] = ch

        for r in range(m):
            for c in range(n):
                walk(r, c, root)
        return result
