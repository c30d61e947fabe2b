// Plausible bug: reports the split at the last value that goes left (x <= a) instead of the midpoint between
// a and the next distinct value. The partition is the same, the threshold is not the one the statement asks for.
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
    let bestT = 0, bestG = -Infinity;
    for (let k = 0; k < n - 1; k++) {
        const c = y[order[k]];
        left[c]++;
        right[c]--;
        const a = x[order[k]], b = x[order[k + 1]];
        if (a === b) continue;
        const nl = k + 1, nr = n - nl;
        const g = parent - (nl / n) * entropy(left, nl) - (nr / n) * entropy(right, nr);
        if (g > bestG + 1e-9) {
            bestG = g;
            bestT = a;
        }
    }
    return [bestT, bestG];
};
