import heapq
from collections import Counter


class Solution:
    def knnClassify(self, trainX, trainY, queries, k):
        n = len(trainX)
        result = []
        for p in queries:
            dist = [sum((a - b) * (a - b) for a, b in zip(row, p)) for row in trainX]
            # nsmallest is stable like sorted(): equal distances keep the lower index first.
            near = heapq.nsmallest(k, range(n), key=dist.__getitem__)
            votes = Counter(trainY[i] for i in near)
            top = max(votes.values())
            result.append(min(label for label, count in votes.items() if count == top))
        return result
