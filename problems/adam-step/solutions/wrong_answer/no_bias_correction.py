# Plausible bug: forgets the bias correction and steps with the raw moments. Early steps have the wrong size:
# at t = 1 the step is (1 - beta1) / sqrt(1 - beta2) ~ 3.16 times too large with the usual betas.
import math


class Solution:
    def adamStep(self, theta, grad, m, v, t, lr, beta1, beta2, eps):
        m2 = [beta1 * mi + (1 - beta1) * g for mi, g in zip(m, grad)]
        v2 = [beta2 * vi + (1 - beta2) * g * g for vi, g in zip(v, grad)]
        th = [x - lr * mi / (math.sqrt(vi) + eps) for x, mi, vi in zip(theta, m2, v2)]
        return [th, m2, v2]
