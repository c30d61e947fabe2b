# Plausible bug: Counter.most_common(1) breaks a tie in the vote by first occurrence (the label of the nearer
# neighbour), not by the smallest label.
import heapq
from collections import Counter


class Solution:
    def knnClassify(self, trainX, trainY, queries, k):
        n = len(trainX)
        result = []
        for p in queries:
            dist = [sum((a - b) ** 2 for a, b in zip(row, p)) for row in trainX]
            near = heapq.nsmallest(k, range(n), key=dist.__getitem__)
            result.append(Counter(trainY[i] for i in near).most_common(1)[0][0])
        return result
