using System.Collections.Generic;

public class Solution {
    private sealed class Node {
        public readonly Node[] Next = new Node[26];
        public int Children;
        public string Word;
    }

    // All the words in one trie, walked from every cell by backtracking. A found word is taken out of the trie
    // (so it is reported once), and branches left without words are cut off.
    public IList<string> FindWords(char[][] board, string[] words) {
        var root = new Node();
        foreach (var w in words) {
            var node = root;
            foreach (char c in w) {
                if (node.Next[c - 'a'] == null) {
                    node.Next[c - 'a'] = new Node();
                    node.Children++;
                }
                node = node.Next[c - 'a'];
            }
            node.Word = w;
        }
        var result = new List<string>();
        for (int r = 0; r < board.Length; r++) {
            for (int c = 0; c < board[0].Length; c++) {
                Walk(board, r, c, root, result);
            }
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
        board[r][c] = ch;
        if (node.Children == 0 && node.Word == null) {
            parent.Next[ch - 'a'] = null;
            parent.Children--;
        }
    }
}
