# Plausible bug: the loss is averaged over the batch, but dL/dZ is taken as P - onehot without the 1/n, so every
# gradient is the batch sum: n times too large (right only when n = 1).
import numpy as np


class Solution:
    def mlpBackprop(self, X, y, W1, b1, W2, b2):
        X, W1, b1, W2, b2 = (np.asarray(v, dtype=float) for v in (X, W1, b1, W2, b2))
        n = len(X)
        rows = np.arange(n)
        A = X @ W1 + b1
        H = np.maximum(A, 0)
        Z = H @ W2 + b2
        shifted = Z - Z.max(axis=1, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1))[:, None]
        loss = -log_p[rows, y].mean()
        dZ = np.exp(log_p)
        dZ[rows, y] -= 1
        dW2 = H.T @ dZ
        db2 = dZ.sum(axis=0)
        dA = (dZ @ W2.T) * (A > 0)
        dW1 = X.T @ dA
        db1 = dA.sum(axis=0)
        return np.concatenate([[loss], dW1.ravel(), db1, dW2.ravel(), db2]).tolist()
