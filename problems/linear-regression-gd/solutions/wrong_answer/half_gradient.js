// Plausible bug: drops the 2 of the derivative of the square (the gradient of (1/2n) sum r^2, not of the mean
// squared error the statement defines): every step is half as long.
var linearRegressionGd = function(X, y, w, b, lr, steps) {
    const n = X.length, d = w.length;
    const p = w.slice();
    for (let s = 0; s < steps; s++) {
        const g = new Array(d).fill(0);
        let gb = 0;
        for (let i = 0; i < n; i++) {
            let r = b - y[i];
            for (let j = 0; j < d; j++) r += p[j] * X[i][j];
            gb += r;
            for (let j = 0; j < d; j++) g[j] += r * X[i][j];
        }
        for (let j = 0; j < d; j++) p[j] -= lr * g[j] / n;
        b -= lr * gb / n;
    }
    return [...p, b];
};
