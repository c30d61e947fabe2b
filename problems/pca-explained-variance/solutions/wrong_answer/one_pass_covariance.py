# Plausible bug: the "textbook" one-pass formula cov = E[x y] - E[x] E[y]. It is exact on paper, but for data
# far from the origin it subtracts two huge, nearly equal numbers: around x = 999 with a spread of 10^-3,
# E[x^2] is 10^6 while the variance is 10^-7, and the rounding error of E[x^2] swamps the answer.
import numpy as np


class Solution:
    def explainedVarianceRatio(self, X, k):
        A = np.asarray(X, dtype=float)
        n = len(A)
        mean = A.mean(axis=0)
        C = (A.T @ A / n - np.outer(mean, mean)) * n / (n - 1)
        eig = np.linalg.eigvalsh(C)[::-1]
        return (eig[:k] / np.trace(C)).tolist()
