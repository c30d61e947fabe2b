// Correct but O(n * distinct values): for every candidate threshold, recounts both children from scratch.
var giniBestSplit = function(x, y) {
    const values = [...new Set(x)].sort((a, b) => a - b);
    const n = x.length;
    const cand = [];
    for (let k = 0; k + 1 < values.length; k++) {
        const t = (values[k] + values[k + 1]) / 2;
        const left = new Array(10).fill(0), right = new Array(10).fill(0);
        for (let i = 0; i < n; i++) (x[i] <= t ? left : right)[y[i]]++;
        let nl = 0, nr = 0, sl = 0, sr = 0;
        for (let c = 0; c < 10; c++) { nl += left[c]; nr += right[c]; sl += left[c] ** 2; sr += right[c] ** 2; }
        cand.push([t, (nl - sl / nl + nr - sr / nr) / n]);
    }
    let best = Infinity;
    for (const [, g] of cand) best = Math.min(best, g);
    return cand.find(([, g]) => g <= best + 1e-9);
};
