/**
 * @param {number[][]} X
 * @param {number[]} y
 * @param {number[][]} W1
 * @param {number[]} b1
 * @param {number[][]} W2
 * @param {number[]} b2
 * @return {number[]}
 */
var mlpBackprop = function(X, y, W1, b1, W2, b2) {
    const n = X.length, d = W1.length, h = b1.length, c = b2.length;
    const dW1 = Array.from({ length: d }, () => new Array(h).fill(0));
    const dW2 = Array.from({ length: h }, () => new Array(c).fill(0));
    const db1 = new Array(h).fill(0), db2 = new Array(c).fill(0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
        // Forward.
        const A = b1.slice();
        for (let t = 0; t < d; t++)
            for (let j = 0; j < h; j++) A[j] += X[i][t] * W1[t][j];
        const H = A.map(a => Math.max(a, 0));
        const Z = b2.slice();
        for (let j = 0; j < h; j++)
            for (let k = 0; k < c; k++) Z[k] += H[j] * W2[j][k];
        // Softmax shifted by the max logit: exp never overflows, and log P = Z - max - log(sum).
        const max = Math.max(...Z);
        const e = Z.map(z => Math.exp(z - max));
        const sum = e.reduce((s, v) => s + v, 0);
        loss += max + Math.log(sum) - Z[y[i]];
        // Backward: dL/dZ = (P - onehot) / n for this row.
        const dZ = e.map((v, k) => (v / sum - (k === y[i] ? 1 : 0)) / n);
        for (let k = 0; k < c; k++) {
            db2[k] += dZ[k];
            for (let j = 0; j < h; j++) dW2[j][k] += H[j] * dZ[k];
        }
        for (let j = 0; j < h; j++) {
            if (A[j] <= 0) continue; // ReLU'(a) = 0 for a <= 0
            let g = 0;
            for (let k = 0; k < c; k++) g += dZ[k] * W2[j][k];
            db1[j] += g;
            for (let t = 0; t < d; t++) dW1[t][j] += X[i][t] * g;
        }
    }
    return [loss / n, ...dW1.flat(), ...db1, ...dW2.flat(), ...db2];
};
