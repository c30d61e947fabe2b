// Plausible bug: averages the two children's entropies instead of weighting each by its share of the points,
// which rewards splitting off a tiny pure child.
var informationGainSplit = function(x, y) {
    const n = x.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
    const entropy = (counts, size) => {
        let h = 0;
        for (const m of counts) if (m > 0) h -= (m / size) * Math.log2(m / size);
        return h;
    };
    const left = new Array(10).fill(0), right = new Array(10).fill(0);
    for (const c of y) right[c]++;
    const parent = entropy(right, n);
    const cand = [];
    for (let k = 0; k < n - 1; k++) {
        const c = y[order[k]];
        left[c]++;
        right[c]--;
        const a = x[order[k]], b = x[order[k + 1]];
        if (a === b) continue;
        cand.push([(a + b) / 2, parent - (entropy(left, k + 1) + entropy(right, n - k - 1)) / 2]);
    }
    let best = -Infinity;
    for (const [, g] of cand) best = Math.max(best, g);
    return cand.find(([, g]) => g >= best - 1e-9);
};
