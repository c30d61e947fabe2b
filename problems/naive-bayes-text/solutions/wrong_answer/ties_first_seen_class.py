# Plausible bug: keeps the classes in order of first appearance (a dict) and takes max() over them, so an exact
# tie goes to the class seen first in the training data, not to the smallest label.
import math


class Solution:
    def naiveBayesText(self, trainCounts, trainLabels, queries):
        n, V = len(trainCounts), len(trainCounts[0])
        docs, counts = {}, {}
        for row, label in zip(trainCounts, trainLabels):
            docs[label] = docs.get(label, 0) + 1
            t = counts.setdefault(label, [0] * V)
            for j, m in enumerate(row):
                t[j] += m
        model = {}
        for label, t in counts.items():
            denom = sum(t) + V
            model[label] = (math.log(docs[label] / n), [math.log((m + 1) / denom) for m in t])

        def score(label, q):
            prior, lt = model[label]
            return prior + sum(m * lt[j] for j, m in enumerate(q) if m)

        return [max(model, key=lambda label: score(label, q)) for q in queries]
