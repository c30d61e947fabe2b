// Plausible bug: keeps the best split with <=, so among tied candidates the LAST (largest) threshold wins.
var giniBestSplit = function(x, y) {
    const n = x.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
    const left = new Array(10).fill(0), right = new Array(10).fill(0);
    for (const c of y) right[c]++;
    let sumL = 0, sumR = right.reduce((s, r) => s + r * r, 0);
    let best = null;
    for (let k = 0; k < n - 1; k++) {
        const c = y[order[k]];
        sumL += 2 * left[c] + 1;
        sumR -= 2 * right[c] - 1;
        left[c]++;
        right[c]--;
        const a = x[order[k]], b = x[order[k + 1]];
        if (a === b) continue;
        const nl = k + 1, nr = n - nl;
        const g = (nl - sumL / nl + nr - sumR / nr) / n;
        if (best === null || g <= best[1]) best = [(a + b) / 2, g];
    }
    return best;
};
