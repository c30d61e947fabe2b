import numpy as np


class Solution:
    def naiveBayesText(self, trainCounts, trainLabels, queries):
        X = np.array(trainCounts, dtype=float)
        y = np.array(trainLabels)
        labels = np.unique(y)  # sorted
        V = X.shape[1]
        counts = np.array([X[y == c].sum(axis=0) for c in labels])  # classes x V
        log_theta = np.log(counts + 1) - np.log(counts.sum(axis=1, keepdims=True) + V)
        log_prior = np.log(np.array([(y == c).sum() for c in labels]) / len(y))
        scores = np.array(queries, dtype=float) @ log_theta.T + log_prior  # queries x classes
        best = scores.max(axis=1, keepdims=True)
        pick = np.argmax(scores >= best - 1e-9, axis=1)  # the first (smallest) label within 1e-9 of the best
        return [int(labels[i]) for i in pick]
