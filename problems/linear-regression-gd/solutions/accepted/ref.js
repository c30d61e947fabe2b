/**
 * @param {number[][]} X
 * @param {number[]} y
 * @param {number[]} w
 * @param {number} b
 * @param {number} lr
 * @param {number} steps
 * @return {number[]}
 */
var linearRegressionGd = function(X, y, w, b, lr, steps) {
    const n = X.length, d = w.length;
    const p = w.slice();
    for (let s = 0; s < steps; s++) {
        const g = new Array(d).fill(0);
        let gb = 0;
        for (let i = 0; i < n; i++) {
            const row = X[i];
            let r = b - y[i];
            for (let j = 0; j < d; j++) r += p[j] * row[j];
            gb += r;
            for (let j = 0; j < d; j++) g[j] += r * row[j];
        }
        for (let j = 0; j < d; j++) p[j] -= lr * (2 / n) * g[j];
        b -= lr * (2 / n) * gb;
    }
    return [...p, b];
};
