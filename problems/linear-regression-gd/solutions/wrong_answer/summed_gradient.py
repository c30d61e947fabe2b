# Plausible bug: the gradient of the summed squared error: sums the residual terms instead of averaging them
# (forgets the 1/n), so every step is n times too long.
class Solution:
    def linearRegressionGd(self, X, y, w, b, lr, steps):
        d = len(w)
        w = list(w)
        for _ in range(steps):
            g = [0.0] * d
            gb = 0.0
            for row, target in zip(X, y):
                r = sum(wj * xj for wj, xj in zip(w, row)) + b - target
                gb += r
                for j in range(d):
                    g[j] += r * row[j]
            w = [wj - lr * 2.0 * gj for wj, gj in zip(w, g)]
            b -= lr * 2.0 * gb
        return w + [b]
