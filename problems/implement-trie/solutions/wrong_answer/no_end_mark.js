// Plausible bug: the nodes carry no end-of-word mark, so search only checks that the path
// exists and answers true for any prefix of an inserted word.
var Trie = function() {
    this.root = {};
};

Trie.prototype.insert = function(word) {
    let node = this.root;
    for (const c of word) {
        if (!node[c]) node[c] = {};
        node = node[c];
    }
};

Trie.prototype.search = function(word) {
    let node = this.root;
    for (const c of word) {
        if (!node[c]) return false;
        node = node[c];
    }
    return true;
};

Trie.prototype.startsWith = function(prefix) {
    return this.search(prefix);
};
