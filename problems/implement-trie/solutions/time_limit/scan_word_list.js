// Correct but slow: keeps the words in a list and scans it on every query, O(words * length)
// per call. With 5 * 10^4 inserts and 5 * 10^4 queries, about 10^9 string comparisons.
var Trie = function() {
    this.words = [];
};

Trie.prototype.insert = function(word) {
    this.words.push(word);
};

Trie.prototype.search = function(word) {
    return this.words.includes(word);
};

Trie.prototype.startsWith = function(prefix) {
    return this.words.some((w) => w.startsWith(prefix));
};
