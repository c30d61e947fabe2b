/**
 * @param {number[][]} trainCounts
 * @param {number[]} trainLabels
 * @param {number[][]} queries
 * @return {number[]}
 */
var naiveBayesText = function(trainCounts, trainLabels, queries) {
    const n = trainCounts.length, v = trainCounts[0].length;
    const labels = [...new Set(trainLabels)].sort((a, b) => a - b);
    const index = new Map(labels.map((c, i) => [c, i]));
    const docs = labels.map(() => 0), total = labels.map(() => 0);
    const counts = labels.map(() => new Array(v).fill(0));
    trainCounts.forEach((row, i) => {
        const c = index.get(trainLabels[i]);
        docs[c]++;
        for (let j = 0; j < v; j++) {
            counts[c][j] += row[j];
            total[c] += row[j];
        }
    });
    const logPrior = docs.map((m) => Math.log(m / n));
    const logTheta = counts.map((t, c) => t.map((m) => Math.log(m + 1) - Math.log(total[c] + v)));
    return queries.map((q) => {
        const score = logPrior.map((p, c) => {
            let s = p;
            for (let j = 0; j < v; j++) if (q[j] !== 0) s += q[j] * logTheta[c][j];
            return s;
        });
        const best = Math.max(...score);
        return labels[score.findIndex((s) => s >= best - 1e-9)];
    });
};
