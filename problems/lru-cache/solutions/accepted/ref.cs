// A hash map from key to node, and a doubly linked list of the nodes in recency order (most recent after head,
// least recent before tail). Every operation is O(1).
public class LRUCache {
    private sealed class Node {
        public int Key, Value;
        public Node Prev, Next;
    }

    private readonly int capacity;
    private readonly Dictionary<int, Node> map = new();
    private readonly Node head = new(), tail = new();

    public LRUCache(int capacity) {
        this.capacity = capacity;
        head.Next = tail;
        tail.Prev = head;
    }

    public int Get(int key) {
        if (!map.TryGetValue(key, out var node)) {
            return -1;
        }
        Unlink(node);
        PushFront(node);
        return node.Value;
    }

    public void Put(int key, int value) {
        if (map.TryGetValue(key, out var node)) {
            node.Value = value;
            Unlink(node);
            PushFront(node);
            return;
        }
        node = new Node { Key = key, Value = value };
        map[key] = node;
        PushFront(node);
        if (map.Count > capacity) {
            Node lru = tail.Prev;
            Unlink(lru);
            map.Remove(lru.Key);
        }
    }

    private static void Unlink(Node node) {
        node.Prev.Next = node.Next;
        node.Next.Prev = node.Prev;
    }

    private void PushFront(Node node) {
        node.Next = head.Next;
        node.Prev = head;
        head.Next.Prev = node;
        head.Next = node;
    }
}
