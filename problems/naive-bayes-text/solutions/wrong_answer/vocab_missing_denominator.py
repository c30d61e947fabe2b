# Plausible bug: adds 1 to every count but forgets to add V to the denominator: (T_cj + 1) / T_c. The
# "probabilities" no longer sum to 1, and classes with few training words are inflated.
import math


class Solution:
    def naiveBayesText(self, trainCounts, trainLabels, queries):
        n, V = len(trainCounts), len(trainCounts[0])
        labels = sorted(set(trainLabels))
        result = []
        stats = []
        for c in labels:
            rows = [r for r, l in zip(trainCounts, trainLabels) if l == c]
            t = [sum(col) for col in zip(*rows)]
            total = max(sum(t), 1)  # avoid dividing by 0 for a class of empty documents
            stats.append((math.log(len(rows) / n), [math.log((m + 1) / total) for m in t]))
        for q in queries:
            scores = [p + sum(m * lt[j] for j, m in enumerate(q) if m) for p, lt in stats]
            best = max(scores)
            result.append(next(c for c, s in zip(labels, scores) if s >= best - 1e-9))
        return result
