// Keeps the keys in recency order in an array beside a Map of values: indexOf + splice on every use, O(capacity).
var LRUCache = function(capacity) {
    this.capacity = capacity;
    this.values = new Map();
    this.order = [];  // least recent first
};

LRUCache.prototype.touch = function(key) {
    const i = this.order.indexOf(key);
    if (i >= 0) {
        this.order.splice(i, 1);
    }
    this.order.push(key);
};

LRUCache.prototype.get = function(key) {
    if (!this.values.has(key)) {
        return -1;
    }
    this.touch(key);
    return this.values.get(key);
};

LRUCache.prototype.put = function(key, value) {
    this.values.set(key, value);
    this.touch(key);
    if (this.order.length > this.capacity) {
        this.values.delete(this.order.shift());
    }
};
