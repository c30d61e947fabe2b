// Keeps the keys in recency order in a LinkedList<int> beside a Dictionary of values. LinkedList.AddLast and
// RemoveFirst are O(1), but LinkedList.Remove(key) has to find the key's node first: a linear search, so every
// use of an existing key walks the list, O(capacity) per call. (Storing the LinkedListNode in the dictionary
// and calling Remove(node) would make it O(1).)
public class LRUCache {
    private readonly int capacity;
    private readonly Dictionary<int, int> values = new();
    private readonly LinkedList<int> order = new();  // least recent first

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int Get(int key) {
        if (!values.TryGetValue(key, out int value)) {
            return -1;
        }
        order.Remove(key);
        order.AddLast(key);
        return value;
    }

    public void Put(int key, int value) {
        if (values.ContainsKey(key)) {
            order.Remove(key);
        }
        values[key] = value;
        order.AddLast(key);
        if (order.Count > capacity) {
            values.Remove(order.First.Value);
            order.RemoveFirst();
        }
    }
}
