// Plausible bug: after inserting a new key it evicts when the count reaches the capacity (>=) instead of when it
// exceeds it (>), so the cache only ever holds capacity - 1 keys.
public class LRUCache {
    private readonly int capacity;
    private readonly Dictionary<int, LinkedListNode<(int Key, int Value)>> map = new();
    private readonly LinkedList<(int Key, int Value)> order = new();

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int Get(int key) {
        if (!map.TryGetValue(key, out var node)) {
            return -1;
        }
        order.Remove(node);
        order.AddFirst(node);
        return node.Value.Value;
    }

    public void Put(int key, int value) {
        if (map.TryGetValue(key, out var node)) {
            order.Remove(node);
            map.Remove(key);
        }
        map[key] = order.AddFirst((key, value));
        if (map.Count >= capacity) {
            map.Remove(order.Last.Value.Key);
            order.RemoveLast();
        }
    }
}
