# Plausible bug: "y f(x) <= 1" as the violation test. An example exactly on the margin has zero hinge loss and the
# statement takes the zero subgradient there; this takes the hinge step instead.
class Solution:
    def svmEpoch(self, X, y, w, b, lr, lam):
        w = list(map(float, w))
        d = len(w)
        for xi, yi in zip(X, y):
            f = b + sum(w[j] * xi[j] for j in range(d))
            if yi * f <= 1:
                for j in range(d):
                    w[j] -= lr * (lam * w[j] - yi * xi[j])
                b += lr * yi
            else:
                for j in range(d):
                    w[j] -= lr * lam * w[j]
        return w + [b]
