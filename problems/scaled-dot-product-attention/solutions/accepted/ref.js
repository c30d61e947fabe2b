/**
 * @param {number[][]} Q
 * @param {number[][]} K
 * @param {number[][]} V
 * @return {number[][]}
 */
var attention = function(Q, K, V) {
    const d = Q[0].length, dv = V[0].length, scale = Math.sqrt(d);
    return Q.map(q => {
        const s = K.map(k => {
            let dot = 0;
            for (let t = 0; t < d; t++) dot += q[t] * k[t];
            return dot / scale;
        });
        const mx = Math.max(...s);
        const e = s.map(x => Math.exp(x - mx));
        const total = e.reduce((a, b) => a + b, 0);
        const row = new Array(dv).fill(0);
        e.forEach((ej, j) => {
            const a = ej / total;
            for (let t = 0; t < dv; t++) row[t] += a * V[j][t];
        });
        return row;
    });
};
