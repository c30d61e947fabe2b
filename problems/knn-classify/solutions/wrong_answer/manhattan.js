// Plausible bug: ranks the training points by Manhattan (L1) distance instead of Euclidean distance.
var knnClassify = function(trainX, trainY, queries, k) {
    const n = trainX.length;
    return queries.map((p) => {
        const dist = trainX.map((row) => row.reduce((s, v, j) => s + Math.abs(v - p[j]), 0));
        const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => dist[a] - dist[b] || a - b);
        const votes = new Map();
        for (let r = 0; r < k; r++) votes.set(trainY[order[r]], (votes.get(trainY[order[r]]) || 0) + 1);
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
