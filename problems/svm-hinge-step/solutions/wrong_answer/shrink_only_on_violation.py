# Plausible bug: applies the regulariser's shrink only together with the hinge update, so examples beyond the
# margin leave w untouched. The gradient of (lambda / 2) ||w||^2 is lambda w at every step, not only on
# violations.
class Solution:
    def svmEpoch(self, X, y, w, b, lr, lam):
        w = list(map(float, w))
        d = len(w)
        for xi, yi in zip(X, y):
            f = b + sum(w[j] * xi[j] for j in range(d))
            if yi * f < 1:
                for j in range(d):
                    w[j] -= lr * (lam * w[j] - yi * xi[j])
                b += lr * yi
        return w + [b]
