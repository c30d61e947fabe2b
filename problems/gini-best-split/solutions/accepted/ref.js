/**
 * @param {number[]} x
 * @param {number[]} y
 * @return {number[]}
 */
var giniBestSplit = function(x, y) {
    const n = x.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
    const left = new Array(10).fill(0), right = new Array(10).fill(0);
    for (const c of y) right[c]++;
    let sumL = 0, sumR = right.reduce((s, r) => s + r * r, 0);
    const cand = [];
    for (let k = 0; k < n - 1; k++) {
        const c = y[order[k]];
        sumL += 2 * left[c] + 1;
        sumR -= 2 * right[c] - 1;
        left[c]++;
        right[c]--;
        const a = x[order[k]], b = x[order[k + 1]];
        if (a === b) continue;
        const nl = k + 1, nr = n - nl;
        cand.push([(a + b) / 2, (nl - sumL / nl + nr - sumR / nr) / n]);
    }
    let best = Infinity;
    for (const [, g] of cand) best = Math.min(best, g);
    return cand.find(([, g]) => g <= best + 1e-9);
};
