// Plausible bug: stores the bias-corrected moments as the state for the next step (m-hat, v-hat instead of
// m', v'). The parameter update is right; the returned moments are not.
var adamStep = function(theta, grad, m, v, t, lr, beta1, beta2, eps) {
    const c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
    const mHat = m.map((mi, i) => (beta1 * mi + (1 - beta1) * grad[i]) / c1);
    const vHat = v.map((vi, i) => (beta2 * vi + (1 - beta2) * grad[i] * grad[i]) / c2);
    const th = theta.map((x, i) => x - lr * mHat[i] / (Math.sqrt(vHat[i]) + eps));
    return [th, mHat, vHat];
};
