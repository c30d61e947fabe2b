/**
 * @param {number[]} x
 * @param {number[]} y
 * @return {number[]}
 */
var informationGainSplit = function(x, y) {
    const n = x.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
    // f[m] = m log2 m, so that |S| H(S) = f[|S|] - sum_c f[count_c].
    const f = new Float64Array(n + 1);
    for (let m = 1; m <= n; m++) f[m] = m * Math.log2(m);
    const left = new Array(10).fill(0), right = new Array(10).fill(0);
    for (const c of y) right[c]++;
    let parent = f[n];
    for (const r of right) parent -= f[r];
    const cand = [];
    for (let k = 0; k < n - 1; k++) {
        const c = y[order[k]];
        left[c]++;
        right[c]--;
        const a = x[order[k]], b = x[order[k + 1]];
        if (a === b) continue;
        const nl = k + 1, nr = n - nl;
        let children = f[nl] + f[nr];
        for (let j = 0; j < 10; j++) children -= f[left[j]] + f[right[j]];
        cand.push([(a + b) / 2, (parent - children) / n]);
    }
    let best = -Infinity;
    for (const [, g] of cand) best = Math.max(best, g);
    return cand.find(([, g]) => g >= best - 1e-9);
};
