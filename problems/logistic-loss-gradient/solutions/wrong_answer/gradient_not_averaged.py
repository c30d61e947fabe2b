# Plausible bug: averages the loss but returns the summed gradient (forgets the 1/n on dL/dw and dL/db).
import math


class Solution:
    def logisticLossGradient(self, X, y, w, b):
        n, d = len(X), len(w)
        loss = 0.0
        grad = [0.0] * (d + 1)
        for row, label in zip(X, y):
            z = b + sum(wj * xj for wj, xj in zip(w, row))
            e = math.exp(-abs(z))
            loss += max(z, 0.0) + math.log1p(e) - label * z
            p = 1 / (1 + e) if z >= 0 else e / (1 + e)
            for j in range(d):
                grad[j] += (p - label) * row[j]
            grad[d] += p - label
        return [loss / n] + grad
