/**
 * @param {number[][]} X
 * @param {number[]} y
 * @param {number[]} w
 * @param {number} b
 * @return {number[]}
 */
var logisticLossGradient = function(X, y, w, b) {
    const n = X.length, d = w.length;
    const out = new Array(d + 2).fill(0);
    for (let i = 0; i < n; i++) {
        let z = b;
        for (let j = 0; j < d; j++) z += w[j] * X[i][j];
        // softplus(z) - y z, where softplus(z) = log(1 + e^z) is computed without overflow.
        out[0] += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
        const e = Math.exp(-Math.abs(z));
        const p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
        const r = p - y[i];
        for (let j = 0; j < d; j++) out[j + 1] += r * X[i][j];
        out[d + 1] += r;
    }
    return out.map(v => v / n);
};
