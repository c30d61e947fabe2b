# The definition evaluated directly: every (positive, negative) pair, O(|P| |N|).
class Solution:
    def rocAuc(self, scores, labels):
        pos = [s for s, y in zip(scores, labels) if y == 1]
        neg = [s for s, y in zip(scores, labels) if y == 0]
        total = 0.0
        for p in pos:
            for q in neg:
                if p > q:
                    total += 1
                elif p == q:
                    total += 0.5
        return total / (len(pos) * len(neg))
