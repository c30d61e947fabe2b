// Plausible bug: the textbook formula as written. Once |z| is above ~37, p rounds to exactly 1 (or 0), and
// log(1 - p) = log(0) = -Infinity: the loss becomes Infinity (or NaN as 0 * Infinity).
var logisticLossGradient = function(X, y, w, b) {
    const n = X.length, d = w.length;
    const out = new Array(d + 2).fill(0);
    for (let i = 0; i < n; i++) {
        let z = b;
        for (let j = 0; j < d; j++) z += w[j] * X[i][j];
        const p = 1 / (1 + Math.exp(-z));
        out[0] -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
        for (let j = 0; j < d; j++) out[j + 1] += (p - y[i]) * X[i][j];
        out[d + 1] += p - y[i];
    }
    return out.map(v => v / n);
};
