import numpy as np


class Solution:
    def linearRegressionGd(self, X, y, w, b, lr, steps):
        A = np.array(X, dtype=float)
        t = np.array(y, dtype=float)
        w = np.array(w, dtype=float)
        n = len(t)
        for _ in range(steps):
            r = A @ w + b - t  # residuals at the current parameters
            gw = (2.0 / n) * (A.T @ r)
            gb = (2.0 / n) * r.sum()
            w = w - lr * gw
            b = b - lr * gb
        return [float(v) for v in w] + [float(b)]
