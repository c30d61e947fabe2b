// Plausible bug: puts epsilon inside the square root, sqrt(vHat + eps). Indistinguishable for large gradients,
// but for tiny ones (sqrt(vHat) ~ 1e-6 with eps = 1e-8) the denominator becomes ~1e-4 and the step shrinks 100x.
var adamStep = function(theta, grad, m, v, t, lr, beta1, beta2, eps) {
    const c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
    const m2 = m.map((mi, i) => beta1 * mi + (1 - beta1) * grad[i]);
    const v2 = v.map((vi, i) => beta2 * vi + (1 - beta2) * grad[i] * grad[i]);
    const th = theta.map((x, i) => x - lr * (m2[i] / c1) / Math.sqrt(v2[i] / c2 + eps));
    return [th, m2, v2];
};
