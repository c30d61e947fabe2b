# Plausible bug: averages the two children's impurities without weighting them by their sizes, which favours
# splitting off a tiny pure child.
class Solution:
    def giniBestSplit(self, x, y):
        n = len(x)
        order = sorted(range(n), key=x.__getitem__)
        left, right = [0] * 10, [0] * 10
        for c in y:
            right[c] += 1
        cand = []
        for k in range(n - 1):
            c = y[order[k]]
            left[c] += 1
            right[c] -= 1
            a, b = x[order[k]], x[order[k + 1]]
            if a == b:
                continue
            nl, nr = k + 1, n - k - 1
            gl = 1 - sum((m / nl) ** 2 for m in left)
            gr = 1 - sum((m / nr) ** 2 for m in right)
            cand.append(((a + b) / 2, (gl + gr) / 2))
        best = min(g for _, g in cand)
        return next([t, g] for t, g in cand if g <= best + 1e-9)
