import numpy as np


class Solution:
    def explainedVarianceRatio(self, X, k):
        A = np.asarray(X, dtype=float)
        A = A - A.mean(axis=0)
        C = A.T @ A / (len(A) - 1)
        eig = np.linalg.eigvalsh(C)[::-1]  # eigvalsh returns ascending eigenvalues of a symmetric matrix
        return (eig[:k] / np.trace(C)).tolist()
