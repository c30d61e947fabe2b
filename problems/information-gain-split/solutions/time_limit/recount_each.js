// Correct but O(n * distinct values): for every candidate threshold, recounts both children from scratch.
var informationGainSplit = function(x, y) {
    const values = [...new Set(x)].sort((a, b) => a - b);
    const n = x.length;
    const entropy = (counts, size) => {
        let h = 0;
        for (const m of counts) if (m > 0) h -= (m / size) * Math.log2(m / size);
        return h;
    };
    const all = new Array(10).fill(0);
    for (const c of y) all[c]++;
    const parent = entropy(all, n);
    const cand = [];
    for (let k = 0; k + 1 < values.length; k++) {
        const t = (values[k] + values[k + 1]) / 2;
        const left = new Array(10).fill(0), right = new Array(10).fill(0);
        let nl = 0;
        for (let i = 0; i < n; i++) {
            if (x[i] <= t) { left[y[i]]++; nl++; } else right[y[i]]++;
        }
        const nr = n - nl;
        cand.push([t, parent - (nl / n) * entropy(left, nl) - (nr / n) * entropy(right, nr)]);
    }
    let best = -Infinity;
    for (const [, g] of cand) best = Math.max(best, g);
    return cand.find(([, g]) => g >= best - 1e-9);
};
