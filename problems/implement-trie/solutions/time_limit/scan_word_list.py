# Correct but slow: keeps the words in a list and scans it on every query, O(words * length)
# per call. With 5 * 10^4 inserts and 5 * 10^4 queries, about 10^9 string comparisons.
class Trie:

    def __init__(self):
        self.words = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        return any(w.startswith(prefix) for w in self.words)
