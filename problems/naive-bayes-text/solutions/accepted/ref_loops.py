# The same classifier in plain Python (no NumPy): fits the time limit too.
import math


class Solution:
    def naiveBayesText(self, trainCounts, trainLabels, queries):
        n, V = len(trainCounts), len(trainCounts[0])
        labels = sorted(set(trainLabels))
        index = {c: i for i, c in enumerate(labels)}
        docs = [0] * len(labels)
        counts = [[0] * V for _ in labels]
        for row, label in zip(trainCounts, trainLabels):
            c = index[label]
            docs[c] += 1
            t = counts[c]
            for j, m in enumerate(row):
                t[j] += m
        log_prior = [math.log(m / n) for m in docs]
        log_theta = []
        for t in counts:
            denom = math.log(sum(t) + V)
            log_theta.append([math.log(m + 1) - denom for m in t])
        result = []
        for q in queries:
            words = [(j, m) for j, m in enumerate(q) if m]
            scores = [p + sum(m * lt[j] for j, m in words) for p, lt in zip(log_prior, log_theta)]
            best = max(scores)
            result.append(next(c for c, s in zip(labels, scores) if s >= best - 1e-9))
        return result
