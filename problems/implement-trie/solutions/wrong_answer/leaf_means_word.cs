// Plausible bug: treats "the node has no children" as the end of a word instead of keeping an
// end mark. A word that is also a prefix of a longer inserted word ("app" with "apple") is no
// longer found, and inserting the longer word erases the shorter one.
public class Trie {
    private sealed class Node {
        public readonly Node[] Next = new Node[26];
        public bool IsLeaf() {
            foreach (var n in Next) if (n != null) return false;
            return true;
        }
    }

    private readonly Node root = new Node();

    public Trie() {
    }

    public void Insert(string word) {
        var node = root;
        foreach (char c in word) node = node.Next[c - 'a'] ??= new Node();
    }

    public bool Search(string word) {
        var node = Find(word);
        return node != null && node.IsLeaf();
    }

    public bool StartsWith(string prefix) => Find(prefix) != null;

    private Node Find(string s) {
        var node = root;
        foreach (char c in s) {
            node = node.Next[c - 'a'];
            if (node == null) return null;
        }
        return node;
    }
}
