# Correct but O(n * distinct values): for every candidate threshold, recounts both children from scratch.
import math


def entropy(counts, size):
    return -sum(m / size * math.log2(m / size) for m in counts if m > 0)


class Solution:
    def informationGainSplit(self, x, y):
        values = sorted(set(x))
        n = len(x)
        all_counts = [0] * 10
        for c in y:
            all_counts[c] += 1
        parent = entropy(all_counts, n)
        cand = []
        for a, b in zip(values, values[1:]):
            t = (a + b) / 2
            left, right = [0] * 10, [0] * 10
            for xi, yi in zip(x, y):
                if xi <= t:
                    left[yi] += 1
                else:
                    right[yi] += 1
            nl, nr = sum(left), sum(right)
            cand.append((t, parent - nl / n * entropy(left, nl) - nr / n * entropy(right, nr)))
        best = max(g for _, g in cand)
        return next([t, g] for t, g in cand if g >= best - 1e-9)
