using System.Collections.Generic;

// Plausible bug: marks a cell as used when the walk enters it but never restores its letter
// when the walk backs out, so every cell visited once stays blocked for all later paths and
// words.
public class Solution {
    private sealed class Node {
        public readonly Node[] Next = new Node[26];
        public string Word;
    }

    public IList<string> FindWords(char[][] board, string[] words) {
        var root = new Node();
        foreach (var w in words) {
            var node = root;
            foreach (char c in w) node = node.Next[c - 'a'] ??= new Node();
            node.Word = w;
        }
        var result = new List<string>();
        for (int r = 0; r < board.Length; r++) {
            for (int c = 0; c < board[0].Length; c++) Walk(board, r, c, root, result);
        }
        return result;
    }

    private static void Walk(char[][] board, int r, int c, Node parent, List<string> result) {
        char ch = board[r][c];
        if (ch == '#') return;
        var node = parent.Next[ch - 'a'];
        if (node == null) return;
        if (node.Word != null) {
            result.Add(node.Word);
            node.Word = null;
        }
        board[r][c] = '#';
        if (r > 0) Walk(board, r - 1, c, node, result);
        if (r + 1 < board.Length) Walk(board, r + 1, c, node, result);
        if (c > 0) Walk(board, r, c - 1, node, result);
        if (c + 1 < board[0].Length) Walk(board, r, c + 1, node, result);
    }
}
