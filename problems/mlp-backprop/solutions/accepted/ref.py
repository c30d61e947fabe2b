import numpy as np


class Solution:
    def mlpBackprop(self, X, y, W1, b1, W2, b2):
        X, W1, b1, W2, b2 = (np.asarray(v, dtype=float) for v in (X, W1, b1, W2, b2))
        y = np.asarray(y)
        n = len(X)
        A = X @ W1 + b1
        H = np.maximum(A, 0)
        Z = H @ W2 + b2
        shifted = Z - Z.max(axis=1, keepdims=True)      # softmax is shift-invariant; exp(<= 0) never overflows
        log_sum = np.log(np.exp(shifted).sum(axis=1))
        log_p = shifted - log_sum[:, None]
        rows = np.arange(n)
        loss = -log_p[rows, y].mean()
        dZ = np.exp(log_p)
        dZ[rows, y] -= 1
        dZ /= n
        dW2 = H.T @ dZ
        db2 = dZ.sum(axis=0)
        dA = (dZ @ W2.T) * (A > 0)                       # ReLU'(0) = 0
        dW1 = X.T @ dA
        db1 = dA.sum(axis=0)
        return np.concatenate([[loss], dW1.ravel(), db1, dW2.ravel(), db2]).tolist()
