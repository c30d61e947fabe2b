# Plausible bug: children are a defaultdict, and the lookups walk it with node.children[c].
# Every lookup of a missing letter creates the node, so startsWith is always true (even on an
# empty trie); search still answers right because the created nodes have no end mark.
from collections import defaultdict


class TrieNode:
    def __init__(self):
        self.children = defaultdict(TrieNode)
        self.end = False


class Trie:

    def __init__(self):
        self.root = TrieNode()

    def insert(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node.children[c]
        node.end = True

    def search(self, word: str) -> bool:
        node = self.root
        for c in word:
            node = node.children[c]
        return node.end

    def startsWith(self, prefix: str) -> bool:
        node = self.root
        for c in prefix:
            node = node.children[c]
        return node is not None
