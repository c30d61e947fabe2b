public class Trie {
    private sealed class Node {
        public readonly Node[] Next = new Node[26];
        public bool End;
    }

    private readonly Node root = new Node();

    public Trie() {
    }

    public void Insert(string word) {
        var node = root;
        foreach (char c in word) {
            node = node.Next[c - 'a'] ??= new Node();
        }
        node.End = true;
    }

    public bool Search(string word) => Find(word) is { End: true };

    public bool StartsWith(string prefix) => Find(prefix) != null;

    // The node the string leads to, or null when no inserted word starts with it.
    private Node Find(string s) {
        var node = root;
        foreach (char c in s) {
            node = node.Next[c - 'a'];
            if (node == null) return null;
        }
        return node;
    }
}
