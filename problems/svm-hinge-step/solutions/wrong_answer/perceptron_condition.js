// Plausible bug: updates only misclassified examples (y f(x) < 0, the perceptron rule) instead of every example
// inside the margin (y f(x) < 1). Correct but unconfident examples, 0 <= m < 1, never push w.
var svmEpoch = function(X, y, w, b, lr, lam) {
    const d = w.length;
    w = w.slice();
    for (let i = 0; i < X.length; i++) {
        let f = b;
        for (let j = 0; j < d; j++) f += w[j] * X[i][j];
        if (y[i] * f < 0) {
            for (let j = 0; j < d; j++) w[j] -= lr * (lam * w[j] - y[i] * X[i][j]);
            b += lr * y[i];
        } else {
            for (let j = 0; j < d; j++) w[j] -= lr * lam * w[j];
        }
    }
    return [...w, b];
};
