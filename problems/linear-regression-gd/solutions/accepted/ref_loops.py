# The same descent in plain Python (no NumPy): fits the time limit too.
class Solution:
    def linearRegressionGd(self, X, y, w, b, lr, steps):
        n, d = len(X), len(w)
        w = list(w)
        for _ in range(steps):
            g = [0.0] * d
            gb = 0.0
            for row, target in zip(X, y):
                r = sum(wj * xj for wj, xj in zip(w, row)) + b - target
                gb += r
                for j in range(d):
                    g[j] += r * row[j]
            c = lr * 2.0 / n
            w = [wj - c * gj for wj, gj in zip(w, g)]
            b -= c * gb
        return w + [b]
