// Plausible bug: put updates an existing key with map.set(key, value), which keeps the key where it was in the
// Map's insertion order: an updated key is not made the most recently used, and may be evicted next.
var LRUCache = function(capacity) {
    this.capacity = capacity;
    this.map = new Map();
};

LRUCache.prototype.get = function(key) {
    if (!this.map.has(key)) {
        return -1;
    }
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
};

LRUCache.prototype.put = function(key, value) {
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
        this.map.delete(this.map.keys().next().value);
    }
};
