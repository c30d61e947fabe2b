import math


class Solution:
    def adamStep(self, theta, grad, m, v, t, lr, beta1, beta2, eps):
        c1 = 1 - beta1 ** t
        c2 = 1 - beta2 ** t
        m2 = [beta1 * mi + (1 - beta1) * g for mi, g in zip(m, grad)]
        v2 = [beta2 * vi + (1 - beta2) * g * g for vi, g in zip(v, grad)]
        th = [x - lr * (mi / c1) / (math.sqrt(vi / c2) + eps) for x, mi, vi in zip(theta, m2, v2)]
        return [th, m2, v2]
