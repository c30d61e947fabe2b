import numpy as np


class Solution:
    def svmEpoch(self, X, y, w, b, lr, lam):
        X = np.asarray(X, dtype=float)
        w = np.array(w, dtype=float)
        for xi, yi in zip(X, y):
            if yi * (float(w @ xi) + b) < 1:
                w -= lr * (lam * w - yi * xi)
                b += lr * yi
            else:
                w -= lr * lam * w
        return w.tolist() + [float(b)]
