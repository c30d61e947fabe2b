// Each node: an array of 26 children (by letter) and an end-of-word mark.
var Trie = function() {
    this.root = { next: new Array(26).fill(null), end: false };
};

/**
 * @param {string} s
 * @return {object|null} the node s leads to, or null
 */
Trie.prototype.find = function(s) {
    let node = this.root;
    for (let i = 0; i < s.length && node !== null; i++) {
        node = node.next[s.charCodeAt(i) - 97];
    }
    return node;
};

/**
 * @param {string} word
 * @return {void}
 */
Trie.prototype.insert = function(word) {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i) - 97;
        if (node.next[c] === null) node.next[c] = { next: new Array(26).fill(null), end: false };
        node = node.next[c];
    }
    node.end = true;
};

/**
 * @param {string} word
 * @return {boolean}
 */
Trie.prototype.search = function(word) {
    const node = this.find(word);
    return node !== null && node.end;
};

/**
 * @param {string} prefix
 * @return {boolean}
 */
Trie.prototype.startsWith = function(prefix) {
    return this.find(prefix) !== null;
};
