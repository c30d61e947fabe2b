/**
 * @param {number[][]} trainX
 * @param {number[]} trainY
 * @param {number[][]} queries
 * @param {number} k
 * @return {number[]}
 */
var knnClassify = function(trainX, trainY, queries, k) {
    const n = trainX.length;
    const dist = new Float64Array(n);
    return queries.map((p) => {
        for (let i = 0; i < n; i++) {
            let s = 0;
            for (let j = 0; j < p.length; j++) {
                const t = trainX[i][j] - p[j];
                s += t * t;
            }
            dist[i] = s;
        }
        // Array.prototype.sort is stable, but spelling out the index tie-break costs nothing.
        const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => dist[a] - dist[b] || a - b);
        const votes = new Map();
        for (let r = 0; r < k; r++) {
            const label = trainY[order[r]];
            votes.set(label, (votes.get(label) || 0) + 1);
        }
        let best = Infinity, bestCount = 0;
        for (const [label, count] of votes) {
            if (count > bestCount || (count === bestCount && label < best)) {
                best = label;
                bestCount = count;
            }
        }
        return best;
    });
};
