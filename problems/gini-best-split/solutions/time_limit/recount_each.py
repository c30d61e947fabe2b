# Correct but O(n * distinct values): for every candidate threshold, recounts both children from scratch.
class Solution:
    def giniBestSplit(self, x, y):
        values = sorted(set(x))
        n = len(x)
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
            sl, sr = sum(m * m for m in left), sum(m * m for m in right)
            cand.append((t, (nl - sl / nl + nr - sr / nr) / n))
        best = min(g for _, g in cand)
        return next([t, g] for t, g in cand if g <= best + 1e-9)
