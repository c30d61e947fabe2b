/**
 * @param {number[][]} X
 * @param {number} k
 * @return {number[]}
 */
var explainedVarianceRatio = function(X, k) {
    const n = X.length, d = X[0].length;
    // Centre every column, then C = Xc^T Xc / (n - 1).
    const mu = new Array(d).fill(0);
    for (const row of X) for (let j = 0; j < d; j++) mu[j] += row[j] / n;
    const C = Array.from({ length: d }, () => new Array(d).fill(0));
    for (const row of X) {
        for (let j = 0; j < d; j++) {
            const a = row[j] - mu[j];
            for (let l = 0; l < d; l++) C[j][l] += a * (row[l] - mu[l]) / (n - 1);
        }
    }
    let trace = 0;
    for (let j = 0; j < d; j++) trace += C[j][j];

    // Cyclic Jacobi: rotate in the (p, q) plane to zero C[p][q], sweep until the off-diagonal part is negligible.
    for (let sweep = 0; sweep < 100; sweep++) {
        let off = 0, diag = 0;
        for (let p = 0; p < d; p++) {
            diag += C[p][p] * C[p][p];
            for (let q = p + 1; q < d; q++) off += C[p][q] * C[p][q];
        }
        if (off <= 1e-30 * diag) break;
        for (let p = 0; p < d; p++) {
            for (let q = p + 1; q < d; q++) {
                if (C[p][q] === 0) continue;
                const theta = (C[q][q] - C[p][p]) / (2 * C[p][q]);
                const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.hypot(theta, 1));
                const c = 1 / Math.hypot(t, 1), s = t * c;
                for (let r = 0; r < d; r++) {
                    const rp = C[r][p], rq = C[r][q];
                    C[r][p] = c * rp - s * rq;
                    C[r][q] = s * rp + c * rq;
                }
                for (let r = 0; r < d; r++) {
                    const pr = C[p][r], qr = C[q][r];
                    C[p][r] = c * pr - s * qr;
                    C[q][r] = s * pr + c * qr;
                }
                C[p][q] = C[q][p] = 0;
            }
        }
    }
    const eig = C.map((row, i) => row[i]).sort((a, b) => b - a);
    return eig.slice(0, k).map(v => v / trace);
};
