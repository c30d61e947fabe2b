# Plausible bug: an off-by-one in the slice (as if the range were inclusive): votes with the k + 1 nearest points.
from collections import Counter


class Solution:
    def knnClassify(self, trainX, trainY, queries, k):
        result = []
        for p in queries:
            dist = [sum((a - b) ** 2 for a, b in zip(row, p)) for row in trainX]
            order = sorted(range(len(trainX)), key=lambda i: (dist[i], i))
            votes = Counter(trainY[i] for i in order[:k + 1])
            top = max(votes.values())
            result.append(min(label for label, count in votes.items() if count == top))
        return result
