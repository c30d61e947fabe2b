// Plausible bug: softmax without subtracting the row maximum. exp(score) overflows to Infinity for scores
// above ~709.78 and the row becomes NaN.
var attention = function(Q, K, V) {
    const d = Q[0].length, dv = V[0].length, scale = Math.sqrt(d);
    return Q.map(q => {
        const e = K.map(k => {
            let dot = 0;
            for (let t = 0; t < d; t++) dot += q[t] * k[t];
            return Math.exp(dot / scale);
        });
        const total = e.reduce((a, b) => a + b, 0);
        const row = new Array(dv).fill(0);
        e.forEach((ej, j) => {
            for (let t = 0; t < dv; t++) row[t] += ej / total * V[j][t];
        });
        return row;
    });
};
