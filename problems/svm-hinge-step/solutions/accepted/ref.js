/**
 * @param {number[][]} X
 * @param {number[]} y
 * @param {number[]} w
 * @param {number} b
 * @param {number} lr
 * @param {number} lam
 * @return {number[]}
 */
var svmEpoch = function(X, y, w, b, lr, lam) {
    const d = w.length;
    w = w.slice();
    for (let i = 0; i < X.length; i++) {
        let f = b;
        for (let j = 0; j < d; j++) f += w[j] * X[i][j];
        const active = y[i] * f < 1; // hinge term active: inside the margin or misclassified
        for (let j = 0; j < d; j++) {
            w[j] -= lr * (lam * w[j] - (active ? y[i] * X[i][j] : 0));
        }
        if (active) b += lr * y[i]; // the bias is not regularised
    }
    return [...w, b];
};
